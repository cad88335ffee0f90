"""Our annotated sets stay self-consistent: every gold string occurs in its article, every actor is known."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SETS = sorted(p.parent for p in (ROOT / "eval").glob("*/gold.yaml"))


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not available")
@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_gold_is_consistent_with_its_articles(folder: Path) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "eval" / "check_gold.py"), str(folder), str(SCORER)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().endswith(", 0 problems"), run.stdout


def test_there_are_our_own_sets() -> None:
    assert {p.name for p in SETS} >= {"dev", "dev2", "dev3", "holdout"}

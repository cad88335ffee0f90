"""Kill -9 during ingest, re-run: the store ends exactly as after one clean run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from rasad.corpus import Corpus
from rasad.corpus.synthetic import synthetic_records

N_RECORDS = 300
INGEST = (
    "import json, sys\n"
    "from rasad.corpus import Corpus\n"
    "recs = (json.loads(line) for line in open(sys.argv[2], encoding='utf-8'))\n"
    "with Corpus(sys.argv[1]) as c:\n"
    "    c.ingest(recs, batch_size=int(sys.argv[3]), progress=lambda n: print(n, flush=True))\n"
)


def _ingest_proc(db: Path, data: Path, batch: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    return subprocess.Popen([sys.executable, "-c", INGEST, str(db), str(data), str(batch)], env=env,
                            stdout=subprocess.PIPE, text=True)


def _state(db: Path) -> tuple:
    with Corpus(db) as c:
        counts = c.counts()
        groups = c.con.execute(
            "SELECT id, (SELECT id FROM documents o WHERE o.doc_seq = d.dup_group), is_original FROM documents d ORDER BY id"
        ).fetchall()
        cevents = c.con.execute(
            "SELECT type, source_keys, target_keys, date, corroboration, n_mentions FROM corpus_events ORDER BY ALL"
        ).fetchall()
    return counts, groups, cevents


def test_sigkill_then_rerun_equals_clean_run(tmp_path: Path) -> None:
    data = tmp_path / "recs.jsonl"
    with open(data, "w", encoding="utf-8") as fh:
        for rec in synthetic_records(N_RECORDS, seed=3):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    clean = tmp_path / "clean.duckdb"
    first = _ingest_proc(clean, data, 25)
    first.communicate(timeout=60)
    assert first.returncode == 0
    expected = _state(clean)
    assert expected[0]["documents"] == N_RECORDS

    rng = random.Random(11)
    partial: list[int] = []  # documents left by each killed run
    for it in range(3):
        db = tmp_path / f"killed{it}.duckdb"
        for _ in range(2):  # killed twice at random moments, then completed
            proc = _ingest_proc(db, data, 25)
            # kill after a random number of committed batches, at a random moment of the next one,
            # so the kill lands mid-ingest however fast this machine is
            for _ in range(rng.randint(1, N_RECORDS // 25 - 2)):
                assert proc.stdout is not None and proc.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.05))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            if db.exists():
                with Corpus(db) as c:
                    partial.append(c.counts()["documents"])
        done = _ingest_proc(db, data, 25)
        done.communicate(timeout=60)
        assert done.returncode == 0
        assert _state(db) == expected
    assert any(0 < n < N_RECORDS for n in partial), partial  # some kills did land mid-ingest

"""Every reviewed data file under rasad/data/ is well-formed: it parses, holds no blank or
duplicate entries, and its word lists hold Persian words only (no Arabic letter forms, no
stray spaces). Stage-specific tests check each file's meaning; this one catches a bad edit
to any of them, including files added later."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "rasad" / "data"
YAML_FILES = sorted(DATA.rglob("*.yaml"))
TXT_FILES = sorted(DATA.rglob("*.txt"))
ARABIC_FORMS = re.compile("[يىكۀة]")  # the text layer maps these away, so entries must not use them
_ALLOWED_ARABIC_FORMS = {"search_normalization.yaml", "compounds.yaml", "affixes.yaml"}


def _txt_entries(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
        if line.strip():
            out.append(line)
    return out


def test_there_are_data_files() -> None:
    assert len(YAML_FILES) >= 20 and TXT_FILES


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_yaml_parses_and_is_not_empty(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data, f"{path}: empty"
    assert isinstance(data, dict | list), f"{path}: top level must be a mapping or a list"


@pytest.mark.parametrize("path", TXT_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_word_lists_are_clean(path: Path) -> None:
    entries = _txt_entries(path)
    assert entries, f"{path}: no entries"
    for e in entries:
        assert e == e.strip(), f"{path}: stray spaces around {e!r}"
        assert "  " not in e, f"{path}: double space in {e!r}"
        assert not ARABIC_FORMS.search(e), f"{path}: Arabic letter form in {e!r} (use ی ک ه)"
    dupes = [w for w, n in Counter(entries).items() if n > 1]
    assert not dupes, f"{path}: duplicate entries {dupes}"


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _strings(k) + _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_yaml_persian_strings_use_persian_letters(path: Path) -> None:
    if path.name in _ALLOWED_ARABIC_FORMS:
        return  # these files map Arabic forms to Persian ones, so they must name them
    bad = [s for s in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))) if ARABIC_FORMS.search(s)]
    assert not bad, f"{path}: Arabic letter forms in {bad[:5]} (the text layer maps them to ی ک ه)"

"""Search forms of Persian text: letter folding, space/ZWNJ-free "compact" strings, tokens.

The corpus matches text that writers spell differently: Arabic vs Persian letters (ي/ی, ك/ک),
with or without ZWNJ ("می‌روند" / "میروند" / "می روند"), Persian vs ASCII digits. Every form
here is derived from ``rasad/data/corpus/search_normalization.yaml`` so a new variant is a
data edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "corpus" / "search_normalization.yaml"


@dataclass(frozen=True)
class SearchNormalization:
    fold_table: dict[int, str]
    prefixes: frozenset[str]
    suffixes: frozenset[str]


def _load_yaml() -> dict[str, Any]:
    return yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def normalization() -> SearchNormalization:
    data = _load_yaml()
    fold = {ord(k): v for k, v in data["fold"].items()}
    return SearchNormalization(
        fold_table=fold,
        prefixes=frozenset(fold_text(p, fold) for p in data["prefixes"]),
        suffixes=frozenset(fold_text(s, fold) for s in data["suffixes"]),
    )


def fold_text(text: str, table: dict[int, str] | None = None) -> str:
    """Letters folded to one search form, Latin case-folded (drops joiners and diacritics)."""
    return text.translate(table if table is not None else normalization().fold_table).casefold()


_SPACE_RE = re.compile(r"\s+")
# a token is a run of letters/digits; everything else (punctuation, spaces) separates tokens
_TOKEN_RE = re.compile(r"[^\W_]+")


def compact(text: str) -> str:
    """Folded text with every space removed: the form phrase search compares."""
    return _SPACE_RE.sub("", fold_text(text))


def compact_with_map(text: str) -> tuple[str, list[int]]:
    """``compact(text)`` plus, for each of its characters, the index in ``text`` it came from.

    Used to cut a snippet around a match found in the compact form.
    """
    table = normalization().fold_table
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        folded = ch.translate(table).casefold()
        for c in folded:
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def tokens(text: str) -> list[str]:
    """Folded word tokens, with detachable prefixes/suffixes glued back to their word."""
    norm = normalization()
    raw = _TOKEN_RE.findall(fold_text(text, norm.fold_table))
    out: list[str] = []
    glue_next = False
    for tok in raw:
        if glue_next and out:
            out[-1] += tok
            glue_next = False
            continue
        if tok in norm.suffixes and out:
            out[-1] += tok
            continue
        out.append(tok)
        glue_next = tok in norm.prefixes
    return out


# keys the linker makes up for actors the knowledge base does not know ("disc:<name>"): they
# carry no identity beyond the name, so such actors keep the name + country key below
DISCOVERED_KEY_PREFIX = "disc:"


def actor_key(
    name: str | None,
    name_en: str | None,
    wikidata: str | None,
    country: str | None,
    kb_key: str | None = None,
) -> str:
    """One actor's identity across documents.

    The knowledge-base key wins (``"per:sergei_shoigu"``, ``"cty:RUS"``): the linker sets it
    whether or not the entry has an English name, so one person written with and without
    ``name_en`` is one actor. Then the English canonical name, then a Wikidata id; else the
    folded Persian name with the actor's country, so two discovered people with one name but
    different countries stay apart.
    """
    if kb_key and kb_key.strip() and not kb_key.startswith(DISCOVERED_KEY_PREFIX):
        return "kb:" + kb_key.strip()
    if name_en:
        return "en:" + " ".join(name_en.casefold().split())
    if wikidata:
        return "wd:" + wikidata.upper()
    return "fa:" + compact(name or "") + "|" + (country or "")


def actor_search_form(name: str | None, name_en: str | None) -> str:
    """The string an actor filter is matched against (Persian compact + English folded)."""
    parts = []
    if name:
        parts.append(compact(name))
    if name_en:
        parts.append(compact(name_en))
    return "|".join(parts)

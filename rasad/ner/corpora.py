"""Readers for the three Persian NER corpora and the map onto one label set.

Only code lives here: the corpora themselves are research-use data outside the
repository (see rasad/ner/MODEL.md); scripts/train_ner.py passes their paths in.

Label set: PER, ORG, LOC, EVT, in IOB2.
- Arman: pers→PER, org→ORG, loc→LOC, fac→LOC (too few facilities, 550 mentions, to
  learn a separate type and the pipeline's FAC is decided later from the knowledge
  base), event→EVT, pro (products) dropped.
- PEYMA: PER, ORG, LOC kept; DAT, TIM, MON, PCT dropped (the dates stage handles them).
- ParsTwiNER: PER, ORG, LOC kept; EVE→EVT; POG (political group: Taliban,
  reformists) → ORG because news treats such groups as organisations acting;
  NAT (nationality) dropped (demonyms are the actors stage's lexicon).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

Sentence = list[tuple[str, str]]  # (token, IOB2 tag)

LABEL_MAP: dict[str, str | None] = {
    "PERS": "PER",
    "PER": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "EVT",
    "EVE": "EVT",
    "POG": "ORG",
    "PRO": None,
    "NAT": None,
    "DAT": None,
    "TIM": None,
    "MON": None,
    "PCT": None,
}

# Which of our labels each corpus annotates: scoring a corpus only on these keeps
# a correct EVT prediction on PEYMA (which has no events) from counting as an error.
CORPUS_LABELS: dict[str, frozenset[str]] = {
    "arman": frozenset({"PER", "ORG", "LOC", "EVT"}),
    "peyma": frozenset({"PER", "ORG", "LOC"}),
    "parstwiner": frozenset({"PER", "ORG", "LOC", "EVT"}),
}


def map_tag(tag: str) -> str:
    """Corpus tag (B-pers, I_ORG, O, ...) → our tag (B-PER, I-ORG, O)."""
    tag = tag.strip()
    if not tag or tag.upper() == "O":
        return "O"
    prefix, _, kind = tag.replace("_", "-", 1).partition("-")
    label = LABEL_MAP.get(kind.upper())
    if label is None or prefix.upper() not in ("B", "I"):
        return "O"
    return f"{prefix.upper()}-{label}"


def to_iob2(tags: list[str]) -> list[str]:
    """Turn IOB1-style I- openings (I- after O or another type) into B-."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def _read(path: Path, split_line: str) -> Iterator[Sentence]:
    tokens: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    yield _finish(tokens)
                    tokens = []
                continue
            if split_line == "space":
                token, _, tag = line.rpartition(" ")
            elif split_line == "pipe":
                token, _, tag = line.rpartition("|")
            else:
                token, _, tag = line.rpartition("\t")
            # PEYMA writes a word's internal ZWNJ as a space ("روش های"); the
            # tokenizer at run time keeps such a word whole only with ZWNJ.
            token = "\u200c".join(token.split())
            if token:
                tokens.append((token, map_tag(tag)))
    if tokens:
        yield _finish(tokens)


def _finish(tokens: list[tuple[str, str]]) -> Sentence:
    words = [t for t, _ in tokens]
    return list(zip(words, to_iob2([tag for _, tag in tokens]), strict=True))


def read_arman(path: Path) -> list[Sentence]:
    """ArmanPersoNERCorpus: ``token TAG`` per line."""
    return list(_read(path, "space"))


def read_peyma(path: Path) -> list[Sentence]:
    """PEYMA: ``token|TAG`` per line (B_PER style tags)."""
    return list(_read(path, "pipe"))


def read_parstwiner(path: Path) -> list[Sentence]:
    """ParsTwiNER: ``token<TAB>TAG`` per line."""
    return list(_read(path, "tab"))


def spans_from_tags(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity chunks (start token, end token exclusive, label), conlleval-style."""
    spans: set[tuple[int, int, str]] = set()
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        begins = tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label)
        if start is not None and (tag == "O" or begins):
            spans.add((start, i, label))
            start = None
        if begins:
            start, label = i, tag[2:]
        elif tag == "O":
            label = ""
    return spans

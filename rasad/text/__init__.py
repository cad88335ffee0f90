"""Text layer: normalization with an offset map back to the raw input, and sentences."""

from __future__ import annotations

from rasad.document import Document
from rasad.text.aligned import AlignedText
from rasad.text.normalize import normalize_aligned, normalize_text
from rasad.text.sentences import sentence_spans, split_sentences

__all__ = ["AlignedText", "normalize_document", "normalize_text", "sentence_spans", "split_sentences"]


def _join_ranges(raw: str, ranges: list[tuple[int, int]]) -> AlignedText:
    seps = []
    for (_, end), (start, _) in zip(ranges, ranges[1:], strict=False):
        gap = raw[end:start]
        # adjacent lines keep their single break; anything else is a paragraph break
        seps.append("\n" if not gap.strip() and gap.count("\n") == 1 else "\n\n")
    return AlignedText.from_ranges(raw, ranges, seps=seps)


def normalize_document(doc: Document) -> Document:
    """Fill ``text``, ``offsets`` and ``repairs`` from the body ranges of ``raw``.

    Body ranges (from the clean stage) are joined by a blank line, or by one line break
    where they were adjacent lines of the input (a sentence wrapped over two lines is
    then rejoined by normalization); with none, the whole raw input is the body. The title is left to the meta stage (``normalize_text``).
    """
    ranges = doc.body_ranges or [(0, len(doc.raw))]
    at = _join_ranges(doc.raw, ranges)
    repairs: list[dict] = []
    at = normalize_aligned(at, raw=doc.raw, repairs=repairs)
    doc.text = at.text
    doc.offsets = at.offsets
    doc.repairs = repairs
    return doc

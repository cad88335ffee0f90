"""Text layer: normalization with an offset map back to the raw input, and sentences."""

from __future__ import annotations

from rasad.document import Document
from rasad.text.aligned import AlignedText
from rasad.text.normalize import normalize_aligned, normalize_text
from rasad.text.sentences import sentence_spans, split_sentences

__all__ = ["AlignedText", "normalize_document", "normalize_text", "sentence_spans", "split_sentences"]


def normalize_document(doc: Document) -> Document:
    """Fill ``text``, ``offsets`` and ``repairs`` from the body ranges of ``raw``.

    Body ranges (from the clean stage) are joined by a blank line; with none, the whole
    raw input is the body. The title is left to the meta stage (``normalize_text``).
    """
    ranges = doc.body_ranges or [(0, len(doc.raw))]
    at = AlignedText.from_ranges(doc.raw, ranges, sep="\n\n")
    repairs: list[dict] = []
    at = normalize_aligned(at, raw=doc.raw, repairs=repairs)
    doc.text = at.text
    doc.offsets = at.offsets
    doc.repairs = repairs
    return doc

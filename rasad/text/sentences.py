"""Sentence spans over the normalized text.

A sentence ends at . ! ? ؟ (with any closing quote or bracket after it) followed by
whitespace, and at every line break (normalization has already joined wrapped lines, so
a line break left in the text is a real one; a sentence therefore never holds a blank
line). Not an end: a full stop inside a number or URL (no space follows), after an
abbreviation or a single letter (U.S., ه.ش.), or inside a «...» quotation: reported
speech after a colon often holds several sentences that belong to one statement.
"""

from __future__ import annotations

import re

from rasad.document import Document
from rasad.text.lexicon import lexicon

_BOUNDARY_RX = re.compile(r"\n+|[.!?؟…]+[»\"”)\]]*(?=\s|$)")
_TOKEN_BEFORE_RX = re.compile(r"([\w.]+)\.$")
_MAX_QUOTE = 1500  # a quotation longer than this is a stray «, not one statement


def _is_abbreviation(text: str, dot: int, abbreviations: set[str]) -> bool:
    m = _TOKEN_BEFORE_RX.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    token = m.group(1).lower()
    if token.isdigit():
        return False
    return len(token) == 1 or token in abbreviations or "." in token and len(token) <= 8


def sentence_spans(text: str) -> list[tuple[int, int]]:
    abbreviations = lexicon().abbreviations
    spans: list[tuple[int, int]] = []
    start = 0
    quote_open: int | None = None  # position of an unclosed « in the current sentence
    for m in _BOUNDARY_RX.finditer(text):
        end = m.end()
        segment = text[start:m.start()]
        if "\n" not in m.group(0):
            if quote_open is None:
                k = segment.rfind("«")
                if k >= 0 and "»" not in segment[k:] and "»" not in m.group(0):
                    quote_open = start + k
            elif "»" in segment or "»" in m.group(0):
                quote_open = None
            if quote_open is not None and m.start() - quote_open < _MAX_QUOTE:
                continue
            if m.group(0)[0] == "." and len(m.group(0)) == 1 and _is_abbreviation(text, m.start(), abbreviations):
                continue
        quote_open = None
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    # trim whitespace (and the line breaks a boundary match may include)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def split_sentences(doc: Document) -> Document:
    doc.sentences = sentence_spans(doc.text)
    return doc

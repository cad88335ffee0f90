"""Shared builders for the date-stage tests (our own sentences, not seed text)."""

from __future__ import annotations

from rasad.dates import annotate_dates
from rasad.document import DateMention, Document


def run(text: str, published: str | None = None) -> Document:
    return annotate_dates(Document(id="t", source="test", text=text, published=published))


def values(text: str, published: str | None = None) -> dict[str, str | None]:
    return {d.text: d.value for d in run(text, published).dates}


def only(text: str, published: str | None = None) -> DateMention:
    dates = run(text, published).dates
    assert len(dates) == 1, [(d.text, d.value) for d in dates]
    return dates[0]

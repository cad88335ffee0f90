"""The extraction pipeline: one Document through every stage, in order.

Each stage is a pure function ``stage(doc) -> doc`` that adds its own fields; the
list below is the whole data flow. A stage that raises marks the document failed
with the stage's name and the reason, and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from rasad.actors import annotate_actors
from rasad.clean import clean_document
from rasad.dates import annotate_dates
from rasad.document import Document
from rasad.events import annotate_events, annotate_statements
from rasad.meta import extract_metadata
from rasad.text import normalize_document, split_sentences

Stage = Callable[[Document], Document]

TEXT_STAGES: list[tuple[str, Stage]] = [
    ("clean", clean_document),
    ("normalize", normalize_document),
    ("meta", extract_metadata),
    ("sentences", split_sentences),
]

STAGES: list[tuple[str, Stage]] = [
    *TEXT_STAGES,
    ("dates", annotate_dates),
    ("actors", annotate_actors),
    ("events", annotate_events),
    ("statements", annotate_statements),
]


class StageError(Exception):
    """A stage failed on one document."""

    def __init__(self, doc_id: str, source: str, stage: str, reason: str) -> None:
        super().__init__(f"{source}: {stage} failed: {reason}")
        self.doc_id = doc_id
        self.source = source
        self.stage = stage
        self.reason = reason


def run_stages(doc: Document, stages: list[tuple[str, Stage]] | None = None) -> Document:
    for name, stage in stages if stages is not None else STAGES:
        try:
            doc = stage(doc)
        except Exception as exc:  # one bad document never stops a batch
            raise StageError(doc.id, doc.source, name, f"{type(exc).__name__}: {exc}") from exc
    return doc


def process_text(text: str, doc_id: str = "doc", published: str | None = None) -> Document:
    """Run the whole pipeline on one plain-text article (a convenience for the API and tests)."""
    doc = Document(id=doc_id, source="<string>", raw=text)
    if published:
        doc.given["published"] = published
    return run_stages(doc)

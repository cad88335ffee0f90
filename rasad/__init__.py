"""rasad (رصد): Persian news → a traceable record of who did what to whom, when and where."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasad.corpus import Corpus

__version__ = "0.1.0"


def open(db: str | None = None) -> Corpus:
    """Open (or create) a corpus store: ``rasad.open("news.duckdb").events(actor="پوتین")``.

    Imported lazily so plain extraction does not load DuckDB.
    """
    from rasad.corpus import Corpus

    return Corpus(db)

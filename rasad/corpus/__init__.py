"""The corpus: an embedded DuckDB store of CONTRACT records, with near-duplicate groups,
cross-document event merging, queries and exports. ``rasad.open(db)`` returns a ``Corpus``."""

from __future__ import annotations

from rasad.corpus.dedup import DedupConfig
from rasad.corpus.merge import MergeConfig
from rasad.corpus.store import Corpus, IngestReport, default_db_path

__all__ = ["Corpus", "DedupConfig", "IngestReport", "MergeConfig", "default_db_path"]

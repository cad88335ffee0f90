"""Integration: raw articles → pipeline → corpus (skipped while a stage is missing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasad.corpus import Corpus

ARTICLE = (
    "دیدار وزیران خارجه ایران و روسیه\n"
    "تهران - وزیر امور خارجه ایران روز دوشنبه در مسکو با سرگئی لاوروف دیدار و گفت‌وگو کرد. "
    "دو طرف درباره همکاری‌های اقتصادی رایزنی کردند.\n"
)


def test_raw_article_through_pipeline_into_corpus(tmp_path: Path) -> None:
    try:
        from rasad.corpus.commands import iter_inputs
        from rasad.pipeline import run_stages  # noqa: F401 - fails while a stage package is missing
    except ImportError as exc:
        pytest.skip(f"pipeline not complete yet: {exc}")
    art = tmp_path / "a1.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    records = list(iter_inputs([str(art)]))
    if records and isinstance(records[0], Exception):
        pytest.skip(f"pipeline failed on the article: {records[0]}")
    with Corpus(tmp_path / "p.duckdb") as c:
        rep = c.ingest(records)
        assert rep.stored == 1 and not rep.failed
        assert c.counts()["documents"] == 1
        assert c.search("لاوروف")[0]["id"] == "a1"

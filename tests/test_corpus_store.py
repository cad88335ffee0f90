"""Corpus store: idempotent ingest, near-duplicates, event merging, queries, search."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from corpus_stories import (
    LONG_STORY,
    OTHER_STORY,
    call_report,
    clash_report,
    support_report,
    three_outlets_one_call,
)

from rasad.corpus import Corpus, MergeConfig
from rasad.corpus.records import RecordBuilder


def plain(doc_id: str, text: str, outlet: str, published: str) -> dict:
    return RecordBuilder(doc_id, text, outlet=outlet, published=published).build()


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    c = Corpus(tmp_path / "c.duckdb")
    c.ingest([
        *three_outlets_one_call(),
        clash_report("isna-1", "ایسنا", "2024-02-10", 12),
        clash_report("fars-2", "فارس", "2024-02-14", 5),  # four days later: another clash
        support_report("irna-9", "ایرنا", "2024-01-20"),
    ])
    yield c
    c.close()


def test_ingest_twice_adds_nothing(tmp_path: Path) -> None:
    records = [*three_outlets_one_call(), support_report("s1", "ایرنا", "2024-01-20")]
    with Corpus(tmp_path / "a.duckdb") as c:
        first = c.ingest(records)
        counts = c.counts()
        second = c.ingest(copy.deepcopy(records))
        assert first.stored == 4 and second.stored == 0 and second.skipped_duplicate == 4
        assert c.counts() == counts
    with Corpus(tmp_path / "a.duckdb") as c:  # and after reopening
        assert c.ingest(records).stored == 0
        assert c.counts() == counts


def test_bad_records_are_reported_not_stored(tmp_path: Path) -> None:
    with Corpus(tmp_path / "b.duckdb") as c:
        rep = c.ingest([{"id": "x"}, ValueError("f.jsonl:3: not JSON"), support_report("ok", "ایرنا", "2024-01-01")])
        assert rep.read == 3 and rep.stored == 1 and len(rep.failed) == 2
        assert any("no text" in reason for _, reason in rep.failed)


def test_one_call_three_outlets_is_one_corpus_event(corpus: Corpus) -> None:
    calls = corpus.events(type="CONSULT")
    assert len(calls) == 1
    ev = calls[0]
    assert ev["corroboration"] == 3 and ev["n_mentions"] == 3
    assert sorted(m["document"] for m in ev["mentions"]) == ["irna-1", "mehr-3", "tasnim-7"]
    assert ev["mutual"] and set(ev["countries"]) == {"RUS", "TUR"}


def test_merging_respects_date_window(corpus: Corpus) -> None:
    fights = corpus.events(type="FIGHT")
    assert len(fights) == 2  # 10 and 14 February stay apart
    assert {f["fatalities"] for f in fights} == {12, 5}


def test_wider_window_merges(tmp_path: Path) -> None:
    recs = [clash_report("a", "ایسنا", "2024-02-10", 12), clash_report("b", "فارس", "2024-02-14", 5)]
    with Corpus(tmp_path / "w.duckdb", merge_config=MergeConfig(window_days=5)) as c:
        c.ingest(recs)
        assert len(c.events(type="FIGHT")) == 1


def test_null_date_merges_only_same_day(tmp_path: Path) -> None:
    calls = three_outlets_one_call()
    undated_same_day = copy.deepcopy(calls[2])
    undated_same_day.update(id="x1", outlet="شرق", text=undated_same_day["text"] + " ")
    undated_same_day["events"][0]["date"] = None
    # another story (not a copy) published months later: its undated call stays apart
    undated_other_day = call_report(
        "x2", "فارس", "پوتین و اردوغان بار دیگر به صورت تلفنی درباره تبادل زندانیان گفت‌وگو کردند.",
        None, "2024-05-01T10:00:00+03:30",
    )
    with Corpus(tmp_path / "n.duckdb") as c:
        c.ingest([*calls, undated_same_day, undated_other_day])
        evs = sorted(c.events(type="CONSULT"), key=lambda e: -e["corroboration"])
        assert [e["corroboration"] for e in evs] == [4, 1]


def test_directed_events_keep_direction(tmp_path: Path) -> None:
    a = support_report("a", "ایرنا", "2024-01-20")
    b = copy.deepcopy(a)
    b.update(id="b", outlet="مهر", text=a["text"] + " ")
    b["events"][0]["source"], b["events"][0]["target"] = a["events"][0]["target"], a["events"][0]["source"]
    with Corpus(tmp_path / "d.duckdb") as c:
        c.ingest([a, b])
        assert len(c.events(type="SUPPORT")) == 2


def test_query_filters(corpus: Corpus) -> None:
    assert len(corpus.events(actor="پوتین")) == 1
    assert len(corpus.events(actor="putin")) == 1
    assert len(corpus.events(actor="پوتين")) == 1  # Arabic yeh
    assert len(corpus.events(actor="عراقچی")) == 1  # Persian-only actor
    assert len(corpus.events(country="pse")) == 2
    assert len(corpus.events(since="2024-02-12")) == 2  # the call and the second clash
    assert len(corpus.events(until="2024-01-31")) == 1
    assert len(corpus.events(outlet="ایسنا")) == 1
    assert len(corpus.events(min_corroboration=2)) == 1
    assert len(corpus.events(limit=2)) == 2
    assert corpus.events(actor="ناشناس") == []


def test_actors_ranked_by_activity(corpus: Corpus) -> None:
    top = corpus.actors(limit=10)
    by_key = {a["actor_key"]: a for a in top}
    assert by_key["en:hamas"]["n_events"] == 2
    assert top[0]["n_events"] >= top[-1]["n_events"]
    assert by_key["fa:عباسعراقچی|IRN"]["as_source"] == 1


def test_search_across_zwnj_space_and_letter_variants(tmp_path: Path) -> None:
    with Corpus(tmp_path / "s.duckdb") as c:
        c.ingest([
            plain("z", "نیروهای حافظ صلح سازمان ملل می‌روند و برنامه‌های تازه‌ای دارند.", "ایرنا", "2024-01-01"),
            plain("s", "نیروهای حافظ صلح می روند.", "مهر", "2024-01-02"),
            plain("g", "آنها ميروند و برنامه هاي خود را اعلام کردند.", "فارس", "2024-01-03"),
            plain("o", "هیچ ربطی ندارد.", "شرق", "2024-01-04"),
        ])
        assert {h["id"] for h in c.search("می‌روند")} == {"z", "s", "g"}
        assert {h["id"] for h in c.search("میروند")} == {"z", "s", "g"}
        assert {h["id"] for h in c.search("برنامه های")} == {"z", "g"}
        hit = c.search("حافظ صلح", limit=1)[0]
        text = hit["snippet"]
        assert "حافظ صلح" in text and hit["end"] > hit["start"]
        assert c.search("ناموجود") == []


def test_near_duplicates_grouped_original_is_earliest(tmp_path: Path) -> None:
    ad = "\nتبلیغ: خرید اقساطی لوازم خانگی با تخفیف ویژه؛ همین امروز تماس بگیرید."
    edited = LONG_STORY.replace("چند ساعت", "سه ساعت").replace("دوازده", "ده").replace("\u200c", " ")
    with Corpus(tmp_path / "nd.duckdb") as c:
        c.ingest([
            plain("copy-ad", LONG_STORY + ad, "مهر", "2024-03-02T10:00:00+03:30"),
            plain("orig", LONG_STORY, "ایرنا", "2024-03-01T10:00:00+03:30"),
        ])
        rep = c.ingest([
            plain("copy-edit", edited.replace("ی", "ي"), "فارس", "2024-03-03T10:00:00+03:30"),
            plain("other", OTHER_STORY, "ایرنا", "2024-03-01T11:00:00+03:30"),
        ])
        assert rep.near_duplicates == 1
        rows = dict(c.con.execute("SELECT id, dup_group FROM documents").fetchall())
        assert rows["copy-ad"] == rows["orig"] == rows["copy-edit"] != rows["other"]
        originals = {r[0] for r in c.con.execute("SELECT id FROM documents WHERE is_original").fetchall()}
        assert originals == {"orig", "other"}

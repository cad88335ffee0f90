"""The synthetic corpus: exact offsets, deterministic, varied actors, copies and corroboration."""

from __future__ import annotations

import yaml

from rasad.corpus import synthetic
from rasad.corpus.synthetic import _Span, _Unit, synthetic_records


def test_material_is_valid() -> None:
    from rasad.actors.kb import default_kb

    data = yaml.safe_load(synthetic.DATA_FILE.read_text(encoding="utf-8"))
    kb = default_kb()
    assert all(code in kb.countries for code in data["countries"])
    assert len(data["fillers"]) >= 20 and all(f.strip().endswith((".", "؟", "!")) for f in data["fillers"])
    assert all(len(pair) == 2 and pair[0] != pair[1] and all(pair) for pair in data["swaps"])
    assert data["ad_blocks"] and all(synthetic._actor_pools()[p] for p in synthetic._actor_pools())


def test_unit_replace_moves_spans() -> None:
    unit = _Unit("الف با ب دیدار کرد.", (_Span(0, 3, "mention", ("a", "name")), _Span(7, 8, "mention", ("b", "name")),
                                       _Span(0, 8, "statement", "a")))
    edited = unit.replace(0, 3, "پوتین")
    assert edited is not None
    assert [(s.start, s.end) for s in edited.spans] == [(0, 5), (9, 10), (0, 10)]
    assert edited.text[9:10] == "ب"
    assert unit.replace(1, 5, "x") is None  # would cut the first mention


def test_records_have_exact_offsets_and_are_deterministic() -> None:
    recs = list(synthetic_records(400, seed=5))
    assert recs == list(synthetic_records(400, seed=5))
    assert recs != list(synthetic_records(400, seed=6))
    for r in recs:
        text = r["text"]
        ids = {e["id"] for e in r["entities"]}
        for e in r["entities"]:
            assert all(text[m["start"]:m["end"]] == m["text"] for m in e["mentions"])
        for d in r["dates"]:
            assert text[d["start"]:d["end"]] == d["text"]
        for st in r["statements"]:
            assert text[st["start"]:st["end"]] == st["text"]
        for v in r["events"]:
            assert text[v["trigger"]["start"]:v["trigger"]["end"]] == v["trigger"]["text"]
            assert v["sentence"][0] <= v["trigger"]["start"] < v["sentence"][1]
            assert set(v["source"]) | set(v["target"]) <= ids
        assert [s[0] for s in r["sentences"]] == sorted(s[0] for s in r["sentences"])


def test_corpus_is_varied() -> None:
    recs = list(synthetic_records(600, seed=9))
    texts = {r["text"] for r in recs}
    assert len(texts) > 0.95 * len(recs)  # copies get edits; reports are composed anew
    people = {e["key"] for r in recs for e in r["entities"] if (e["key"] or "").startswith("per:")}
    assert len(people) > 50  # actors swapped from the knowledge base, not the examples' few
    outlets = {r["outlet"] for r in recs}
    assert len(outlets) > 20
    years = {r["published"][:4] for r in recs}
    assert {"2023", "2024"} <= years
    # the same story reported by several outlets: one event key on one date from several outlets
    by_key: dict[tuple, set[str]] = {}
    for r in recs:
        keys = {e["id"]: e["key"] or e["name"] for e in r["entities"]}
        for v in r["events"]:
            k = (v["type"], tuple(sorted(keys[x] for x in v["source"] + v["target"])), v["date"])
            by_key.setdefault(k, set()).add(r["outlet"])
    multi = sum(1 for outs in by_key.values() if len(outs) > 1)
    assert 0.1 < multi / len(by_key) < 0.7

"""Every export format reads back with a standard reader."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
from corpus_stories import clash_report, support_report, three_outlets_one_call

from rasad.corpus import Corpus
from rasad.corpus.export import export


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    c = Corpus(tmp_path_factory.mktemp("exp") / "e.duckdb")
    c.ingest([*three_outlets_one_call(), clash_report("c1", "ایسنا", "2024-02-10", 12),
              support_report("s1", "ایرنا", "2024-01-20")])
    yield c
    c.close()


def test_jsonl_round_trips_records(corpus: Corpus, tmp_path: Path) -> None:
    assert export(corpus, "jsonl", tmp_path / "r.jsonl") == 5
    recs = [json.loads(line) for line in open(tmp_path / "r.jsonl", encoding="utf-8")]
    assert recs[0] == three_outlets_one_call()[0]


def test_csv_has_icews_columns(corpus: Corpus, tmp_path: Path) -> None:
    assert export(corpus, "csv", tmp_path / "e.csv") == 5
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert len(rows) == 5
    clash = next(r for r in rows if r["Event Type"] == "FIGHT")
    assert clash["Source Country"] == "ISR" and clash["Target Name (en)"] == "Hamas"
    assert clash["City"] == "Khan Yunis" and clash["Fatalities"] == "12" and clash["Story ID"] == "c1"
    calls = [r for r in rows if r["Event Type"] == "CONSULT"]
    assert {r["Corroboration"] for r in calls} == {"3"} and len({r["Corpus Event ID"] for r in calls}) == 1


def test_parquet_reads_back(corpus: Corpus, tmp_path: Path) -> None:
    assert export(corpus, "parquet", tmp_path / "e.parquet") == 5
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 5 and "Event Date" in table.column_names


def test_plover_json(corpus: Corpus, tmp_path: Path) -> None:
    assert export(corpus, "plover", tmp_path / "p.json") == 3
    events = json.load(open(tmp_path / "p.json", encoding="utf-8"))
    call = next(e for e in events if e["event_type"] == "CONSULT")
    assert call["corroboration"] == 3 and len(call["reports"]) == 3 and call["event_mode"] == "phone"


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_actor_graph_formats(corpus: Corpus, tmp_path: Path, fmt: str, reader) -> None:  # noqa: ANN001
    path = tmp_path / f"g.{fmt}"
    assert export(corpus, fmt, path) == 3
    g = reader(path)
    assert g.number_of_edges() == 3
    edge = g.edges["en:recep tayyip erdoğan", "en:vladimir putin"]
    assert int(edge["weight"]) == 1 and int(edge["n_CONSULT"]) == 1 and int(edge["mutual"]) == 1


def test_unknown_format_rejected(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export(corpus, "xml", tmp_path / "x")

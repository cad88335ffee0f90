"""Exports of the corpus: records (JSONL), event tables (CSV, Parquet), PLOVER JSON, actor networks.

* ``jsonl``: the stored CONTRACT records, one per line, in ingest order.
* ``csv`` / ``parquet``: one row per event report (as ICEWS: a story and sentence per row), with
  ICEWS-like column names plus the corpus event it was merged into and its corroboration.
* ``plover``: one JSON object per corpus event (POLECAT/PLOVER style), with every report.
* ``graphml`` / ``gexf``: the actor network for Gephi: a node per actor, a directed edge per
  (source, target) pair weighted by corpus-event count, with a count per event type; mutual
  events give an edge from the alphabetically first actor flagged ``mutual``.

Every format streams from the store (tables in chunks) except the graphs, which hold one node
per actor and one edge per actor pair.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq

from rasad.corpus.store import Corpus

FORMATS = ("jsonl", "csv", "parquet", "plover", "graphml", "gexf")

# ICEWS-like event table: column name → SQL expression over the report query below
EVENT_COLUMNS: list[tuple[str, str]] = [
    ("Event ID", "d.id || ':' || e.event_id"),
    ("Corpus Event ID", "cm.cevent_id"),
    ("Event Date", "e.date"),
    ("Source Name", "src.names"),
    ("Source Name (en)", "src.names_en"),
    ("Source Sectors", "src.types"),
    ("Source Country", "src.countries"),
    ("Event Text", "e.trigger_text"),
    ("Event Type", "e.type"),
    ("Event Mode", "e.mode"),
    ("Mutual", "e.mutual"),
    ("Target Name", "tgt.names"),
    ("Target Name (en)", "tgt.names_en"),
    ("Target Sectors", "tgt.types"),
    ("Target Country", "tgt.countries"),
    ("Negated", "e.negated"),
    ("Modality", "e.modality"),
    ("Fatalities", "e.fatalities"),
    ("Injured", "e.injured"),
    ("Confidence", "e.confidence"),
    ("Story ID", "d.id"),
    ("Sentence Number", "e.sentence_number"),
    ("Sentence", "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"),
    ("Publisher", "d.outlet"),
    ("Published", "d.published"),
    ("City", "e.location_name"),
    ("Dateline", "d.dateline"),
    ("Source URL", "d.source"),
    ("Is Original", "d.is_original"),
    ("Corroboration", "ce.corroboration"),
]

_REPORTS_SQL = f"""
WITH sides AS (
    SELECT ea.doc_seq, ea.event_id, ea.role,
           string_agg(en.name, '; ' ORDER BY ea.entity_id) AS names,
           string_agg(coalesce(en.name_en, ''), '; ' ORDER BY ea.entity_id) AS names_en,
           string_agg(coalesce(en.type, ''), '; ' ORDER BY ea.entity_id) AS types,
           string_agg(coalesce(en.country, ''), '; ' ORDER BY ea.entity_id) AS countries
    FROM event_actors ea
    LEFT JOIN entities en ON en.doc_seq = ea.doc_seq AND en.entity_id = ea.entity_id
    GROUP BY ea.doc_seq, ea.event_id, ea.role
)
SELECT {", ".join(f'{expr} AS "{name}"' for name, expr in EVENT_COLUMNS)}
FROM events e
JOIN documents d ON d.doc_seq = e.doc_seq
LEFT JOIN sides src ON src.doc_seq = e.doc_seq AND src.event_id = e.event_id AND src.role = 'source'
LEFT JOIN sides tgt ON tgt.doc_seq = e.doc_seq AND tgt.event_id = e.event_id AND tgt.role = 'target'
LEFT JOIN corpus_event_members cm ON cm.doc_seq = e.doc_seq AND cm.event_id = e.event_id
LEFT JOIN corpus_events ce ON ce.cevent_id = cm.cevent_id
ORDER BY e.doc_seq, e.event_id
"""


def export(corpus: Corpus, fmt: str, path: str | Path) -> int:
    """Write the corpus in ``fmt`` to ``path``; returns the number of items written."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return {
        "jsonl": export_jsonl, "csv": export_csv, "parquet": export_parquet, "plover": export_plover,
        "graphml": export_graphml, "gexf": export_gexf,
    }[fmt](corpus, path)


def export_jsonl(corpus: Corpus, path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for (record,) in corpus.iter_rows("SELECT record FROM documents ORDER BY doc_seq"):
            fh.write(record + "\n")
            n += 1
    return n


def export_csv(corpus: Corpus, path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([name for name, _ in EVENT_COLUMNS])
        for row in corpus.iter_rows(_REPORTS_SQL):
            writer.writerow(["" if v is None else v for v in row])
            n += 1
    return n


def export_parquet(corpus: Corpus, path: Path) -> int:
    cur = corpus.con.cursor()
    try:
        reader = cur.sql(_REPORTS_SQL).to_arrow_reader(50_000)
        n = 0
        with pq.ParquetWriter(path, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
        if n == 0 and not path.exists():
            pq.write_table(pa.table({name: [] for name, _ in EVENT_COLUMNS}), path)
    finally:
        cur.close()
    return n


def export_plover(corpus: Corpus, path: Path) -> int:
    """A JSON array of corpus events in the POLECAT/PLOVER layout, written as it is read."""
    sql = """
        SELECT ce.*, list({'story_id': d.id, 'event_id': e.event_id, 'publisher': d.outlet,
                           'published': d.published, 'sentence_number': e.sentence_number,
                           'sentence': substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),
                           'trigger': e.trigger_text, 'date': e.date, 'is_original': d.is_original}
                          ORDER BY d.doc_seq, e.event_id) AS reports
        FROM corpus_events ce
        JOIN corpus_event_members cm USING (cevent_id)
        JOIN events e ON e.doc_seq = cm.doc_seq AND e.event_id = cm.event_id
        JOIN documents d ON d.doc_seq = cm.doc_seq
        GROUP BY ALL ORDER BY ce.cevent_id
    """
    cur = corpus.con.cursor()
    n = 0
    try:
        cur.execute(sql)
        cols = [d[0] for d in cur.description]
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("[\n")
            while rows := cur.fetchmany(2000):
                for row in rows:
                    ce = dict(zip(cols, row, strict=True))
                    fh.write(("" if n == 0 else ",\n") + json.dumps(_plover_event(ce), ensure_ascii=False))
                    n += 1
            fh.write("\n]\n")
    finally:
        cur.close()
    return n


def _iso(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


def _plover_event(ce: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": f"rasad-{ce['cevent_id']}",
        "event_date": ce["date"] or _iso(ce["first_day"]),
        "event_date_range": [_iso(ce["date_lo"]), _iso(ce["date_hi"])] if ce["date_lo"] else None,
        "event_type": ce["type"],
        "event_mode": ce["mode"],
        "mutual": ce["mutual"],
        "negated": ce["negated"],
        "source": {"actors": ce["source_keys"], "label": ce["source_label"], "countries": ce["source_countries"]},
        "target": {"actors": ce["target_keys"], "label": ce["target_label"], "countries": ce["target_countries"]},
        "location": ce["location"],
        "fatalities": ce["fatalities"],
        "injured": ce["injured"],
        "corroboration": ce["corroboration"],
        "num_reports": ce["n_mentions"],
        "num_documents": ce["n_documents"],
        "publishers": ce["outlets"],
        "first_published": _iso(ce["first_published"]),
        "reports": ce["reports"],
    }


def actor_graph(corpus: Corpus) -> nx.DiGraph:
    """Actor network from corpus events: edge weight = corpus events, plus a count per type."""
    g = nx.DiGraph()
    for key, name, name_en, typ, country, n_docs in corpus.iter_rows(
        "SELECT actor_key, name, name_en, type, country, n_documents FROM actors ORDER BY actor_key"
    ):
        g.add_node(
            key, label=name_en or name or key, name=name or "", name_en=name_en or "",
            type=typ or "", country=country or "", documents=int(n_docs or 0),
        )
    pairs_sql = """
        SELECT s, t, type, mutual, count(DISTINCT cevent_id) FROM (
            SELECT ce.cevent_id, ce.type, false AS mutual, a.k AS s, b.k AS t
            FROM corpus_events ce, unnest(ce.source_keys) AS a(k), unnest(ce.target_keys) AS b(k)
            WHERE NOT ce.mutual
            UNION ALL
            SELECT ce.cevent_id, ce.type, true, a.k, b.k
            FROM corpus_events ce, unnest(list_concat(ce.source_keys, ce.target_keys)) AS a(k),
                 unnest(list_concat(ce.source_keys, ce.target_keys)) AS b(k)
            WHERE ce.mutual AND a.k < b.k
        ) GROUP BY ALL
    """
    for s, t, typ, mutual, count in corpus.iter_rows(pairs_sql):
        for node in (s, t):
            if node not in g:
                g.add_node(node, label=node, name="", name_en="", type="", country="", documents=0)
        if not g.has_edge(s, t):
            g.add_edge(s, t, weight=0, mutual=0)
        data = g.edges[s, t]
        data["weight"] += int(count)
        data[f"n_{typ}"] = data.get(f"n_{typ}", 0) + int(count)
        if mutual:
            data["mutual"] += int(count)
    return g


def export_graphml(corpus: Corpus, path: Path) -> int:
    g = actor_graph(corpus)
    _fill_missing_edge_attrs(g)
    nx.write_graphml(g, path)
    return g.number_of_edges()


def export_gexf(corpus: Corpus, path: Path) -> int:
    g = actor_graph(corpus)
    _fill_missing_edge_attrs(g)
    nx.write_gexf(g, path)
    return g.number_of_edges()


def _fill_missing_edge_attrs(g: nx.DiGraph) -> None:
    """Every edge gets every per-type count (0 where none), as GraphML/GEXF readers expect."""
    names = {k for _, _, d in g.edges(data=True) for k in d}
    for _, _, d in g.edges(data=True):
        for k in names:
            d.setdefault(k, 0)

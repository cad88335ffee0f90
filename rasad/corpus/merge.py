"""Cross-document event merging: many reports of one act become one corpus event.

Rules (all tunable through ``MergeConfig``):

* Key: same PLOVER type, same negation, same actors. Actor identity is ``textkey.actor_key``
  (knowledge-base key, else English canonical name, else Wikidata id, else folded Persian
  name + country). A mutual
  event (a call, a meeting, clashes between A and B) compares the *set* of all its actors, so
  "A phoned B" (mutual) and "B phoned A" (mutual) match; a directed event compares
  (sources, targets).
* Date: events whose day ranges come within ``window_days`` of the first event of the cluster
  merge (default ±1 day: outlets in different time zones, "yesterday" read on the next day).
  Clusters are anchored on their first event, so a daily-repeated act (clashes every day) does
  not chain into one event. Dates coarser than ``max_date_span_days`` ("2020", "2020-07") do
  not place an event in time and are treated like a missing date.
* Missing date: such an event merges only with an event of the same key from the same
  near-duplicate group or published on the same local day; otherwise it stands alone.
* Only modalities in ``modalities`` (what happened: asserted, reported_claim) become corpus
  events; negated events are kept as their own corpus events unless ``include_negated`` is off.

Every member stays as evidence (corpus_event_members); corroboration counts distinct outlets
(a document without an outlet counts as its near-duplicate group).

Why a full rebuild, not an incremental one: clusters are anchored on their earliest event, so
one new (earlier) report can re-anchor a key group and move later members between clusters,
and a new document can change a group's near-duplicate membership that undated events use.
Rebuilding only the touched key groups would still need stable cevent ids and a delete/insert
per group; the full rebuild is one sorted scan plus one SQL aggregate and took 4.9 s for
100,000 documents / 320,000 events (bench/RESULTS-corpus.md), against 240 s to ingest them,
so it is not worth the risk of a subtly stale merge.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pyarrow as pa


@dataclass(frozen=True)
class MergeConfig:
    window_days: int = 1
    max_date_span_days: int = 31
    modalities: tuple[str, ...] = ("asserted", "reported_claim")
    include_negated: bool = True


def _one_date_range(value: str) -> tuple[date, date] | None:
    if value.startswith("--"):  # month-day without a year cannot be placed
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            return d, d
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(parts) == 1 and parts[0]:
            y = int(parts[0])
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


def date_range(value: str | None) -> tuple[date, date] | None:
    """The days a CONTRACT date value covers: a day, a month, a year or an interval."""
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        ra, rb = _one_date_range(a.strip()), _one_date_range(b.strip())
        if ra and rb and ra[0] <= rb[1]:
            return ra[0], rb[1]
        return None
    return _one_date_range(value.strip())


def actor_signature(mutual: bool, source_keys: Iterable[str], target_keys: Iterable[str]) -> str:
    """The actors of an event as merging compares them (mutual: one unordered set)."""
    if mutual:
        return "{" + ";".join(sorted(set(source_keys) | set(target_keys))) + "}"
    return ";".join(sorted(set(source_keys))) + "->" + ";".join(sorted(set(target_keys)))


@dataclass
class _Item:
    doc_seq: int
    event_id: str
    lo: date | None
    hi: date | None
    dup_group: int
    day: date | None


@dataclass
class _Cluster:
    anchor_hi: date | None
    members: list[_Item] = field(default_factory=list)
    groups: set[int] = field(default_factory=set)
    days: set[date] = field(default_factory=set)

    def add(self, item: _Item) -> None:
        self.members.append(item)
        self.groups.add(item.dup_group)
        if item.day is not None:
            self.days.add(item.day)


def cluster_items(items: list[_Item], config: MergeConfig) -> list[list[_Item]]:
    """Clusters of one key group (same type, negation and actors)."""
    dated: list[_Item] = []
    undated: list[_Item] = []
    for it in items:
        if it.lo is not None and it.hi is not None and (it.hi - it.lo).days <= config.max_date_span_days:
            dated.append(it)
        else:
            undated.append(it)
    dated.sort(key=lambda i: (i.lo, i.doc_seq))
    clusters: list[_Cluster] = []
    current: _Cluster | None = None
    for it in dated:
        assert it.lo is not None and it.hi is not None
        if current is not None and current.anchor_hi is not None and (it.lo - current.anchor_hi).days <= config.window_days:
            current.add(it)
        else:
            current = _Cluster(anchor_hi=it.hi)
            current.add(it)
            clusters.append(current)
    for it in sorted(undated, key=lambda i: i.doc_seq):
        home = next(
            (c for c in clusters if it.dup_group in c.groups or (it.day is not None and it.day in c.days)),
            None,
        )
        if home is None:
            home = _Cluster(anchor_hi=None)
            clusters.append(home)
        home.add(it)
    return [c.members for c in clusters]


def _key_groups(cursor: duckdb.DuckDBPyConnection, config: MergeConfig) -> Iterator[list[_Item]]:
    """Stream events ordered by merge key and yield one key group at a time (bounded memory)."""
    negated_clause = "" if config.include_negated else "AND NOT coalesce(e.negated, false)"
    cursor.execute(
        f"""
        SELECT e.type, coalesce(e.negated, false), e.actor_sig, e.doc_seq, e.event_id,
               e.date_lo, e.date_hi, d.dup_group, d.published_day
        FROM events e JOIN documents d USING (doc_seq)
        WHERE e.modality IN (SELECT unnest($mods)) {negated_clause}
        ORDER BY e.type, 2, e.actor_sig, e.doc_seq, e.event_id
        """,
        {"mods": list(config.modalities)},
    )
    key: tuple | None = None
    group: list[_Item] = []
    while True:
        rows = cursor.fetchmany(20_000)
        if not rows:
            break
        for typ, neg, sig, doc_seq, event_id, lo, hi, dup_group, day in rows:
            k = (typ, neg, sig)
            if k != key and group:
                yield group
                group = []
            key = k
            group.append(_Item(doc_seq, event_id, lo, hi, dup_group, day))
    if group:
        yield group


MEMBER_SCHEMA = pa.schema([("cevent_id", pa.int64()), ("doc_seq", pa.int64()), ("event_id", pa.string())])


def rebuild_corpus_events(con: duckdb.DuckDBPyConnection, config: MergeConfig) -> int:
    """Recompute corpus_events and corpus_event_members in one transaction; returns the count.

    Reads through a second cursor so the streamed read and the writes do not disturb each other.
    """
    reader = con.cursor()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM corpus_event_members")
        con.execute("DELETE FROM corpus_events")
        next_id = 1
        buf: dict[str, list] = {"cevent_id": [], "doc_seq": [], "event_id": []}

        def flush() -> None:
            if not buf["cevent_id"]:
                return
            tbl = pa.table(buf, schema=MEMBER_SCHEMA)
            con.register("_members_batch", tbl)
            con.execute("INSERT INTO corpus_event_members SELECT * FROM _members_batch")
            con.unregister("_members_batch")
            for v in buf.values():
                v.clear()

        for group in _key_groups(reader, config):
            for members in cluster_items(group, config):
                for m in members:
                    buf["cevent_id"].append(next_id)
                    buf["doc_seq"].append(m.doc_seq)
                    buf["event_id"].append(m.event_id)
                next_id += 1
            if len(buf["cevent_id"]) >= 50_000:
                flush()
        flush()
        con.execute(_CORPUS_EVENTS_SQL)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        reader.close()
    return next_id - 1


# Attributes of each corpus event aggregated over its members (in SQL, so memory stays flat).
_CORPUS_EVENTS_SQL = """
INSERT INTO corpus_events
WITH m0 AS (
    SELECT cm.cevent_id, e.*, d.outlet, d.dup_group, d.published_utc, d.published_day
    FROM corpus_event_members cm
    JOIN events e ON e.doc_seq = cm.doc_seq AND e.event_id = cm.event_id
    JOIN documents d ON d.doc_seq = cm.doc_seq
),
-- the most reported value wins, a tie goes to the earliest report: `mode()` breaks ties by scan
-- order, which would make a re-run after a crash differ from a clean run
m AS (
    SELECT *,
           count(*) OVER (PARTITION BY cevent_id, mode) * 1e12 - doc_seq AS mode_w,
           count(*) OVER (PARTITION BY cevent_id, date) * 1e12 - doc_seq AS date_w,
           count(*) OVER (PARTITION BY cevent_id, location_name) * 1e12 - doc_seq AS location_w
    FROM m0
),
agg AS (
    SELECT cevent_id,
           any_value(type) AS type,
           arg_max(mode, mode_w) FILTER (WHERE mode IS NOT NULL) AS mode,
           bool_or(mutual) AS mutual,
           bool_or(coalesce(negated, false)) AS negated,
           first(source_keys ORDER BY doc_seq) AS source_keys,
           first(target_keys ORDER BY doc_seq) AS target_keys,
           arg_max(date, date_w) FILTER (WHERE date IS NOT NULL AND date_lo IS NOT NULL AND date_lo = date_hi) AS day_date,
           arg_max(date, date_w) FILTER (WHERE date IS NOT NULL) AS any_date,
           min(date_lo) AS date_lo, max(date_hi) AS date_hi,
           min(published_utc) AS first_published, min(published_day) AS first_day,
           arg_max(location_name, location_w) FILTER (WHERE location_name IS NOT NULL) AS location,
           max(fatalities) AS fatalities, max(injured) AS injured,
           count(*) AS n_mentions, count(DISTINCT doc_seq) AS n_documents,
           count(DISTINCT coalesce('o:' || outlet, 'g:' || dup_group::VARCHAR)) AS corroboration,
           list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets
    FROM m GROUP BY cevent_id
),
sides AS (
    SELECT a.cevent_id, s.role, s.k
    FROM agg a, LATERAL (
        SELECT 'source' AS role, unnest(a.source_keys) AS k
        UNION ALL SELECT 'target', unnest(a.target_keys)
    ) s
),
labelled AS (
    SELECT s.cevent_id,
           string_agg(DISTINCT coalesce(ac.name_en, ac.name), ' + ') FILTER (WHERE s.role = 'source') AS source_label,
           string_agg(DISTINCT coalesce(ac.name_en, ac.name), ' + ') FILTER (WHERE s.role = 'target') AS target_label,
           list(DISTINCT ac.country) FILTER (WHERE s.role = 'source' AND ac.country IS NOT NULL) AS source_countries,
           list(DISTINCT ac.country) FILTER (WHERE s.role = 'target' AND ac.country IS NOT NULL) AS target_countries,
           list(DISTINCT ac.country) FILTER (WHERE ac.country IS NOT NULL) AS countries,
           string_agg(DISTINCT ac.search, '|') AS actor_search
    FROM sides s LEFT JOIN actors ac ON ac.actor_key = s.k
    GROUP BY s.cevent_id
)
SELECT a.cevent_id, a.type, a.mode, a.mutual, a.negated, a.source_keys, a.target_keys,
       l.source_label, l.target_label,
       coalesce(l.source_countries, []), coalesce(l.target_countries, []), coalesce(l.countries, []),
       coalesce(a.day_date, a.any_date), a.date_lo, a.date_hi, a.first_published, a.first_day,
       a.location, a.fatalities, a.injured, a.n_mentions, a.n_documents, a.corroboration,
       coalesce(a.outlets, []), coalesce(l.actor_search, '')
FROM agg a LEFT JOIN labelled l USING (cevent_id)
"""

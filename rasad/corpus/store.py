"""The corpus store: CONTRACT records in one DuckDB file, near-duplicates, merged events, queries.

``Corpus(path)`` opens (or creates) the store. ``ingest(records)`` streams records in batches;
each batch is written in one transaction, so a process killed at any point leaves only whole
batches behind and a re-run (documents are identified by content hash) completes the store
without losing or duplicating anything. Derived tables (actors, corpus events) are rebuilt
after each ingest, also in one transaction; a flag in ``meta`` marks them stale until then.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from rasad.corpus import dedup, merge, textkey
from rasad.corpus.schema import DDL, SCHEMA_VERSION

DEFAULT_DB = "rasad.duckdb"
DEFAULT_MEMORY_LIMIT = "1GB"  # DuckDB buffer pool cap (RASAD_DB_MEMORY overrides)


def default_db_path() -> str:
    return os.environ.get("RASAD_DB") or DEFAULT_DB


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped_duplicate: int = 0  # same content hash already stored (or twice in the input)
    near_duplicates: int = 0  # stored, but a copy of an earlier-stored story
    failed: list[tuple[str, str]] = field(default_factory=list)  # (record id or position, reason)
    corpus_events: int | None = None


def content_hash(rec: dict[str, Any]) -> str:
    """What makes a record the same document: its id, source, title, publication time and text."""
    h = hashlib.sha256()
    for key in ("id", "source", "title", "published", "text"):
        h.update(str(rec.get(key) or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def parse_published(value: str | None) -> tuple[datetime | None, date | None]:
    """(UTC time, local calendar day) of an ISO 8601 publication stamp."""
    if not value:
        return None, None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        try:
            d = date.fromisoformat(value[:10])
        except ValueError:
            return None, None
        return datetime(d.year, d.month, d.day), d
    day = dt.date()
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt, day


def _int_or_none(v: Any) -> int | None:
    try:
        return int(v) if v is not None else None
    except (TypeError, ValueError):
        return None


_S, _I, _B, _F = pa.string(), pa.int64(), pa.bool_(), pa.float64()
_LS = pa.list_(pa.string())
TABLE_SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_seq", _I), ("id", _S), ("source", _S), ("content_hash", _S), ("title", _S),
        ("published", _S), ("published_utc", pa.timestamp("us")), ("published_day", pa.date32()),
        ("published_jalali", _S), ("outlet", _S), ("news_id", _S), ("attribution", _LS),
        ("dateline", _S), ("text", _S), ("raw_text", _S), ("search_text", _S), ("dup_group", _I),
        ("is_original", _B), ("minhash", pa.binary()), ("record", _S), ("ingested_at", pa.timestamp("us")),
    ]),
    "doc_tokens": pa.schema([("token", _S), ("doc_seq", _I), ("tf", pa.int32())]),
    "lsh_bands": pa.schema([("band", pa.int16()), ("hash", _I), ("doc_seq", _I)]),
    "entities": pa.schema([
        ("doc_seq", _I), ("entity_id", _S), ("name", _S), ("name_en", _S), ("type", _S),
        ("country", _S), ("wikidata", _S), ("actor_key", _S), ("search_form", _S),
    ]),
    "mentions": pa.schema([
        ("doc_seq", _I), ("entity_id", _S), ("start", _I), ("end", _I), ("text", _S), ("kind", _S),
        ("raw_start", _I), ("raw_end", _I),
    ]),
    "events": pa.schema([
        ("doc_seq", _I), ("event_id", _S), ("type", _S), ("mode", _S), ("mutual", _B),
        ("source_ids", _LS), ("target_ids", _LS), ("source_keys", _LS), ("target_keys", _LS),
        ("actor_sig", _S), ("date", _S), ("date_precision", _S), ("date_lo", pa.date32()),
        ("date_hi", pa.date32()), ("location_id", _S), ("location_name", _S), ("fatalities", _I),
        ("injured", _I), ("negated", _B), ("modality", _S), ("sentence_start", _I), ("sentence_end", _I),
        ("sentence_number", _I), ("trigger_start", _I), ("trigger_end", _I), ("trigger_text", _S),
        ("confidence", _F),
    ]),
    "event_actors": pa.schema([
        ("doc_seq", _I), ("event_id", _S), ("role", _S), ("entity_id", _S), ("actor_key", _S),
    ]),
    "event_evidence": pa.schema([
        ("doc_seq", _I), ("event_id", _S), ("idx", _I), ("start", _I), ("end", _I), ("text", _S),
        ("evidence", _S),
    ]),
    "statements": pa.schema([
        ("doc_seq", _I), ("speaker_id", _S), ("speaker_key", _S), ("start", _I), ("end", _I), ("text", _S),
    ]),
}


class _Rows:
    """Column buffers for one batch, one per table."""

    def __init__(self) -> None:
        self.cols: dict[str, dict[str, list]] = {
            t: {f.name: [] for f in s} for t, s in TABLE_SCHEMAS.items()
        }

    def extend(self, other: _Rows) -> None:
        for table, cols in other.cols.items():
            mine = self.cols[table]
            for name, col in cols.items():
                mine[name].extend(col)

    def add(self, table: str, **values: Any) -> None:
        cols = self.cols[table]
        for name, col in cols.items():
            col.append(values.get(name))


@dataclass
class _Prepared:
    rec: dict[str, Any]
    hash: str
    sig: np.ndarray | None
    bands: list[int]


class Corpus:
    """An embedded store of CONTRACT records with near-duplicate groups, merged events and queries."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        dedup_config: dedup.DedupConfig | None = None,
        merge_config: merge.MergeConfig | None = None,
        read_only: bool = False,
        memory_limit: str | None = None,
        threads: int | None = None,
    ) -> None:
        self.path = str(path) if path is not None else default_db_path()
        if not read_only and self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # DuckDB's default cap is 80% of RAM and its buffer pool keeps what it read up to that cap,
        # so without a limit the process grows with the corpus; past the limit it spills to disk
        config = {
            "memory_limit": memory_limit or os.environ.get("RASAD_DB_MEMORY") or DEFAULT_MEMORY_LIMIT,
            "threads": int(threads or os.environ.get("RASAD_DB_THREADS") or min(os.cpu_count() or 1, 4)),
        }
        self.con = duckdb.connect(self.path, read_only=read_only, config=config)
        self.merge_config = merge_config or merge.MergeConfig()
        if not read_only:
            for ddl in DDL:
                self.con.execute(ddl)
            stored = self._meta_get("dedup_config")
            if stored is None:
                self.dedup_config = dedup_config or dedup.DedupConfig()
                self._meta_set("schema_version", SCHEMA_VERSION)
                self._meta_set("dedup_config", json.dumps(self.dedup_config.__dict__))
            else:
                # signatures and bands on disk were made with the stored settings: keep them
                self.dedup_config = dedup.DedupConfig(**json.loads(stored))
        else:
            stored = self._meta_get("dedup_config")
            self.dedup_config = dedup.DedupConfig(**json.loads(stored)) if stored else dedup.DedupConfig()

    # ----------------------------------------------------------------- housekeeping
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _meta_get(self, key: str) -> str | None:
        rows = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None

    def _scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        # fetchall, not fetchone: DuckDB 2 refuses new work while a result is partly read
        return self.con.execute(sql, params or []).fetchall()[0][0]

    def _meta_set(self, key: str, value: str) -> None:
        self.con.execute("DELETE FROM meta WHERE key = ?", [key])
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def counts(self) -> dict[str, int]:
        tables = [
            "documents", "entities", "mentions", "events", "event_evidence", "statements",
            "corpus_events", "corpus_event_members", "doc_tokens", "lsh_bands",
        ]
        out = {t: self._scalar(f"SELECT count(*) FROM {t}") for t in tables}
        out["originals"] = self._scalar("SELECT count(*) FROM documents WHERE is_original")
        return out

    # ----------------------------------------------------------------- ingest
    def ingest(
        self,
        records: Iterable[dict[str, Any] | Exception],
        batch_size: int = 500,
        progress: Callable[[int], None] | None = None,
        rebuild: bool = True,
    ) -> IngestReport:
        """Store records (an Exception in the stream counts as a failed input). Idempotent."""
        report = IngestReport()
        batch: list[dict[str, Any]] = []
        for item in records:
            report.read += 1
            if isinstance(item, Exception):
                report.failed.append((f"#{report.read}", str(item)))
            else:
                reason = _invalid(item)
                if reason:
                    report.failed.append((str(item.get("id") if isinstance(item, dict) else f"#{report.read}"), reason))
                else:
                    batch.append(item)
            if len(batch) >= batch_size:
                self._ingest_batch(batch, report)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            self._ingest_batch(batch, report)
            if progress:
                progress(len(batch))
        if rebuild and (report.stored or self._meta_get("derived_stale") == "1"):
            report.corpus_events = self.rebuild_derived()
        return report

    def _ingest_batch(self, batch: list[dict[str, Any]], report: IngestReport) -> None:
        hashes = [content_hash(r) for r in batch]
        known = self._known_hashes(hashes)
        fresh: list[_Prepared] = []
        seen: set[str] = set()
        for rec, h in zip(batch, hashes, strict=True):
            if h in known or h in seen:
                report.skipped_duplicate += 1
                continue
            seen.add(h)
            try:
                text = rec.get("text") or ""
                sig = dedup.signature(text, self.dedup_config) if text.strip() else None
                bands = dedup.band_hashes(sig, self.dedup_config) if sig is not None else []
                fresh.append(_Prepared(rec, h, sig, bands))
            except Exception as exc:  # a malformed record never stops the batch
                report.failed.append((str(rec.get("id")), f"{type(exc).__name__}: {exc}"))
        if not fresh:
            return
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            first_seq = self._scalar("SELECT coalesce(max(doc_seq), 0) + 1 FROM documents")
            groups, merged_groups = self._assign_groups(fresh, first_seq)
            rows = _Rows()
            now = datetime.now(UTC).replace(tzinfo=None)
            stored = 0
            for i, prep in enumerate(fresh):
                one = _Rows()  # a record that cannot be flattened is reported, not half-written
                try:
                    _record_rows(one, first_seq + i, prep, groups[i], now)
                except Exception as exc:
                    report.failed.append((str(prep.rec.get("id")), f"{type(exc).__name__}: {exc}"))
                    continue
                rows.extend(one)
                stored += 1
                if groups[i] != first_seq + i:
                    report.near_duplicates += 1
            for table, cols in rows.cols.items():
                if cols and next(iter(cols.values())):
                    tbl = pa.table(cols, schema=TABLE_SCHEMAS[table])
                    con.register("_batch", tbl)
                    names = ", ".join(f'"{c}"' for c in cols)
                    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _batch")
                    con.unregister("_batch")
            if merged_groups:
                # one new document bridged two stored groups: they become one group
                for old, new in merged_groups.items():
                    con.execute("UPDATE documents SET dup_group = ? WHERE dup_group = ?", [new, old])
            touched = sorted({g for g in groups if g is not None} | set(merged_groups.values()))
            self._update_originals(touched)
            self._meta_set("derived_stale", "1")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        report.stored += stored

    def _known_hashes(self, hashes: list[str]) -> set[str]:
        tbl = pa.table({"h": hashes})
        self.con.register("_hashes", tbl)
        try:
            rows = self.con.execute(
                "SELECT content_hash FROM documents WHERE content_hash IN (SELECT h FROM _hashes)"
            ).fetchall()
        finally:
            self.con.unregister("_hashes")
        return {r[0] for r in rows}

    def _assign_groups(self, fresh: list[_Prepared], first_seq: int) -> tuple[list[int], dict[int, int]]:
        """Near-duplicate group of each new document, and stored groups to fold into another.

        A group is named by the doc_seq of its first stored member; a document joins the group
        of its most similar earlier copy (groups are never fused: no chaining).
        """
        cfg = self.dedup_config
        # candidates among stored documents, through the stored LSH bands
        qb: dict[str, list] = {"band": [], "hash": [], "i": []}
        for i, p in enumerate(fresh):
            for b, h in enumerate(p.bands):
                qb["band"].append(b)
                qb["hash"].append(h)
                qb["i"].append(i)
        stored_cands: dict[int, set[int]] = {}
        cand_info: dict[int, tuple[np.ndarray, int]] = {}
        if qb["i"]:
            self.con.register("_qbands", pa.table(qb, schema=pa.schema([("band", pa.int16()), ("hash", _I), ("i", _I)])))
            try:
                rows = self.con.execute(
                    """SELECT DISTINCT q.i, l.doc_seq FROM _qbands q
                       JOIN lsh_bands l ON l.band = q.band AND l.hash = q.hash"""
                ).fetchall()
            finally:
                self.con.unregister("_qbands")
            for i, seq in rows:
                stored_cands.setdefault(i, set()).add(seq)
            all_seqs = sorted({s for v in stored_cands.values() for s in v})
            if all_seqs:
                info = self.con.execute(
                    "SELECT doc_seq, minhash, dup_group FROM documents WHERE doc_seq IN (SELECT unnest(?))",
                    [all_seqs],
                ).fetchall()
                cand_info = {seq: (np.frombuffer(mh, dtype=np.uint32), g) for seq, mh, g in info}
        groups: list[int] = []
        band_index: dict[tuple[int, int], list[int]] = {}
        for i, p in enumerate(fresh):
            seq = first_seq + i
            best: tuple[float, int] | None = None  # (similarity, group) of the closest earlier copy
            if p.sig is not None:
                for s in stored_cands.get(i, ()):
                    sig, g = cand_info[s]
                    sim = dedup.similarity(p.sig, sig)
                    if sim >= cfg.threshold and (best is None or (sim, -g) > (best[0], -best[1])):
                        best = (sim, g)
                local: set[int] = set()
                for b, h in enumerate(p.bands):
                    local.update(band_index.get((b, h), ()))
                for j in local:
                    sim = dedup.similarity(p.sig, fresh[j].sig)  # type: ignore[arg-type]
                    if sim >= cfg.threshold and (best is None or (sim, -groups[j]) > (best[0], -best[1])):
                        best = (sim, groups[j])
                for b, h in enumerate(p.bands):
                    band_index.setdefault((b, h), []).append(i)
            # join the closest copy's group; never fuse groups, so similar-but-distinct stories
            # (one template, other dates) cannot chain into one giant group
            groups.append(best[1] if best is not None else seq)
        return groups, {}

    def _update_originals(self, groups: list[int]) -> None:
        """The original of each touched group: earliest published, then first ingested."""
        if not groups:
            return
        self.con.execute(
            """
            UPDATE documents SET is_original = (documents.doc_seq = o.orig)
            FROM (
                SELECT dup_group, arg_min(doc_seq, (coalesce(published_utc, TIMESTAMP '9999-12-31'), doc_seq)) AS orig
                FROM documents WHERE dup_group IN (SELECT unnest(?)) GROUP BY dup_group
            ) o
            WHERE documents.dup_group = o.dup_group
            """,
            [groups],
        )

    def rebuild_derived(self) -> int:
        """Rebuild the actors table and the corpus events; returns the number of corpus events."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM actors")
            con.execute(
                """
                INSERT INTO actors
                SELECT actor_key, mode(name), mode(name_en), mode(type), mode(country),
                       string_agg(DISTINCT search_form, '|'), count(DISTINCT doc_seq)
                FROM entities GROUP BY actor_key
                """
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        n = merge.rebuild_corpus_events(con, self.merge_config)
        self._meta_set("derived_stale", "0")
        return n

    # ----------------------------------------------------------------- queries
    def events(
        self,
        actor: str | None = None,
        country: str | None = None,
        type: str | None = None,  # noqa: A002 - the PLOVER field is called type
        since: str | date | None = None,
        until: str | date | None = None,
        outlet: str | None = None,
        min_corroboration: int | None = None,
        limit: int | None = 100,
        members: bool = True,
    ) -> list[dict[str, Any]]:
        """Corpus events (merged across documents), newest first, with their evidence."""
        where: list[str] = []
        params: list[Any] = []
        if actor:
            where.append("contains(actor_search, ?)")
            params.append(textkey.compact(actor))
        if country:
            where.append("list_contains(countries, ?)")
            params.append(country.upper())
        if type:
            where.append("type = ?")
            params.append(type.upper())
        if since:
            where.append("coalesce(date_hi, first_day) >= ?::DATE")
            params.append(str(since))
        if until:
            where.append("coalesce(date_lo, first_day) <= ?::DATE")
            params.append(str(until))
        if outlet:
            where.append(
                "cevent_id IN (SELECT cm.cevent_id FROM corpus_event_members cm JOIN documents d USING (doc_seq)"
                " WHERE contains(replace(replace(d.outlet, ' ', ''), '\u200c', ''), ?))"
            )
            params.append(textkey.compact(outlet).replace(" ", ""))
        if min_corroboration:
            where.append("corroboration >= ?")
            params.append(int(min_corroboration))
        sql = "SELECT * FROM corpus_events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY coalesce(date_lo, first_day) DESC NULLS LAST, corroboration DESC, cevent_id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        out = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
        for ev in out:
            for k in ("date_lo", "date_hi", "first_day"):
                if ev.get(k) is not None:
                    ev[k] = ev[k].isoformat()
            if ev.get("first_published") is not None:
                ev["first_published"] = ev["first_published"].isoformat()
            ev.pop("actor_search", None)
        if members and out:
            ids = [ev["cevent_id"] for ev in out]
            rows = self.con.execute(
                """SELECT cm.cevent_id, d.id, d.outlet, d.published, e.event_id, e.date, e.trigger_text,
                          e.sentence_start, e.sentence_end, substr(d.text, e.sentence_start + 1,
                          e.sentence_end - e.sentence_start) AS sentence, d.is_original
                   FROM corpus_event_members cm
                   JOIN events e ON e.doc_seq = cm.doc_seq AND e.event_id = cm.event_id
                   JOIN documents d ON d.doc_seq = cm.doc_seq
                   WHERE cm.cevent_id IN (SELECT unnest(?)) ORDER BY cm.cevent_id, d.doc_seq, e.event_id""",
                [ids],
            ).fetchall()
            by_id: dict[int, list[dict[str, Any]]] = {}
            for cid, doc_id, outl, pub, eid, edate, trig, ss, se, sent, orig in rows:
                by_id.setdefault(cid, []).append({
                    "document": doc_id, "outlet": outl, "published": pub, "event": eid, "date": edate,
                    "trigger": trig, "sentence": [ss, se], "sentence_text": sent, "is_original": orig,
                })
            for ev in out:
                ev["mentions"] = by_id.get(ev["cevent_id"], [])
        return out

    def actors(self, limit: int | None = 50) -> list[dict[str, Any]]:
        """Most active actors: the corpus events they take part in, by role."""
        sql = """
            WITH parts AS (
                SELECT cevent_id, unnest(source_keys) AS k, 'source' AS role FROM corpus_events
                UNION ALL SELECT cevent_id, unnest(target_keys), 'target' FROM corpus_events
            )
            SELECT a.actor_key, a.name, a.name_en, a.type, a.country, a.n_documents,
                   count(DISTINCT p.cevent_id) AS n_events,
                   count(DISTINCT p.cevent_id) FILTER (WHERE p.role = 'source') AS as_source,
                   count(DISTINCT p.cevent_id) FILTER (WHERE p.role = 'target') AS as_target
            FROM parts p JOIN actors a ON a.actor_key = p.k
            GROUP BY ALL ORDER BY n_events DESC, a.n_documents DESC, a.actor_key
        """
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def search(self, query: str, limit: int | None = 20, snippet_chars: int = 80) -> list[dict[str, Any]]:
        """Articles containing ``query``, matched across ZWNJ/space/Arabic-letter variants.

        First the token index finds documents holding every query word; those that also hold
        the phrase (compared space-free) are ranked by how often the words occur. If that
        gives fewer than ``limit`` hits, a scan of the space-free text adds documents where the
        phrase is split or glued differently from the index's tokens.
        """
        q_compact = textkey.compact(query)
        if not q_compact:
            return []
        q_tokens = sorted(set(textkey.tokens(query)))
        lim = int(limit) if limit else 1_000_000
        hits: list[tuple[int, float]] = []
        if q_tokens:
            hits = self.con.execute(
                """
                WITH cand AS (
                    SELECT doc_seq, sum(tf) AS score FROM doc_tokens
                    WHERE token IN (SELECT unnest(?)) GROUP BY doc_seq HAVING count(*) = ?
                )
                SELECT c.doc_seq, c.score FROM cand c JOIN documents d USING (doc_seq)
                WHERE contains(d.search_text, ?)
                ORDER BY c.score DESC, d.is_original DESC, c.doc_seq LIMIT ?
                """,
                [q_tokens, len(q_tokens), q_compact, lim],
            ).fetchall()
        if len(hits) < lim:
            found = [h[0] for h in hits]
            more = self.con.execute(
                """SELECT doc_seq, 0 FROM documents
                   WHERE contains(search_text, ?) AND doc_seq NOT IN (SELECT unnest(?::BIGINT[]))
                   ORDER BY is_original DESC, doc_seq LIMIT ?""",
                [q_compact, found, lim - len(hits)],
            ).fetchall()
            hits.extend(more)
        if not hits:
            return []
        seqs = [h[0] for h in hits]
        docs = {
            r[0]: r[1:]
            for r in self.con.execute(
                """SELECT doc_seq, id, title, outlet, published, text, dup_group, is_original
                   FROM documents WHERE doc_seq IN (SELECT unnest(?))""",
                [seqs],
            ).fetchall()
        }
        out = []
        for seq, score in hits:
            doc_id, title, outlet, published, text, group, orig = docs[seq]
            start, end = _locate(text or "", q_compact)
            lo = max(0, start - snippet_chars)
            hi = min(len(text or ""), end + snippet_chars)
            out.append({
                "id": doc_id, "title": title, "outlet": outlet, "published": published,
                "score": float(score), "start": start, "end": end,
                "snippet": ("…" if lo > 0 else "") + (text or "")[lo:hi].replace("\n", " ") + ("…" if hi < len(text or "") else ""),
                "dup_group": group, "is_original": orig,
            })
        return out

    # ----------------------------------------------------------------- streaming reads for export
    def iter_rows(self, sql: str, params: list[Any] | None = None, chunk: int = 5000) -> Iterator[tuple]:
        cur = self.con.cursor()
        try:
            cur.execute(sql, params or [])
            while True:
                rows = cur.fetchmany(chunk)
                if not rows:
                    break
                yield from rows
        finally:
            cur.close()


def _locate(text: str, q_compact: str) -> tuple[int, int]:
    """Where the space-free query occurs in ``text`` (offsets into text), or (0, 0)."""
    comp, where = textkey.compact_with_map(text)
    k = comp.find(q_compact)
    if k < 0:
        return 0, 0
    return where[k], where[k + len(q_compact) - 1] + 1


def _invalid(rec: Any) -> str | None:
    if not isinstance(rec, dict):
        return "not a JSON object"
    if not isinstance(rec.get("text"), str):
        return "no text field"
    if not rec.get("id"):
        return "no id field"
    return None


def _record_rows(rows: _Rows, seq: int, prep: _Prepared, group: int, now: datetime) -> None:
    rec = prep.rec
    text: str = rec.get("text") or ""
    pub_utc, pub_day = parse_published(rec.get("published"))
    rows.add(
        "documents", doc_seq=seq, id=str(rec.get("id")), source=rec.get("source"), content_hash=prep.hash,
        title=rec.get("title"), published=rec.get("published"), published_utc=pub_utc, published_day=pub_day,
        published_jalali=rec.get("published_jalali"), outlet=rec.get("outlet"), news_id=rec.get("news_id"),
        attribution=list(rec.get("attribution") or []), dateline=rec.get("dateline"), text=text,
        raw_text=rec.get("raw"), search_text=textkey.compact((rec.get("title") or "") + " " + text),
        dup_group=group, is_original=(group == seq),
        minhash=prep.sig.tobytes() if prep.sig is not None else None,
        record=json.dumps(rec, ensure_ascii=False), ingested_at=now,
    )
    for tok, tf in Counter(textkey.tokens((rec.get("title") or "") + " " + text)).items():
        rows.add("doc_tokens", token=tok, doc_seq=seq, tf=tf)
    for b, h in enumerate(prep.bands):
        rows.add("lsh_bands", band=b, hash=h, doc_seq=seq)

    ents: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    for ent in rec.get("entities") or []:
        eid = str(ent.get("id"))
        ents[eid] = ent
        key = textkey.actor_key(
            ent.get("name"), ent.get("name_en"), ent.get("wikidata"), ent.get("country"), kb_key=ent.get("key")
        )
        keys[eid] = key
        rows.add(
            "entities", doc_seq=seq, entity_id=eid, name=ent.get("name"), name_en=ent.get("name_en"),
            type=ent.get("type"), country=ent.get("country"), wikidata=ent.get("wikidata"), actor_key=key,
            search_form=textkey.actor_search_form(ent.get("name"), ent.get("name_en")),
        )
        for m in ent.get("mentions") or []:
            rows.add(
                "mentions", doc_seq=seq, entity_id=eid, start=_int_or_none(m.get("start")),
                end=_int_or_none(m.get("end")), text=m.get("text"), kind=m.get("kind"),
                raw_start=_int_or_none(m.get("raw_start")), raw_end=_int_or_none(m.get("raw_end")),
            )

    sentence_starts = [s[0] for s in rec.get("sentences") or []]
    for ev in rec.get("events") or []:
        eid = str(ev.get("id"))
        src = [str(x) for x in ev.get("source") or []]
        tgt = [str(x) for x in ev.get("target") or []]
        src_keys = [keys.get(x, "id:" + x) for x in src]
        tgt_keys = [keys.get(x, "id:" + x) for x in tgt]
        mutual = bool(ev.get("mutual"))
        rng = merge.date_range(ev.get("date"))
        sent = ev.get("sentence") or [None, None]
        s_start = _int_or_none(sent[0]) if len(sent) > 0 else None
        s_num = bisect.bisect_right(sentence_starts, s_start) - 1 if s_start is not None and sentence_starts else None
        trig = ev.get("trigger") or {}
        loc_id = ev.get("location")
        loc = ents.get(str(loc_id)) if loc_id else None
        rows.add(
            "events", doc_seq=seq, event_id=eid, type=ev.get("type"), mode=ev.get("mode"), mutual=mutual,
            source_ids=src, target_ids=tgt, source_keys=src_keys, target_keys=tgt_keys,
            actor_sig=merge.actor_signature(mutual, src_keys, tgt_keys), date=ev.get("date"),
            date_precision=ev.get("date_precision"), date_lo=rng[0] if rng else None,
            date_hi=rng[1] if rng else None, location_id=str(loc_id) if loc_id else None,
            location_name=(loc.get("name_en") or loc.get("name")) if loc else None,
            fatalities=_int_or_none(ev.get("fatalities")), injured=_int_or_none(ev.get("injured")),
            negated=bool(ev.get("negated")), modality=ev.get("modality") or "asserted",
            sentence_start=s_start, sentence_end=_int_or_none(sent[1]) if len(sent) > 1 else None,
            sentence_number=s_num, trigger_start=_int_or_none(trig.get("start")),
            trigger_end=_int_or_none(trig.get("end")), trigger_text=trig.get("text"),
            confidence=float(ev["confidence"]) if ev.get("confidence") is not None else None,
        )
        for role, ids, ks in (("source", src, src_keys), ("target", tgt, tgt_keys)):
            for x, k in zip(ids, ks, strict=True):
                rows.add("event_actors", doc_seq=seq, event_id=eid, role=role, entity_id=x, actor_key=k)
        for idx, evd in enumerate(ev.get("evidence") or []):
            evd_d = evd if isinstance(evd, dict) else {"value": evd}
            rows.add(
                "event_evidence", doc_seq=seq, event_id=eid, idx=idx, start=_int_or_none(evd_d.get("start")),
                end=_int_or_none(evd_d.get("end")), text=evd_d.get("text"),
                evidence=json.dumps(evd_d, ensure_ascii=False),
            )
    for st in rec.get("statements") or []:
        spk = st.get("speaker")
        rows.add(
            "statements", doc_seq=seq, speaker_id=str(spk) if spk else None,
            speaker_key=keys.get(str(spk)) if spk else None, start=_int_or_none(st.get("start")),
            end=_int_or_none(st.get("end")), text=st.get("text"),
        )

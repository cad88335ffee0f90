"""HTTP API and single-page UI over a corpus store (FastAPI).

``create_app(db_path)`` serves, read-only:

    GET  /api/events          corpus events (filters as ``rasad events``), with evidence sentences
    GET  /api/actors          most active actors
    GET  /api/search?q=       full-text search with snippets
    GET  /api/documents/{id}  the stored CONTRACT record (text, entities, events) + store facts
    GET  /api/stats           table counts, outlets, event types, date range
    POST /api/extract         {"text", "published"?} -> the CONTRACT record (nothing is stored)
    GET  /                    the web UI (static files in ``rasad/web/static``)

Connections: each request opens its own read-only DuckDB connection and closes it when done
(about 15 ms). A shared connection would hold the file lock for the server's whole life, so
``rasad ingest`` could never write while the server runs; this way ingest can run between
requests, and a request that arrives while a writer holds the file gets 503 (retry later)
instead of a stale or half-written view. Separate connections also make requests in
FastAPI's thread pool independent of each other (no shared cursor to guard).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, field_validator, model_validator

from rasad.corpus.store import Corpus

STATIC_DIR = Path(__file__).parent / "static"
MAX_EXTRACT_CHARS = 200_000  # one long article is ~20k characters; more is a mistake or abuse
MAX_LIMIT = 1000

# The pipeline loads lexicons and models lazily into module-level caches; running two
# extractions at once from the thread pool could race on that first load, and a small
# server gains little from parallel extraction on a couple of cores.
_EXTRACT_LOCK = threading.Lock()


# ----------------------------------------------------------------------------- request models
def _check_day(value: str | None) -> str | None:
    """A YYYY-MM-DD day, or a clear error (the store compares dates as DATE)."""
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)") from exc


class EventQuery(BaseModel):
    """Filters of ``GET /api/events``; the same as ``rasad events``."""

    actor: str | None = Field(None, description="Persian or English name, or part of it")
    country: str | None = Field(None, description="ISO 3166 alpha-3 of an actor (or NATO, EU, UN ...)")
    type: str | None = Field(None, description="PLOVER type, e.g. CONSULT")
    since: str | None = Field(None, description="YYYY-MM-DD")
    until: str | None = Field(None, description="YYYY-MM-DD")
    outlet: str | None = None
    min_corroboration: int | None = Field(None, ge=1, description="at least this many outlets")
    limit: int = Field(50, ge=1, le=MAX_LIMIT)

    @field_validator("since", "until")
    @classmethod
    def _day(cls, v: str | None) -> str | None:
        return _check_day(v)

    @field_validator("actor", "country", "type", "outlet")
    @classmethod
    def _blank_is_none(cls, v: str | None) -> str | None:
        # an empty form field means "no filter", not "match the empty string"
        return v.strip() or None if v is not None else None

    @model_validator(mode="after")
    def _ordered(self) -> EventQuery:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        return self


class ExtractRequest(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_EXTRACT_CHARS, description="a plain-text article")
    published: str | None = Field(None, description="ISO 8601 date or time of publication")
    id: str = Field("pasted", max_length=200)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is blank")
        return v

    @field_validator("published")
    @classmethod
    def _iso(cls, v: str | None) -> str | None:
        # relative dates ("yesterday") resolve against this, so a bad value must not pass silently
        if v is None or not v.strip():
            return None
        v = v.strip()
        try:
            datetime.fromisoformat(v)
        except ValueError as exc:
            raise ValueError(f"not an ISO 8601 date or time: {v!r}") from exc
        return v


# ----------------------------------------------------------------------------- helpers
def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _add_trigger_spans(con: duckdb.DuckDBPyConnection, events: list[dict[str, Any]]) -> None:
    """Give each report of a corpus event its trigger's offsets inside its evidence sentence.

    ``Corpus.events`` returns the trigger's text only; the UI highlights by offset so that a
    trigger word that also occurs earlier in the sentence is not highlighted in the wrong place.
    """
    ids = [ev["cevent_id"] for ev in events]
    if not ids:
        return
    spans: dict[tuple[int, str, str], tuple[int | None, int | None, int]] = {}
    for cid, doc_id, event_id, ts, te, ss, seq in con.execute(
        """SELECT cm.cevent_id, d.id, e.event_id, e.trigger_start, e.trigger_end, e.sentence_start, d.doc_seq
           FROM corpus_event_members cm
           JOIN events e ON e.doc_seq = cm.doc_seq AND e.event_id = cm.event_id
           JOIN documents d ON d.doc_seq = cm.doc_seq
           WHERE cm.cevent_id IN (SELECT unnest(?))""",
        [ids],
    ).fetchall():
        rel = (ts - ss, te - ss) if None not in (ts, te, ss) else (None, None)
        spans[(cid, doc_id, event_id)] = (*rel, seq)
    for ev in events:
        for m in ev.get("mentions") or []:
            ts, te, seq = spans.get((ev["cevent_id"], m["document"], m["event"]), (None, None, None))
            sentence = m.get("sentence_text") or ""
            valid = ts is not None and te is not None and 0 <= ts < te <= len(sentence)
            m["trigger_span"] = [ts, te] if valid else None
            m["doc_seq"] = seq


# ----------------------------------------------------------------------------- the store, per request
def open_corpus(request: Request) -> Iterator[Corpus]:
    """A read-only connection for one request, closed after it (see the module docstring)."""
    db: str = request.app.state.db_path
    if db != ":memory:" and not Path(db).exists():
        raise HTTPException(503, f"no corpus store at {db}: build one with `rasad ingest ... --db {db}`")
    try:
        c = Corpus(db, read_only=True)
    except duckdb.IOException as exc:
        # another process (an ingest) holds the write lock
        raise HTTPException(
            503, f"the corpus store is busy (being written?): {exc}", headers={"Retry-After": "5"}
        ) from exc
    except duckdb.Error as exc:
        raise HTTPException(503, f"cannot open the corpus store {db}: {exc}") from exc
    try:
        yield c
    finally:
        c.close()


# module level: FastAPI resolves the (string) annotations of the routes against module globals
CorpusDep = Annotated[Corpus, Depends(open_corpus)]


# ----------------------------------------------------------------------------- the app
def create_app(db_path: str | Path) -> FastAPI:
    """The API and UI over the corpus store at ``db_path`` (opened read-only per request)."""
    db = str(db_path)
    app = FastAPI(
        title="rasad",
        description="Persian news → PLOVER events: the corpus, read-only, and extraction on demand.",
        version="1",
        # FastAPI's /docs and /redoc pages load their scripts from a CDN; the server must work
        # offline, so only the machine-readable schema is served (/openapi.json)
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = db

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # a malformed filter is the caller's mistake (400) with a readable reason, not a 422 dump
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "body"))
            msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
            problems.append(f"{where}: {msg}" if where else msg)
        return JSONResponse(status_code=400, content={"detail": "; ".join(problems), "errors": problems})


    @app.get("/api/events")
    def events(q: Annotated[EventQuery, Query()], c: CorpusDep) -> dict[str, Any]:
        """Corpus events (merged across documents), newest first, each with its reports' evidence."""
        rows = c.events(
            actor=q.actor, country=q.country, type=q.type, since=q.since, until=q.until, outlet=q.outlet,
            min_corroboration=q.min_corroboration, limit=q.limit, members=True,
        )
        _add_trigger_spans(c.con, rows)
        return {"count": len(rows), "query": q.model_dump(exclude_none=True), "events": _jsonable(rows)}

    @app.get("/api/actors")
    def actors(
        c: CorpusDep,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    ) -> dict[str, Any]:
        """The most active actors, by the corpus events they take part in."""
        rows = c.actors(limit=limit)
        return {"count": len(rows), "actors": _jsonable(rows)}

    @app.get("/api/search")
    def search(
        c: CorpusDep,
        q: Annotated[str, Query(min_length=1, max_length=500, description="words or a phrase")],
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
    ) -> dict[str, Any]:
        """Articles holding the phrase (ZWNJ/space/Arabic-letter variants match), with snippets."""
        if not q.strip():
            raise HTTPException(400, "q: empty query")
        snippet_chars = 80
        rows = c.search(q, limit=limit, snippet_chars=snippet_chars)
        for r in rows:
            # where the match sits inside the snippet, so the UI highlights without re-searching
            start, end = r["start"], r["end"]
            if end > start:
                lo = max(0, start - snippet_chars)
                shift = (1 if lo > 0 else 0) - lo  # the leading "…"
                r["snippet_match"] = [start + shift, end + shift]
            else:
                r["snippet_match"] = None
        return {"count": len(rows), "query": q, "results": _jsonable(rows)}

    @app.get("/api/documents/{doc_id:path}")
    def document(
        doc_id: str,
        c: CorpusDep,
        seq: Annotated[int | None, Query(description="store key, when one id was stored twice")] = None,
    ) -> dict[str, Any]:
        """The stored CONTRACT record with its near-duplicate group and corpus event links."""
        sql = "SELECT doc_seq, record, dup_group, is_original, ingested_at FROM documents WHERE id = ?"
        params: list[Any] = [doc_id]
        if seq is not None:
            sql += " AND doc_seq = ?"
            params.append(seq)
        # one id may be stored more than once (edited copies): the latest ingested answers
        found = _rows(c.con, sql + " ORDER BY doc_seq DESC", params)
        if not found:
            raise HTTPException(404, f"no document with id {doc_id!r}" + (f" and seq {seq}" if seq else ""))
        row = found[0]
        record = json.loads(row["record"])
        group = _rows(
            c.con,
            """SELECT doc_seq, id, outlet, published, is_original FROM documents
               WHERE dup_group = ? AND doc_seq <> ? ORDER BY doc_seq""",
            [row["dup_group"], row["doc_seq"]],
        )
        links = c.con.execute(
            "SELECT event_id, cevent_id FROM corpus_event_members WHERE doc_seq = ?", [row["doc_seq"]]
        ).fetchall()
        return _jsonable({
            "record": record,
            "store": {
                "doc_seq": row["doc_seq"],
                "versions": [r["doc_seq"] for r in found],
                "is_original": row["is_original"],
                "dup_group": row["dup_group"],
                "near_duplicates": group,
                "corpus_events": {eid: cid for eid, cid in links},
                "ingested_at": row["ingested_at"],
            },
        })

    @app.get("/api/stats")
    def stats(c: CorpusDep) -> dict[str, Any]:
        """What the store holds: table counts, outlets, event types and the span of dates."""
        con = c.con
        by_outlet = con.execute(
            "SELECT coalesce(outlet, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50"
        ).fetchall()
        by_type = con.execute(
            "SELECT type, count(*) FROM corpus_events GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        lo, hi = con.execute("SELECT min(published_day), max(published_day) FROM documents").fetchall()[0]
        stale = con.execute("SELECT value FROM meta WHERE key = 'derived_stale'").fetchall()
        return _jsonable({
            "db": db,
            "counts": c.counts(),
            "outlets": [{"outlet": o, "documents": n} for o, n in by_outlet],
            "event_types": [{"type": t, "events": n} for t, n in by_type],
            "published": {"first": lo, "last": hi},
            "derived_stale": bool(stale and stale[0][0] == "1"),
        })

    @app.post("/api/extract")
    def extract(body: ExtractRequest) -> dict[str, Any]:
        """Run the extraction pipeline on one pasted article; the record is returned, not stored."""
        from rasad.pipeline import StageError, process_text  # loads the models on first use only

        try:
            with _EXTRACT_LOCK:
                doc = process_text(body.text, doc_id=body.id, published=body.published)
        except StageError as exc:
            raise HTTPException(500, f"extraction failed in stage {exc.stage}: {exc.reason}") from exc
        return doc.to_record()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app

"""Corpus commands for the ``rasad`` CLI: ingest, events, actors, search, export.

The store is ``--db``, else ``$RASAD_DB``, else ``./rasad.duckdb``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasad.corpus.store import Corpus, IngestReport, default_db_path

err = Console(stderr=True)
out = Console()

DbOption = Annotated[
    str | None, typer.Option("--db", help="corpus store file (default $RASAD_DB or ./rasad.duckdb)")
]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table")]
RECORD_KEYS = ("sentences", "entities", "events")  # what tells an extracted record from a raw article
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")


def _is_record_file(path: Path) -> bool:
    """A JSONL file whose first object is a CONTRACT record (already extracted)."""
    if not path.is_file() or path.suffix.lower() not in JSON_SUFFIXES:
        return False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(first, dict) and "text" in first and any(k in first for k in RECORD_KEYS)
    return False


def _iter_record_file(path: Path) -> Iterator[dict[str, Any] | Exception]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                yield ValueError(f"{path}:{n}: not JSON ({exc.msg})")


def _iter_raw(inputs: list[str]) -> Iterator[dict[str, Any] | Exception]:
    """Raw articles through the extraction pipeline (imported here: the corpus needs it only now)."""
    from rasad.document import IngestError
    from rasad.ingest import iter_documents
    from rasad.pipeline import StageError, run_stages

    for item in iter_documents(inputs):
        if isinstance(item, IngestError):
            yield ValueError(f"{item.source}: {item.reason}")
            continue
        try:
            yield run_stages(item).to_record()
        except StageError as exc:
            yield ValueError(f"{exc.source}: {exc.stage}: {exc.reason}")


def iter_inputs(inputs: list[str]) -> Iterator[dict[str, Any] | Exception]:
    """Records from JSONL record files, and extracted records from everything else, in order."""
    raw: list[str] = []
    for item in inputs:
        path = Path(item)
        if _is_record_file(path):
            if raw:
                yield from _iter_raw(raw)
                raw = []
            yield from _iter_record_file(path)
        else:
            raw.append(item)
    if raw:
        yield from _iter_raw(raw)


def _print_report(report: IngestReport, db: str) -> None:
    err.print(
        f"read {report.read}  stored {report.stored}  skipped-duplicate {report.skipped_duplicate}  "
        f"near-duplicate copies {report.near_duplicates}  failed {len(report.failed)}  → {db}"
    )
    if report.corpus_events is not None:
        err.print(f"corpus events: {report.corpus_events}")
    for what, reason in report.failed[:50]:
        err.print(f"  [red]failed[/] {what}: {reason}")
    if len(report.failed) > 50:
        err.print(f"  … and {len(report.failed) - 50} more")


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        inputs: Annotated[list[str], typer.Argument(help="JSONL files of records, or raw articles/folders")],
        db: DbOption = None,
        batch_size: Annotated[int, typer.Option(help="documents per transaction")] = 500,
        quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    ) -> None:
        """Store records (or articles, extracted on the way) in the corpus; safe to re-run."""
        for item in inputs:
            if item != "-" and not Path(item).exists():
                err.print(f"[red]error:[/] {item}: no such file or folder")
                raise typer.Exit(2)
        path = db or default_db_path()
        with Corpus(path) as corpus, Progress(
            SpinnerColumn(), TextColumn("[bold]ingest"), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, disable=quiet or not err.is_terminal, transient=True,
        ) as progress:
            task = progress.add_task("docs", total=None)
            report = corpus.ingest(
                iter_inputs(inputs), batch_size=batch_size, progress=lambda n: progress.advance(task, n)
            )
        if not quiet:
            _print_report(report, path)
        if report.failed and not report.stored and not report.skipped_duplicate:
            raise typer.Exit(1)

    @app.command()
    def events(
        db: DbOption = None,
        actor: Annotated[str | None, typer.Option(help="Persian or English name (part of it)")] = None,
        country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 of an actor, e.g. RUS")] = None,
        type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT")] = None,  # noqa: A002
        since: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
        until: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
        outlet: Annotated[str | None, typer.Option()] = None,
        min_corroboration: Annotated[int | None, typer.Option(help="at least this many outlets")] = None,
        limit: Annotated[int, typer.Option()] = 50,
        as_json: JsonOption = False,
    ) -> None:
        """Corpus events (merged across documents), newest first."""
        with Corpus(db or default_db_path()) as corpus:
            rows = corpus.events(
                actor=actor, country=country, type=type, since=since, until=until, outlet=outlet,
                min_corroboration=min_corroboration, limit=limit, members=as_json,
            )
        if as_json:
            for r in rows:
                print(json.dumps(r, ensure_ascii=False, default=str))
            return
        table = Table("id", "date", "type", "source", "", "target", "outlets", "reports")
        for r in rows:
            table.add_row(
                str(r["cevent_id"]), r["date"] or f"({r['first_day']})", r["type"] + (f"/{r['mode']}" if r["mode"] else ""),
                r["source_label"] or "—", "⟷" if r["mutual"] else "→", r["target_label"] or "—",
                str(r["corroboration"]), str(r["n_mentions"]),
            )
        out.print(table)

    @app.command()
    def actors(db: DbOption = None, limit: Annotated[int, typer.Option()] = 30, as_json: JsonOption = False) -> None:
        """The most active actors (by corpus events)."""
        with Corpus(db or default_db_path()) as corpus:
            rows = corpus.actors(limit=limit)
        if as_json:
            for r in rows:
                print(json.dumps(r, ensure_ascii=False, default=str))
            return
        table = Table("actor", "name", "country", "events", "as source", "as target", "documents")
        for r in rows:
            table.add_row(
                r["name_en"] or r["actor_key"], r["name"] or "", r["country"] or "", str(r["n_events"]),
                str(r["as_source"]), str(r["as_target"]), str(r["n_documents"]),
            )
        out.print(table)

    @app.command()
    def search(
        query: Annotated[str, typer.Argument(help="words or a phrase; ZWNJ/space/ي-ی variants match")],
        db: DbOption = None,
        limit: Annotated[int, typer.Option()] = 20,
        as_json: JsonOption = False,
    ) -> None:
        """Full-text search over the stored articles, with snippets."""
        with Corpus(db or default_db_path()) as corpus:
            rows = corpus.search(query, limit=limit)
        if as_json:
            for r in rows:
                print(json.dumps(r, ensure_ascii=False, default=str))
            return
        for r in rows:
            out.print(f"[bold]{r['id']}[/] {r['outlet'] or ''} {r['published'] or ''}  {r['title'] or ''}")
            out.print(f"   [dim]{r['snippet']}[/]")
        if not rows:
            err.print("no match")

    @app.command()
    def export(
        fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl|csv|parquet|plover|graphml|gexf")],
        output: Annotated[Path, typer.Option("-o", "--output")],
        db: DbOption = None,
    ) -> None:
        """Export records, event tables or the actor network."""
        from rasad.corpus.export import FORMATS
        from rasad.corpus.export import export as do_export

        if fmt.lower() not in FORMATS:
            err.print(f"[red]error:[/] unknown format {fmt}; one of {', '.join(FORMATS)}")
            raise typer.Exit(2)
        with Corpus(db or default_db_path()) as corpus:
            n = do_export(corpus, fmt, output)
        err.print(f"wrote {n} {'edges' if fmt in ('graphml', 'gexf') else 'items'} to {output}")

    from rasad.web import register as register_web

    register_web(app)  # `rasad serve`: the HTTP API and UI over the store

"""Command-line interface: ``rasad extract``, ``rasad show`` and the corpus commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rasad.document import IngestError
from rasad.ingest import iter_documents
from rasad.pipeline import StageError, run_stages

app = typer.Typer(add_completion=False, help="rasad: Persian news → PLOVER event records.", no_args_is_help=True)
err = Console(stderr=True)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="files, folders (recursive) or - for stdin")],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL file to write ('-' for stdout)")] = Path("-"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar or summary")] = False,
) -> None:
    """Extract one CONTRACT record per input document into a JSONL file."""
    for item in inputs:
        if item != "-" and not Path(item).exists():
            err.print(f"[red]error:[/] {item}: no such file or folder")
            raise typer.Exit(2)
    read = written = 0
    failures: list[tuple[str, str]] = []
    out = sys.stdout if str(output) == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    show_bar = not quiet and err.is_terminal
    try:
        with Progress(
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, disable=not show_bar, transient=True,
        ) as progress:
            task = progress.add_task("docs", total=None)
            written_to = None if str(output) == "-" else output.resolve()
            for item in iter_documents(inputs):
                if written_to is not None and Path(item.source).resolve() == written_to:
                    continue  # our own output inside an input folder is not an article
                read += 1
                progress.advance(task)
                if isinstance(item, IngestError):
                    failures.append((item.source, item.reason))
                    continue
                try:
                    doc = run_stages(item)
                except StageError as exc:
                    failures.append((exc.source, f"{exc.stage}: {exc.reason}"))
                    continue
                out.write(json.dumps(doc.to_record(), ensure_ascii=False) + "\n")
                written += 1
    finally:
        if out is not sys.stdout:
            out.close()
    if not quiet:
        err.print(f"read {read}  written {written}  failed {len(failures)}")
        for source, reason in failures:
            err.print(f"  [red]failed[/] {source}: {reason}")
    if written == 0:
        raise typer.Exit(1)


def _entity_label(ents: dict[str, dict], ids: list[str]) -> str:
    names = []
    for i in ids:
        e = ents.get(i)
        names.append(e.get("name_en") or e.get("name") if e else i)
    return " + ".join(names) if names else "—"


@app.command()
def show(
    path: Annotated[Path, typer.Argument(help="a JSONL file written by rasad extract")],
    doc_id: Annotated[str | None, typer.Option("--id", help="only this document")] = None,
) -> None:
    """A readable view of the events: per document, «source —TYPE→ target, date, evidence»."""
    console = Console()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if doc_id and rec.get("id") != doc_id:
                continue
            console.rule(f"[bold]{rec.get('id')}[/]  {rec.get('title') or ''}")
            console.print(
                f"published {rec.get('published')}  outlet {rec.get('outlet')}  "
                f"attribution {' ← '.join(rec.get('attribution') or []) or '—'}"
            )
            ents = {e["id"]: e for e in rec.get("entities") or []}
            text = rec.get("text") or ""
            for ev in rec.get("events") or []:
                arrow = "⟷" if ev.get("mutual") else "→"
                flags = []
                if ev.get("negated"):
                    flags.append("NEGATED")
                if ev.get("modality") not in (None, "asserted"):
                    flags.append(ev["modality"])
                if ev.get("fatalities") is not None:
                    flags.append(f"killed {ev['fatalities']}")
                if ev.get("injured") is not None:
                    flags.append(f"injured {ev['injured']}")
                s, e = ev.get("sentence") or (0, 0)
                evidence = text[s:e].strip().replace("\n", " ")
                if len(evidence) > 160:
                    evidence = evidence[:157] + "…"
                mode = f"/{ev['mode']}" if ev.get("mode") else ""
                console.print(
                    f"  {_entity_label(ents, ev.get('source') or [])} —{ev['type']}{mode}{arrow} "
                    f"{_entity_label(ents, ev.get('target') or [])}  "
                    f"[cyan]{ev.get('date') or 'date?'}[/] {' '.join(flags)}\n"
                    f"      [dim]«{(ev.get('trigger') or {}).get('text', '')}» {evidence}[/]"
                )
            if not rec.get("events"):
                console.print("  (no events)")


def _register_optional_commands() -> None:
    """Corpus commands live with the corpus stage; they register themselves on the app."""
    try:
        from rasad.corpus.commands import register
    except ImportError:  # the corpus package is optional for plain extraction
        return
    register(app)


_register_optional_commands()

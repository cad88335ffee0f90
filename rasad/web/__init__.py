"""HTTP API and web UI over a corpus store: ``create_app(db)``, and ``rasad serve`` on the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db_path: str | Path) -> FastAPI:
    """The FastAPI app over the store at ``db_path`` (imported lazily: the CLI starts faster)."""
    from rasad.web.app import create_app as _create_app

    return _create_app(db_path)


def register(app: typer.Typer) -> None:
    """Add ``rasad serve`` to the CLI."""

    @app.command()
    def serve(
        db: Annotated[
            str | None, typer.Option("--db", help="corpus store file (default $RASAD_DB or ./rasad.duckdb)")
        ] = None,
        host: Annotated[str, typer.Option(help="interface to listen on; 0.0.0.0 exposes it to the network")] = "127.0.0.1",
        port: Annotated[int, typer.Option()] = 8000,
    ) -> None:
        """Serve the JSON API (/api/...) and the web UI (/) over a corpus store, read-only."""
        import uvicorn
        from rich.console import Console

        from rasad.corpus.store import default_db_path

        err = Console(stderr=True)
        path = db or default_db_path()
        if not Path(path).exists():
            # still serve: the extraction box works without a store
            err.print(f"[yellow]warning:[/] no corpus store at {path}; corpus pages answer 503 until one exists")
        err.print(f"rasad: http://{host}:{port}/  (API schema at /openapi.json, store {path})")
        uvicorn.run(create_app(path), host=host, port=port, log_level="info")


__all__ = ["create_app", "register"]

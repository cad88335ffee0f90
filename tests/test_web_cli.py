"""`rasad serve` on the CLI, the store-busy answer, and what the server never loads from outside."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from corpus_stories import support_report
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rasad.cli import app as cli_app
from rasad.corpus import Corpus
from rasad.web import create_app


def test_serve_is_a_cli_command_bound_to_localhost_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    # no real server: record what would be served
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    db = tmp_path / "c.duckdb"
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123
    assert calls[0]["app"].state.db_path == str(db)
    assert "no corpus store" in result.output  # warned, still served


def test_store_held_by_a_writer_answers_503(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    writer = Corpus(db)
    writer.ingest([support_report("s1", "ایرنا", "2024-01-20")])
    try:
        with TestClient(create_app(db)) as client:
            r = client.get("/api/stats")
            assert r.status_code == 503
    finally:
        writer.close()
    with TestClient(create_app(db)) as client:  # the writer is gone: the same app reads again
        assert client.get("/api/stats").json()["counts"]["documents"] == 1


def test_no_page_that_loads_scripts_from_a_cdn(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        assert client.get("/docs").status_code == 404
        assert client.get("/redoc").status_code == 404
        schema = client.get("/openapi.json").json()
        assert {"/api/events", "/api/actors", "/api/search", "/api/stats", "/api/extract"} <= set(schema["paths"])


def test_non_json_extract_body_is_400(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        r = client.post("/api/extract", content=b"not json", headers={"Content-Type": "application/json"})
        assert r.status_code == 400

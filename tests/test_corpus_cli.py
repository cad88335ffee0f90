"""The corpus commands (ingest/events/actors/search/export) on a JSONL file of records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from corpus_stories import clash_report, three_outlets_one_call
from typer.testing import CliRunner

from rasad.corpus.commands import register


@pytest.fixture
def app() -> typer.Typer:
    a = typer.Typer()
    register(a)
    return a


def test_cli_round_trip(app: typer.Typer, tmp_path: Path) -> None:
    data = tmp_path / "recs.jsonl"
    with open(data, "w", encoding="utf-8") as fh:
        for rec in [*three_outlets_one_call(), clash_report("c1", "ایسنا", "2024-02-10", 12)]:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
    db = str(tmp_path / "c.duckdb")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(data), "--db", db])
    assert res.exit_code == 0, res.output
    assert "stored 4" in res.output and "failed 1" in res.output
    res = runner.invoke(app, ["ingest", str(data), "--db", db])
    assert "stored 0" in res.output and "skipped-duplicate 4" in res.output

    res = runner.invoke(app, ["events", "--db", db, "--actor", "اردوغان", "--json"])
    events = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    assert len(events) == 1 and events[0]["corroboration"] == 3

    res = runner.invoke(app, ["actors", "--db", db, "--json"])
    assert "Hamas" in res.output

    res = runner.invoke(app, ["search", "خان یونس", "--db", db, "--json"])
    assert json.loads(res.output.splitlines()[0])["id"] == "c1"

    out = tmp_path / "e.csv"
    res = runner.invoke(app, ["export", "--format", "csv", "-o", str(out), "--db", db])
    assert res.exit_code == 0 and out.read_text(encoding="utf-8").count("\n") == 5


def test_db_from_environment(app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "r.jsonl"
    data.write_text(json.dumps(clash_report("c1", "ایسنا", "2024-02-10", 3), ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setenv("RASAD_DB", str(tmp_path / "env.duckdb"))
    res = CliRunner().invoke(app, ["ingest", str(data)])
    assert res.exit_code == 0 and (tmp_path / "env.duckdb").exists()

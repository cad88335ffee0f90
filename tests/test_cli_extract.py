"""`rasad extract` end to end on our own examples: one CONTRACT record per article, spans that hold."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from rasad.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_extract_examples_writes_contract_records(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    recs = _records(out)
    assert len(recs) >= 4
    for rec in recs:
        for key in ("id", "source", "title", "published", "published_jalali", "outlet", "news_id",
                    "attribution", "dateline", "text", "sentences", "dates", "entities", "events",
                    "statements", "warnings"):
            assert key in rec, key
        text = rec["text"]
        assert text
        for s, e in rec["sentences"]:
            assert 0 <= s < e <= len(text)
        for d in rec["dates"]:
            assert text[d["start"]:d["end"]] == d["text"]
        ids = {e["id"] for e in rec["entities"]}
        for ent in rec["entities"]:
            for m in ent["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        for ev in rec["events"]:
            t = ev["trigger"]
            assert text[t["start"]:t["end"]] == t["text"]
            for a in ev["source"] + ev["target"]:
                assert a in ids
        for st in rec["statements"]:
            assert text[st["start"]:st["end"]] == st["text"]
    # the bundled examples report at least one event between named actors
    assert any(rec["events"] for rec in recs)


def test_raw_offsets_point_into_the_source_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    txt = sorted(EXAMPLES.glob("*.txt"))[0]
    result = runner.invoke(app, ["extract", str(txt), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rec = _records(out)[0]
    raw = txt.read_bytes().decode("utf-8-sig")
    checked = 0
    for ent in rec["entities"]:
        for m in ent["mentions"]:
            source = raw[m["raw_start"]:m["raw_end"]]
            # the raw span holds the same letters, before spacing/ZWNJ/letter normalization
            squeeze = str.maketrans({"\u200c": None, " ": None, "ي": "ی", "ك": "ک", "\n": None})
            assert source.translate(squeeze) == m["text"].translate(squeeze)
            checked += 1
    assert checked > 0


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("وزیر امور خارجه ایران با همتای ترکیه خود دیدار کرد.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(_records(out)) == 1
    assert "failed 2" in result.output
    assert "empty.txt" in result.output and "binary.txt" in result.output


def test_nothing_processable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2


def test_show_prints_events(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(out)])
    result = runner.invoke(app, ["show", str(out)])
    assert result.exit_code == 0
    # each event line reads «source —TYPE→ target» (⟷ for mutual acts)
    assert re.search(r"—[A-Z]+(/[a-z_]+)?[→⟷]", result.output), result.output

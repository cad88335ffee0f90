"""The metadata stage's data files are well formed and consistent."""

from __future__ import annotations

from pathlib import Path

from rasad.document import Document
from rasad.ingest import iter_documents
from rasad.meta.attribution import key
from rasad.meta.data import load_data

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_outlets_have_names_and_no_alias_names_two_outlets() -> None:
    seen: dict[str, str] = {}
    domains: dict[str, str] = {}
    for entry in load_data("outlets.yaml")["outlets"]:
        assert entry["name"] and entry["en"], entry
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            k = key(str(alias))
            assert seen.get(k, entry["name"]) == entry["name"], f"{alias} names {seen.get(k)} and {entry['name']}"
            seen[k] = entry["name"]
        for dom in entry.get("domains") or []:
            assert "/" not in dom and dom == dom.lower()
            assert domains.setdefault(dom, entry["name"]) == entry["name"]


def test_calendar_has_twelve_months_per_calendar() -> None:
    cal = load_data("calendar.yaml")
    for kind in ("jalali_months", "gregorian_months", "hijri_months"):
        assert sorted(int(m) for m in cal[kind]) == list(range(1, 13)), kind
        assert all(cal[kind][m] for m in cal[kind])


def test_attribution_cues_present() -> None:
    attr = load_data("attribution.yaml")
    assert "به گزارش" in attr["openers"] and "به نقل از" in attr["relays"]
    assert int(attr["lead_paragraphs"]) >= 1 and int(attr["lead_chars"]) > 100


def test_examples_folder_reads_as_seven_documents() -> None:
    docs = [d for d in iter_documents([str(EXAMPLES)]) if isinstance(d, Document)]
    assert len(docs) == 7  # 4 .txt, 1 .html, 1 .jsonl holding 2 records
    assert {d.format for d in docs} == {"text", "html", "jsonl"}

"""HTTP API and UI over a small hand-made corpus (fastapi.testclient: no real server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_stories import clash_report, support_report, three_outlets_one_call
from fastapi.testclient import TestClient

from rasad.corpus import Corpus
from rasad.corpus.records import RecordBuilder
from rasad.web import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "c.duckdb"
    # the writer is closed before the app opens the file read-only
    with Corpus(path) as c:
        c.ingest([
            *three_outlets_one_call(),
            clash_report("isna-1", "ایسنا", "2024-02-10", 12),
            clash_report("fars-2", "فارس", "2024-02-14", 5),
            support_report("irna-9", "ایرنا", "2024-01-20"),
        ])
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def test_events_all_newest_first(client: TestClient) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 4  # one merged call, two clashes, one support
    days = [e["date_lo"] or e["first_day"] for e in body["events"]]
    assert days == sorted(days, reverse=True)


def test_events_carry_evidence_with_trigger_span(client: TestClient) -> None:
    ev = client.get("/api/events", params={"type": "consult"}).json()["events"][0]
    assert ev["corroboration"] == 3 and len(ev["mentions"]) == 3
    for m in ev["mentions"]:
        a, b = m["trigger_span"]
        assert m["sentence_text"][a:b] == m["trigger"] == "تلفنی"
        assert isinstance(m["doc_seq"], int)


@pytest.mark.parametrize(
    ("params", "n"),
    [
        ({"actor": "پوتین"}, 1),
        ({"actor": "putin"}, 1),
        ({"actor": "عراقچی"}, 1),
        ({"country": "pse"}, 2),
        ({"type": "FIGHT"}, 2),
        ({"since": "2024-02-12"}, 2),
        ({"until": "2024-01-31"}, 1),
        ({"since": "2024-02-01", "until": "2024-02-11"}, 1),
        ({"outlet": "ایسنا"}, 1),
        ({"min_corroboration": 2}, 1),
        ({"limit": 2}, 2),
        ({"actor": "ناشناس"}, 0),
        ({"actor": "", "country": " "}, 4),  # empty form fields are no filter
    ],
)
def test_event_filters(client: TestClient, params: dict, n: int) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert r.json()["count"] == n


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"since": "2024-13-01"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"since": "2024-03-01", "until": "2024-01-01"}, "after"),
        ({"limit": 0}, "limit"),
        ({"min_corroboration": "many"}, "min_corroboration"),
    ],
)
def test_bad_event_filters_are_400_with_reason(client: TestClient, params: dict, word: str) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 400
    assert word in r.json()["detail"]


def test_actors_ranked(client: TestClient) -> None:
    r = client.get("/api/actors", params={"limit": 10})
    assert r.status_code == 200
    actors = r.json()["actors"]
    by_key = {a["actor_key"]: a for a in actors}
    assert by_key["en:hamas"]["n_events"] == 2
    assert [a["n_events"] for a in actors] == sorted((a["n_events"] for a in actors), reverse=True)
    assert client.get("/api/actors", params={"limit": -1}).status_code == 400


def test_search_snippet_marks_the_match(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "خان یونس"})
    assert r.status_code == 200
    results = r.json()["results"]
    assert {x["id"] for x in results} == {"isna-1", "fars-2"}
    for x in results:
        a, b = x["snippet_match"]
        assert x["snippet"][a:b] == "خان یونس"


def test_search_zwnj_variant_and_empty_query(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "گفت وگو"}).json()["count"] >= 1
    assert client.get("/api/search", params={"q": "   "}).status_code == 400
    assert client.get("/api/search").status_code == 400
    assert client.get("/api/search", params={"q": "واژه‌ای‌که‌نیست"}).json()["results"] == []


def test_document_has_record_spans_and_corpus_links(client: TestClient) -> None:
    r = client.get("/api/documents/isna-1")
    assert r.status_code == 200
    body = r.json()
    rec, store = body["record"], body["store"]
    text = rec["text"]
    for ent in rec["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    trig = rec["events"][0]["trigger"]
    assert text[trig["start"] : trig["end"]] == "درگیری"
    assert set(store["corpus_events"]) == {rec["events"][0]["id"]}
    assert store["versions"] == [store["doc_seq"]]


def test_missing_document_is_404(client: TestClient) -> None:
    r = client.get("/api/documents/no-such-doc")
    assert r.status_code == 404
    assert "no-such-doc" in r.json()["detail"]


def test_document_ids_with_slashes(tmp_path: Path) -> None:
    text = "ارتش اوکراین پلی را در نزدیکی خرسون منفجر کرد."
    b = RecordBuilder("site/2024/42", text, outlet="ایرنا", published="2024-05-02")
    with Corpus(tmp_path / "s.duckdb") as c:
        c.ingest([b.build()])
    with TestClient(create_app(tmp_path / "s.duckdb")) as client:
        r = client.get("/api/documents/site/2024/42")
        assert r.status_code == 200
        assert r.json()["record"]["text"] == text


def test_stats(client: TestClient) -> None:
    s = client.get("/api/stats").json()
    assert s["counts"]["documents"] == 6
    assert s["counts"]["corpus_events"] == 4
    assert {"type": "FIGHT", "events": 2} in s["event_types"]
    assert s["published"] == {"first": "2024-01-20", "last": "2024-03-02"}
    assert s["derived_stale"] is False


def test_missing_store_is_503_but_page_still_served(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "nothing.duckdb")) as client:
        r = client.get("/api/events")
        assert r.status_code == 503
        assert "rasad ingest" in r.json()["detail"]
        assert client.get("/").status_code == 200
    assert not (tmp_path / "nothing.duckdb").exists()  # a reader never creates a store


def test_index_page_and_static_files(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert 'dir="rtl"' in r.text and "/static/app.js" in r.text
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "/api/events" in js.text
    assert client.get("/static/style.css").status_code == 200
    # nothing is fetched from the internet
    for body in (r.text, js.text, client.get("/static/style.css").text):
        assert "http://" not in body and "https://" not in body


def test_extract_returns_contract_record(client: TestClient) -> None:
    text = "ولادیمیر پوتین روز جمعه در تماسی تلفنی با رجب طیب اردوغان درباره سوریه گفت‌وگو کرد."
    r = client.post("/api/extract", json={"text": text, "published": "2024-03-02"})
    assert r.status_code == 200, r.text
    rec = r.json()
    assert rec["text"] == text and rec["published"] == "2024-03-02"
    names = {e["name_en"] for e in rec["entities"]}
    assert {"Vladimir Putin", "Recep Tayyip Erdoğan"} <= names
    for d in rec["dates"]:
        assert rec["text"][d["start"] : d["end"]] == d["text"]
    for ev in rec["events"]:
        t = ev["trigger"]
        assert rec["text"][t["start"] : t["end"]] == t["text"]
    # extraction stores nothing
    assert client.get("/api/stats").json()["counts"]["documents"] == 6


@pytest.mark.parametrize(
    "body",
    [{"text": ""}, {"text": "   "}, {}, {"text": "متن", "published": "دیروز"}, {"text": "x" * 200_001}],
)
def test_extract_rejects_bad_bodies(client: TestClient, body: dict) -> None:
    assert client.post("/api/extract", json=body).status_code == 400

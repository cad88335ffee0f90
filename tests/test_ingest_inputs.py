"""Ingest: encodings, formats, folders, stdin and bad inputs (our own small fixtures)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rasad.document import Document, IngestError
from rasad.ingest import _read_stdin, iter_documents
from rasad.ingest.decode import BinaryInput, decode_bytes

ARTICLE = "دیدار وزیران خارجه\n\nوزیر امور خارجه ایران امروز با همتای ترکیه‌ای خود در آنکارا دیدار کرد.\n"


def _only(inputs: list[str]) -> list[Document | IngestError]:
    return list(iter_documents(inputs))


# Windows-1256 has no Persian ی: old sites wrote the Arabic ي, which it does encode.
ARTICLE_1256 = ARTICLE.replace("ی", "ي")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE.encode("utf-8"), ARTICLE),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE),
        (ARTICLE.encode("utf-16"), ARTICLE),  # with BOM
        (ARTICLE.encode("utf-16-le"), ARTICLE),  # no BOM
        (ARTICLE.encode("utf-16-be"), ARTICLE),
        (ARTICLE_1256.encode("cp1256"), ARTICLE_1256),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1256"],
)
def test_every_encoding_decodes_to_the_same_text(tmp_path: Path, data: bytes, expected: str) -> None:
    f = tmp_path / "story.txt"
    f.write_bytes(data)
    [doc] = _only([str(f)])
    assert isinstance(doc, Document)
    assert doc.id == "story"
    assert doc.raw == expected


def test_cp1256_is_chosen_over_mojibake_and_warned() -> None:
    dec = decode_bytes("سلام بر مردم تهران و کابل و پاکستان".encode("cp1256"))
    assert dec.text == "سلام بر مردم تهران و کابل و پاکستان"
    assert dec.encoding == "cp1256"
    assert any("cp1256" in w for w in dec.warnings)


def test_broken_utf8_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:
    good = ("خبر مهم درباره نشست سران در بغداد " * 5).encode("utf-8")
    f = tmp_path / "broken.txt"
    f.write_bytes(good + b"\xff" + good)
    [doc] = _only([str(f)])
    assert isinstance(doc, Document)
    assert "\ufffd" in doc.raw
    assert "undecodable bytes replaced" in doc.warnings
    assert doc.raw.count("نشست سران") == 10


def test_binary_and_empty_inputs_are_errors(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t\n")
    results = _only([str(tmp_path / n) for n in ("image.txt", "empty.txt", "blank.txt")])
    assert all(isinstance(r, IngestError) for r in results)
    reasons = [r.reason for r in results if isinstance(r, IngestError)]
    assert "binary" in reasons[0]
    assert reasons[1] == reasons[2] == "empty input"
    with pytest.raises(BinaryInput):
        decode_bytes(bytes(range(32)) * 20)


def test_jsonl_bad_line_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "متن خبر اول", "title": "عنوان", "outlet": "ایسنا",
                    "published": "2024-08-01", "url": "https://x.example/1"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a3", "title": "بدون متن"}, ensure_ascii=False),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "متن خبر بدون شناسه"}, ensure_ascii=False),
    ]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _only([str(f)])
    assert [type(x).__name__ for x in out] == ["Document", "IngestError", "IngestError", "IngestError", "Document"]
    first, bad, no_text, not_obj, last = out
    assert isinstance(first, Document) and first.id == "a1" and first.format == "jsonl"
    assert first.given == {"title": "عنوان", "outlet": "ایسنا", "published": "2024-08-01", "url": "https://x.example/1"}
    assert first.source == "https://x.example/1"
    assert isinstance(bad, IngestError) and bad.source == f"{f}:2" and "not JSON" in bad.reason
    assert isinstance(no_text, IngestError) and no_text.source.endswith(":3") and "text" in no_text.reason
    assert isinstance(not_obj, IngestError) and "not an object" in not_obj.reason
    assert isinstance(last, Document) and last.id == "batch-6"


def test_json_array_and_object_files(tmp_path: Path) -> None:
    (tmp_path / "arr.json").write_text(json.dumps([{"id": "x", "text": "یک"}, {"id": "y", "text": "دو"}]), encoding="utf-8")
    (tmp_path / "obj.json").write_text(json.dumps({"articles": [{"id": "z", "text": "سه"}]}), encoding="utf-8")
    ids = [d.id for d in _only([str(tmp_path / "arr.json"), str(tmp_path / "obj.json")]) if isinstance(d, Document)]
    assert ids == ["x", "y", "z"]


def test_folder_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("خبر دوم", encoding="utf-8")
    (tmp_path / "1.txt").write_text("خبر اول", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("پنهان", encoding="utf-8")
    (tmp_path / ".hidden" / "3.txt").write_text("پنهان", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\x00\x00")
    out = _only([str(tmp_path)])
    assert [d.id for d in out if isinstance(d, Document)] == ["1", "2"]
    assert len(out) == 2


def test_explicit_unknown_extension_is_sniffed_or_rejected(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("خبر فوری از تهران", encoding="utf-8")
    (tmp_path / "data.bin").write_bytes(b"\x00\x01\x02\x03" * 50)
    text_doc, binary = _only([str(tmp_path / "story.md"), str(tmp_path / "data.bin")])
    assert isinstance(text_doc, Document) and text_doc.raw == "خبر فوری از تهران"
    assert isinstance(binary, IngestError) and "binary" in binary.reason
    [missing] = _only([str(tmp_path / "nope.txt")])
    assert isinstance(missing, IngestError)


def test_html_keeps_page_text_zwnj_title_and_given_metadata(tmp_path: Path) -> None:
    body = "<p>" + "وزیر امور خارجه ایران امروز با همتای روس خود گفت‌وگو کرد و دو طرف درباره مسائل منطقه تبادل نظر کردند. " * 3 + "</p>"
    page = (
        '<html><head><meta charset="utf-8"><title>گفت‌وگوی وزیران</title>'
        '<meta property="og:site_name" content="خبرگزاری ایسنا">'
        '<meta property="article:published_time" content="2024-08-05T10:15:00+03:30"></head>'
        f"<body><nav>صفحه اصلی</nav><article><h1>گفت‌وگوی وزیران</h1>{body}</article></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    [doc] = _only([str(f)])
    assert isinstance(doc, Document) and doc.format == "html"
    assert doc.html == page
    assert doc.raw.splitlines()[0] == "گفت‌وگوی وزیران"
    assert "گفت‌وگو کرد" in doc.raw  # ZWNJ survives extraction
    assert "صفحه اصلی" not in doc.raw
    assert doc.given["published"] == "2024-08-05T10:15:00+03:30"
    assert doc.given["sitename"] == "خبرگزاری ایسنا"


def test_stdin_jsonl_stream_and_plain_text() -> None:
    stream = io.BytesIO(("\n" + json.dumps({"id": "s1", "text": "خبر"}) + "\n{bad\n").encode("utf-8"))
    out = list(_read_stdin(stream))
    assert isinstance(out[0], Document) and out[0].id == "s1"
    assert isinstance(out[1], IngestError) and out[1].source == "<stdin>:3"
    [doc] = list(_read_stdin(io.BytesIO("{ این متن است }\nو ادامه".encode())))
    assert isinstance(doc, Document) and doc.id == "stdin" and doc.raw.startswith("{ این")
    [empty] = list(_read_stdin(io.BytesIO(b"\n\n")))
    assert isinstance(empty, IngestError)

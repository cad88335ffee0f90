"""Reading inputs into :class:`~rasad.document.Document` records.

``iter_documents(inputs)`` takes files, folders and ``-`` (stdin) and yields one
Document per article, or an :class:`~rasad.document.IngestError` for an input that
cannot be read (the caller counts and reports those; nothing is dropped silently).

Formats, chosen by extension:

- ``.txt``: one article; id = file stem.
- ``.html`` / ``.htm``: main text and metadata through trafilatura; ``doc.html`` keeps
  the page, ``doc.raw`` is the extracted text with the title as first line, and the
  page's title/date/sitename/url go to ``doc.given``.
- ``.jsonl`` / ``.json``: one record per line, or a JSON array, or one object (an object
  holding a list under ``documents``/``articles``/``items``/``records`` is that list).
  Fields: ``id``, ``text`` or ``html``, optional ``title``, ``url``, ``published``,
  ``outlet``, ``news_id``. A bad line yields an IngestError naming ``file:line``; the
  rest go on. Lines are streamed, so large files never sit in memory whole. An empty
  JSON(L) file holds zero records and yields nothing (logged), not an error.

Folders are walked recursively in sorted order; hidden files and folders are skipped,
and so are files with other extensions (images, style sheets ... sit beside saved
pages): their count is logged at INFO level on the ``rasad.ingest`` logger. A file
named explicitly with another extension is sniffed (markup → HTML, a JSON object per
line → JSONL, else text); binary content yields an IngestError.

``-`` reads stdin: a JSONL stream when the first non-empty line is a JSON object,
otherwise one text article with id ``stdin``.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from rasad.document import Document, IngestError
from rasad.ingest.decode import BinaryInput, declared_html_charset, decode_bytes
from rasad.ingest.html import html_to_document

log = logging.getLogger("rasad.ingest")

TEXT_EXTENSIONS = {".txt", ".text"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
JSON_EXTENSIONS = {".jsonl", ".json", ".ndjson"}
ARTICLE_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | JSON_EXTENSIONS
# Record fields copied into ``doc.given`` (besides the text itself).
GIVEN_FIELDS = ("title", "url", "published", "outlet", "news_id", "sitename", "dateline")


def iter_documents(inputs: list[str]) -> Iterator[Document | IngestError]:
    """Every article in ``inputs`` (files, folders, ``-``), in order."""
    for item in inputs:
        if item == "-":
            yield from _read_stdin(sys.stdin.buffer)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.is_file():
            yield from _read_file(path, explicit=True)
        else:
            yield IngestError(item, "no such file or folder")


def _read_folder(folder: Path) -> Iterator[Document | IngestError]:
    skipped = 0
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() not in ARTICLE_EXTENSIONS:
            skipped += 1
            continue
        yield from _read_file(path, explicit=False)
    if skipped:
        log.info("%s: skipped %d files that are not articles (.txt/.html/.json/.jsonl)", folder, skipped)


def _read_file(path: Path, explicit: bool) -> Iterator[Document | IngestError]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSON_EXTENSIONS:
            with open(path, "rb") as fh:
                yield from _read_json_stream(fh, source, path.stem, whole_json=suffix == ".json")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")
        return
    if suffix in HTML_EXTENSIONS:
        yield _html_document(data, source, path.stem)
    elif suffix in TEXT_EXTENSIONS:
        yield _text_document(data, source, path.stem)
    else:
        yield from _sniffed(data, source, path.stem)


def _sniffed(data: bytes, source: str, stem: str) -> Iterator[Document | IngestError]:
    """An explicitly named file with an unknown extension: decide by content."""
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        yield _html_document(data, source, stem)
    elif head.startswith(b"{"):
        yield from _read_json_stream(_BytesLines(data), source, stem, whole_json=False)
    else:
        yield _text_document(data, source, stem)


def _text_document(data: bytes, source: str, doc_id: str) -> Document | IngestError:
    try:
        dec = decode_bytes(data)
    except BinaryInput as exc:
        return IngestError(source, str(exc))
    text = dec.text
    if not text.strip():
        return IngestError(source, "empty input")
    return Document(id=doc_id, source=source, raw=text, format="text", warnings=list(dec.warnings))


def _html_document(data: bytes, source: str, doc_id: str, given: dict[str, Any] | None = None) -> Document | IngestError:
    try:
        dec = decode_bytes(data, declared=declared_html_charset(data))
    except BinaryInput as exc:
        return IngestError(source, str(exc))
    return _html_text_document(dec.text, source, doc_id, given, dec.warnings)


def _html_text_document(
    html: str, source: str, doc_id: str, given: dict[str, Any] | None, warnings: list[str]
) -> Document | IngestError:
    if not html.strip():
        return IngestError(source, "empty input")
    doc = html_to_document(html, source, doc_id, given or {})
    if doc is None:
        return IngestError(source, "no article text found in the HTML page")
    doc.warnings = list(warnings) + doc.warnings
    return doc


class _BytesLines:
    """Iterate the lines of an in-memory buffer like a binary file."""

    def __init__(self, data: bytes) -> None:
        self._lines = data.splitlines(keepends=True)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._lines)

    def read(self) -> bytes:
        return b"".join(self._lines)


def _decode_line(raw: bytes) -> tuple[str, list[str]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        dec = decode_bytes(raw)
        return dec.text, dec.warnings


def _read_json_stream(
    fh: BinaryIO | _BytesLines, source: str, stem: str, whole_json: bool
) -> Iterator[Document | IngestError]:
    """JSON lines streamed one by one; a ``.json`` file may instead hold one array/object."""
    lines: Iterable[bytes] = fh
    if whole_json:
        data = fh.read()
        try:
            dec = decode_bytes(data)
        except BinaryInput as exc:
            yield IngestError(source, str(exc))
            return
        stripped = dec.text.strip()
        if not stripped:
            log.info("%s: empty JSON file, no records", source)  # zero records is not a broken article
            return
        try:
            parsed = json.loads(stripped)
        except json.JSONDecodeError:
            parsed = None  # not one JSON value: read it as JSON lines below
        if parsed is not None:
            records = _records_of(parsed)
            if records is None:
                yield IngestError(source, "JSON holds neither an object nor a list of objects")
                return
            for n, rec in enumerate(records, 1):
                yield _record_document(rec, f"{source}:{n}", stem, n, dec.warnings)
            return
        lines = (line.encode("utf-8") for line in dec.text.splitlines())
    seen = 0
    for n, raw_line in enumerate(lines, 1):
        if b"\x00" in raw_line and n == 1:
            yield IngestError(source, "binary content (NUL bytes) in a JSON lines file")
            return
        text, warnings = _decode_line(raw_line)
        if not text.strip():
            continue
        seen += 1
        where = f"{source}:{n}"
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"not JSON: {exc.msg} (column {exc.colno})")
            continue
        yield _record_document(rec, where, stem, n, warnings)
    if not seen:
        # an empty JSON lines file holds zero records: nothing is lost, so it is not an error
        log.info("%s: no records", source)


def _records_of(parsed: Any) -> list[Any] | None:
    if isinstance(parsed, list):
        return parsed
    if isinstance(parsed, dict):
        for key in ("documents", "articles", "items", "records"):
            if isinstance(parsed.get(key), list):
                return parsed[key]
        return [parsed]
    return None


def _record_document(
    rec: Any, where: str, stem: str, n: int, warnings: list[str]
) -> Document | IngestError:
    if not isinstance(rec, dict):
        return IngestError(where, f"record is a JSON {type(rec).__name__}, not an object")
    given_id = rec.get("id")
    doc_id = str(given_id) if given_id not in (None, "") else f"{stem}-{n}"
    given = {k: rec[k] for k in GIVEN_FIELDS if rec.get(k) not in (None, "")}
    source = str(rec.get("url") or where)
    text, html = rec.get("text"), rec.get("html")
    if isinstance(text, str) and text.strip():
        doc = Document(id=doc_id, source=source, raw=text, format="jsonl", given=given, warnings=list(warnings))
        return doc
    if isinstance(html, str) and html.strip():
        res = _html_text_document(html, source, doc_id, given, warnings)
        if isinstance(res, Document):
            res.format = "jsonl"
        elif source != where:
            res.source = f"{where} ({source})"
        return res
    return IngestError(where, "record has no non-empty 'text' or 'html' field")


def _read_stdin(stream: BinaryIO) -> Iterator[Document | IngestError]:
    """JSONL if the first non-empty line is a JSON object, else one text article."""
    head: list[bytes] = []
    first = b""
    for line in stream:
        head.append(line)
        if line.strip():
            first = line.strip().lstrip(b"\xef\xbb\xbf")
            break
    if not first:
        yield IngestError("<stdin>", "empty input")
        return
    looks_json = False
    if first.startswith(b"{"):
        try:
            looks_json = isinstance(json.loads(first.decode("utf-8", "replace")), dict)
        except json.JSONDecodeError:
            looks_json = False
    if looks_json:
        yield from _read_json_stream(_Chain(head, stream), "<stdin>", "stdin", whole_json=False)
        return
    data = b"".join(head) + stream.read()
    yield _text_document(data, "<stdin>", "stdin")


class _Chain:
    """Lines already read, then the rest of the stream."""

    def __init__(self, head: list[bytes], rest: BinaryIO) -> None:
        self._head, self._rest = head, rest

    def __iter__(self) -> Iterator[bytes]:
        yield from self._head
        yield from self._rest

    def read(self) -> bytes:
        return b"".join(self._head) + self._rest.read()

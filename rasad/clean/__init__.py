"""Boilerplate cleaning: which lines of ``doc.raw`` are the article.

Each non-empty raw line is classified as title, header (metadata: news code, date stamp,
byline, view count), body, or boilerplate (share buttons, comment forms, tag lists,
related links, polls, ads, page furniture). Cue words live in
``rasad/data/clean/boilerplate.yaml``; the structure rules below use the shape of the
page: a news page is headline, header lines, paragraphs of prose, then widgets.

Fills ``doc.title_range``, ``doc.header_lines``, ``doc.body_ranges`` (each kept line its
own range, in order) and ``doc.removed`` (every dropped line with its reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from rasad.document import Document
from rasad.meta.stamps import is_stamp_line, simplify

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "clean" / "boilerplate.yaml"

_WORD = re.compile(r"[^\W_]+(?:[\u200c'][^\W_]+)*")
_URL = re.compile(r"^(?:(?:https?://|www\.)\S+|\S+\.(?:ir|com|org|net|info|news)(?:/\S*)?)$", re.I)
_SENTENCE_END = re.compile(r"[.!…»)\]\"”]$")
_HEADLINE_END = re.compile(r"[.!؟?:…؛;]$")
_DATELINE_SHAPE = re.compile(r"[-–—]\s*$")  # "مسکو - ایرنا -" standing alone: the lead's dateline
_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)\S+", re.I)
_HASHTAG = re.compile(r"#\s*[^\s#]")


@dataclass(frozen=True)
class _Category:
    name: str
    header: bool
    block: bool
    max_words: int
    start: re.Pattern[str] | None
    contains: re.Pattern[str] | None
    equals: frozenset[str]


@dataclass(frozen=True)
class _Rules:
    categories: tuple[_Category, ...]
    furniture: frozenset[str]
    bullets: str
    structure: dict[str, int]


def match_form(s: str) -> str:
    """The spelling cues are compared in: unified letters/digits, one space, tight colons."""
    s = simplify(s).lower()
    s = re.sub(r"\s*[:：]\s*", ": ", s)
    return re.sub(r"\s+", " ", s).strip()


def _cue_regex(cues: list[str], anchored: bool) -> re.Pattern[str] | None:
    if not cues:
        return None
    forms = sorted({match_form(str(c)) for c in cues}, key=len, reverse=True)
    # a space inside a cue may be missing or doubled on a page ("کدخبر", "کد  خبر")
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in forms)
    tail = r"(?![^\W_])" if anchored else r"(?![^\W_])"
    head = "^" if anchored else r"(?<![^\W_])"
    return re.compile(f"{head}(?:{alts}){tail}")


@cache
def rules() -> _Rules:
    """The cue data, read once and checked."""
    data: dict[str, Any] = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    cats = []
    for name, spec in data["categories"].items():
        unknown = set(spec) - {"header", "block", "max_words", "start", "contains", "equals"}
        if unknown:
            raise ValueError(f"{DATA_FILE.name}: category {name}: unknown keys {sorted(unknown)}")
        cats.append(
            _Category(
                name=name,
                header=bool(spec.get("header")),
                block=bool(spec.get("block")),
                max_words=int(spec.get("max_words", 8)),
                start=_cue_regex(spec.get("start") or [], anchored=True),
                contains=_cue_regex(spec.get("contains") or [], anchored=False),
                equals=frozenset(match_form(str(c)) for c in spec.get("equals") or []),
            )
        )
    return _Rules(
        categories=tuple(cats),
        furniture=frozenset(data["furniture_chars"]),
        bullets=str(data["bullet_chars"]),
        structure={k: int(v) for k, v in data["structure"].items()},
    )


@dataclass
class _Line:
    start: int  # raw span of the line's content (spaces and bullets trimmed)
    end: int
    text: str
    form: str
    words: int
    label: str = ""  # title | header | body | boilerplate ("" = not decided yet)
    reason: str = ""
    block: bool = False  # a cue line that opens a widget

    def decide(self, label: str, reason: str) -> None:
        self.label, self.reason = label, reason


def _split_lines(raw: str, bullets: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    strip_chars = " \t\r\f\v\xa0\ufeff\u200c\u200e\u200f" + bullets
    for chunk in raw.split("\n"):
        start, end = pos, pos + len(chunk)
        pos = end + 1
        lead = len(chunk) - len(chunk.lstrip(strip_chars))
        trail = len(chunk.rstrip(" \t\r\f\v\xa0\ufeff\u200c\u200e\u200f"))
        if lead >= trail:
            continue
        text = chunk[lead:trail]
        # a link is one item however many words its path has
        words = len(_WORD.findall(_URL_IN_TEXT.sub(" link ", text)))
        lines.append(_Line(start + lead, start + trail, text, match_form(text), words))
    return lines


def _tight(s: str) -> str:
    return re.sub(r"[\W_]+", "", simplify(s).replace("\u200c", ""))


def _cue_category(line: _Line, r: _Rules) -> _Category | None:
    for cat in r.categories:
        if line.words > cat.max_words:
            continue
        if line.form in cat.equals:
            return cat
        if cat.start is not None and cat.start.search(line.form):
            return cat
        if cat.contains is not None and cat.contains.search(line.form):
            return cat
    return None


def _is_furniture(line: _Line, r: _Rules) -> str | None:
    """Page furniture recognisable by shape alone: separators, bare links, hashtag rows."""
    if all(ch in r.furniture or ch.isspace() for ch in line.text):
        return "separator"
    if _URL.match(line.text.strip()):
        return "bare link"
    if len(_HASHTAG.findall(line.text)) >= 2 or (line.text.startswith("#") and line.words <= 6):
        return "hashtags"
    if line.words == 0 or re.fullmatch(r"[\d\s.,:/\-]+", line.form):
        return "numbers only"
    return None


def _is_prose(line: _Line, s: dict[str, int]) -> bool:
    """A paragraph of the article: long, or sentence-long and ending like a sentence."""
    return line.words >= s["paragraph_min_words"] or (
        line.words >= s["sentence_min_words"] and bool(_SENTENCE_END.search(line.text))
    )


def _pick_title(lines: list[_Line], given_title: str | None, s: dict[str, int]) -> _Line | None:
    if given_title:
        want = _tight(given_title)
        for line in lines[:8]:
            if want and _tight(line.text) == want:
                return line
        return None
    first = lines[0] if lines else None
    if (
        first is not None
        and not first.label
        and 0 < first.words <= s["title_max_words"]
        and len(first.text) <= s["title_max_chars"]
        and not _HEADLINE_END.search(first.text)
    ):
        return first
    return None


def classify_lines(raw: str, given_title: str | None = None) -> list[_Line]:
    """Label every non-empty line of ``raw`` (the core of :func:`clean_document`)."""
    r = rules()
    s = r.structure
    lines = _split_lines(raw, r.bullets)
    # 1. cues and shape, line by line
    for line in lines:
        junk = _is_furniture(line, r)
        if junk:
            line.decide("boilerplate", junk)
            continue
        if line.words <= s["title_max_words"] and is_stamp_line(line.text):
            line.decide("header", "publish_time")
            continue
        cat = _cue_category(line, r)
        if cat is not None:
            line.decide("header" if cat.header else "boilerplate", cat.name)
            line.block = cat.block
    # 2. the headline, and its repeats
    title = _pick_title(lines, given_title, s)
    if title is not None:
        title.decide("title", "title")
        want = _tight(title.text)
        for line in lines:
            # only lines of about the title's length can repeat it (saves work on paragraphs)
            if line is title or line.label or abs(len(line.text) - len(title.text)) > len(title.text) // 3 + 3:
                continue
            if _tight(line.text) == want:
                line.decide("boilerplate", "title repeated")
    # 3. widgets: the short lines after a block cue (tag list, related links, poll)
    for i, line in enumerate(lines):
        if not line.block:
            continue
        for nxt in lines[i + 1 :]:
            if nxt.label and not (nxt.label == "boilerplate" and nxt.reason in ("separator", "hashtags")):
                break
            if nxt.label:
                continue
            # a poll's question is a sentence ending in "؟", not prose of the article
            if _is_prose(nxt, s) and not (line.reason == "poll" and nxt.text.endswith(("؟", "?"))):
                break
            nxt.decide("boilerplate", line.reason)
    # 4. prose anchors: the article runs from the first paragraph of prose to the last
    prose = [i for i, line in enumerate(lines) if not line.label and _is_prose(line, s)]
    if prose:
        first, last = prose[0], prose[-1]
        for i, line in enumerate(lines):
            if line.label:
                continue
            if i < first:
                # between headline and lead: section labels are short; a dateline stays
                if line.words <= s["head_label_max_words"] and not _HEADLINE_END.search(line.text) \
                        and not _DATELINE_SHAPE.search(line.text):
                    line.decide("boilerplate", "label")
            elif i > last:
                # after the last paragraph only whole sentences stay (a closing remark)
                keep = line.words >= s["tail_keep_min_words"] and bool(_SENTENCE_END.search(line.text))
                if not keep:
                    line.decide("boilerplate", "after article")
        # runs of short unpunctuated lines inside the article are link lists
        run: list[_Line] = []
        for line in [*lines[first:last + 1], None]:
            if line is not None and not line.label and line.words <= s["list_item_max_words"] \
                    and not _HEADLINE_END.search(line.text) and not _SENTENCE_END.search(line.text):
                run.append(line)
                continue
            if len(run) >= s["list_min_items"]:
                for item in run:
                    item.decide("boilerplate", "link list")
            run = []
    for line in lines:
        if not line.label:
            line.decide("body", "body")
    return lines


def clean_document(doc: Document) -> Document:
    """Fill title_range, header_lines, body_ranges and removed from ``doc.raw``."""
    given_title = doc.given.get("title")
    lines = classify_lines(doc.raw, str(given_title) if given_title else None)
    doc.body_ranges = [(ln.start, ln.end) for ln in lines if ln.label == "body"]
    doc.header_lines = [(ln.start, ln.end) for ln in lines if ln.label == "header"]
    titles = [ln for ln in lines if ln.label == "title"]
    doc.title_range = (titles[0].start, titles[0].end) if titles else None
    doc.removed = [
        (ln.start, ln.end, f"{ln.label}: {ln.reason}") for ln in lines if ln.label in ("header", "boilerplate")
    ]
    if not doc.body_ranges:
        doc.warnings.append("no article text left after removing boilerplate")
    return doc

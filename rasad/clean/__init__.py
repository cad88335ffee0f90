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
from rasad.meta.attribution import outlet_line_name
from rasad.meta.stamps import is_stamp_line, parse_stamp, simplify

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "clean" / "boilerplate.yaml"

_WORD = re.compile(r"[^\W_]+(?:[\u200c'][^\W_]+)*")
_URL = re.compile(r"^(?:(?:https?://|www\.)\S+|\S+\.(?:ir|com|org|net|info|news)(?:/\S*)?)$", re.I)
_SENTENCE_END = re.compile(r"[.!…»)\]\"”]$")
_HEADLINE_END = re.compile(r"[.!؟?:…؛;]$")
_DATELINE_SHAPE = re.compile(r"[-–—]\s*$")  # "مسکو - ایرنا -" standing alone: the lead's dateline
_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)\S+", re.I)
_HASHTAG = re.compile(r"#\s*[^\s#]")
_ROW_SEPARATORS = re.compile(r"\s*[|/•·،,]\s*|\s{2,}")
# breadcrumb separators: ">" "›" "»" always point down a menu; "|" "/" "\\" only in a longer trail
_CRUMB_ARROWS = re.compile(r"\s*[>›»→]\s*")
_CRUMB_BARS = re.compile(r"\s*[|/\\]\s*")


@dataclass(frozen=True)
class _Category:
    name: str
    header: bool
    block: bool
    closes: bool  # the line closes the article (everything after it is page furniture)
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
    section_heads: re.Pattern[str]  # "سرویس بین الملل": a desk label, when a separator or nothing follows
    section_max_words: int


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
        unknown = set(spec) - {"header", "block", "end", "max_words", "start", "contains", "equals"}
        if unknown:
            raise ValueError(f"{DATA_FILE.name}: category {name}: unknown keys {sorted(unknown)}")
        cats.append(
            _Category(
                name=name,
                header=bool(spec.get("header")),
                block=bool(spec.get("block")),
                closes=bool(spec.get("end")),
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
        section_heads=_section_regex(data["section_label"]),
        section_max_words=int(data["section_label"]["max_words"]),
    )


def _section_regex(spec: dict[str, Any]) -> re.Pattern[str]:
    def alts(words: list[str]) -> str:
        forms = sorted({match_form(str(w)) for w in words}, key=len, reverse=True)
        return "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in forms)

    return re.compile(rf"^(?:{alts(spec['heads'])})\s+(?:{alts(spec['desks'])})(?![^\W_])\s*(?:$|[-–—|/:،,])")


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
    closes: bool = False  # a cue line that closes the article

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
    # a row of widget items ("تلگرام | واتساپ | ایکس"): every item is a whole-line cue of one category
    items = [it for it in _ROW_SEPARATORS.split(line.form) if it]
    if len(items) >= 2:
        for cat in r.categories:
            if cat.equals and all(it in cat.equals for it in items):
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


def _is_breadcrumb(line: _Line, s: dict[str, int]) -> bool:
    """A trail of short menu items ("صفحه اصلی > خاورمیانه > یمن", "خانه / سیاست / ایران / دولت").

    Arrows (> › »; » only where no « opens a quote) make a trail of two items or more;
    bars and slashes one of three or more. No item may be long or end like a sentence.
    """
    text = line.text.strip()
    if _HEADLINE_END.search(text) or _URL_IN_TEXT.search(text):
        return False
    arrows = _CRUMB_ARROWS if "«" not in text else re.compile(r"\s*[>›→]\s*")
    for rx, min_items in ((arrows, 2), (_CRUMB_BARS, 3)):
        items = [it for it in rx.split(text) if it.strip()]
        if len(items) >= min_items and len(rx.findall(text)) >= min_items - 1 \
                and all(len(_WORD.findall(it)) <= s["crumb_item_max_words"] for it in items) \
                and not re.fullmatch(r"[\d\s]+", "".join(items)):
            return True
    return False


def _is_dated_header(line: _Line, s: dict[str, int]) -> bool:
    """A short line stating a full date and a clock time ("یکشنبه ۱۲ مهر ۱۴۰۲ - ساعت ۰۹:۱۵ - نویسنده: ...").

    Headlines almost never carry a clock time; a header line with a byline or a view count
    next to its stamp is not a stamp "and nothing else", but it is still a stamp line.
    """
    if line.words > s["stamp_line_max_words"] or not re.search(r"\d\s*:\s*\d", line.form):
        return False
    if line.text.endswith((".", "!", "؟", "?")):  # a sentence that mentions a time
        return False
    stamp = parse_stamp(line.text)
    return stamp is not None and stamp.time is not None


def _is_prose(line: _Line, s: dict[str, int]) -> bool:
    """A paragraph of the article: long, or sentence-long and ending like a sentence."""
    return line.words >= s["paragraph_min_words"] or (
        line.words >= s["sentence_min_words"] and bool(_SENTENCE_END.search(line.text))
    )


def _is_headline_shape(line: _Line, s: dict[str, int]) -> bool:
    """Short, and not ending like a sentence or a label: what a headline looks like."""
    return (
        0 < line.words <= s["title_max_words"]
        and len(line.text) <= s["title_max_chars"]
        and not _HEADLINE_END.search(line.text)
        and not _DATELINE_SHAPE.search(line.text)
    )


def _pick_title(lines: list[_Line], given_title: str | None, s: dict[str, int]) -> _Line | None:
    """The headline: the first headline-shaped line of the header zone.

    The header zone runs from the top to the first paragraph of prose; stamps, news codes
    and labels (already decided by their cues) may stand before or after the headline, so
    they are skipped rather than ending the search. A menu of one-word items before the
    headline is skipped too: a line of several words wins over a lone word.
    """
    if given_title:
        want = _tight(given_title)
        for line in lines[:12]:
            if want and _tight(line.text) == want:
                return line
        return None
    candidates: list[_Line] = []
    for line in lines:
        if line.label:
            continue
        if _is_headline_shape(line, s):
            candidates.append(line)
            if line.words >= s["title_min_words"]:
                break
            continue
        if line.words <= s["head_label_max_words"] and not _is_prose(line, s):
            # a kicker above the headline ("سخنگوی وزارت خارجه:") or a standing dateline
            continue
        # the first sentence-like line ends the header zone
        break
    if not candidates:
        return None
    full = [c for c in candidates if c.words >= s["title_min_words"]]
    return full[0] if full else candidates[0]


def classify_lines(raw: str, given_title: str | None = None) -> list[_Line]:
    """Label every non-empty line of ``raw`` (the core of :func:`clean_document`)."""
    r = rules()
    s = r.structure
    lines = _split_lines(raw, r.bullets)
    # 1. cues and shape, line by line
    for line in lines:
        junk = _is_furniture(line, r)
        # "29.06.2022 - 09:30" is all digits, and a stamp for all that
        if junk and not (junk == "numbers only" and is_stamp_line(line.text)):
            line.decide("boilerplate", junk)
            continue
        if line.words <= s["title_max_words"] and (is_stamp_line(line.text) or _is_dated_header(line, s)):
            line.decide("header", "publish_time")
            continue
        cat = _cue_category(line, r)
        if cat is not None:
            line.decide("header" if cat.header else "boilerplate", cat.name)
            line.block = cat.block
            line.closes = cat.closes
            continue
        if line.words <= r.section_max_words and r.section_heads.search(line.form):
            line.decide("boilerplate", "section label")
        elif line.words <= s["site_line_max_words"] and outlet_line_name(line.text):
            # the site's own name standing alone in the page head or foot, or with what it
            # is ("خاور - آژانس ملی اطلاعات تاجیکستان"): the metadata stage reads it back
            # as the publisher; it is never the headline
            line.decide("boilerplate", "outlet name")
        elif line.words <= s["crumb_max_words"] and _is_breadcrumb(line, s):
            line.decide("boilerplate", "breadcrumb")
    # after an end-of-article marker ("انتهای پیام") only page furniture follows
    ends = [i for i, line in enumerate(lines) if line.closes]
    # ... once the article has begun: a marker above any prose belongs to some other widget
    if ends and any(not ln.label and _is_prose(ln, s) for ln in lines[:ends[0]]):
        for line in lines[ends[0] + 1:]:
            if line.label != "header":
                line.decide("boilerplate", "after end marker")
    # 2. the headline, and its repeats
    title = _pick_title(lines, given_title, s)
    if title is not None:
        title.decide("title", "title")
        # what stands above the headline is page head (menus, kickers), never the article
        for line in lines[:lines.index(title)]:
            if not line.label:
                line.decide("boilerplate", "above headline")
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

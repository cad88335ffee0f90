"""Article metadata: title, publication time, news code, outlet, attribution, dateline.

Runs after normalization: ``doc.text`` is the clean body; header lines and credits the
cleaner removed are read from ``doc.raw`` through ``doc.header_lines``/``doc.removed``.
Given fields (a JSONL record, an HTML page's metadata) win over what the text says,
except a bare given date loses to a header stamp that also has the time.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import jdatetime

from rasad.document import Document
from rasad.meta.attribution import (
    Credit,
    attribution_chain,
    body_credits,
    canonical_outlet,
    dateline,
    end_credits,
    lead_chain,
    outlet_for_domain,
)
from rasad.meta.stamps import Stamp, parse_stamp, simplify, time_zone
from rasad.text import normalize_text

__all__ = ["extract_metadata"]

# the code after its label: any number of digits (13-digit codes are common), Persian or Latin
_NEWS_ID = re.compile(r"(?<!\d)(\d+)(?!\d)")
_LABELLED_NEWS_ID = re.compile(
    r"(?:کد|شناسه|شماره)\s*(?:خبر|مطلب|مقاله|گزارش)\s*[:：]?\s*(?<!\d)(\d+)(?!\d)|(?:News\s*(?:ID|Code))\s*[:：]?\s*(\d+)",
    re.I,
)


def _raw(doc: Document, span: tuple[int, int]) -> str:
    return doc.raw[span[0]:span[1]]


def _header_texts(doc: Document, reason: str | None = None) -> list[str]:
    """Removed header lines, optionally only those the cleaner gave ``reason``."""
    return [
        doc.raw[s:e] for s, e, why in doc.removed
        if why.startswith("header") and (reason is None or why.endswith(f": {reason}"))
    ]


def _title(doc: Document) -> str | None:
    given = doc.given.get("title")
    if isinstance(given, str) and given.strip():
        return normalize_text(given.strip()).text
    if doc.title_range is None:
        return None
    return normalize_text(_raw(doc, doc.title_range).strip()).text or None


def _news_id(doc: Document) -> str | None:
    given = doc.given.get("news_id")
    if given not in (None, ""):
        return simplify(str(given)).strip()
    # a number right after its label wins, on any header line ("۱۲ مهر ۱۴۰۲ | کد خبر: 98765")
    for line in _header_texts(doc):
        m = _LABELLED_NEWS_ID.search(simplify(line))
        if m:
            return m.group(1) or m.group(2)
    for line in (simplify(text) for text in _header_texts(doc, "news_id")):
        m = _NEWS_ID.search(line)
        if m:
            return m.group(1)
    return None


def _given_moment(value: object) -> tuple[str, str | None, bool] | None:
    """(iso, jalali, has_time) for a given published field: ISO text or a Persian stamp."""
    s = simplify(str(value)).strip()
    if not s:
        return None
    try:
        moment = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        stamp = parse_stamp(s)
        if stamp is None:
            return None
        return stamp.iso(), stamp.jalali(), stamp.time is not None
    if len(s) <= 10:  # a date alone
        j = jdatetime.date.fromgregorian(date=moment.date())
        return moment.date().isoformat(), f"{j.year:04d}-{j.month:02d}-{j.day:02d}", False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(time_zone()))
    local = moment.astimezone(ZoneInfo(time_zone()))
    j = jdatetime.datetime.fromgregorian(datetime=local.replace(tzinfo=None))
    return moment.isoformat(), f"{j.year:04d}-{j.month:02d}-{j.day:02d} {j.hour:02d}:{j.minute:02d}", True


def _header_stamp(doc: Document) -> Stamp | None:
    for lines in (_header_texts(doc, "publish_time"), _header_texts(doc)):
        stamps = [st for st in (parse_stamp(line) for line in lines) if st is not None]
        if stamps:
            # a line with the time of day says more than a bare date
            return max(stamps, key=lambda st: st.time is not None)
    return None


def _published(doc: Document) -> tuple[str | None, str | None]:
    given = _given_moment(doc.given["published"]) if doc.given.get("published") else None
    if given and given[2]:
        return given[0], given[1]
    stamp = _header_stamp(doc)
    if stamp is not None:
        return stamp.iso(), stamp.jalali()
    if given:
        return given[0], given[1]
    return None, None


def _given_outlet(doc: Document) -> str | None:
    for field in ("outlet", "sitename"):
        value = doc.given.get(field)
        if isinstance(value, str) and value.strip():
            # "خبرگزاری تسنیم | Tasnim": the site name before a separator
            return canonical_outlet(re.split(r"\s[|\-–—]\s", value.strip())[0])
    for field in ("url", "hostname"):
        value = doc.given.get(field)
        if isinstance(value, str) and value:
            found = outlet_for_domain(value)
            if found:
                return found
    return None


def _credit_lines(doc: Document) -> list[str]:
    return [doc.raw[s:e] for s, e, why in doc.removed if why.endswith(": credit")]


def extract_metadata(doc: Document) -> Document:
    doc.title = _title(doc)
    doc.published, doc.published_jalali = _published(doc)
    doc.news_id = _news_id(doc)
    place, dateline_credit = dateline(doc.text)
    doc.dateline = doc.given.get("dateline") or place
    chain = lead_chain(doc.text)
    extras: list[Credit] = [dateline_credit] if dateline_credit else []
    extras += body_credits(doc.text)
    extras += end_credits(_credit_lines(doc), base_pos=len(doc.text) + 1)
    given = doc.given.get("outlet")
    publisher: str | None
    if isinstance(given, str) and given.strip():
        publisher = _given_outlet(doc)  # the caller knows who published this copy
    elif chain:
        publisher = chain[0].name
    elif dateline_credit is not None:
        publisher = dateline_credit.name
        extras = [c for c in extras if c is not dateline_credit]
    else:
        publisher = _given_outlet(doc)
    doc.outlet = publisher
    doc.attribution = attribution_chain(publisher, chain, extras)
    return doc

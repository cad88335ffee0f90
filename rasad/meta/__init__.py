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
    lead_credit,
    outlet_for_domain,
    outlet_line_name,
    outlet_time_zone,
    sign_off,
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


def _given_moment(value: object, zone: str) -> tuple[str, str | None, bool] | None:
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
        return stamp.iso(zone), stamp.jalali(), stamp.time is not None
    if len(s) <= 10:  # a date alone
        j = jdatetime.date.fromgregorian(date=moment.date())
        return moment.date().isoformat(), f"{j.year:04d}-{j.month:02d}-{j.day:02d}", False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    local = moment.astimezone(ZoneInfo(zone))
    j = jdatetime.datetime.fromgregorian(datetime=local.replace(tzinfo=None))
    return moment.isoformat(), f"{j.year:04d}-{j.month:02d}-{j.day:02d} {j.hour:02d}:{j.minute:02d}", True


def _header_stamp(doc: Document) -> Stamp | None:
    for lines in (_header_texts(doc, "publish_time"), _header_texts(doc)):
        stamps = [st for st in (parse_stamp(line) for line in lines) if st is not None]
        if stamps:
            # a line with the time of day says more than a bare date
            return max(stamps, key=lambda st: st.time is not None)
    return None


def _published(doc: Document, outlet: str | None) -> tuple[str | None, str | None]:
    # a stamp is in the publisher's local time: an Afghan outlet's is Kabul time
    zone = outlet_time_zone(outlet) or time_zone()
    given = _given_moment(doc.given["published"], zone) if doc.given.get("published") else None
    if given and given[2]:
        return given[0], given[1]
    stamp = _header_stamp(doc)
    if stamp is not None:
        return stamp.iso(zone), stamp.jalali()
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


# removed lines of the page head that may name the site: its name line, a section path,
# the menu above the headline
_HEAD_REASONS = ("outlet name", "breadcrumb", "above headline", "label", "section label")


def _site_name(doc: Document) -> str | None:
    """The outlet a site-name line at the head of the page names ("العربیه فارسی").

    Only a line above the headline (or, with no headline found, among the page's first
    lines) counts: a name at the foot of a page may be a credit or a link to another site.
    A line that is only the name wins over a section path ("خبرآنلاین > بین الملل").
    """
    limit = doc.title_range[0] if doc.title_range else None
    found: list[str] = []
    for start, end, why in doc.removed:
        if limit is not None and start > limit:
            break
        if limit is None and start > 300:
            break
        if why.endswith(": outlet name"):
            name = outlet_line_name(doc.raw[start:end])
            return name or canonical_outlet(doc.raw[start:end].strip())
        if why.split(": ", 1)[-1] in _HEAD_REASONS:
            name = outlet_line_name(doc.raw[start:end], in_page_head=limit is not None)
            if name:
                found.append(name)
    return found[0] if found else None


def _publisher(doc: Document, chain: list[Credit], dateline_credit: Credit | None,
               lead: Credit | None) -> str | None:
    """Who published this copy: the caller, the page's own name, then the lead's credits."""
    given = doc.given.get("outlet")
    if isinstance(given, str) and given.strip():
        return _given_outlet(doc)  # the caller knows who published this copy
    # an outlet naming itself as the lead opens ("اسپوتنیک – ...") writes this copy, before
    # any "به گزارش X" the lead goes on to give; a dateline's agency ("مسکو - ایرنا -") is
    # where the copy came from when the lead then says "به گزارش مشرق" (the republisher)
    for name in (_site_name(doc), lead.name if lead else None, chain[0].name if chain else None,
                 dateline_credit.name if dateline_credit else None):
        if name:
            return name
    return _given_outlet(doc)


def extract_metadata(doc: Document) -> Document:
    doc.title = _title(doc)
    doc.news_id = _news_id(doc)
    place, dateline_credit = dateline(doc.text)
    doc.dateline = doc.given.get("dateline") or place
    chain = lead_chain(doc.text)
    lead = lead_credit(doc.text) if dateline_credit is None else None
    extras: list[Credit] = [c for c in (dateline_credit, lead) if c is not None]
    extras += body_credits(doc.text)
    closing = sign_off(doc.text, pos=len(doc.text))
    extras += [closing] if closing else []
    extras += end_credits(_credit_lines(doc), base_pos=len(doc.text) + 1)
    publisher = _publisher(doc, chain, dateline_credit, lead)
    doc.outlet = publisher
    doc.attribution = attribution_chain(publisher, chain, extras)
    doc.published, doc.published_jalali = _published(doc, publisher)
    return doc

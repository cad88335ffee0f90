"""HTML pages → main text and page metadata (trafilatura), keeping the page itself."""

from __future__ import annotations

import json
import re
from typing import Any

from rasad.document import Document

# Page fields trafilatura reports that we pass on as given metadata (our name: theirs).
_PAGE_FIELDS = {"title": "title", "published": "date", "sitename": "source-hostname", "hostname": "hostname",
                "url": "url"}
# trafilatura deletes "non-printable" characters, ZWNJ among them, which would glue every
# Persian compound ("گفت‌وگو" → "گفتوگو"); a printable stand-in no Persian page uses
# carries it through extraction.
_ZWNJ = "\u200c"
_ZWNJ_STAND_IN = "\ua66e"


def _extract(html: str) -> dict[str, Any] | None:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    out = trafilatura.extract(
        html.replace(_ZWNJ, _ZWNJ_STAND_IN), output_format="json", with_metadata=True, include_comments=False, include_tables=False
    )
    if not out:
        return None
    data: dict[str, Any] = json.loads(out)
    return {k: v.replace(_ZWNJ_STAND_IN, _ZWNJ) if isinstance(v, str) else v for k, v in data.items()}


# Publication time as pages declare it; trafilatura keeps only the day, these keep the time.
_PUBLISHED_META = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publish_date|date)["'][^>]*>""",
    re.I,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)


def _declared_published(html: str) -> str | None:
    for m in _PUBLISHED_META.finditer(html[:100_000]):
        content = _CONTENT.search(m.group(0))
        if content and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", content.group(1).strip()):
            return content.group(1).strip()
    return None


def _plain_text(html: str) -> str:
    """Last resort when trafilatura finds no main text: every text node, one per line."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # lxml raises several types on broken markup
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    lines = [re.sub(r"\s+", " ", t).strip() for t in tree.itertext()]
    return "\n".join(t for t in lines if t)


def html_to_document(html: str, source: str, doc_id: str, given: dict[str, Any]) -> Document | None:
    """One Document from a page, or None when the page has no text at all."""
    warnings: list[str] = []
    extracted = _extract(html)
    page: dict[str, Any] = {}
    if extracted and (extracted.get("text") or "").strip():
        body = extracted["text"].strip()
        page = {ours: extracted[theirs] for ours, theirs in _PAGE_FIELDS.items() if extracted.get(theirs)}
    else:
        body = _plain_text(html)
        if not body.strip():
            return None
        warnings.append("main text not found; all page text kept")
    declared = _declared_published(html)
    if declared:
        page["published"] = declared
    merged = {**page, **given}  # fields the caller supplied win over the page's own
    title = str(merged.get("title") or "").strip()
    # The title goes first, as on the page, so the cleaner finds the headline where it expects it.
    raw = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return Document(id=doc_id, source=source, raw=raw, format="html", html=html, given=merged, warnings=warnings)

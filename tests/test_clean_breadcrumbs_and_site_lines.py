"""Breadcrumb trails and site-name lines are never titles, and a
stamp written in digits only is a header, not furniture."""

from __future__ import annotations

from rasad.clean import classify_lines, clean_document
from rasad.document import Document

HEADLINE = "نشست وزیران خارجه عراق و اردن در امان"
LEAD = "وزیران خارجه عراق و اردن امروز در امان درباره امنیت مرزها و خط لوله نفت بصره عقبه گفت وگو کردند."
SECOND = "دو طرف بر گسترش همکاری های تجاری تاکید کردند و قرار شد کمیته مشترک اقتصادی ماه آینده تشکیل جلسه دهد."


def _doc(raw: str) -> Document:
    return clean_document(Document(id="t", source="t", raw=raw))


def _title(doc: Document) -> str | None:
    return doc.raw[slice(*doc.title_range)] if doc.title_range else None


def _reasons(raw: str) -> dict[str, str]:
    return {ln.text: ln.reason for ln in classify_lines(raw)}


def test_breadcrumb_is_no_title() -> None:
    for crumb in ("صفحه اصلی > خاورمیانه > عراق", "خانه » سیاست » جهان", "خانه / بین الملل / آسیای غربی"):
        doc = _doc(f"{crumb}\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
        assert _title(doc) == HEADLINE, crumb
        assert _reasons(doc.raw)[crumb] == "breadcrumb"


def test_headlines_with_separators_are_not_breadcrumbs() -> None:
    for head in ("ویدیو | لحظه ورود هیئت عراقی به امان", "بغداد: «امنیت مرزها» اولویت ماست",
                 "سفر وزیر خارجه عراق به امان و دیدار با همتای اردنی / توافق بر سر خط لوله"):
        doc = _doc(f"{head}\n\n{LEAD}\n\n{SECOND}\n")
        assert _title(doc) == head, head


def test_site_name_line_is_boilerplate_not_title() -> None:
    for site in ("آژانس خبری پژواک", "یورونیوز فارسی", "آناتولی فارسی", "شفق نیوز", "آران نیوز"):
        doc = _doc(f"{site}\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
        assert _title(doc) == HEADLINE, site
        assert _reasons(doc.raw)[site] == "outlet name"


def test_digit_only_stamp_is_a_header_line() -> None:
    doc = _doc(f"29.06.2022 - 09:30\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
    assert [doc.raw[s:e] for s, e in doc.header_lines] == ["29.06.2022 - 09:30"]
    # a row of bare numbers is still furniture
    assert _reasons("12 - 45 - 3\n\n" + LEAD)["12 - 45 - 3"] == "numbers only"

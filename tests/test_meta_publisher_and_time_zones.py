"""The publisher from a site-name line, a leading credit or a
sign-off; institutional sources keep their full name; Afghan month names; the outlet's own
time zone."""

from __future__ import annotations

from rasad.clean import clean_document
from rasad.document import Document
from rasad.meta import extract_metadata
from rasad.meta.attribution import canonical_outlet, is_site_name
from rasad.meta.stamps import parse_stamp
from rasad.text import normalize_document

HEADLINE = "نشست وزیران خارجه عراق و اردن در امان"
LEAD_TAIL = "وزیران خارجه عراق و اردن امروز در امان درباره امنیت مرزها و خط لوله نفت بصره عقبه گفت وگو کردند."
SECOND = "دو طرف بر گسترش همکاری های تجاری تاکید کردند و قرار شد کمیته مشترک اقتصادی ماه آینده تشکیل جلسه دهد."


def _run(raw: str) -> Document:
    return extract_metadata(normalize_document(clean_document(Document(id="m", source="m", raw=raw))))


def test_service_names_resolve_to_the_listed_outlet() -> None:
    assert canonical_outlet("العربیه فارسی") == "العربیه"
    assert canonical_outlet("العربیه.نت") == "العربیه"
    assert canonical_outlet("آژانس خبری پژواک") == "پژواک"
    assert canonical_outlet("خبرگزاری آناتولی") == "آناتولی"
    assert is_site_name("شفق نیوز") and not is_site_name("وزیر خارجه عراق")


def test_site_name_line_names_the_publisher() -> None:
    doc = _run(f"یورونیوز فارسی\n{HEADLINE}\n\n{LEAD_TAIL}\n\n{SECOND}\n")
    assert doc.title == HEADLINE
    assert doc.outlet == "یورونیوز" and doc.attribution == ["یورونیوز"]
    # the site's own name comes first, then the sources its lead credits
    doc = _run(f"فرارو\n{HEADLINE}\n\nبه گزارش رویترز، {LEAD_TAIL}\n\n{SECOND}\n")
    assert doc.outlet == "فرارو" and doc.attribution == ["فرارو", "رویترز"]


def test_leading_credit_and_sign_off() -> None:
    doc = _run(f"{HEADLINE}\n\nالعربیه.نت - {LEAD_TAIL}\n\n{SECOND}\n")
    assert doc.outlet == "العربیه"
    doc = _run(f"{HEADLINE}\n\nدیپلماسی ایرانی: {LEAD_TAIL}\n\n{SECOND}\n")
    assert doc.outlet == "دیپلماسی ایرانی"
    # a person's quote opening the lead is no credit
    doc = _run(f"{HEADLINE}\n\nفواد حسین: {LEAD_TAIL}\n\n{SECOND}\n")
    assert doc.outlet is None
    doc = _run(f"{HEADLINE}\n\nبه گزارش مهر، {LEAD_TAIL}\n\n{SECOND}/ایرنا\n")
    assert doc.attribution == ["مهر", "ایرنا"]


def test_institution_channel_keeps_its_full_name() -> None:
    doc = _run(f"{HEADLINE}\n\nبه گزارش تسنیم به نقل از پایگاه اطلاع رسانی دفتر نخست وزیری عراق، {LEAD_TAIL}\n")
    assert doc.attribution == ["تسنیم", "پایگاه اطلاع رسانی دفتر نخست وزیری عراق"]
    doc = _run(f"{HEADLINE}\n\nبه گزارش خبرنگار سیاسی خبرگزاری مهر، {LEAD_TAIL}\n")
    assert doc.attribution == ["مهر"]


def test_afghan_month_names_in_stamps() -> None:
    stamp = parse_stamp("دوشنبه ۱۱ سرطان ۱۴۰۳")
    assert stamp is not None and stamp.date.isoformat() == "2024-07-01"
    stamp = parse_stamp("۵ حوت ۱۴۰۲ - ۱۰:۳۰")
    assert stamp is not None and stamp.date.isoformat() == "2024-02-24" and stamp.time == (10, 30)
    assert parse_stamp("ترازوی میزان و برج اسد") is None


def test_publication_time_uses_the_outlets_time_zone() -> None:
    # an Afghan outlet stamps Kabul time (+04:30, no daylight saving) ...
    doc = _run(f"آژانس خبری پژواک\nشنبه ۱۰ جدی ۱۴۰۱ - ۱۴:۲۰\n{HEADLINE}\n\n{LEAD_TAIL}\n\n{SECOND}\n")
    assert doc.outlet == "پژواک"
    assert doc.published == "2022-12-31T14:20:00+04:30"
    # ... an Iranian one Tehran time, summer time included in 1401
    doc = _run(f"یکشنبه ۱۰ تیر ۱۴۰۱ - ۱۴:۲۰\n{HEADLINE}\n\nبه گزارش ایسنا، {LEAD_TAIL}\n")
    assert doc.published == "2022-07-01T14:20:00+04:30"
    doc = _run(f"۱۰ دی ۱۴۰۱ - ۱۴:۲۰\n{HEADLINE}\n\nبه گزارش ایسنا، {LEAD_TAIL}\n")
    assert doc.published == "2022-12-31T14:20:00+03:30"
    doc = _run(f"آناتولی فارسی\n29.06.2022 - 09:30\n{HEADLINE}\n\n{LEAD_TAIL}\n\n{SECOND}\n")
    assert doc.published == "2022-06-29T09:30:00+03:00"

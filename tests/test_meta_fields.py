"""Metadata: title, published (with the Tehran offset of the day), news id, outlet, chain, dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.clean import clean_document
from rasad.document import Document
from rasad.meta import extract_metadata
from rasad.meta.attribution import canonical_outlet, outlet_for_domain
from rasad.meta.stamps import is_stamp_line, parse_stamp
from rasad.text import normalize_document


def _run(raw: str, **given: str) -> Document:
    doc = Document(id="m", source="m", raw=raw, given=dict(given))
    return extract_metadata(normalize_document(clean_document(doc)))


@pytest.mark.parametrize(
    ("line", "iso", "jalali"),
    [
        ("۱۲ مرداد ۱۳۹۹ - ۰۸:۱۵", "2020-08-02T08:15:00+04:30", "1399-05-12 08:15"),  # summer 2020: DST
        ("12 مرداد 1402 - 8:15", "2023-08-03T08:15:00+03:30", "1402-05-12 08:15"),  # DST abolished
        ("۲ دی ۱۳۹۹ - ۲۲:۰۰", "2020-12-22T22:00:00+03:30", "1399-10-02 22:00"),
        ("تاریخ انتشار: 1399/05/12", "2020-08-02", "1399-05-12"),
        ("5 August 2022", "2022-08-05", "1401-05-14"),
        ("2024-03-01", "2024-03-01", "1402-12-11"),
        ("Publish Date : Monday 5 August 2019 - 14:30", "2019-08-05T14:30:00+04:30", "1398-05-14 14:30"),
    ],
)
def test_stamps_in_every_calendar(line: str, iso: str, jalali: str) -> None:
    stamp = parse_stamp(line)
    assert stamp is not None
    assert stamp.iso() == iso
    assert stamp.jalali() == jalali


def test_hijri_stamp_within_a_day_of_the_sighted_calendar() -> None:
    # the arithmetic Islamic calendar may differ by one day from the one Iran observes
    stamp = parse_stamp("۱۰ رجب ۱۴۴۵")
    assert stamp is not None and stamp.calendar == "hijri"
    assert abs((stamp.date - dt.date(2024, 1, 22)).days) <= 1


def test_stamp_line_versus_prose() -> None:
    assert is_stamp_line("چهارشنبه ۳ مرداد ۱۴۰۳ ساعت ۱۴:۰۵")
    assert not is_stamp_line("وزیر خارجه روز ۳ مرداد ۱۴۰۳ به مسکو سفر کرد")
    assert parse_stamp("هیچ تاریخی اینجا نیست") is None


ARTICLE = """گفت وگوي تلفني وزیران خارجه ایران و عمان
کد خبر: ۴۵۶۷۸۹
۳ مرداد ۱۳۹۹ - ۱۴:۰۵

به گزارش گروه بین الملل خبرگزاری فارس به نقل از ایرنا به نقل از دفتر رسانه ای وزارت خارجه عمان، دو وزیر امروز درباره امنیت تنگه هرمز گفت وگو کردند.

به گزارش وزارت خارجه عمان، دو طرف بر ادامه رایزنی ها تاکید کردند و قرار شد دیدار بعدی در مسقط برگزار شود.

منبع: رویترز
"""


def test_all_fields_of_a_header_and_chain_article() -> None:
    doc = _run(ARTICLE)
    assert doc.title == "گفت‌وگوی تلفنی وزیران خارجه ایران و عمان"
    assert doc.news_id == "456789"
    assert doc.published == "2020-07-24T14:05:00+04:30"
    assert doc.published_jalali == "1399-05-03 14:05"
    assert doc.outlet == "فارس"
    # the lead's chain as written, the end credit after it; the later "به گزارش" is a quote
    assert doc.attribution == ["فارس", "ایرنا", "دفتر رسانه ای وزارت خارجه عمان", "رویترز"]
    assert doc.dateline is None


def test_dateline_agency_is_a_source_when_another_outlet_publishes() -> None:
    raw = ("کد خبر 321\nتاریخ انتشار: ۱۰ اسفند ۱۴۰۱ - ۱۰:۰۰\n\n"
           "بغداد - ایرنا - نخست وزیر عراق امروز با سفیر ترکیه دیدار کرد.\n\n"
           "به گزارش مشرق، در این دیدار درباره آب و امنیت مرزها گفت وگو شد و دو طرف بر همکاری تاکید کردند.\n\n"
           "منبع: ایرنا\n")
    doc = _run(raw)
    assert doc.title is None
    assert doc.dateline == "بغداد"
    assert doc.outlet == "مشرق"
    assert doc.attribution == ["مشرق", "ایرنا"]
    assert doc.published == "2023-03-01T10:00:00+03:30"


def test_dateline_agency_alone_is_the_publisher() -> None:
    doc = _run("کابل - ایسنا - وزارت خارجه طالبان امروز از سفر هیئتی از چین به کابل خبر داد و گفت مذاکرات ادامه دارد.\n")
    assert (doc.dateline, doc.outlet, doc.attribution) == ("کابل", "ایسنا", ["ایسنا"])


def test_known_outlet_without_comma_and_glued_relay() -> None:
    doc = _run("عنوان\n\nبه گزارش ایسنا وزیر دفاع ایران امروز با همتای عراقی خود در تهران دیدار و گفت وگو کرد.\n")
    assert doc.attribution == ["ایسنا"]
    doc = _run("عنوان\n\nبه گزارش آوا نیوزبه نقل از اسپوتنیک، نیروهای روسی امروز رزمایشی در دریای سیاه برگزار کردند.\n")
    assert doc.attribution == ["آوا نیوز", "اسپوتنیک"]


def test_unnamed_sources_are_not_in_the_chain() -> None:
    doc = _run("عنوان\n\nبه گزارش منابع محلی، دست کم پنج نفر در انفجار امروز در حلب کشته شدند و ده ها نفر زخمی شدند.\n")
    assert doc.attribution == []
    assert doc.outlet is None


def test_given_fields_win() -> None:
    raw = "عنوان متن\n\nبه گزارش ایرنا، نشست وزیران خارجه کشورهای همسایه افغانستان امروز در تهران برگزار شد و بیانیه پایانی منتشر شد.\n"
    doc = _run(raw, title="عنوان داده شده", outlet="خبرگزاری تسنیم", published="2024-09-01T09:00:00+03:30",
               news_id="۷۷۸")
    assert doc.title == "عنوان داده شده"
    assert doc.outlet == "تسنیم"
    assert doc.attribution == ["تسنیم", "ایرنا"]
    assert doc.published == "2024-09-01T09:00:00+03:30"
    assert doc.published_jalali == "1403-06-11 09:00"
    assert doc.news_id == "778"


def test_given_bare_date_loses_to_a_header_stamp_with_time() -> None:
    doc = _run("کد خبر: 12\n۱۱ شهریور ۱۴۰۳ - ۰۹:۰۰\n\nمتن خبر درباره نشست امروز وزیران خارجه در تهران که با صدور بیانیه پایان یافت.\n",
               published="2024-09-01")
    assert doc.published == "2024-09-01T09:00:00+03:30"


def test_outlet_names_and_domains() -> None:
    assert canonical_outlet("خبرگزاری جمهوری اسلامی") == "ایرنا"
    assert canonical_outlet("گروه بین‌الملل خبرگزاری تسنیم") == "تسنیم"
    assert canonical_outlet("واحد مطبوعاتی ریاست جمهوری") == "واحد مطبوعاتی ریاست جمهوری"
    assert outlet_for_domain("https://www.irna.ir/news/123") == "ایرنا"
    assert outlet_for_domain("en.mehrnews.com") == "مهر"
    assert outlet_for_domain("example.org") is None


def test_dashes_around_a_non_source_are_not_a_dateline() -> None:
    doc = _run("عنوان\n\nوزیر امور خارجه - که امروز - در نشست خبری سخن می گفت از تصمیم دولت برای گسترش روابط خبر داد.\n")
    assert doc.dateline is None
    assert doc.attribution == []

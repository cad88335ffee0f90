"""Site-name lines with a description or a section, a
breadcrumb opening with the outlet, Arabic and Dari month names in stamps, a leading
credit before the lead's chain, and Central Asian time zones (our own sentences)."""

from __future__ import annotations

from rasad.clean import clean_document
from rasad.document import Document
from rasad.meta import extract_metadata
from rasad.meta.attribution import canonical_outlet, outlet_line_name
from rasad.meta.stamps import is_stamp_line, parse_stamp
from rasad.text import normalize_document

HEADLINE = "وزیران خارجه دو کشور در پایتخت دیدار کردند"
LEAD = "وزیران خارجه دو کشور امروز درباره امنیت مرزها و همکاری های تجاری گفت وگو و بر ادامه رایزنی ها تاکید کردند."
SECOND = "دو طرف قرار گذاشتند کمیته مشترک اقتصادی ماه آینده در مرز دو کشور تشکیل جلسه دهد و گزارش خود را ارائه کند."


def _run(raw: str) -> Document:
    return extract_metadata(normalize_document(clean_document(Document(id="m", source="m", raw=raw))))


def test_site_name_line_with_a_description_is_the_publisher_not_the_title() -> None:
    doc = _run(f"آوستا - آژانس خبری مستقل تاجیکستان\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
    assert doc.title == HEADLINE
    assert doc.outlet == "آوستا"
    # an outlet the list lacks, named before what it is, as written
    doc = _run(f"پامیر نیوز - پایگاه خبری تحلیلی بدخشان\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
    assert doc.title == HEADLINE and doc.outlet == "پامیر نیوز"


def test_outlet_kind_with_a_network_word_is_a_site_name() -> None:
    doc = _run(f"شبکه خبری المیادین\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
    assert doc.title == HEADLINE and doc.outlet == "المیادین"
    assert canonical_outlet("شبکه خبری العالم") == "العالم"


def test_page_head_lines_naming_the_outlet() -> None:
    assert outlet_line_name("خبرآنلاین > بین الملل", in_page_head=True) == "خبرآنلاین"
    assert outlet_line_name("العالم - لبنان", in_page_head=True) == "العالم"
    # only above the headline: elsewhere these are a section path and a headline-like line
    assert outlet_line_name("العالم - لبنان") is None
    # a country that is also a newspaper's name is a section, not the outlet
    assert outlet_line_name("ایران - عراق", in_page_head=True) is None
    assert outlet_line_name("ایران > سیاسی", in_page_head=True) is None
    assert outlet_line_name("صفحه اصلی > جهان", in_page_head=True) is None
    assert outlet_line_name("پوتین - زلنسکی: آتش بس", in_page_head=True) is None


def test_breadcrumb_gives_the_publisher() -> None:
    doc = _run(f"تابناک > بین الملل\n۱۲ مهر ۱۴۰۲ - ۰۹:۱۵\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
    assert doc.outlet == "تابناک" and doc.attribution == ["تابناک"]
    assert doc.title == HEADLINE


def test_arabic_date_line_is_a_stamp() -> None:
    line = "الاثنین ۳ یولیو ۲۰۲۳ - ۱۲:۴۵"
    assert is_stamp_line(line)
    st = parse_stamp(line)
    assert st is not None and st.date.isoformat() == "2023-07-03" and st.time == (12, 45)
    for text, want in (("الأربعاء ١٥ تشرين الأول ٢٠٢٣", "2023-10-15"), ("السبت ۲ آذار ۲۰۲۴", "2024-03-02"),
                       ("الخمیس ۱ کانون الثانی ۲۰۲۰", "2020-01-01"), ("۹ أغسطس ۲۰۲۲", "2022-08-09")):
        st = parse_stamp(text)
        assert st is not None and st.date.isoformat() == want, text
    # «آبان» is not «آب»
    st = parse_stamp("۱۲ آبان ۱۴۰۲")
    assert st is not None and st.calendar == "jalali"


def test_dari_month_spellings_in_stamps() -> None:
    for text, want in (("۳۱ اگست ۲۰۲۱", "2021-08-31"), ("۵ اکتوبر ۲۰۲۰", "2020-10-05"),
                       ("۱۲ نومبر ۲۰۲۱", "2021-11-12"), ("۲۰ دسمبر ۲۰۲۲", "2022-12-20"),
                       ("۹ سپتمبر ۲۰۱۹", "2019-09-09")):
        st = parse_stamp(text)
        assert st is not None and st.date.isoformat() == want, text


def test_page_with_arabic_stamp_gets_published_and_title() -> None:
    raw = f"شبکه خبری العالم\nالرئیسیة | لبنان\nالثلاثاء ۴ یولیو ۲۰۲۳ - ۰۹:۳۰\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n"
    doc = _run(raw)
    assert doc.outlet == "العالم" and doc.title == HEADLINE
    assert doc.published is not None and doc.published.startswith("2023-07-04T09:30")
    assert "یولیو" not in doc.text


def test_leading_credit_comes_before_the_lead_chain() -> None:
    doc = _run(f"{HEADLINE}\n\nاسپوتنیک – {LEAD}\n\nبه گزارش ریانووستی، {SECOND}\n")
    assert doc.outlet == "اسپوتنیک" and doc.attribution == ["اسپوتنیک", "ریانووستی"]
    # a dateline's agency is the copy's origin when the lead names the republisher
    doc = _run(f"{HEADLINE}\n\nمسکو - ایرنا - {LEAD}\n\nبه گزارش تابناک، {SECOND}\n")
    assert doc.outlet == "تابناک" and doc.attribution == ["تابناک", "ایرنا"]


def test_language_services_and_country_editions() -> None:
    assert canonical_outlet("اسپوتنیک ایران") == "اسپوتنیک"
    assert canonical_outlet("اسپوتنیک افغانستان") == "اسپوتنیک"
    assert canonical_outlet("DW فارسی") == "DW فارسی"
    assert canonical_outlet("دویچه وله فارسی") == "DW فارسی"
    assert canonical_outlet("دویچه وله") == "دویچه وله"


def test_tajik_outlet_stamps_are_dushanbe_time() -> None:
    doc = _run(f"خاور - آژانس ملی اطلاعات تاجیکستان\n۱۶.۰۹.۲۰۲۲ | ۱۹:۴۰\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
    assert doc.outlet == "خاور" and doc.title == HEADLINE
    assert doc.published == "2022-09-16T19:40:00+05:00"


def test_weekday_spelt_city_dateline_with_agency() -> None:
    doc = _run(f"{HEADLINE}\n\nدوشنبه - خاور - {LEAD}\n\n{SECOND}\n")
    assert doc.dateline == "دوشنبه" and doc.outlet == "خاور"


def test_new_data_lists_are_present_and_clean() -> None:
    from rasad.meta.data import load_data

    outlets = load_data("outlets.yaml")
    assert outlets["outlet_descriptors"] and outlets["page_sections"]
    assert all(isinstance(w, str) and w.strip() for w in [*outlets["outlet_descriptors"], *outlets["page_sections"]])
    names = {e["name"] for e in outlets["outlets"]}
    # a section word must not be an outlet's canonical name, or "X - SECTION" lines would flip
    assert not names & {str(w) for w in outlets["page_sections"]}
    cal = load_data("calendar.yaml")
    assert "یولیو" in cal["gregorian_months"][7] and "اگست" in cal["gregorian_months"][8]

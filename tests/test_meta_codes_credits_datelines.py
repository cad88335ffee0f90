"""Codes of any length, bracketed source names, later news credits,
datelines before "به گزارش", first-person outlets."""

from __future__ import annotations

from rasad.clean import clean_document
from rasad.document import Document
from rasad.meta import extract_metadata
from rasad.text import normalize_document

HEADLINE = "نشست وزیران خارجه عراق و اردن در امان"
LEAD_TAIL = "وزیران خارجه عراق و اردن امروز در امان درباره امنیت مرزها و خط لوله نفت بصره عقبه گفت وگو کردند."
SECOND = "دو طرف بر گسترش همکاری های تجاری تاکید کردند و قرار شد کمیته مشترک اقتصادی ماه آینده تشکیل جلسه دهد."


def _run(raw: str) -> Document:
    doc = Document(id="m", source="m", raw=raw)
    return extract_metadata(normalize_document(clean_document(doc)))


def test_title_after_stamp_and_code() -> None:
    doc = _run(f"۱۲ مهر ۱۴۰۲ - ۰۹:۱۵\nکد خبر: ۷۷۱۲۳۴\n{HEADLINE}\n\nبه گزارش ایسنا، {LEAD_TAIL}\n")
    assert doc.title == HEADLINE
    assert doc.news_id == "771234"
    assert doc.published == "2023-10-04T09:15:00+03:30"
    assert not doc.text.startswith(HEADLINE)


def test_news_codes_of_any_length_in_either_script() -> None:
    raw = f"{HEADLINE}\n12 مهر 1402 - 09:15\n{HEADLINE}\nکد خبر: 1402071200417\n\n{LEAD_TAIL}\n"
    assert _run(raw).news_id == "1402071200417"
    raw = f"{HEADLINE}\nکد خبر: ۱۴۰۲۰۷۱۲۰۰۴۱۷۵۵\n\n{LEAD_TAIL}\n"
    assert _run(raw).news_id == "140207120041755"
    raw = f"{HEADLINE}\n\n{LEAD_TAIL}\n\n{SECOND}\n\nکد خبر ۴۵\n"  # in the tail
    assert _run(raw).news_id == "45"


def test_code_inside_a_stamp_line() -> None:
    doc = _run(f"{HEADLINE}\n۱۲ مهر ۱۴۰۲ - ۰۹:۱۵ | کد خبر: ۹۸۷۶۵\n\n{LEAD_TAIL}\n")
    assert doc.news_id == "98765"
    assert doc.published == "2023-10-04T09:15:00+03:30"


def test_bracketed_short_name_after_a_long_description_names_the_source() -> None:
    raw = f"{HEADLINE}\n\nامان - مهر - به گزارش خبرگزاری مهر به نقل از خبرگزاری رسمی اردن (پترا)، {LEAD_TAIL}\n"
    doc = _run(raw)
    assert doc.outlet == "مهر"
    assert doc.attribution == ["مهر", "پترا"]
    assert doc.dateline == "امان"


def test_bracket_after_a_listed_outlet_keeps_the_outlet_and_the_chain_goes_on() -> None:
    raw = f"{HEADLINE}\n\nبه گزارش ایسنا به نقل از رویترز (لندن) به نقل از یک دیپلمات عراقی، {LEAD_TAIL}\n"
    assert _run(raw).attribution == ["ایسنا", "رویترز"]
    raw = f"{HEADLINE}\n\nبه گزارش پایگاه خبری الشرق (الشرق نیوز) به نقل از ایرنا، {LEAD_TAIL}\n"
    assert _run(raw).attribution == ["الشرق نیوز", "ایرنا"]


def test_later_credits_count_only_for_news_outlets() -> None:
    raw = (f"{HEADLINE}\n\nبه گزارش ایسنا، {LEAD_TAIL}\n\n"
           f"به گزارش وزارت خارجه اردن، {SECOND}\n\n"
           "به گزارش منابع محلی، نیروهای مرزی دو کشور گشت های مشترکی را در منطقه طریبیل آغاز کرده اند.\n\n"
           "به گزارش سایت وزارت کشور عراق، گذرگاه طریبیل از هفته آینده به روی کامیون ها باز می شود.\n\n"
           "براساس گزارش شبکه الرابعه، نخست وزیر عراق نیز ماه آینده به امان سفر خواهد کرد.\n\n"
           "به گزارش خبرگزاری آناتولی، ترکیه نیز خواستار پیوستن به این خط لوله شده است و به گزارش ایسنا، مذاکره ادامه دارد.\n")
    assert _run(raw).attribution == ["ایسنا", "الرابعه", "آناتولی"]


def test_first_person_outlet_is_not_a_name() -> None:
    doc = _run(f"{HEADLINE}\n\nبه گزارش خبرگزاری ما، {LEAD_TAIL}\n")
    assert doc.attribution == [] and doc.outlet is None
    doc = _run(f"{HEADLINE}\n\nبه گزارش فارس، {LEAD_TAIL}\n\nبه گزارش خبرگزاری ما، {SECOND}\n")
    assert doc.attribution == ["فارس"]


def test_dateline_before_a_credit() -> None:
    doc = _run(f"{HEADLINE}\n\nبغداد - به گزارش مشرق به نقل از خبرگزاری فرانسه، {LEAD_TAIL}\n")
    assert doc.dateline == "بغداد"
    assert doc.outlet == "مشرق"
    assert doc.attribution == ["مشرق", "خبرگزاری فرانسه"]
    doc = _run(f"{HEADLINE}\n\nدمشق - فارس - {LEAD_TAIL}\n")
    assert (doc.dateline, doc.outlet) == ("دمشق", "فارس")


def test_dash_inside_a_sentence_is_not_a_dateline() -> None:
    doc = _run(f"{HEADLINE}\n\nگذرگاه مرزی طریبیل - که سال ها بسته بود - به گزارش ایرنا امروز بازگشایی شد و کامیون ها عبور کردند.\n")
    assert doc.dateline is None


def test_label_before_a_dash_is_not_a_dateline() -> None:
    doc = _run(f"{HEADLINE}\n\nفوری - به گزارش ایرنا، {LEAD_TAIL}\n")
    assert doc.dateline is None
    assert doc.attribution == ["ایرنا"]


def test_plural_outlets_are_not_named_sources() -> None:
    raw = (f"{HEADLINE}\n\nبه گزارش ایسنا، {LEAD_TAIL}\n\n"
           f"به گزارش خبرگزاری ها، {SECOND}\n\nبه گزارش شبکه های اجتماعی، گذرگاه مرزی امروز شلوغ بود.\n")
    assert _run(raw).attribution == ["ایسنا"]

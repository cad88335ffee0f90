"""The headline anywhere in the header zone, labels, end markers, widget rows."""

from __future__ import annotations

from rasad.clean import classify_lines, clean_document
from rasad.document import Document

LEAD = "وزیر امور خارجه عمان امروز در مسقط با همتای یمنی خود درباره تبادل اسرا و بازگشایی فرودگاه صنعا گفت وگو کرد."
SECOND = "دو طرف بر ادامه رایزنی ها برای پایان جنگ تاکید کردند و قرار شد هیئت های فنی هفته آینده دیدار کنند."
HEADLINE = "رایزنی وزیران خارجه عمان و یمن در مسقط"


def _doc(raw: str) -> Document:
    return clean_document(Document(id="t", source="t", raw=raw))


def _title(doc: Document) -> str | None:
    return doc.raw[slice(*doc.title_range)] if doc.title_range else None


def _kept(doc: Document) -> list[str]:
    return [doc.raw[s:e] for s, e in doc.body_ranges]


def test_headline_after_stamp_and_code_is_found_and_kept_out_of_the_body() -> None:
    for head in ("۱۲ مهر ۱۴۰۲ - ۰۹:۱۵\nکد خبر: ۷۷۱۲۳۴\n", "کد خبر: ۷۷۱۲۳۴\n۱۲ مهر ۱۴۰۲ - ۰۹:۱۵\n"):
        doc = _doc(f"{head}{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n")
        assert _title(doc) == HEADLINE
        assert _kept(doc) == [LEAD, SECOND]
        assert len(doc.header_lines) == 2


def test_headline_between_header_lines_and_its_repeat_are_handled() -> None:
    raw = f"۱۲ مهر ۱۴۰۲ - ۰۹:۱۵\n{HEADLINE}\nکد خبر: 1402071200417\n{HEADLINE}\n\n{LEAD}\n"
    doc = _doc(raw)
    assert _title(doc) == HEADLINE
    assert _kept(doc) == [LEAD]
    reasons = [why for _, _, why in doc.removed]
    assert "boilerplate: title repeated" in reasons


def test_desk_label_and_site_name_above_the_headline_are_not_the_headline() -> None:
    raw = f"خبرگزاری مهر\nسرویس بین الملل\n۱۲ مهر ۱۴۰۲ - ۰۹:۱۵\n{HEADLINE}\n\n{LEAD}\n"
    lines = classify_lines(raw)
    assert [ln.reason for ln in lines[:2]] == ["outlet name", "section label"]
    assert _title(_doc(raw)) == HEADLINE


def test_a_headline_that_starts_like_a_desk_label_stays_a_headline() -> None:
    # "گروه" heads labels ("گروه سیاسی") but also names ("گروه بریکس"): only a desk name makes a label
    raw = f"گروه بریکس شش عضو جدید پذیرفت\n\n{LEAD}\n"
    assert _title(_doc(raw)) == "گروه بریکس شش عضو جدید پذیرفت"
    raw = f"سرویس امنیتی عراق دو مظنون را بازداشت کرد\n\n{LEAD}\n"
    assert _title(_doc(raw)) == "سرویس امنیتی عراق دو مظنون را بازداشت کرد"


def test_a_menu_of_single_words_before_the_headline_is_skipped() -> None:
    raw = f"سیاسی\nاقتصادی\nورزشی\n{HEADLINE}\n\n{LEAD}\n"
    doc = _doc(raw)
    assert _title(doc) == HEADLINE
    assert _kept(doc) == [LEAD]


def test_no_headline_when_the_header_zone_has_only_metadata() -> None:
    doc = _doc(f"۱۲ مهر ۱۴۰۲ - ۰۹:۱۵\nکد خبر: ۷۷۱۲۳۴\n\nمسقط - ایرنا - {LEAD}\n")
    assert doc.title_range is None
    assert _kept(doc)[0].startswith("مسقط - ایرنا -")


def test_everything_after_the_end_marker_is_dropped() -> None:
    raw = (f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\nانتهای پیام/\n"
           "رئیس جمهور ترکیه امروز در آنکارا با نخست وزیر عراق درباره پروژه جاده توسعه و صادرات نفت گفت وگو کرد.\n")
    doc = _doc(raw)
    assert _kept(doc) == [LEAD, SECOND]
    reasons = {doc.raw[s:e]: why for s, e, why in doc.removed}
    assert reasons["انتهای پیام/"] == "boilerplate: end_marker"
    assert any(why == "boilerplate: after end marker" for why in reasons.values())


def test_end_marker_above_the_article_does_not_cut_it() -> None:
    raw = f"انتهای پیام\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n"
    assert _kept(_doc(raw)) == [LEAD, SECOND]


def test_share_rows_prompts_and_ad_boxes_naming_countries_are_removed() -> None:
    raw = (f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n"
           "این گزارش را به اشتراک بگذارید\nتلگرام | واتساپ | فیسبوک\n"
           "تبلیغات\nویزای کانادا در دو هفته\nسفر به روسیه و گرجستان\n")
    doc = _doc(raw)
    assert _kept(doc) == [LEAD, SECOND]
    reasons = {doc.raw[s:e]: why.split(": ")[1] for s, e, why in doc.removed}
    assert reasons["این گزارش را به اشتراک بگذارید"] == "share"
    assert reasons["تلگرام | واتساپ | فیسبوک"] == "share"
    assert reasons["سفر به روسیه و گرجستان"] == "ads_heading"


def test_a_single_ad_line_between_paragraphs_is_removed() -> None:
    raw = f"{HEADLINE}\n\n{LEAD}\n\nاقامت با خرید ملک در قبرس\n\n{SECOND}\n"
    assert _kept(_doc(raw)) == [LEAD, SECOND]


def test_stamp_line_with_a_byline_is_a_header_not_the_headline() -> None:
    raw = f"یکشنبه ۱۲ مهر ۱۴۰۲ - ساعت ۰۹:۱۵ - نویسنده علی رضایی\n{HEADLINE}\n\n{LEAD}\n"
    doc = _doc(raw)
    assert _title(doc) == HEADLINE
    assert [doc.raw[s:e] for s, e in doc.header_lines] == ["یکشنبه ۱۲ مهر ۱۴۰۲ - ساعت ۰۹:۱۵ - نویسنده علی رضایی"]
    # a short sentence naming a time stays prose
    lines = classify_lines(f"{HEADLINE}\n\nنشست ساعت ۱۰:۰۰ روز ۱۲ مهر ۱۴۰۲ آغاز شد.\n")
    assert lines[1].label == "body"


def test_kicker_ending_in_a_colon_is_skipped() -> None:
    raw = f"سخنگوی وزارت خارجه عمان:\n{HEADLINE}\n\n{LEAD}\n"
    doc = _doc(raw)
    assert _title(doc) == HEADLINE
    assert _kept(doc) == [LEAD]

"""Boilerplate cleaning: cue lines, page structure, and article lines that must stay."""

from __future__ import annotations

from rasad.clean import classify_lines, clean_document, rules
from rasad.document import Document

PAGE = """عراقچی با وزیر خارجه قطر دیدار کرد
  • کد خبر : 90871
  • ۳ مرداد ۱۴۰۳ - ۱۴:۰۵
|
320 بازدید
عراقچی با وزیر خارجه قطر دیدار کرد

وزیر امور خارجه ایران امروز در دوحه با همتای قطری خود دیدار و درباره آتش بس در غزه گفت وگو کرد.

دو وزیر بر ادامه رایزنی ها برای توقف جنگ و ارسال کمک های انسانی تاکید کردند و قرار شد گفت وگوها ادامه یابد.

عکس: ایسنا
وی همچنین گفت که ثبت نظر شهروندان درباره این سفر در سامانه وزارت خارجه انجام می شود و کد خبر آن منتشر شده است.

لینک کوتاه : https://example.ir/?p=90871
اشتراک گذاری
تور کیش ارزان
بلیط هواپیما
برچسب‌ها
ایران قطر
# غزه # دوحه
مطالب مرتبط
سفر عراقچی به مسقط
قیمت خودرو امروز
نظرسنجی
آیا از خدمات دولت راضی هستید؟
"""


def _doc(raw: str, **given: str) -> Document:
    return clean_document(Document(id="t", source="t", raw=raw, given=dict(given)))


def _kept(doc: Document) -> list[str]:
    return [doc.raw[s:e] for s, e in doc.body_ranges]


def test_cue_and_structure_lines_are_removed_and_prose_kept() -> None:
    doc = _doc(PAGE)
    kept = _kept(doc)
    assert kept == [
        "وزیر امور خارجه ایران امروز در دوحه با همتای قطری خود دیدار و درباره آتش بس در غزه گفت وگو کرد.",
        "دو وزیر بر ادامه رایزنی ها برای توقف جنگ و ارسال کمک های انسانی تاکید کردند و قرار شد گفت وگوها ادامه یابد.",
        "وی همچنین گفت که ثبت نظر شهروندان درباره این سفر در سامانه وزارت خارجه انجام می شود و کد خبر آن منتشر شده است.",
    ]
    removed = "\n".join(doc.raw[s:e] for s, e, _ in doc.removed)
    for junk in ("کد خبر : 90871", "320 بازدید", "عکس: ایسنا", "لینک کوتاه", "اشتراک گذاری", "تور کیش", "بلیط",
                 "برچسب", "ایران قطر", "# غزه", "مطالب مرتبط", "سفر عراقچی به مسقط", "قیمت خودرو",
                 "نظرسنجی", "آیا از خدمات دولت راضی هستید؟"):
        assert junk in removed, junk


def test_title_header_and_reasons() -> None:
    doc = _doc(PAGE)
    assert doc.title_range is not None
    assert doc.raw[slice(*doc.title_range)] == "عراقچی با وزیر خارجه قطر دیدار کرد"
    headers = [doc.raw[s:e] for s, e in doc.header_lines]
    assert headers == ["کد خبر : 90871", "۳ مرداد ۱۴۰۳ - ۱۴:۰۵", "320 بازدید"]  # bullets trimmed
    reasons = {doc.raw[s:e]: why for s, e, why in doc.removed}
    assert reasons["عراقچی با وزیر خارجه قطر دیدار کرد"] == "boilerplate: title repeated"
    assert reasons["|"] == "boilerplate: separator"
    assert reasons["آیا از خدمات دولت راضی هستید؟"] == "boilerplate: poll"
    assert reasons["عکس: ایسنا"] == "boilerplate: credit"
    # every non-empty line is accounted for exactly once
    accounted = len(doc.body_ranges) + len(doc.removed) + 1
    assert accounted == sum(1 for line in PAGE.splitlines() if line.strip())


def test_no_headline_when_text_starts_with_a_header() -> None:
    doc = _doc("کد خبر 5512\nتاریخ انتشار: ۱۲ آذر ۱۴۰۲ - ۰۹:۳۰\n\nتهران - ایرنا - سخنگوی دولت امروز از برگزاری نشست هیئت وزیران با حضور رئیس جمهور خبر داد.\n")
    assert doc.title_range is None
    assert len(doc.header_lines) == 2
    assert _kept(doc)[0].startswith("تهران - ایرنا -")


def test_lead_paragraph_is_body_and_given_title_is_found() -> None:
    raw = ("سفر رئیس جمهور به بغداد\n\nرئیس جمهور در سفری دو روزه وارد بغداد شد و با مقامات عراقی دیدار خواهد کرد.\n"
           "به گزارش ایرنا، در این سفر چند سند همکاری امضا می شود و دو طرف درباره امنیت مرزها گفت وگو می کنند.\n")
    doc = _doc(raw, title="سفر رئیس‌جمهور به بغداد")
    assert doc.raw[slice(*doc.title_range)] == "سفر رئیس جمهور به بغداد"
    assert len(doc.body_ranges) == 2


def test_short_link_list_inside_article_is_removed() -> None:
    raw = ("نشست امنیتی در کابل\n\n"
           "مقامات امنیتی افغانستان و پاکستان امروز در کابل درباره امنیت گذرگاه های مرزی گفت وگو کردند.\n"
           "بیشتر بخوانید\nحمله به پاسگاه مرزی\nسفر هیئت پاکستانی\nبسته شدن گذرگاه تورخم\n"
           "دو طرف توافق کردند کمیته مشترکی برای پیگیری حوادث مرزی تشکیل دهند و نشست بعدی در اسلام آباد باشد.\n")
    kept = _kept(_doc(raw))
    assert len(kept) == 2 and all(len(k) > 60 for k in kept)


def test_closing_sentence_after_last_paragraph_stays() -> None:
    raw = ("عنوان\n\nوزارت خارجه عراق امروز در بیانیه ای حمله به کاروان امدادی در نزدیکی مرز سوریه را محکوم کرد.\n"
           "این بیانیه ادامه دارد.\nثبت نظر\n")
    kept = _kept(_doc(raw))
    assert kept[-1] == "این بیانیه ادامه دارد."


def test_cue_data_loads_with_every_category() -> None:
    names = {c.name for c in rules().categories}
    assert {"news_id", "publish_time", "share", "comments", "tags", "related", "poll", "ads", "credit"} <= names
    assert all(c.max_words > 0 for c in rules().categories)


def test_hashtags_bare_urls_and_separators() -> None:
    lines = classify_lines("عنوان خبر\n#ایران #عراق\nhttps://t.me/channel\n- - -\n•\n")
    assert [ln.reason for ln in lines[1:]] == ["hashtags", "bare link", "separator"]

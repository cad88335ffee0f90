"""Arabic month names (Levantine and Egyptian), Dari spellings of Gregorian months, and a
dateline city that is spelt like a weekday (our own sentences, not seed text)."""

from _dates_helpers import only, run

from rasad.dates import annotate_dates
from rasad.dates.lexicon import key, lexicon
from rasad.document import Document

PUB = "2023-07-05T10:00"  # a Wednesday


def test_levantine_months_with_day_and_year() -> None:
    d = only("هیئت عراقی در ۱۵ تشرین الأول ۲۰۲۳ وارد دمشق شد.", PUB)
    assert (d.value, d.calendar) == ("2023-10-15", "gregorian")
    assert only("این توافق در ۳ آذار ۲۰۲۲ امضا شد.", PUB).value == "2022-03-03"
    assert only("نشست در کانون الثانی ۲۰۲۴ برگزار می‌شود.", PUB).value == "2024-01"


def test_egyptian_months_and_a_day_alone() -> None:
    assert only("تظاهرات روز ۳۰ یونیو ۲۰۱۳ آغاز شد.", PUB).value == "2013-06-30"
    # no year: the last 2 July begun by the publication day
    assert only("وزیران در ۲ یولیو دیدار کردند.", PUB).value == "2023-07-02"
    assert only("مذاکرات در ۱۰ أغسطس ۲۰۲۲ از سر گرفته شد.", PUB).value == "2022-08-10"


def test_arabic_month_words_alone_are_not_dates() -> None:
    for text in ("مردم برای خرید آب صف کشیدند.", "در تموز گرمای هوا شدید است.",
                 "یک نیسان سفید در خیابان دیده شد.", "روستا ۲۰۲۲ لیتر آب دریافت کرد.",
                 "شهروندان آب ۲۰۲۲ لیتری خریدند.", "او مایو پوشید و به دریا رفت."):
        assert [d.text for d in run(text, PUB).dates if d.value] == [], text


def test_arabic_month_year_must_be_gregorian() -> None:
    # «آب ۱۴۰۲» is no Gregorian month: the Arabic names carry Gregorian years only
    assert [d.text for d in run("هزینه آب ۱۴۰۲ افزایش یافت.", PUB).dates if d.value] == []


def test_dari_gregorian_spellings() -> None:
    assert only("روند تخلیه تا ۳۱ اگست ادامه دارد.", "2021-08-27").value == "2021-08-31"
    assert only("این نشست در ۵ اکتوبر ۲۰۲۰ برگزار شد.", PUB).value == "2020-10-05"
    assert only("انتخابات ۲۸ سپتمبر ۲۰۱۹ برگزار شد.", PUB).value == "2019-09-28"
    assert only("قرارداد در ۱۲ نومبر ۲۰۲۱ امضا شد.", PUB).value == "2021-11-12"
    assert only("هیئت در ۲۰ دسمبر ۲۰۲۲ به کابل رسید.", PUB).value == "2022-12-20"
    assert only("او در ۹ اپریل ۲۰۲۲ سخنرانی کرد.", PUB).value == "2022-04-09"


def test_arabic_months_are_gregorian_in_the_lexicon() -> None:
    months = lexicon().months
    assert months[key("تشرین الثانی")] == ("gregorian", 11)
    assert months[key("آب")] == ("gregorian", 8) and months[key("یولیو")] == ("gregorian", 7)
    assert key("آب") in lexicon().word_months and key("تموز") in lexicon().word_months


def test_dateline_city_spelt_like_a_weekday_is_no_date() -> None:
    text = "دوشنبه - خاور - رئیس جمهور تاجیکستان روز چهارشنبه با وزیر خارجه چین دیدار کرد."
    doc = annotate_dates(Document(id="t", source="test", text=text, published="2022-09-16", dateline="دوشنبه"))
    assert [(d.text, d.value) for d in doc.dates] == [("روز چهارشنبه", "2022-09-14")]
    # without a dateline the same word at the start is the weekday
    assert only("دوشنبه شب نیروها وارد شهر شدند.", "2022-09-16").value == "2022-09-12"

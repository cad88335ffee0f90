"""Future weekdays, seasons, two-digit years, «شب X», standalone times (our own sentences)."""

from _dates_helpers import only, run, values

PUB = "2024-11-13T10:00"  # a Wednesday; Jalali 23 Aban 1403


def test_bare_weekday_in_a_future_clause_is_the_next_such_day() -> None:
    assert only("نشست وزیران روز شنبه برگزار خواهد شد.", PUB).value == "2024-11-16"
    assert only("قرار است هیئت روز یکشنبه وارد بغداد شود.", PUB).value == "2024-11-17"
    assert only("وزیر روز دوشنبه برای گفت‌وگو درباره آینده روابط به مسکو سفر می‌کند.", PUB).value == "2024-11-18"


def test_past_clauses_keep_the_last_such_day() -> None:
    assert only("نشست وزیران روز شنبه برگزار شد.", PUB).value == "2024-11-09"
    # «می‌خواهد» is «wants»; the future clause after «که» is not the weekday's clause
    assert only("رئیس‌جمهور می‌خواهد روز شنبه به مسکو برود.", PUB).value == "2024-11-09"
    assert only("وزیر روز شنبه اعلام کرد که نشست بعدی برگزار خواهد شد.", PUB).value == "2024-11-09"
    # a past verb between the weekday and a later «خواهد»: a past report
    assert only("رهبر روز سه‌شنبه هشدار داد، اگر آنها بیایند پاسخ خواهد داد.", PUB).value == "2024-11-12"
    assert only("وزیر روز دوشنبه درباره آینده روابط گفت‌وگو کرد.", PUB).value == "2024-11-11"


def test_weekday_right_after_a_week_is_that_weeks_day() -> None:
    v = values("وزیر در هفته آینده روز دوشنبه به مسکو سفر می‌کند.", PUB)
    assert v["روز دوشنبه"] == "2024-11-18"


def test_a_future_day_does_not_become_the_passage_reference() -> None:
    doc = run("نشست روز شنبه برگزار خواهد شد.\nوی امروز گفت که آماده است.", PUB)
    assert [d.value for d in doc.dates] == ["2024-11-16", "2024-11-13"]


def test_seasons_are_intervals() -> None:
    d = only("این طرح در پاییز ۱۴۰۳ اجرا شد.", PUB)
    assert (d.value, d.calendar, d.precision) == ("2024-09-22/2024-12-20", "jalali", "interval")
    assert only("سیل در بهار سال گذشته رخ داد.", PUB).value == "2023-03-21/2023-06-21"
    assert only("او تابستان گذشته استعفا داد.", PUB).value == "2024-06-21/2024-09-21"
    assert only("انتخابات بهار آینده است.", PUB).value == "2025-03-21/2025-06-21"
    assert only("مذاکرات در اواخر پاییز سال ۹۹ متوقف شد.", PUB).value == "2020-11-20/2020-12-20"
    assert only("جنگ در زمستان ۲۰۲۲ شدت گرفت.", PUB).value == "2022-12-22/2023-03-20"


def test_two_digit_years_only_after_sal() -> None:
    d = only("این قانون در سال ۹۹ تصویب شد.", PUB)
    assert (d.value, d.calendar, d.precision) == ("2020-03-20/2021-03-20", "jalali", "year")
    assert only("این قانون در سال ۰۲ تصویب شد.", PUB).value == "2023-03-21/2024-03-19"
    assert only("انقلاب در سال ۵۷ پیروز شد.", PUB).value.startswith("1978-03-21")
    assert run("او ۹۹ نفر را نجات داد و ۲ سال ۱۰ ماه زندانی بود.", PUB).dates == []
    assert run("در سال ۹۹ نفر کشته شدند.", PUB).dates == []


def test_night_of_a_weekday_is_the_day_before() -> None:
    d = only("حمله در شب جمعه رخ داد.", PUB)
    assert (d.text, d.value) == ("شب جمعه", "2024-11-07")  # Thursday
    assert only("حمله عصر جمعه رخ داد.", PUB).value == "2024-11-08"


def test_standalone_time_goes_to_the_sentence_date() -> None:
    doc = run("حمله روز ۱۲ آبان رخ داد و انفجار ساعت ۱۴:۳۰ شنیده شد.", PUB)
    assert [(d.text, d.value, d.time) for d in doc.dates] == [("روز ۱۲ آبان", "2024-11-02", "14:30")]
    # a time in a sentence without a date stays unattached, and makes no date
    assert run("انفجار ساعت ۸ شب شنیده شد.", PUB).dates == []
    # an adjacent time still extends the span
    d = only("نشست وزیران روز شنبه ساعت ۱۴:۳۰ برگزار خواهد شد.", PUB)
    assert (d.text, d.value, d.time) == ("روز شنبه ساعت ۱۴:۳۰", "2024-11-16", "14:30")

from _dates_helpers import only, run, values

from rasad.dates import date_for_span


def test_deictic_days_against_publication() -> None:
    v = values("وزیر امروز گفت دیروز و پریروز حمله شد و فردا مذاکره است.", "2022-01-10T09:00")
    assert v == {"امروز": "2022-01-10", "دیروز": "2022-01-09", "پریروز": "2022-01-08", "فردا": "2022-01-11"}
    assert only("بامداد امروز انفجار رخ داد.", "2022-01-10").value == "2022-01-10"


def test_weekdays_in_every_spelling_take_the_last_such_day() -> None:
    pub = "2022-01-12"  # a Wednesday
    assert only("او روز سه‌شنبه به دمشق رفت.", pub).value == "2022-01-11"
    assert only("او روز سه شنبه به دمشق رفت.", pub).value == "2022-01-11"
    assert only("او روز سهشنبه به دمشق رفت.", pub).value == "2022-01-11"
    assert only("او روز یکشنبه به دمشق رفت.", pub).value == "2022-01-09"
    assert only("او روز پنج‌شنبه به دمشق رفت.", pub).value == "2022-01-06"
    assert only("او روز چهارشنبه به دمشق رفت.", pub).value == "2022-01-12"


def test_friday_prayer_leader_is_not_a_date() -> None:
    assert run("امام جمعه شهر سخنرانی کرد.", "2022-01-12").dates == []


def test_today_with_a_weekday_wins_over_an_after_midnight_stamp() -> None:
    text = "وزیر امروز (دوشنبه) با همتای خود دیدار کرد.\nسخنگو نیز امروز بیانیه داد."
    doc = run(text, "2022-01-11T01:15")  # stamped Tuesday 01:15
    assert [d.value for d in doc.dates] == ["2022-01-10", "2022-01-10"]
    # without the weekday the stamp's day stands
    assert only("سخنگو امروز بیانیه داد.", "2022-01-11T01:15").value == "2022-01-11"


def test_relative_word_in_a_clause_with_its_own_day() -> None:
    v = values("ارتش روز جمعه اعلام کرد که عملیات از دیروز آغاز شده است.", "2022-03-06")
    assert v == {"روز جمعه": "2022-03-04", "دیروز": "2022-03-03"}


def test_passage_anchor_carries_into_continuing_paragraphs_only() -> None:
    text = (
        "روز ۱۲ آبان رئیس‌جمهور عراق و نخست‌وزیر اردن در امان دیدار کردند.\n"
        "وی گفت: دیدار امروز نقطه عطفی است.\n"
        "نخست‌وزیر اردن افزود: امروز درباره مرزها گفت‌وگو کردیم.\n"
        "بازار نفت امروز آرام بود."
    )
    doc = run(text, "2022-11-20")
    got = [(d.text, d.value) for d in doc.dates]
    assert got == [("روز ۱۲ آبان", "2022-11-03"), ("امروز", "2022-11-03"),
                   ("امروز", "2022-11-03"), ("امروز", "2022-11-20")]


def test_periods_and_parts_of_periods() -> None:
    pub = "2021-06-16"  # a Wednesday
    assert only("هفته گذشته حمله شد.", pub).value == "2021-06-05/2021-06-11"
    assert only("ماه گذشته حمله شد.", pub).value == "2021-05"
    assert only("سال آینده انتخابات است.", pub).value == "2022"
    assert only("اوایل این ماه حمله شد.", pub).precision == "interval"
    assert only("در جنگ ۶ روزه سال گذشته حمله شد.", pub).value == "2020"


def test_counted_spans_back() -> None:
    assert only("سه روز پیش انفجار رخ داد.", "2021-06-16").value == "2021-06-13"
    assert only("چند روز پیش انفجار رخ داد.", "2021-06-16").value is None


def test_durations_are_not_dates() -> None:
    assert run("تلاش‌ها در ۳۰ سال گذشته و چند روز گذشته بی‌نتیجه بود.", "2021-06-16").dates == []


def test_no_publication_leaves_relative_values_unresolved() -> None:
    d = only("او دیروز گفت.")
    assert (d.value, d.precision) == (None, "unresolved")


def test_sentence_reference_follows_the_anchor() -> None:
    doc = run("روز ۱۲ آبان دیدار شد.", "2022-11-20")
    doc.sentences = [(0, len(doc.text))]
    from rasad.dates import annotate_dates

    doc = annotate_dates(doc)
    assert doc.sentence_reference == ["2022-11-03"]


def test_date_for_span_prefers_the_governing_date() -> None:
    text = ("وزارت خارجه روز دوشنبه اعلام کرد: دو وزیر درباره توافق بدست آمده در ۹ ژانویه ۲۰۲۰ "
            "گفت‌وگو کردند.")
    doc = run(text, "2022-01-12")
    trigger = text.index("گفت‌وگو کردند")
    got = date_for_span(doc, trigger, trigger + 5)
    assert got is not None and got.value == "2022-01-10"
    assert date_for_span(run("دو وزیر گفت‌وگو کردند.", "2022-01-12"), 3, 6) is None

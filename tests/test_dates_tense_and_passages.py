"""Tense-aware years, part + month, reported days, passages.
Our own sentences (not seed or dev text)."""

from _dates_helpers import only, values

from rasad.dates import annotate_dates, date_for_span, fallback_sentences, passage_reference, reference_day
from rasad.document import Document


def test_yearless_day_a_few_days_ahead_is_this_year() -> None:
    pub = "2019-03-05"
    # a deadline a few days ahead, even in a past-tense clause
    assert only("طرفین بر اجرای تعهدات تا پایان مهلت ۹ مارس تاکید کردند.", pub).value == "2019-03-09"
    # a future or present-tense clause: the nearest occurrence either way
    assert only("اجلاس بعدی ۲۰ آوریل در ژنو برگزار خواهد شد.", pub).value == "2019-04-20"
    assert only("اجلاس بعدی ۲۰ آوریل در ژنو برگزار می شود.", pub).value == "2019-04-20"
    # a past-tense clause weeks ahead: last year's day, as before
    assert only("اجلاس قبلی ۲۰ آوریل در ژنو برگزار شد.", pub).value == "2018-04-20"
    # a day already passed stays on or before publication in any tense
    assert only("اجلاس ۲ مارس در ژنو برگزار شد.", pub).value == "2019-03-02"


def test_yearless_jalali_day_follows_the_tense_too() -> None:
    pub = "2024-03-01"  # 11 Esfand 1402
    assert only("نمایشگاه ۱۰ فروردین افتتاح خواهد شد.", pub).value == "2024-03-29"
    assert only("نمایشگاه ۱۰ فروردین افتتاح شد.", pub).value == "2023-03-30"


def test_part_of_a_month_without_a_year_or_day() -> None:
    assert only("قرار است گفتگوها اواخر مارس در وین از سر گرفته شود.", "2020-03-02").value == "2020-03"
    dm = only("گفتگوها اوایل فوریه در وین متوقف شد.", "2020-03-02")
    assert (dm.value, dm.precision) == ("2020-02", "month")
    # in December a future clause about late January means next January
    assert only("قرار است گفتگوها اواخر ژانویه از سر گرفته شود.", "2020-12-15").value == "2021-01"
    # a Jalali month is an interval of its days, narrowed to the part
    assert only("مذاکرات اواسط آذر متوقف شد.", "2020-12-15").precision == "interval"
    # «پایان می دهد» is a verb, not the month of May
    assert values("این اقدام به درگیری پایان می دهد.", "2020-12-15") == {}


def test_a_future_day_is_never_an_anchor() -> None:
    text = "وزیر گفت مذاکرات ۲۵ مارس از سر گرفته می شود و دیروز نیز گفتگو شد."
    v = values(text, "2021-03-20")
    assert v == {"۲۵ مارس": "2021-03-25", "دیروز": "2021-03-19"}


def _doc(text: str, published: str) -> Document:
    """A document split into sentences (at stops and line breaks), as the text layer does."""
    doc = Document(id="t", source="test", text=text, published=published)
    doc.sentences = fallback_sentences(text)
    return annotate_dates(doc)


def test_sentence_reference_is_the_day_it_reports() -> None:
    text = ("پهپادهای ارتش بامداد امروز یک انبار مهمات را منهدم کردند.\n"
            "وزیر دفاع دیشب در پیامی از این عملیات تمجید کرد.\n"
            "سخنگوی ارتش گفت این عملیات ادامه دارد.")
    doc = _doc(text, "2023-05-10T09:00")
    assert doc.sentence_reference == ["2023-05-10", "2023-05-09", "2023-05-10"]


def test_a_plan_does_not_set_the_reported_day() -> None:
    doc = _doc("هیئت ایرانی فردا به مسکو سفر خواهد کرد.", "2023-05-10")
    assert doc.sentence_reference == ["2023-05-10"]


def test_call_dated_yesterday_dates_the_paragraph_that_continues_it() -> None:
    text = ("وزیر خارجه عراق دیروز (یکشنبه) در تماس تلفنی با همتای ترک خود گفتگو کرد.\n"
            "وزیر ترکیه در این گفت‌وگو بر حمایت از ثبات عراق تاکید کرد.\n"
            "در خبری دیگر، پارلمان عراق قانون بودجه را تصویب کرد.")
    doc = _doc(text, "2023-05-09")  # a Tuesday
    assert doc.sentence_reference == ["2023-05-07", "2023-05-07", "2023-05-09"]
    second = doc.text.index("تاکید کرد")
    assert passage_reference(doc, second) == "2023-05-07"
    assert reference_day(doc, second) == "2023-05-07"
    assert passage_reference(doc, doc.text.index("تصویب")) == "2023-05-09"


def test_passage_reference_ignores_later_sentences_own_dates() -> None:
    text = ("رئیس جمهور روز شنبه با نخست وزیر دیدار کرد. وی روز پنجشنبه نیز با سفیر دیدار کرده بود.")
    doc = _doc(text, "2023-05-09")
    pos = doc.text.index("سفیر")
    assert reference_day(doc, pos) == "2023-05-04"
    assert passage_reference(doc, pos) == "2023-05-06"


def test_headline_takes_the_lead_day() -> None:
    text = "حمله موشکی به پایگاه نظامی؛ دو سرباز کشته شدند\nیک پایگاه نظامی شامگاه دوشنبه هدف حمله موشکی قرار گرفت."
    doc = _doc(text, "2023-05-10")
    assert doc.sentence_reference == ["2023-05-08", "2023-05-08"]


def test_date_for_span_stays_in_its_sentence_and_clause() -> None:
    text = ("جنگنده‌ها بامداد امروز مواضعی را هدف قرار دادند.\n"
            "این گروه روز یکشنبه هفته گذشته نیز حمله کرده بود.")
    doc = _doc(text, "2023-05-10")
    got = date_for_span(doc, doc.text.index("هدف"), doc.text.index("هدف") + 3)
    assert got is not None and got.text == "بامداد امروز"
    text = "ارتش روز چهارشنبه اعلام کرد: نیروهای ما دیروز پایگاه را هدف قرار دادند."
    doc = _doc(text, "2023-05-12")
    got = date_for_span(doc, doc.text.index("هدف"), doc.text.index("هدف") + 3)
    assert got is not None and got.text == "دیروز" and got.value == "2023-05-09"


def test_paragraph_pointing_back_at_the_summit_keeps_its_day() -> None:
    text = ("سران کشورهای عضو پیمان روز شنبه در پایان نشست خود بیانیه‌ای صادر کردند.\n"
            "رئیس جمهور فرانسه در حاشیه اجلاس با نخست وزیر هند دیدار کرد.\n"
            "پارلمان اروپا نیز قانونی درباره تجارت تصویب کرد.")
    doc = _doc(text, "2023-05-09")  # a Tuesday
    assert doc.sentence_reference == ["2023-05-06", "2023-05-06", "2023-05-09"]

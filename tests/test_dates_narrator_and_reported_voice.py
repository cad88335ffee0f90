"""Whose «امروز» is it? Deictic words in the narrator's voice are
the article's today; in reported content they are the speaker's today (the day of the dated
speech act). Our own sentences (not seed or dev text)."""

from _dates_helpers import values

from rasad.dates import annotate_dates, fallback_sentences
from rasad.dates.lexicon import key, lexicon
from rasad.document import Document

MONDAY = "2025-03-10T10:00"  # Monday 10 March 2025


def _doc(text: str, published: str) -> Document:
    doc = Document(id="t", source="test", text=text, published=published)
    doc.sentences = fallback_sentences(text)
    return annotate_dates(doc)


def test_narrator_today_after_an_earlier_weekday_is_the_articles_today() -> None:
    text = "وزیر خارجه که روز یکشنبه وارد مسکو شده بود امروز با همتای روس خود دیدار کرد."
    assert values(text, MONDAY) == {"روز یکشنبه": "2025-03-09", "امروز": "2025-03-10"}
    # the pluperfect clause tells what came before: the sentence reports today's meeting
    assert _doc(text, MONDAY).sentence_reference == ["2025-03-10"]


def test_narrator_deictics_after_an_absolute_date_count_from_today() -> None:
    text = "هیئت عراقی که ۱۵ اسفند به تهران آمده بود دیشب به بغداد بازگشت."
    assert values(text, MONDAY)["دیشب"] == "2025-03-09"


def test_reported_content_counts_from_the_dated_speech_act() -> None:
    # a «که» complement of a dated verb of saying
    text = "وزارت دفاع روز شنبه اعلام کرد که رزمایشی که از دیروز آغاز شده تا پایان هفته ادامه دارد."
    assert values(text, MONDAY)["دیروز"] == "2025-03-07"
    # a quote after «گفت:»
    text = "سخنگوی ارتش روز پنجشنبه گفت: امروز سه پهپاد در مرز سرنگون شد."
    assert values(text, MONDAY)["امروز"] == "2025-03-06"
    # a complement with no «که»
    text = "فرمانده پلیس روز جمعه خبر داد دیشب دو نفر در مرز بازداشت شدند."
    assert values(text, MONDAY)["دیشب"] == "2025-03-06"


def test_the_speech_act_may_be_dated_by_a_deictic_word() -> None:
    text = "سخنگوی دولت دیروز گفت: امروز هیچ تصمیمی گرفته نمی شود."
    assert values(text, MONDAY) == {"دیروز": "2025-03-09", "امروز": "2025-03-09"}


def test_reported_content_opener_before_a_later_verb_of_saying() -> None:
    text = "رئیس جمهور روز ۲۰ بهمن با بیان اینکه دیدار امروز سازنده بود، گفت روابط دو کشور گسترش می یابد."
    assert values(text, MONDAY)["امروز"] == "2025-02-08"


def test_the_noun_gofto_gu_is_not_a_verb_of_saying() -> None:
    text = "دو وزیر که روز شنبه گفت وگو کرده بودند امروز در ژنو دیدار کردند."
    assert values(text, MONDAY)["امروز"] == "2025-03-10"


def test_anaphoric_day_counts_from_the_day_just_told() -> None:
    text = "نیروها روز شنبه وارد شهر شدند و روز قبل شهر بمباران شده بود."
    assert values(text, MONDAY)["روز قبل"] == "2025-03-07"
    assert key("روز قبل") in lexicon().anaphoric_days


def test_next_sentence_of_a_narrated_passage_keeps_the_articles_today() -> None:
    text = "وزیر خارجه روز یکشنبه وارد بغداد شد. وی امروز با همتای عراقی خود دیدار کرد."
    doc = _doc(text, MONDAY)
    assert {d.text: d.value for d in doc.dates}["امروز"] == "2025-03-10"
    assert doc.sentence_reference == ["2025-03-09", "2025-03-10"]


def test_passage_opened_by_a_dated_statement_is_told_from_its_day() -> None:
    text = ("وزارت دفاع روز شنبه در بیانیه ای اعلام کرد: نیروهای مرزی آماده باش هستند.\n"
            "در ادامه بیانیه آمده است عملیاتی که از دیروز آغاز شده ادامه خواهد یافت.")
    assert {d.text: d.value for d in _doc(text, MONDAY).dates}["دیروز"] == "2025-03-07"


def test_quotes_in_a_paragraph_continuing_a_dated_meeting_use_its_day() -> None:
    text = ("رئیس جمهور روز ۲۰ بهمن با نخست وزیر دیدار کرد.\n"
            "وی در این دیدار گفت: امروز درباره همکاری های اقتصادی گفت و گو می کنیم.\n"
            "سخنگوی دولت امروز این دیدار را سازنده خواند.")
    got = [(d.text, d.value) for d in _doc(text, MONDAY).dates]
    # the quote is the president's today; the spokesman's «امروز» (narrator) is the article's
    assert got == [("روز ۲۰ بهمن", "2025-02-08"), ("امروز", "2025-02-08"), ("امروز", "2025-03-10")]


def test_a_verb_of_saying_before_a_full_stop_opens_nothing() -> None:
    # one unit holding a whole quote (the splitter keeps «...» together)
    text = "«سفیر دیشب متن توافق را اعلام کرد. وزیر هم دیروز با همتای خود تماس گرفت.»"
    doc = Document(id="t", source="test", text=text, published=MONDAY)
    doc.sentences = [(0, len(text))]
    got = {d.text: d.value for d in annotate_dates(doc).dates}
    assert got == {"دیشب": "2025-03-09", "دیروز": "2025-03-09"}

"""Event extraction on our own Persian sentences (one Document built by hand per case)."""

from __future__ import annotations

import pytest

from rasad.events import annotate_events, annotate_statements
from events_support import events_of, make_doc


def run(text: str, published: str | None = "2024-03-05T10:00:00+03:30"):
    return annotate_statements(annotate_events(make_doc(text, published)))


def test_phone_call_with_partner_is_one_mutual_consult() -> None:
    doc = run("علی رضایی وزیر خارجه ایران روز دوشنبه در گفت‌وگوی تلفنی با جان اسمیت درباره اوضاع منطقه تبادل نظر کرد.")
    assert events_of(doc) == [("CONSULT", ("e1",), ("e2",), True)]
    ev = doc.events[0]
    assert ev.mode == "phone"
    assert ev.date == "2024-03-04"
    assert doc.text[ev.trigger["start"] : ev.trigger["end"]] == ev.trigger["text"]
    assert ev.sentence == doc.sentences[0]


def test_coref_pair_supplies_both_sides() -> None:
    doc = run("دو وزیر درباره روابط دوجانبه گفت و گو کردند.")
    assert events_of(doc) == [("CONSULT", ("e1",), ("e2",), True)]


def test_coordinated_subjects_make_two_events() -> None:
    doc = run("علی رضایی و مریم احمدی با جان اسمیت دیدار کردند.")
    assert sorted(events_of(doc)) == [
        ("CONSULT", ("e1",), ("e2",), True),
        ("CONSULT", ("e13",), ("e2",), True),
    ]


def test_possessive_nominal_call_in_passive_clause() -> None:
    doc = run("اوضاع منطقه در تماس تلفنی علی رضایی با جان اسمیت مورد بحث قرار گرفت.")
    assert events_of(doc) == [("CONSULT", ("e1",), ("e2",), True)]
    assert doc.events[0].mode == "phone"


def test_request_object_marked_by_ra() -> None:
    doc = run("سازمان ملل دو کشور را به خویشتنداری دعوت کرد.")
    assert events_of(doc) == [("REQUEST", ("e8",), ("e3", "e4"), False)]


def test_thanks_take_target_from_az() -> None:
    doc = run("پوتین از ترکیه تشکر کرد.")
    assert events_of(doc) == [("SUPPORT", ("e15",), ("e3",), False)]


def test_denial_is_reject_by_speaker() -> None:
    doc = run("حوثی‌ها ادعای عربستان را تکذیب کردند.")
    assert events_of(doc) == [("REJECT", ("e17",), ("e18",), False)]


def test_attack_with_casualties() -> None:
    doc = run("ارتش اسرائیل به حماس حمله کرد و دستکم ۱۲ نفر جان باختند.")
    assert events_of(doc) == [("ASSAULT", ("e5",), ("e7",), False)]
    assert doc.events[0].fatalities == 12


def test_casualty_number_words_and_vague_counts() -> None:
    doc = run("ارتش اسرائیل به حماس حمله کرد و بیست و پنج نفر کشته شدند.")
    assert doc.events[0].fatalities == 25
    doc = run("ارتش اسرائیل به حماس حمله کرد و ده‌ها نفر زخمی شدند.")
    assert doc.events[0].injured is None
    assert doc.events[0].casualties_text and "ده‌ها" in doc.events[0].casualties_text


def test_casualties_without_a_doer_are_not_an_event() -> None:
    doc = run("دستکم ۱۶ نفر در این حادثه جان باختند.")
    assert doc.events == []


def test_clash_between_two_sides_is_mutual() -> None:
    doc = run("درگیری بین ترکیه و عراق ادامه دارد.")
    assert events_of(doc) == [("ASSAULT", ("e3",), ("e4",), True)]


def test_negated_and_future_acts_are_flagged() -> None:
    doc = run("روسیه به اوکراین حمله نخواهد کرد.")
    assert len(doc.events) == 1
    assert doc.events[0].negated is True
    assert doc.events[0].modality == "future"
    doc = run("روسیه به اوکراین حمله نکرد.")
    assert doc.events[0].negated is True


def test_conditional_is_hypothetical() -> None:
    doc = run("اگر روسیه به اوکراین حمله کند، ناتو پاسخ می‌دهد.")
    assert [e.modality for e in doc.events if e.type == "ASSAULT"] == ["hypothetical"]


def test_quoted_attack_is_accusation_by_speaker() -> None:
    doc = run("سخنگوی وزارت خارجه روسیه گفت: اوکراین به روستاهای روسیه حمله کرده است.")
    got = set(events_of(doc))
    assert ("ASSAULT", ("e10",), ("e11",), False) in got
    assert ("ACCUSE", ("e12",), ("e10",), False) in got
    assert doc.statements and doc.statements[0].speaker == "e12"
    assert doc.statements[0].text.startswith("اوکراین")


def test_quote_without_own_subject_takes_the_speaker() -> None:
    doc = run("پوتین اظهار داشت: از ترکیه بابت میزبانی تشکر می‌کنم.")
    assert ("SUPPORT", ("e15",), ("e3",), False) in set(events_of(doc))


def test_same_call_reported_twice_is_one_event_with_evidence() -> None:
    doc = run(
        "علی رضایی امروز در تماس تلفنی با جان اسمیت درباره روابط دوجانبه گفت‌وگو کرد.\n"
        "دو وزیر همچنین درباره اوضاع منطقه تبادل نظر کردند."
    )
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) == 1
    assert consults[0].evidence, "the second report is kept as evidence"
    assert consults[0].date == "2024-03-05"


def test_no_event_without_a_source() -> None:
    doc = run("در این دیدار درباره همکاری‌ها گفت و گو شد.")
    assert doc.events == []


def test_background_sentence_gets_no_date() -> None:
    doc = run("خبر کوتاه است.\nخبر دوم است.\nپوتین پیشتر از ترکیه تشکر کرد.")
    assert doc.events[0].date is None


def test_place_after_dar() -> None:
    doc = run("پوتین در کی‌یف با علی رضایی دیدار کرد.")
    assert events_of(doc) == [("CONSULT", ("e15",), ("e1",), True)]
    assert doc.events[0].location == "e9"


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("ترکیه و عراق توافق کردند.", "AGREE"),
        ("ترکیه از عراق انتقاد کرد.", "ACCUSE"),
        ("ترکیه عراق را متهم کرد.", "ACCUSE"),
        ("ترکیه عراق را تهدید کرد.", "THREATEN"),
        ("ترکیه عراق را تحریم کرد.", "SANCTION"),
        ("حماس نوار غزه را ترک نکرد و روسیه اوکراین را بمباران کرد.", "ASSAULT"),
        ("ارتش اسرائیل حماس را محاصره کرد.", "COERCE"),
        ("روسیه به اوکراین تجهیزات نظامی تحویل داد.", "AID"),
        ("روسیه رزمایش بزرگی برگزار کرد.", "MOBILIZE"),
        ("ترکیه حمایت خود از عراق را اعلام کرد و از عراق حمایت کرد.", "SUPPORT"),
        ("ترکیه آمادگی خود برای کمک به عراق را اعلام کرد.", "AGREE"),
    ],
)
def test_each_type_from_its_trigger(sentence: str, etype: str) -> None:
    doc = run(sentence)
    assert etype in {e.type for e in doc.events}


def test_every_span_points_into_text() -> None:
    doc = run("سخنگوی وزارت خارجه روسیه گفت: اوکراین به روستاهای روسیه حمله کرده است.")
    for ev in doc.events:
        assert doc.text[ev.trigger["start"] : ev.trigger["end"]] == ev.trigger["text"]
    for st in doc.statements:
        assert doc.text[st.start : st.end] == st.text

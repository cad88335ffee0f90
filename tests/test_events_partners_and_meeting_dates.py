"""List splitting, one meeting per person met, welcome/stress support,
attacks told through a weapon, answers to a statement, acts on different days, and the
day of acts told inside a meeting or call. Sentences are our own."""

from __future__ import annotations

from events_support import events_of, make_doc

from rasad.events import annotate_events, annotate_statements


def run(text: str, published: str | None = "2024-03-05T10:00:00+03:30"):
    return annotate_statements(annotate_events(make_doc(text, published)))


def of_type(doc, kind: str):
    return [e for e in doc.events if e.type == kind]


def test_comma_after_a_pair_closes_the_mediators_group() -> None:
    doc = run("با میانجیگری قطر و مصر، حماس و اسرائیل بر سر آتش‌بس توافق کردند.")
    agree = of_type(doc, "AGREE")
    assert len(agree) == 1 and agree[0].mutual
    assert set(agree[0].source) | set(agree[0].target) == {"e7", "e30"}


def test_meeting_two_people_is_two_meetings() -> None:
    doc = run("پوتین با علی رضایی و جان اسمیت دیدار کرد.")
    pairs = sorted(tuple(sorted(e.source + e.target)) for e in of_type(doc, "CONSULT"))
    assert pairs == [("e1", "e15"), ("e15", "e2")]


def test_meeting_two_countries_stays_one_event() -> None:
    doc = run("پوتین با ترکیه و عراق گفت‌وگو کرد.")
    assert len(of_type(doc, "CONSULT")) == 1


def test_welcome_from_actor_is_support_and_welcome_of_a_thing_is_none() -> None:
    doc = run("هاکان فیدان از تصمیم عراق استقبال کرد.")
    assert events_of(doc) == [("SUPPORT", ("e44",), ("e4",), False)]
    assert run("هاکان فیدان از برگزاری نشست استقبال کرد.").events == []


def test_stressing_support_for_a_people_and_government() -> None:
    doc = run("اسماعیل بقائی بر حمایت ایران از دولت و ملت سوریه تاکید کرد.")
    assert events_of(doc) == [("SUPPORT", ("e22",), ("e33",), False)]


def test_attack_told_through_a_weapon_with_its_owner() -> None:
    doc = run("در اثر اصابت یک پهپاد اوکراینی به ساختمانی در روسیه دو نفر کشته شدند.")
    assault = of_type(doc, "ASSAULT")
    assert [(e.source, e.target) for e in assault] == [(["e10"], ["e11"])]
    assert assault[0].fatalities == 2


def test_weapon_without_owner_is_no_attack() -> None:
    doc = run("جان اسمیت گفت در اثر اصابت یک پهپاد به ساختمانی در روسیه دو نفر کشته شدند.")
    assert of_type(doc, "ASSAULT") == []


def test_rejection_answers_the_statement_named_in_an_earlier_clause() -> None:
    doc = run("سخنگوی وزارت خارجه روسیه در واکنش به بیانیه ناتو، اتهامات را بی‌اساس خواند و آن را رد کرد.")
    assert ("REJECT", ("e12",), ("e14",), False) in events_of(doc)


def test_attacks_on_different_days_are_not_merged() -> None:
    doc = run("ارتش اسرائیل امروز به لبنان حمله کرد.\nارتش اسرائیل روز دوشنبه نیز به لبنان حمله کرد.")
    dates = sorted(e.date for e in of_type(doc, "ASSAULT"))
    assert dates == ["2024-03-04", "2024-03-05"]


def test_act_inside_a_meeting_takes_the_passage_day() -> None:
    text = ("ایران و ترکیه گفتند روابط خوب است.\nعراق گفت سفر ادامه دارد.\n"
            "علی رضایی در این دیدار از مواضع ترکیه قدردانی کرد.")
    support = of_type(run(text), "SUPPORT")
    assert [e.date for e in support] == ["2024-03-05"]


def test_act_outside_a_meeting_keeps_no_day() -> None:
    text = ("ایران و ترکیه گفتند روابط خوب است.\nعراق گفت سفر ادامه دارد.\n"
            "علی رضایی از مواضع ترکیه قدردانی کرد.")
    support = of_type(run(text), "SUPPORT")
    assert [e.date for e in support] == [None]


def test_welcoming_a_person_is_hosting() -> None:
    doc = run("علی رضایی از فواد حسین استقبال کرد.")
    assert [(e.type, e.mutual) for e in doc.events] == [("CONSULT", True)]

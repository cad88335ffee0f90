"""A counted plural head («دو رهبر», «سه وزیر») left unlinked stands for the persons or countries
named in the sentence before when the count matches; «این حمله» judged after an attack clause that
gave no event points at that clause's subject; a call to end fighting is no fighting by the caller.
Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events


def events(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    doc = annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30"))
    return [(sorted(e.source), sorted(e.target)) for e in doc.events if e.type == kind and not e.negated]


def test_two_leaders_are_the_pair_named_before() -> None:
    text = "پوتین روز دوشنبه با علی رضایی در تهران دیدار کرد. دو رهبر درباره تجارت توافق کردند."
    got = events(text, "AGREE")
    assert got and {x for s, t in got for x in s + t} == {"e1", "e15"}


def test_count_mismatch_links_nobody() -> None:
    text = "پوتین روز دوشنبه با علی رضایی و جان اسمیت در تهران دیدار کرد. دو رهبر درباره تجارت توافق کردند."
    assert events(text, "AGREE") == []


def test_three_countries_named_before() -> None:
    text = "ایران، ترکیه و روسیه روز دوشنبه در تهران دیدار کردند. سه کشور درباره تجارت توافق کردند."
    got = events(text, "AGREE")
    assert got and {x for s, t in got for x in s + t} == {"e3", "e11", "e21"}


def test_call_to_end_fighting_is_not_fighting() -> None:
    assert events("ایران و ترکیه خواستار توقف فوری درگیری‌ها در سوریه شدند.", "ASSAULT") == []


def test_condemned_attack_without_event_names_its_shooter() -> None:
    text = ("یک تانک ارتش اسرائیل به سوی مقر حماس در جنوب لبنان شلیک کرد. "
            "سخنگوی وزارت خارجه ایران این حمله را محکوم کرد.")
    assert (["e22"], ["e5"]) in events(text, "ACCUSE")

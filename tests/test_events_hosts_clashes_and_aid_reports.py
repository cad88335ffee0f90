"""Round 12 triggers: an ongoing clash told as a state («با X درگیر بودند/هستند»), a host told
as a noun («X میزبان Y بود»), aid reported by its sender («از ارسال کمک‌ها ... خبر داد»).
Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events


def events(text: str):
    return annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30")).events


def of_type(text: str, kind: str) -> list[tuple[list[str], list[str], bool]]:
    return [(e.source, e.target, e.mutual) for e in events(text) if e.type == kind and not e.negated]


def test_ongoing_clash_as_a_state_is_a_mutual_assault() -> None:
    text = "نیروهای روسیه از بامداد امروز در شرق کشور با حماس درگیر هستند."
    got = of_type(text, "ASSAULT")
    assert len(got) == 1 and got[0][2]
    assert sorted(got[0][0] + got[0][1]) == ["e19", "e7"]


def test_past_clash_as_a_state() -> None:
    text = "ارتش اسرائیل روز گذشته با حماس درگیر بودند."
    got = of_type(text, "ASSAULT")
    assert len(got) == 1 and sorted(got[0][0] + got[0][1]) == ["e5", "e7"]


def test_host_noun_names_the_guest() -> None:
    text = "علی رضایی روز دوشنبه در تهران میزبان جان اسمیت بود."
    got = of_type(text, "CONSULT")
    assert len(got) == 1 and sorted(got[0][0] + got[0][1]) == ["e1", "e2"]


def test_hosting_a_meeting_is_not_a_meeting_with_a_person() -> None:
    text = "علی رضایی میزبان این نشست بود."
    assert of_type(text, "CONSULT") == []


def test_reported_dispatch_of_aid() -> None:
    text = "علی رضایی از ارسال محموله جدید کمک‌های پزشکی به اوکراین خبر داد."
    assert of_type(text, "AID") == [(["e1"], ["e10"], False)]

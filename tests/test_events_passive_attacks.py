"""Passive attacks («توسط/با موشک‌های Y هدف قرار گرفت», «مورد حمله Y قرار
گرفت»), condemning a bare «حمله» or labelling it («را جنایت خواند») targets the attacker, never
the speaker's own side; destroying an asset is an attack, downing drones is not; retreat verbs.
Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events


def events(text: str):
    return annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30")).events


def pairs(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in events(text) if e.type == kind and not e.negated]


def test_passive_by_agent_is_an_attack_on_the_subject() -> None:
    text = "مواضع حماس در نوار غزه توسط جنگنده‌های ارتش اسرائیل هدف قرار گرفت."
    assert pairs(text, "ASSAULT") == [(["e5"], ["e7"])]


def test_passive_with_the_attackers_missiles() -> None:
    text = "مواضع حماس در نوار غزه با موشک‌های ارتش اسرائیل هدف قرار گرفت."
    assert pairs(text, "ASSAULT") == [(["e5"], ["e7"])]


def test_passive_on_a_place_hits_its_country_not_the_owner_named() -> None:
    text = "روز دوشنبه جنوب لبنان مورد حمله ارتش اسرائیل قرار گرفت."
    got = pairs(text, "ASSAULT")
    assert got and got[0][0] == ["e5"] and got[0][1] in (["e31"], ["e32"])


def test_passive_without_an_agent_is_no_event() -> None:
    assert pairs("مواضع حماس در نوار غزه هدف قرار گرفت.", "ASSAULT") == []


def test_bare_attack_condemned_targets_the_attacker() -> None:
    text = ("ارتش اسرائیل روز دوشنبه به نوار غزه حمله کرد. "
            "سخنگوی وزارت خارجه روسیه حمله را محکوم کرد.")
    assert (["e12"], ["e5"]) in pairs(text, "ACCUSE")


def test_labelling_the_attack_a_crime_accuses_the_attacker() -> None:
    text = ("ارتش اسرائیل روز دوشنبه به نوار غزه حمله کرد. "
            "سخنگوی وزارت خارجه روسیه این حمله را «جنایت جنگی» خواند.")
    assert (["e12"], ["e5"]) in pairs(text, "ACCUSE")


def test_condemnation_never_targets_the_speakers_own_country() -> None:
    text = ("نیروهای روسیه روز دوشنبه به کی‌یف حمله کردند. "
            "سخنگوی وزارت خارجه روسیه حمله را محکوم کرد.")
    assert all("e19" not in t and "e11" not in t for _, t in pairs(text, "ACCUSE"))


def test_destroying_an_actors_vehicle_is_an_attack() -> None:
    text = "حماس روز دوشنبه یک خودروی ارتش اسرائیل را منفجر کرد."
    assert pairs(text, "ASSAULT") == [(["e7"], ["e5"])]


def test_downing_drones_is_not_an_attack_on_their_owner() -> None:
    text = "نیروهای روسیه دیشب ۲۰ پهپاد اوکراینی را منهدم کردند."
    assert pairs(text, "ASSAULT") == []


def test_falling_back_is_a_retreat() -> None:
    text = "نیروهای روسیه روز دوشنبه از اطراف کی‌یف عقب نشستند."
    assert [s for s, _ in pairs(text, "RETREAT")] == [["e19"]]

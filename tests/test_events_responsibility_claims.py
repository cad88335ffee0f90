"""Responsibility claims are the claimant's attack (a reported claim) taking the
toll and target of the attack told before; «گروه X» heads a subject named X. Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events
from rasad.events.lexicon import load_lexicon


def events(text: str):
    return annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30")).events


def test_claim_after_an_unattributed_toll_is_the_claimants_attack() -> None:
    text = "در انفجار یک بمب در نوار غزه دست کم ۱۲ نفر کشته شدند. حماس مسئولیت این حمله را بر عهده گرفت."
    got = [e for e in events(text) if e.type == "ASSAULT"]
    assert len(got) == 1
    assert got[0].source == ["e7"] and got[0].modality == "reported_claim" and got[0].fatalities == 12
    assert not any(e.type == "ACCUSE" for e in events(text))


def test_claim_takes_the_target_of_the_attack_told_before() -> None:
    text = "ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. حماس مسئولیت این حمله را پذیرفت."
    claims = [e for e in events(text) if e.type == "ASSAULT" and e.source == ["e7"]]
    assert len(claims) == 1 and claims[0].modality == "reported_claim"
    assert claims[0].target == [e.target for e in events(text) if e.source == ["e5"]][0]


def test_responsibility_laid_on_another_is_still_an_accusation() -> None:
    got = [(e.type, e.source) for e in events("سازمان ملل مسئولیت این حمله را بر عهده ارتش اسرائیل دانست.")]
    assert not any(t == "ASSAULT" and s == ["e8"] for t, s in got)


def test_claim_trigger_owns_its_verb() -> None:
    assert any(t.claims_attack and t.owns_verb and t.type == "ASSAULT" for t in load_lexicon().triggers)


def test_group_head_before_a_name_is_the_claimant() -> None:
    assert "گروه" in load_lexicon().cues["generic_heads"]


def test_count_after_including_is_part_of_the_toll() -> None:
    from rasad.events.numbers import casualty_count
    assert casualty_count("دست کم ۴۰ نفر از جمله ۹ کودک")[0] == 40

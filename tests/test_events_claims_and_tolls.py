"""Recalling an ambassador is a SANCTION on the country left; a casualty toll
told in the next sentence belongs to the attack before it; claims («مدعی شد», «به ادعای X»)
are reported claims and their denials reject the claimant; «همزمان ...» passes the day on.
Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events
from rasad.events.lexicon import load_lexicon


def events(text: str):
    return annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30")).events


def test_recall_of_ambassador_from_a_capital_is_a_sanction() -> None:
    text = "ایران خبر داد. دولت عراق روز دوشنبه سفیر خود را از تهران فراخواند."
    got = [(e.type, e.source, e.target) for e in events(text)]
    assert ("SANCTION", ["e45"], ["e21"]) in got
    assert not any(t == "REQUEST" for t, _, _ in got)


def test_bare_call_on_is_still_a_request() -> None:
    got = [(e.type, e.source, e.target) for e in events("دولت عراق ناتو را به خویشتنداری فراخواند.")]
    assert ("REQUEST", ["e45"], ["e14"]) in got


def test_recall_trigger_owns_its_verb() -> None:
    assert any(t.owns_verb and t.type == "SANCTION" for t in load_lexicon().triggers)


def test_toll_in_the_next_sentence_joins_the_attack() -> None:
    text = "ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. دست کم ۷۳ تن کشته شدند."
    got = [e for e in events(text) if e.type == "ASSAULT"]
    assert len(got) == 1 and got[0].fatalities == 73


def test_toll_two_sentences_on_reported_by_officials_joins_the_attack() -> None:
    text = ("ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. سازمان ملل خواستار آرامش شد. "
            "مقامات محلی اعلام کردند هشت نفر به شهادت رسیدند.")
    got = [e for e in events(text) if e.type == "ASSAULT"]
    assert got and got[0].fatalities == 8


def test_toll_out_of_reach_is_no_event_and_not_attached() -> None:
    text = ("ارتش اسرائیل به جنوب لبنان حمله کرد. سازمان ملل نشست گرفت. روسیه بیانیه داد. "
            "هشت نفر کشته شدند.")
    got = [e for e in events(text) if e.type == "ASSAULT"]
    assert len(got) == 1 and got[0].fatalities is None


def test_claimed_act_is_a_reported_claim_by_the_claimant() -> None:
    text = "حماس روز دوشنبه مدعی شد رزمندگان این گروه یک خودروی ارتش اسرائیل را منفجر کرده‌اند."
    got = [e for e in events(text) if e.type == "ASSAULT"]
    assert [(e.source, e.target, e.modality) for e in got] == [(["e7"], ["e5"], "reported_claim")]


def test_according_to_the_claim_of_x_is_a_reported_claim() -> None:
    got = [e for e in events("به ادعای حماس، ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد.")
           if e.type == "ASSAULT"]
    assert got and got[0].source == ["e5"] and got[0].modality == "reported_claim"
    assert "e7" not in got[0].target  # the claimant is no target


def test_denial_of_this_claim_rejects_the_claimant() -> None:
    text = ("حماس مدعی شد رزمندگان این گروه یک خودروی ارتش اسرائیل را منفجر کرده‌اند. "
            "ارتش اسرائیل این ادعا را تکذیب کرد.")
    assert [(e.source, e.target) for e in events(text) if e.type == "REJECT"] == [(["e5"], ["e7"])]


def test_claim_answered_in_a_relative_clause_rejects_the_claimant() -> None:
    text = "حماس مدعی شد ارتش اسرائیل به نوار غزه حمله کرده است؛ ادعایی که دولت عراق آن را رد کرد."
    assert [(e.source, e.target) for e in events(text) if e.type == "REJECT"] == [(["e45"], ["e7"])]


def test_relative_claim_never_inherits_the_claimant_as_rejecter() -> None:
    text = "حماس مدعی شد ارتش اسرائیل به نوار غزه حمله کرده است؛ ادعایی که آنان آن را رد کردند."
    assert not [e for e in events(text) if e.type == "REJECT"]


def test_simultaneous_act_takes_the_day_told_before() -> None:
    text = "روز دوشنبه انفجاری رخ داد. همزمان ارتش اسرائیل به نوار غزه حمله کرد."
    got = [e for e in events(text) if e.type == "ASSAULT"]
    assert got and got[0].date == "2024-03-04"


def test_act_without_simultaneity_word_keeps_the_report_day() -> None:
    text = "روز دوشنبه انفجاری رخ داد. ارتش اسرائیل به نوار غزه حمله کرد."
    got = [e for e in events(text) if e.type == "ASSAULT"]
    assert got and got[0].date != "2024-03-04"


def test_dash_aside_makes_no_act_and_no_actor() -> None:
    text = ("ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. سخنگوی وزارت خارجه روسیه هم – گویی که "
            "آمریکا خود هرگز به یمن حمله نکرده است – این حمله را محکوم کرد.")
    got = [(e.type, e.source, e.target) for e in events(text)]
    assert ("ACCUSE", ["e12"], ["e5"]) in got
    assert not any("e35" in s or "e35" in t for _, s, t in got)


def test_dateline_dashes_are_no_aside() -> None:
    text = "دمشق - ایرنا - ارتش اسرائیل روز دوشنبه به سوریه حمله کرد."
    assert [(e.type, e.source) for e in events(text)] == [("ASSAULT", ["e5"])]

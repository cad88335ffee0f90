"""The event lexicon data (rasad/data/events/) is well formed and its patterns inflect."""

from __future__ import annotations

import pytest

from rasad.events.lexicon import FRAMES, PLOVER_TYPES, load_lexicon, match_flags
from rasad.events.numbers import casualty_count, parse_number


def test_every_trigger_is_valid() -> None:
    lex = load_lexicon()
    ids = [t.id for t in lex.triggers]
    assert len(ids) == len(set(ids)), "trigger ids are unique"
    for t in lex.triggers:
        assert t.type in PLOVER_TYPES, t.id
        assert set(t.frame) <= FRAMES, t.id
        assert t.patterns and t.regex is not None, t.id
        assert t.casualty in (None, "fatalities", "injured"), t.id


def test_all_sixteen_types_have_triggers() -> None:
    assert {t.type for t in load_lexicon().triggers} == PLOVER_TYPES


def test_cue_lists_present() -> None:
    cues = load_lexicon().cues
    for key in ("prepositions", "not_partner_after_ba", "reporting", "numbers", "modality", "same_day",
                "nominal_not_after", "unnamed_forces", "generic_heads", "adverbial_phrases"):
        assert cues[key], key


def _match(trigger_id: str, text: str):
    trig = next(t for t in load_lexicon().triggers if t.id == trigger_id)
    assert trig.regex is not None
    return trig.regex.search(text)


@pytest.mark.parametrize(
    ("trigger_id", "text"),
    [
        ("consult_meet", "با او دیدار کردند"),
        ("consult_meet", "با او دیدار می‌کند"),
        ("consult_meet", "با او دیدار کرده‌اند"),
        ("consult_meet", "با او دیدار کرده است"),
        ("consult_talks", "درباره آن گفت‌وگو کردند"),
        ("consult_talks", "درباره آن گفت و گو کردند"),
        ("consult_talks", "درباره آن گفتگو کرد"),
        ("consult_talks", "به تبادل نظر پرداختند"),
        ("consult_phone_verb", "با او تماس تلفنی داشته"),
        ("consult_phone_nominal", "در گفت‌وگویی تلفنی"),
        ("support_recognize", "به رسمیت میشناسد"),
        ("support_recognize", "به رسمیت می‌شناسند"),
        ("request_call_on", "را به خویشتنداری فراخواند"),
        ("casualty_killed", "جان باخته اند"),
        ("assault_attack", "به روستا حمله کرده‌اند"),
        ("accuse_responsible", "مسئولیت این وضع بر عهده آنهاست"),
    ],
)
def test_inflected_forms_match(trigger_id: str, text: str) -> None:
    assert _match(trigger_id, text) is not None


def test_word_boundaries_hold() -> None:
    # «کرد» inside «کردستان» is no verb
    assert _match("consult_meet", "دیدار کردستان") is None


def test_negation_and_future_are_read_from_the_verb() -> None:
    m = _match("assault_attack", "حمله نخواهد کرد")
    assert m is not None and match_flags(m) == {"negated": True, "future": True, "present": False, "subjunctive": False}
    m = _match("assault_attack", "حمله نکردند")
    assert m is not None and match_flags(m)["negated"] is True
    m = _match("assault_attack", "حمله می‌کنند")
    assert m is not None and match_flags(m) == {"negated": False, "future": False, "present": True, "subjunctive": False}
    # the subjunctive: a present stem without «می»
    m = _match("assault_attack", "حمله کنند")
    assert m is not None and match_flags(m)["subjunctive"] is True


def test_numbers() -> None:
    assert parse_number(["۱۶"]) == 16
    assert parse_number(["بیست", "و", "پنج"]) == 25
    assert parse_number(["سه", "هزار"]) == 3000
    assert casualty_count("دستکم ۱۶ نفر از نیروها") == (16, "۱۶ نفر")
    assert casualty_count("تنی چند از نظامیان")[0] is None
    assert casualty_count("ده‌ها تن")[1] == "ده‌ها تن"

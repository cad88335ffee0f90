"""A meeting noun inside a readiness or resumption complement is offered, not
held; readiness to help is an AGREE (offer) by the speaker, made to the parties of the conflict it
is about; statements without a colon or «که» («X گفت ...», «به گفته X، ...»). Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events
from rasad.events.lexicon import load_lexicon
from rasad.events.statements import annotate_statements


def events(text: str):
    return annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30")).events


def statements(text: str):
    return annotate_statements(make_doc(text, "2024-03-05T10:00:00+03:30")).statements


def test_consultation_noun_in_readiness_complement_is_not_asserted() -> None:
    text = "پوتین گفت مسکو آماده است مذاکرات با ایران را از سر بگیرد."
    consults = [e for e in events(text) if e.type == "CONSULT"]
    assert all(e.modality != "asserted" for e in consults)


def test_resumed_talks_after_the_noun_are_planned() -> None:
    text = "ترکیه و عراق گفت‌وگوها را هفته بعد از سر خواهند گرفت."
    consults = [e for e in events(text) if e.type == "CONSULT"]
    assert all(e.modality != "asserted" for e in consults)


def test_a_held_meeting_stays_asserted() -> None:
    text = "علی رضایی روز دوشنبه با جان اسمیت در لندن دیدار کرد."
    consults = [e for e in events(text) if e.type == "CONSULT"]
    assert consults and consults[0].modality == "asserted"


def test_readiness_to_help_is_an_offer_by_the_speaker() -> None:
    text = "علی رضایی گفت تهران آماده است به عراق کمک کند."
    agrees = [e for e in events(text) if e.type == "AGREE"]
    assert len(agrees) == 1
    assert agrees[0].source == ["e1"] and agrees[0].target == ["e4"]
    assert agrees[0].modality == "asserted"


def test_offer_to_end_fighting_goes_to_the_parties_of_the_conflict() -> None:
    text = ("ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. "
            "پوتین آمادگی برای کمک به پایان دادن به درگیری‌ها را اعلام کرد.")
    evs = events(text)
    attack = next(e for e in evs if e.type == "ASSAULT")
    agrees = [e for e in evs if e.type == "AGREE"]
    assert len(agrees) == 1 and agrees[0].source == ["e15"]
    assert set(agrees[0].target) == set(attack.source + attack.target) and len(agrees[0].target) == 2


def test_offer_without_conflict_or_party_is_no_event() -> None:
    text = "پوتین گفت مسکو آماده است رایزنی‌ها را ادامه دهد."
    assert not [e for e in events(text) if e.type in ("AGREE", "CONSULT") and e.modality == "asserted"]


def test_statement_without_colon_or_ke() -> None:
    text = "پوتین گفت مسکو آماده است رایزنی‌ها را ادامه دهد."
    got = statements(text)
    assert len(got) == 1 and got[0].speaker == "e15"
    assert got[0].text == "مسکو آماده است رایزنی‌ها را ادامه دهد"


def test_statement_after_added() -> None:
    text = "علی رضایی افزود ایران از آتش‌بس در لبنان حمایت می‌کند."
    got = statements(text)
    assert len(got) == 1 and got[0].speaker == "e1" and got[0].text.startswith("ایران از آتش‌بس")


def test_according_to_names_the_speaker() -> None:
    text = "به گفته علی رضایی، حمله اسرائیل به لبنان نقض قوانین بین‌المللی است."
    got = statements(text)
    assert len(got) == 1 and got[0].speaker == "e1"
    assert got[0].text == "حمله اسرائیل به لبنان نقض قوانین بین‌المللی است"


def test_according_to_him_goes_on_with_the_last_speaker() -> None:
    text = "علی رضایی گفت: ایران آماده است. به گفته وی، تهران از آتش‌بس حمایت می‌کند."
    got = statements(text)
    assert [s.speaker for s in got] == ["e1", "e1"]


def test_verb_closing_its_clause_reports_nothing() -> None:
    assert statements("علی رضایی این موضوع را اعلام کرد و افزود.") == []
    assert statements("علی رضایی با جان اسمیت گفت‌وگو کرد.") == []


def test_round10_cues_present() -> None:
    cues = load_lexicon().cues
    for key in ("readiness", "resumption_verbs", "conflict_nouns", "bare_reporting", "according_to"):
        assert cues[key], key
    assert load_lexicon().bare_reporting is not None

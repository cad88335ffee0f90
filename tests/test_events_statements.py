"""Statements: who said what, with the span of what was said."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events, annotate_statements


def run(text: str):
    return annotate_statements(annotate_events(make_doc(text)))


def test_colon_statement() -> None:
    doc = run("پوتین گفت: روابط با ترکیه خوب است.")
    assert len(doc.statements) == 1
    st = doc.statements[0]
    assert st.speaker == "e15"
    assert st.text == "روابط با ترکیه خوب است"
    assert doc.text[st.start : st.end] == st.text
    # a plain statement with no act is not an event
    assert doc.events == []


def test_ke_statement_and_quoted_report() -> None:
    doc = run("علی رضایی تاکید کرد که همکاری ادامه دارد.")
    assert [(s.speaker, s.text) for s in doc.statements] == [("e1", "همکاری ادامه دارد")]
    doc = run("پوتین اظهار داشت: «ما آماده گفت‌وگو هستیم».")
    assert doc.statements[0].text == "ما آماده گفت‌وگو هستیم"


def test_name_in_guillemets_is_not_the_whole_quote() -> None:
    doc = run("ایرنا اعلام کرد: «علی رضایی» با جان اسمیت دیدار کرد.")
    assert doc.statements[0].text.startswith("«علی رضایی» با")


def test_pronoun_speaker_continues_previous_speaker() -> None:
    doc = run("پوتین گفت: روابط خوب است.\nوی افزود: همکاری ادامه دارد.")
    assert [s.speaker for s in doc.statements] == ["e15", "e15"]


def test_reported_news_with_khabar_dad() -> None:
    doc = make_doc("ایرنا از حمله نیروهای روسیه به اوکراین خبر داد.")
    doc.attribution = ["ایرنا"]
    doc = annotate_statements(annotate_events(doc))
    assert doc.statements and doc.statements[0].speaker == "e20"
    assert doc.statements[0].text.startswith("از حمله")
    # a news outlet reporting an attack accuses no one
    assert {e.type for e in doc.events} == {"ASSAULT"}


def test_official_reporting_an_attack_accuses_the_attacker() -> None:
    doc = run("سخنگوی وزارت خارجه ایران از حمله نیروهای روسیه به اوکراین خبر داد.")
    assert ("ACCUSE", ("e22",), ("e19",)) in {(e.type, tuple(e.source), tuple(e.target)) for e in doc.events}

"""Question-and-answer interviews (the answers are the interviewee's, a
first-person «ما ... رد می‌کنیم» is the interviewee's act), a rejection never targets the
rejecter's own country, a sanction names a company and its country once. Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.document import Entity, Mention
from rasad.events import annotate_events, annotate_statements
from rasad.events.lexicon import load_lexicon
from rasad.events.statements import interview_answers

INTERVIEW = (
    "گروه خبری: با علی رضایی درباره تحولات منطقه گفت‌وگو کردیم\n"
    "آقای رضایی، نقش آمریکا را چگونه می‌بینید؟\n"
    "«آمریکا بازیگر اصلی این بحران است»\n"
    "برخی ادعا می‌کنند ایران به حوثی‌ها موشک داده است؟\n"
    "«ما این ادعا را رد می‌کنیم.»\n"
)


def run(text: str, published: str | None = "2024-03-05T10:00:00+03:30"):
    return annotate_statements(annotate_events(make_doc(text, published)))


def test_interview_answers_are_said_by_the_interviewee() -> None:
    doc = make_doc(INTERVIEW)
    said = interview_answers(doc, load_lexicon())
    assert [s.speaker for s in said] == ["e1", "e1"]
    assert all(doc.text[s.start : s.end].startswith("«") for s in said)


def test_first_person_rejection_in_an_answer_is_the_interviewees() -> None:
    doc = run(INTERVIEW)
    rejects = [e for e in doc.events if e.type == "REJECT"]
    assert rejects and all(e.source == ["e1"] for e in rejects)


def test_one_rhetorical_question_does_not_make_an_interview() -> None:
    doc = make_doc("علی رضایی گفت: چه کسی مسئول است؟\n«ما این ادعا را رد می‌کنیم.»\n")
    assert interview_answers(doc, load_lexicon()) == []


def test_a_rejection_does_not_target_the_rejecters_own_country() -> None:
    doc = run("سخنگوی وزارت خارجه روسیه گزارش‌ها درباره نقش روسیه در حمله به کی‌یف را رد کرد.")
    rejects = [e for e in doc.events if e.type == "REJECT"]
    assert rejects and all("e11" not in e.target for e in rejects)


def test_sanction_names_an_unlinked_company_beside_its_country_once() -> None:
    text = "آمریکا روز دوشنبه سه فرمانده ایران و شرکت پارس‌صنعت را تحریم کرد."
    doc = make_doc(text)
    i = text.index("شرکت پارس‌صنعت")
    company = Mention(i, i + len("شرکت پارس‌صنعت"), "شرکت پارس‌صنعت", entity="e99", kind="discovered")
    doc.mentions = sorted([*doc.mentions, company], key=lambda m: m.start)
    doc.entities.append(Entity("e99", "شرکت پارس‌صنعت", None, "ORG", None, mentions=[company]))
    doc = annotate_events(doc)
    sanctions = [e for e in doc.events if e.type == "SANCTION"]
    assert sanctions and all(e.target == ["e21"] for e in sanctions)

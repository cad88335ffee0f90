"""Styles beyond the dev set's wire reports — a long quoted name inside a
gapped trigger, «Y را مسئول حمله ... دانست» (Y is the attacker), «این حملات را ... خواند و
محکوم کرد» (a condemnation joined by «و» to its object), a call on every party with no one
target, a relative clause closed by a participle. Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events, annotate_statements


def run(text: str, published: str | None = "2024-03-05T10:00:00+03:30"):
    return annotate_statements(annotate_events(make_doc(text, published)))


def pairs(doc, kind: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(tuple(sorted(e.source)), tuple(sorted(e.target))) for e in doc.events if e.type == kind]


def test_held_responsible_for_an_attack_with_a_quoted_name_is_an_accusation() -> None:
    doc = run("علی رضایی حماس را مسئول حمله موشکی به پایگاه «الف-۲» در نزدیکی مرز دانست.")
    assert pairs(doc, "ACCUSE") == [(("e1",), ("e7",))]
    # the one held responsible made the attack, never the accuser
    assert all(e.source != ["e1"] for e in doc.events if e.type == "ASSAULT")


def test_condemnation_joined_to_its_object_targets_the_attacker() -> None:
    doc = run("ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. "
              "سخنگوی وزارت خارجه ایران این حملات را «تجاوز آشکار» خواند و محکوم کرد.")
    assert (("e22",), ("e5",)) in pairs(doc, "ACCUSE") or (("e22",), ("e30",)) in pairs(doc, "ACCUSE")


def test_condemnation_with_its_own_object_keeps_that_object() -> None:
    doc = run("ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. "
              "علی رضایی این حملات را «تجاوز آشکار» خواند و آمریکا را مسئول پیامدهای آن دانست.")
    assert (("e1",), ("e35",)) in pairs(doc, "ACCUSE")


def test_a_call_on_every_party_is_a_request_without_target() -> None:
    doc = run("علی رضایی در بیانیه‌ای از همه طرف‌ها خواست خویشتنداری کنند.")
    assert pairs(doc, "REQUEST") == [(("e1",), ())]


def test_a_call_with_no_addressee_at_all_is_not_an_event() -> None:
    doc = run("علی رضایی خواست که مذاکرات ادامه یابد.")
    assert pairs(doc, "REQUEST") == []


def test_participle_closes_a_relative_clause_before_the_main_verb() -> None:
    doc = run("آمریکا سه فرمانده حماس را به اتهام تامین سلاح‌هایی که ایران به کار گرفته، "
              "در فهرست تحریم‌های خود قرار داد.")
    assert (("e35",), ("e7",)) in pairs(doc, "SANCTION")

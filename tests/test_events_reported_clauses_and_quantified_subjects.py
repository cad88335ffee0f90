"""A bare «اعلام کرد/نوشت» opens the reported clause, whose own subject does the act (not the
announcer); a subject phrase may open with a quantity or a linking adverb before its generic
head («حدود هزار نیروی ارتش X», «همزمان جنگنده‌های X»). Sentences are our own."""

from __future__ import annotations

from events_support import make_doc

from rasad.events import annotate_events


def pairs(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    doc = annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30"))
    return [(e.source, e.target) for e in doc.events if e.type == kind and not e.negated]


def test_announced_attack_belongs_to_the_reported_subject() -> None:
    text = "سازمان ملل اعلام کرد ارتش اسرائیل مواضع حماس در نوار غزه را بمباران کرد."
    assert pairs(text, "ASSAULT") == [(["e5"], ["e7"])]


def test_announcer_is_not_the_attacker() -> None:
    text = "سازمان ملل اعلام کرد نیروهای روسیه به اوکراین حمله کردند."
    got = pairs(text, "ASSAULT")
    assert got and all("e8" not in src for src, _ in got)
    assert (["e19"], ["e10"]) in got


def test_announcement_without_own_subject_keeps_the_announcer() -> None:
    text = "ایران اعلام کرد و سپس عربستان را به حمله به حوثی‌ها متهم کرد."
    assert pairs(text, "ACCUSE") == [(["e21"], ["e18"])]


def test_quantity_before_forces_head_is_skipped() -> None:
    text = "حدود هزار جنگنده روسیه به اوکراین حمله کردند."
    assert pairs(text, "ASSAULT") == [(["e11"], ["e10"])]


def test_linking_adverb_before_jets_head_is_skipped() -> None:
    text = "همزمان جنگنده‌های روسیه مواضعی در اوکراین را بمباران کردند."
    assert pairs(text, "ASSAULT") == [(["e11"], ["e10"])]


def test_quantity_alone_is_not_a_subject_head() -> None:
    # «هزار» with no generic head after it names no one's forces
    text = "هزار غیرنظامی روسیه در اوکراین کشته شدند."
    assert pairs(text, "ASSAULT") == []

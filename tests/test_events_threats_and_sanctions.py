"""Threats told by their consequence, sanctions, passive accusations with an
agent, a parenthesised name as subject, resolutions backing an act's parties, the day of an
attack retold after a dated sentence, and a continuing speaker's day. Sentences are our own."""

from __future__ import annotations

from events_support import events_of, make_doc

from rasad.events import annotate_events, annotate_statements


def run(text: str, published: str | None = "2024-03-05T10:00:00+03:30"):
    return annotate_statements(annotate_events(make_doc(text, published)))


def of_type(doc, kind: str):
    return [e for e in doc.events if e.type == kind]


def pairs(doc, kind: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(tuple(sorted(e.source)), tuple(sorted(e.target))) for e in of_type(doc, kind)]


# ---------------------------------------------------------------- THREATEN
def test_warning_that_a_country_will_not_be_safe_is_a_threat() -> None:
    doc = run("علی رضایی هشدار داد که اسرائیل در امان نخواهد بود.")
    assert pairs(doc, "THREATEN") == [(("e1",), ("e30",))]
    assert of_type(doc, "THREATEN")[0].modality == "asserted"


def test_conditional_consequence_is_still_a_threat_made() -> None:
    doc = run("علی رضایی هشدار داد که در صورت ادامه حملات، هیچ نقطه‌ای از اسرائیل در امان نخواهد بود.")
    threats = of_type(doc, "THREATEN")
    assert [(e.source, e.target) for e in threats] == [(["e1"], ["e30"])]
    assert threats[0].modality == "asserted"


def test_unanswered_attacks_threaten_their_makers() -> None:
    doc = run("اوکراین روز دوشنبه به روسیه حمله کرد. پوتین گفت که این حملات بی‌پاسخ نخواهد ماند.")
    assert pairs(doc, "THREATEN") == [(("e15",), ("e10",))]


def test_threat_of_war_with_a_side() -> None:
    doc = run("علی رضایی تهدید کرد که جنگ با حماس با شدت ادامه خواهد یافت.")
    assert pairs(doc, "THREATEN") == [(("e1",), ("e7",))]


def test_threat_with_nobody_named_is_no_event() -> None:
    assert of_type(run("علی رضایی هشدار داد که هیچ کس در امان نخواهد بود."), "THREATEN") == []
    assert of_type(run("علی رضایی گفت که این اقدام بی‌پاسخ نخواهد ماند."), "THREATEN") == []


def test_threat_naming_a_place_of_a_country() -> None:
    doc = run("ارتش اسرائیل هشدار داد که هیچ نقطه‌ای از جنوب لبنان در امان نخواهد بود.")
    assert pairs(doc, "THREATEN") == [(("e5",), ("e32",))]


def test_own_side_is_never_the_threatened() -> None:
    doc = run("علی رضایی هشدار داد که ایران تاوان سنگینی از دشمنان خواهد گرفت.")
    assert of_type(doc, "THREATEN") == []


# ---------------------------------------------------------------- SANCTION
def test_sanction_list_and_new_sanctions() -> None:
    doc = run("آمریکا روز دوشنبه ده شرکت ایران را در فهرست تحریم‌ها قرار داد.")
    assert pairs(doc, "SANCTION") == [(("e35",), ("e21",))]
    assert of_type(doc, "SANCTION")[0].date == "2024-03-04"
    assert pairs(run("آمریکا تحریم‌های جدیدی علیه ایران وضع کرد."), "SANCTION") == [(("e35",), ("e21",))]
    assert pairs(run("آمریکا تحریم‌های تازه‌ای علیه روسیه اعمال کرد."), "SANCTION") == [(("e35",), ("e11",))]
    assert pairs(run("آمریکا روسیه را تحریم کرد."), "SANCTION") == [(("e35",), ("e11",))]


def test_expelling_an_ambassador_and_cutting_relations() -> None:
    assert pairs(run("ترکیه سفیر اسرائیل را اخراج کرد."), "SANCTION") == [(("e3",), ("e30",))]
    doc = run("ترکیه روابط دیپلماتیک با اسرائیل را قطع کرد.")
    assert pairs(doc, "SANCTION") == [(("e3",), ("e30",))]


def test_negated_sanction_is_flagged() -> None:
    doc = run("آمریکا روسیه را تحریم نکرد.")
    assert [e.negated for e in of_type(doc, "SANCTION")] == [True]


# ---------------------------------------------------------------- passive ACCUSE
def test_passive_criticism_with_its_agent() -> None:
    doc = run("از اسرائیل از سوی ترکیه انتقاد شد.")
    assert pairs(doc, "ACCUSE") == [(("e3",), ("e30",))]
    doc = run("حماس توسط ارتش اسرائیل به حمله متهم شد.")
    assert pairs(doc, "ACCUSE") == [(("e5",), ("e7",))]
    assert of_type(doc, "ASSAULT") == []


def test_passive_accusation_without_agent_is_no_event() -> None:
    assert run("از اسرائیل انتقاد شده است.").events == []
    assert run("حماس به حمله متهم شده است.").events == []


# ---------------------------------------------------------------- subjects, support
def test_parenthesised_name_after_a_long_name_is_the_subject() -> None:
    doc = run("با میانجیگری قطر، جنبش مقاومت اسلامی فلسطین (حماس) و اسرائیل بر سر آتش‌بس توافق کردند.")
    agree = of_type(doc, "AGREE")
    assert len(agree) == 1 and agree[0].mutual
    assert set(agree[0].source) | set(agree[0].target) == {"e7", "e30"}


def test_long_supported_phrase_with_a_purpose() -> None:
    doc = run("رضایی در این گفت‌وگو بر حمایت ایران از دولت و ملت سوریه در مبارزه با تروریسم و افراط‌گرایی تاکید کرد.")
    assert events_of(doc) == [("SUPPORT", ("e1",), ("e33",), False)]


def test_resolution_backing_a_mediated_ceasefire() -> None:
    doc = run("شورای امنیت سازمان ملل قطعنامه‌ای را در حمایت از آتش‌بس در سوریه که با میانجیگری روسیه و ترکیه "
              "برقرار شده است، تصویب کرد.")
    assert pairs(doc, "SUPPORT") == [(("e39",), ("e11", "e3"))]


def test_resolution_that_backs_a_ceasefire_between_two_sides() -> None:
    doc = run("شورای امنیت سازمان ملل قطعنامه‌ای تصویب کرد که از آتش‌بس میان روسیه و اوکراین حمایت می‌کند.")
    assert pairs(doc, "SUPPORT") == [(("e39",), ("e10", "e11"))]
    doc = run("شورای امنیت سازمان ملل قطعنامه‌ای را در حمایت از اوکراین تصویب کرد.")
    assert pairs(doc, "SUPPORT") == [(("e39",), ("e10",))]


def test_resolution_backing_an_unowned_thing_is_no_event() -> None:
    doc = run("شورای امنیت سازمان ملل قطعنامه‌ای را در حمایت از صلح جهانی تصویب کرد.")
    assert of_type(doc, "SUPPORT") == []


# ---------------------------------------------------------------- dates
def test_retold_attack_takes_the_day_of_the_sentence_before() -> None:
    doc = run("پدافند روسیه روز دوشنبه ده پهپاد اوکراینی را منهدم کرد. "
              "در اثر اصابت یک پهپاد اوکراینی به ساختمانی در روسیه دو نفر کشته شدند.")
    assert [e.date for e in of_type(doc, "ASSAULT")] == ["2024-03-04"]


def test_attack_after_an_unrelated_dated_sentence_keeps_its_day() -> None:
    doc = run("روسیه روز دوشنبه بیانیه‌ای منتشر کرد. "
              "در اثر اصابت یک پهپاد اوکراینی به ساختمانی در روسیه دو نفر کشته شدند.")
    assert [e.date for e in of_type(doc, "ASSAULT")] == ["2024-03-05"]


def test_continuing_speaker_keeps_the_speakers_day() -> None:
    doc = run("رضایی امروز تحریم‌های آمریکا را محکوم کرد. آمریکا روز دوشنبه روسیه را تحریم کرد. "
              "رضایی همچنین این ادعا را رد کرد.")
    rejects = of_type(doc, "REJECT")
    assert [e.date for e in rejects] == ["2024-03-05"]

"""Unknown actors from the NER model (kept only with a cue), names after offices, «این کشور», no model."""

from __future__ import annotations

import re

import pytest

import rasad.ner
from rasad.actors import annotate_actors
from rasad.actors.kb import KnowledgeBase, build_kb
from rasad.document import Document

PEOPLE = [
    {"key": "p_pres_az", "name_en": "Test President Az", "name_fa": "الهام علی‌اف", "aliases_fa": ["علی اف"],
     "country": "AZE", "offices": [{"role": "president", "country": "AZE", "start": "2003-10-31", "end": None}]},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_kb(people_records=PEOPLE)


def run(kb: KnowledgeBase, text: str, published: str | None = "2023-03-10") -> Document:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    doc = Document(id="t", source="<test>", text=text, sentences=sentences, published=published,
                   sentence_reference=[None] * len(sentences))
    return annotate_actors(doc, kb)


def by_text(doc: Document, text: str):  # noqa: ANN201
    return next(m for m in doc.mentions if m.text == text)


def entity(doc: Document, eid: str):  # noqa: ANN201
    return next(e for e in doc.entities if e.id == eid)


def test_name_after_office_with_comma_is_a_person_of_that_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "وزیر خارجه سوریه، فیصل مقداد گفت که دمشق آماده گفتگو است.")
    person = entity(doc, by_text(doc, "فیصل مقداد").entity)
    assert person.type == "PER" and person.country == "SYR"
    assert by_text(doc, "وزیر خارجه سوریه").entity == person.id


def test_name_right_after_office_is_a_person_of_that_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "نخست وزیر عراق محمد شیاع السودانی از دمشق دیدن کرد.")
    person = entity(doc, by_text(doc, "محمد شیاع السودانی").entity)
    assert person.type == "PER" and person.country == "IRQ"


def test_ordinary_words_after_office_are_no_name(kb: KnowledgeBase) -> None:
    doc = run(kb, "وزیر دفاع اسرائیل تهدید کرد که حملات ادامه خواهد یافت.")
    assert all(e.type != "PER" or e.country == "ISR" for e in doc.entities)
    assert not any(m.kind == "discovered" for m in doc.mentions)


@pytest.mark.skipif(not rasad.ner.model_available(), reason="no NER model file")
def test_ner_person_before_office_gets_its_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "هاکان فیدان وزیر خارجه ترکیه روز دوشنبه به بغداد سفر کرد. فیدان در بغداد گفت که آنکارا "
                  "از ثبات عراق حمایت می کند.")
    person = entity(doc, by_text(doc, "هاکان فیدان").entity)
    assert person.type == "PER" and person.country == "TUR"
    assert by_text(doc, "فیدان").entity == person.id


@pytest.mark.skipif(not rasad.ner.model_available(), reason="no NER model file")
def test_ner_span_without_cue_is_dropped(kb: KnowledgeBase) -> None:
    doc = run(kb, "کشتی های زیادی از کانال عبور کردند و بازار آرام بود.")
    assert doc.entities == []


def test_stage_runs_without_model(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rasad.ner, "model_available", lambda: False)
    monkeypatch.setattr(rasad.ner, "predict_spans", lambda text: pytest.fail("model used without a file"))
    doc = run(kb, "وزیر خارجه سوریه، فیصل مقداد گفت که دمشق آماده گفتگو است.")
    assert entity(doc, by_text(doc, "فیصل مقداد").entity).country == "SYR"


def test_country_anaphor_prefers_country_of_last_office(kb: KnowledgeBase) -> None:
    # the president's country is the topic, not the country named last before «این کشور»
    doc = run(kb, "رئیس جمهوری آذربایجان گفت ارمنستان به روستاهای مرزی این کشور حمله کرد.")
    anaphor = by_text(doc, "این کشور")
    assert entity(doc, anaphor.entity).country == "AZE"


def test_country_anaphor_after_office_of_second_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "وزیر خارجه ایران در تماس با وزیر خارجه عمان درباره امنیت بنادر این کشور گفتگو کرد.")
    assert entity(doc, by_text(doc, "این کشور").entity).country == "OMN"


def test_country_anaphor_without_office_takes_first_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "مقامات لبنان گفتند اسرائیل به جنوب این کشور حمله کرد.")
    assert entity(doc, by_text(doc, "این کشور").entity).country == "LBN"

"""Actor recognition and linking on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from rasad.actors import annotate_actors
from rasad.actors.kb import KnowledgeBase, build_kb
from rasad.document import Document

PEOPLE = [
    {"key": "p_def_ru", "name_en": "Test Defence Ru", "name_fa": "ایوان پتروف", "aliases_fa": ["پتروف"],
     "country": "RUS", "offices": [{"role": "minister_defence", "country": "RUS", "start": "2012-11-06",
                                    "end": "2024-05-12"}]},
    {"key": "p_def_ru2", "name_en": "Test Defence Ru Two", "name_fa": "آندری بلوسوف", "aliases_fa": ["بلوسوف"],
     "country": "RUS", "offices": [{"role": "minister_defence", "country": "RUS", "start": "2024-05-14",
                                    "end": None}]},
    {"key": "p_def_az", "name_en": "Test Defence Az", "name_fa": "ذاکر حسن‌اف", "aliases_fa": ["حسن اف"],
     "country": "AZE", "offices": [{"role": "minister_defence", "country": "AZE", "start": "2013-10-22",
                                    "end": None}]},
    {"key": "p_fm_ru", "name_en": "Test Foreign Ru", "name_fa": "سرگئی لاوروف", "aliases_fa": ["لاوروف"],
     "country": "RUS", "offices": [{"role": "minister_foreign", "country": "RUS", "start": "2004-03-09",
                                    "end": None}]},
    {"key": "p_fm_az", "name_en": "Test Foreign Az", "name_fa": "جیحون بایراموف", "aliases_fa": ["بایراموف"],
     "country": "AZE", "offices": [{"role": "minister_foreign", "country": "AZE", "start": "2020-07-16",
                                    "end": None}]},
    {"key": "p_pres_ru", "name_en": "Test President Ru", "name_fa": "ولادیمیر پوتین", "aliases_fa": ["پوتین"],
     "country": "RUS", "offices": [{"role": "president", "country": "RUS", "start": "2012-05-07", "end": None}]},
    {"key": "p_pm_am", "name_en": "Test PM Am", "name_fa": "نیکول پاشینیان", "aliases_fa": ["پاشینیان"],
     "country": "ARM", "offices": [{"role": "prime_minister", "country": "ARM", "start": "2018-05-08",
                                    "end": None}]},
    {"key": "p_fm_am", "name_en": "Test Foreign Am", "name_fa": "آرارات میرزویان", "aliases_fa": ["میرزویان"],
     "country": "ARM", "offices": [{"role": "minister_foreign", "country": "ARM", "start": "2021-08-19",
                                    "end": None}]},
    {"key": "p_fm_ir", "name_en": "Test Foreign Ir", "name_fa": "عباس عراقچی", "aliases_fa": ["عراقچی"],
     "country": "IRN", "offices": [{"role": "minister_foreign", "country": "IRN", "start": "2024-08-21",
                                    "end": None}]},
    {"key": "p_sg_un", "name_en": "Test SG", "name_fa": "آنتونیو گوترش", "aliases_fa": ["گوترش"],
     "country": "PRT", "offices": [{"role": "secretary_general", "country": "UN", "start": "2017-01-01",
                                    "end": None}]},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_kb(people_records=PEOPLE)


def run(kb: KnowledgeBase, text: str, published: str | None = "2022-03-10") -> Document:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    doc = Document(id="t", source="<test>", text=text, sentences=sentences, published=published,
                   sentence_reference=[None] * len(sentences))
    return annotate_actors(doc, kb)


def ent(doc: Document, eid: str):  # noqa: ANN201
    return next(e for e in doc.entities if e.id == eid)


def mention(doc: Document, text: str):  # noqa: ANN201
    return next(m for m in doc.mentions if m.text == text)


def test_longest_match_and_nested_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "وزیر دفاع جمهوری آذربایجان با خبرنگاران گفتگو کرد.")
    assert [m.text for m in doc.mentions] == ["وزیر دفاع جمهوری آذربایجان"]
    person = ent(doc, doc.mentions[0].entity)
    assert person.name_en == "Test Defence Az" and doc.mentions[0].role == "minister_defence"
    nested = [e for e in doc.entities if e.name_en == "Azerbaijan"]
    assert nested and nested[0].mentions[0].kind == "nested"


def test_mentions_sorted_and_never_overlap(kb: KnowledgeBase) -> None:
    doc = run(kb, "سخنگوی وزارت دفاع ارمنستان و نیروهای مسلح روسیه در قره‌باغ و ایران حضور داشتند.")
    spans = [(m.start, m.end) for m in doc.mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    names = {e.name_en for e in doc.entities}
    assert {"Ministry of Defence of Armenia", "Russian Armed Forces", "Nagorno-Karabakh", "Iran"} <= names


def test_word_boundaries_block_partial_words(kb: KnowledgeBase) -> None:
    doc = run(kb, "اهالی روستا به شهر رفتند و ناتوان بودند.")
    assert doc.mentions == []


def test_space_zwnj_and_glued_spellings_are_one_entity(kb: KnowledgeBase) -> None:
    doc = run(kb, "قره‌باغ آرام است. قره باغ زیباست. قرهباغ دور است.")
    assert len(doc.mentions) == 3
    assert len({m.entity for m in doc.mentions}) == 1
    assert doc.entities[0].name_en == "Nagorno-Karabakh"


def test_office_resolves_to_holder_on_the_date(kb: KnowledgeBase) -> None:
    early = run(kb, "وزیر دفاع روسیه به سوریه سفر کرد.", published="2020-07-18")
    late = run(kb, "وزیر دفاع روسیه به سوریه سفر کرد.", published="2024-06-01")
    unknown = run(kb, "وزیر دفاع روسیه به سوریه سفر کرد.", published=None)
    assert ent(early, early.mentions[0].entity).name_en == "Test Defence Ru"
    assert ent(late, late.mentions[0].entity).name_en == "Test Defence Ru Two"
    role_entity = ent(unknown, unknown.mentions[0].entity)
    assert role_entity.name_en == "Minister of Defence of Russia" and role_entity.type == "PER"
    assert role_entity.country == "RUS"


def test_apposition_links_office_to_named_person(kb: KnowledgeBase) -> None:
    doc = run(kb, "«سرگئی لاوروف» وزیر امور خارجه روسیه با همتای ایرانی خود دیدار کرد.", published="2024-09-01")
    lavrov = mention(doc, "سرگئی لاوروف").entity
    assert mention(doc, "وزیر امور خارجه روسیه").entity == lavrov
    assert mention(doc, "وزیر امور خارجه روسیه").kind == "role"
    counterpart = mention(doc, "همتای ایرانی خود")
    assert ent(doc, counterpart.entity).name_en == "Test Foreign Ir"


def test_unknown_person_before_office_is_discovered_with_its_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "آرتاش گریگوریان وزیر دفاع جدید ارمنستان به مسکو رفت. گریگوریان گفت که سفر موفق بود.")
    person = mention(doc, "آرتاش گریگوریان")
    assert person.kind == "discovered"
    e = ent(doc, person.entity)
    assert e.type == "PER" and e.country == "ARM" and e.name_en is None
    assert mention(doc, "گریگوریان").entity == person.entity
    assert mention(doc, "وزیر دفاع جدید ارمنستان").entity == person.entity


def test_honorific_introduces_unknown_person(kb: KnowledgeBase) -> None:
    doc = run(kb, "ژنرال کامران ولیوف از پایگاه بازدید کرد.")
    assert mention(doc, "کامران ولیوف").kind == "discovered"


def test_ordinary_words_before_an_office_are_not_a_name(kb: KnowledgeBase) -> None:
    doc = run(kb, "روز پنجشنبه وزیر دفاع روسیه سخن گفت.", published=None)
    assert all(m.kind != "discovered" for m in doc.mentions)


def test_pronoun_links_to_previous_subject(kb: KnowledgeBase) -> None:
    doc = run(kb, "نیکول پاشینیان با ولادیمیر پوتین دیدار کرد. وی افزود که روابط خوب است.")
    assert mention(doc, "وی").entity == mention(doc, "نیکول پاشینیان").entity


def test_this_country_links_to_the_country_named_before(kb: KnowledgeBase) -> None:
    doc = run(kb, "ارتش سوریه اعلام کرد که مرزهای این کشور امن است.")
    this = mention(doc, "این کشور")
    assert this.kind == "coref" and ent(doc, this.entity).name_en == "Syria"
    assert ent(doc, mention(doc, "ارتش سوریه").entity).name_en == "Armed Forces of Syria"


def test_two_sides_become_a_group_of_two_entities(kb: KnowledgeBase) -> None:
    doc = run(kb, "سرگئی لاوروف با جیحون بایراموف تلفنی گفتگو کرد. دو طرف بر همکاری تاکید کردند.")
    group = mention(doc, "دو طرف")
    assert group.kind == "coref"
    assert set(group.entity.split("+")) == {mention(doc, "سرگئی لاوروف").entity, mention(doc, "جیحون بایراموف").entity}


def test_plural_office_with_two_countries_is_one_group_mention(kb: KnowledgeBase) -> None:
    doc = run(kb, "وزیران خارجه روسیه و جمهوری آذربایجان توافق کردند.", published="2021-01-01")
    m = doc.mentions[0]
    assert m.text == "وزیران خارجه روسیه و جمهوری آذربایجان" and m.kind == "role"
    assert {ent(doc, x).name_en for x in m.entity.split("+")} == {"Test Foreign Ru", "Test Foreign Az"}


def test_side_word_is_the_country_even_beside_its_minister(kb: KnowledgeBase) -> None:
    # the seeds' gold codes «طرف آذربایجانی» in a meeting of two ministers as Azerbaijan (the host side)
    doc = run(kb, "ذاکر حسن اف با ایوان پتروف دیدار کرد و پتروف طرف آذری را در جریان گذاشت.")
    side = mention(doc, "طرف آذری")
    assert ent(doc, side.entity).name_en == "Azerbaijan"
    assert side.entity != mention(doc, "ذاکر حسن اف").entity
    assert mention(doc, "پتروف").entity == mention(doc, "ایوان پتروف").entity


def test_news_agency_quoted_as_source_is_not_an_actor(kb: KnowledgeBase) -> None:
    doc = run(kb, "به گزارش ایرنا، گوترش دبیرکل سازمان ملل خواستار آتش بس شد.", published="2023-01-01")
    names = {e.name_en for e in doc.entities}
    assert "Islamic Republic News Agency" not in names
    assert "Test SG" in names and "United Nations" in names


def test_exercise_name_with_year_is_an_event_not_the_region(kb: KnowledgeBase) -> None:
    doc = run(kb, "رزمایش قفقاز-۲۰۲۰ در منطقه قفقاز برگزار شد.")
    kinds = {e.name_en: e.type for e in doc.entities}
    assert kinds.get("Caucasus-2020") == "EVT" and kinds.get("Caucasus") == "LOC"


def test_fixed_office_of_an_organization_nests_the_organization(kb: KnowledgeBase) -> None:
    doc = run(kb, "شارل دوپون رئیس شورای اتحادیه اروپا با ایران تماس گرفت.")
    person = mention(doc, "شارل دوپون")
    assert ent(doc, person.entity).country == "EU"
    assert any(e.country == "EU" and e.type == "ORG" for e in doc.entities)

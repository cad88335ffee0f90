"""«دو کشور» / «دو طرف» / «طرفین» and plural offices resolved inside the document."""

from __future__ import annotations

import re

import pytest

from rasad.actors import annotate_actors
from rasad.actors.kb import KnowledgeBase, build_kb
from rasad.document import Document

PEOPLE = [
    {"key": "spokes_ir", "name_en": "Test Spokesman", "name_fa": "ناصر کاظمی", "country": "IRN",
     "offices": [{"role": "foreign_ministry_spokesperson", "country": "IRN", "start": "2021-01-01", "end": None}]},
    {"key": "pres_ru", "name_en": "Test President Ru", "name_fa": "ولادیمیر پوتین", "aliases_fa": ["پوتین"],
     "country": "RUS", "offices": [{"role": "president", "country": "RUS", "start": "2012-05-07", "end": None}]},
    {"key": "pres_tr", "name_en": "Test President Tr", "name_fa": "رجب طیب اردوغان", "aliases_fa": ["اردوغان"],
     "country": "TUR", "offices": [{"role": "president", "country": "TUR", "start": "2014-08-28", "end": None}]},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_kb(people_records=PEOPLE)


def run(kb: KnowledgeBase, text: str, published: str | None = "2022-03-10") -> Document:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    doc = Document(id="t", source="<test>", text=text, sentences=sentences, published=published,
                   sentence_reference=[None] * len(sentences))
    return annotate_actors(doc, kb)


def members(doc: Document, text: str, nth: int = 0) -> list[str]:
    mention = [m for m in doc.mentions if m.text == text][nth]
    by_id = {e.id: e for e in doc.entities}
    return [by_id[i].name_en or by_id[i].name for i in mention.entity.split("+")]


def test_two_countries_are_the_pair_joined_by_and_not_the_speakers_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "سخنگوی وزارت خارجه ایران با ابراز نگرانی از درگیری در مناطق مرزی جمهوری ارمنستان و "
                  "جمهوری آذربایجان، دو کشور را به خویشتنداری دعوت کرد.")
    assert members(doc, "دو کشور") == ["Armenia", "Azerbaijan"]


def test_between_x_and_y_wins_over_the_sentence_subject(kb: KnowledgeBase) -> None:
    doc = run(kb, "ترکیه میان روسیه و اوکراین میانجیگری کرد و از دو کشور خواست مذاکره کنند.")
    assert members(doc, "دو کشور") == ["Russia", "Ukraine"]
    capitals = run(kb, "قطر میان مسکو و کی‌یف میانجیگری کرد و از دو کشور خواست مذاکره کنند.")
    assert members(capitals, "دو کشور") == ["Russia", "Ukraine"]


def test_head_word_distributes_over_a_joined_country(kb: KnowledgeBase) -> None:
    doc = run(kb, "درگیری بین نظامیان ارمنستان و گرجستان ادامه دارد اما دو طرف یکدیگر را متهم می‌کنند.")
    assert members(doc, "دو طرف") == ["Armenia", "Georgia"]


def test_two_sides_are_two_persons_joined_by_and(kb: KnowledgeBase) -> None:
    doc = run(kb, "پوتین و اردوغان در سوچی دیدار کردند. دو طرف بر آتش‌بس تاکید کردند.")
    assert members(doc, "دو طرف") == ["Test President Ru", "Test President Tr"]


def test_plural_office_links_members_to_holders_named_in_the_document(kb: KnowledgeBase) -> None:
    text = ("در دیدار وزرای دفاع قزاقستان و روسیه، مسائل امنیتی بررسی شد. وزارت دفاع قزاقستان از دیدار "
            "«آیدار بیک‌اف»، وزیر دفاع این کشور با «پیوتر ایوانف»، وزیر دفاع روسیه خبر داد.")
    doc = run(kb, text, published=None)
    assert members(doc, "وزرای دفاع قزاقستان و روسیه") == ["آیدار بیک‌اف", "پیوتر ایوانف"]


def test_sides_of_a_meeting_are_the_office_holders_not_their_countries(kb: KnowledgeBase) -> None:
    text = ("وزارت دفاع قزاقستان از دیدار «آیدار بیک‌اف»، وزیر دفاع این کشور با «پیوتر ایوانف»، وزیر دفاع "
            "روسیه خبر داد. روسیه هرگز علیه قزاقستان اقدامی نکرده است. در این نشست، طرفین درباره همکاری "
            "نظامی گفتگو کردند. روابط دو کشور گسترش می‌یابد.")
    doc = run(kb, text, published=None)
    assert sorted(members(doc, "طرفین")) == ["آیدار بیک‌اف", "پیوتر ایوانف"]
    # «دو کشور» still means the countries
    assert sorted(members(doc, "دو کشور")) == ["Kazakhstan", "Russia"]

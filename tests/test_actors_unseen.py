"""Robustness on topics the seeds never cover, with the shipped knowledge base (our own sentences)."""

from __future__ import annotations

import re

import pytest

from rasad.actors import annotate_actors
from rasad.document import Document


def run(text: str, published: str = "2023-05-10") -> Document:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    doc = Document(id="t", source="<test>", text=text, sentences=sentences, published=published,
                   sentence_reference=[None] * len(sentences))
    return annotate_actors(doc)


def actor(doc: Document, mention_text: str):  # noqa: ANN201
    m = next(m for m in doc.mentions if m.text == mention_text)
    return next(e for e in doc.entities if e.id == m.entity)


@pytest.mark.parametrize(("text", "mention", "name_en", "country"), [
    ("رئیس جمهور اوکراین خواستار ارسال سلاح بیشتر شد.", "رئیس جمهور اوکراین", "Volodymyr Zelenskyy", "UKR"),
    ("دبیرکل ناتو در بروکسل سخنرانی کرد.", "دبیرکل ناتو", None, "NATO"),
    ("ارتش اسرائیل اعلام کرد که یک پایگاه را هدف قرار داده است.", "ارتش اسرائیل", None, "ISR"),
    ("نیروهای انصارالله یک کشتی را در دریای سرخ توقیف کردند.", "انصارالله", "Houthis", "YEM"),
    ("حزب الله لبنان چند موشک شلیک کرد.", "حزب الله لبنان", "Hezbollah", "LBN"),
    ("طالبان کنترل ولایت پنجشیر را در دست گرفت.", "طالبان", "Taliban", "AFG"),
    ("جنبش حماس آتش بس را پذیرفت.", "جنبش حماس", "Hamas", "PSE"),
    ("وزیر خارجه روسیه با همتای ایرانی خود گفتگو کرد.", "وزیر خارجه روسیه", "Sergey Lavrov", "RUS"),
    ("نخست وزیر عراق از دمشق دیدن کرد.", "دمشق", "Damascus", "SYR"),
])
def test_actor_on_unseen_topics(text: str, mention: str, name_en: str | None, country: str) -> None:
    e = actor(run(text), mention)
    assert e.country == country
    if name_en is not None:
        assert e.name_en == name_en


def test_chinese_foreign_ministry_spokesperson_is_an_office_of_china() -> None:
    doc = run("سخنگوی وزارت خارجه چین روز سه شنبه گفت پکن از آتش بس حمایت می کند.")
    assert actor(doc, "سخنگوی وزارت خارجه چین").country == "CHN"
    assert actor(doc, "پکن").country == "CHN"


def test_iranian_counterpart_of_russian_minister() -> None:
    doc = run("وزیر خارجه روسیه در تهران با همتای ایرانی خود گفت و گو کرد.")
    counterpart = actor(doc, "همتای ایرانی خود")
    assert counterpart.type == "PER" and counterpart.country == "IRN"


def test_office_holder_follows_the_date() -> None:
    # the same office on two dates names two different holders
    before = actor(run("رئیس جمهور اوکراین به لندن رفت.", "2018-06-01"), "رئیس جمهور اوکراین")
    after = actor(run("رئیس جمهور اوکراین به لندن رفت.", "2023-06-01"), "رئیس جمهور اوکراین")
    assert after.name_en == "Volodymyr Zelenskyy"
    assert before.name_en != after.name_en

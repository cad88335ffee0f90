"""Collective actors (opposition, coalitions), «امارت اسلامی», parliaments and humanitarian
societies as organizations, «وزیر جنگ», chained honorifics, envoys and ministers added to the people
data. Our own sentences."""

from __future__ import annotations

import pytest

from rasad.pipeline import process_text

TEHRAN = "+03:30"


def _links(text: str, day: str = "2023-03-01") -> list[tuple[str, str]]:
    """(mention text, English names of its entities joined by «+»)."""
    doc = process_text(text, published=f"{day}T10:00:00{TEHRAN}")
    ents = {e.id: e for e in doc.entities}
    return [(m.text, "+".join(str(ents[i].name_en) for i in m.entity.split("+"))) for m in doc.mentions]


def _linked(text: str, mention: str, day: str = "2023-03-01") -> str | None:
    return next((name for t, name in _links(text, day) if t == mention), None)


def _names(text: str, day: str = "2023-03-01") -> set[str]:
    doc = process_text(text, published=f"{day}T10:00:00{TEHRAN}")
    return {str(e.name_en or e.name) for e in doc.entities}


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("امارت اسلامی خواهان تعامل با همسایگان است.", "امارت اسلامی", "Taliban"),
    ("جنگنده‌های ائتلاف به رهبری عربستان بندر را بمباران کردند.", "ائتلاف به رهبری عربستان",
     "Saudi-led coalition"),
    ("ائتلاف سعودی حمله به فرودگاه را تایید کرد.", "ائتلاف سعودی", "Saudi-led coalition"),
    ("مخالفان سوری نشست را ترک کردند.", "مخالفان سوری", "Syrian opposition"),
    ("اپوزیسیون سوریه این طرح را رد کرد.", "اپوزیسیون سوریه", "Syrian opposition"),
    ("نمایندگان دومای دولتی روسیه به این لایحه رای دادند.", "دومای دولتی روسیه", "State Duma"),
    ("جمعیت هلال احمر جمهوری اسلامی ایران محموله‌ای دارو به لبنان فرستاد.",
     "جمعیت هلال احمر جمهوری اسلامی ایران", "Iranian Red Crescent Society"),
    ("معترضان در کریدور لاچین چادر زدند.", "کریدور لاچین", "Lachin corridor"),
])
def test_collective_and_institutional_actors(text: str, mention: str, name: str) -> None:
    assert _linked(text, mention) == name


def test_syrian_state_inside_a_phrase_stays_the_country_antecedent() -> None:
    # «دولت سوریه» inside the phrase must keep Syria as the antecedent of «این کشور»
    text = "گروه‌های مسلح مخالف دولت سوریه ارتش این کشور را به نقض آتش‌بس متهم کردند."
    assert _linked(text, "ارتش این کشور") == "Armed Forces of Syria"


def test_minister_of_war_is_the_defence_minister() -> None:
    text = "وزیر جنگ رژیم صهیونیستی تهدید کرد عملیات زمینی را آغاز می‌کند."
    assert _linked(text, "وزیر جنگ رژیم صهیونیستی", day="2012-11-21") == "Ehud Barak"


@pytest.mark.parametrize(("text", "day", "mention", "name"), [
    ("وزیر امور خارجه فنلاند گفت هلسینکی به عضویت در ناتو نزدیک است.", "2022-06-28",
     "وزیر امور خارجه فنلاند", "Pekka Haavisto"),
    ("وزیر امور خارجه سوئد با همتای ترک خود گفتگو کرد.", "2022-05-20", "وزیر امور خارجه سوئد", "Ann Linde"),
    ("وزیر امور خارجه سوئد با همتای ترک خود گفتگو کرد.", "2023-05-20", "وزیر امور خارجه سوئد",
     "Tobias Billström"),
])
def test_nordic_foreign_ministers_by_date(text: str, day: str, mention: str, name: str) -> None:
    assert _linked(text, mention, day=day) == name


def test_envoy_names_are_known_and_no_role_words_join_a_name() -> None:
    text = ("ذبیح الله مجاهد با توماس وست نماینده خاص امریکا برای افغانستان و ضمیر کابلوف نماینده خاص "
            "رئیس جمهور روسیه برای افغانستان دیدار کرد.")
    names = _names(text, day="2024-06-30")
    assert {"Thomas West", "Zamir Kabulov"} <= names
    assert not any("نماینده" in n for n in names)


def test_compound_clerical_title_is_no_name() -> None:
    text = "حجت‌الاسلام والمسلمین کاظم صدیقی‌نیا در نماز جمعه سخنرانی کرد."
    names = _names(text)
    assert not any("المسلمین" in n for n in names)
    assert any("صدیقی" in n for n in names)


def test_chained_honorifics_skip_to_the_name() -> None:
    # «سردار سید»: both titles; the unknown person is the words after the last one
    text = "سردار سید مهران کاظم‌پوریان و سرتیپ داوود ملک‌زاده مشمول تحریم شدند."
    names = _names(text)
    assert not any(n.startswith("سید") for n in names)
    assert any("کاظم" in n for n in names)


def test_known_general_with_seyyed_title() -> None:
    text = "سردار سید حجت الله قریشی در این نشست حضور داشت."
    assert "Hojatollah Qureishi" in _names(text, day="2022-10-20")
    assert "Shah Mehmood Qureshi" not in _names(text, day="2022-10-20")

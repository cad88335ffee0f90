"""Ambiguous place names need a cue, outlet names are masked, home offices, multi-holder
offices, offices of armed groups, capitals and UN missions from data. Our own sentences."""

from __future__ import annotations

import pytest
import yaml

from rasad.actors.kb import DATA_DIR, default_kb
from rasad.pipeline import process_text

TEHRAN = "+03:30"


def _actors(text: str, published: str = f"2021-03-01T10:00:00{TEHRAN}") -> dict[str, tuple[str | None, list[str]]]:
    doc = process_text(text, published=published)
    return {str(e.name_en): (e.country, [m.text for m in e.mentions]) for e in doc.entities}


def test_common_word_country_names_need_a_cue() -> None:
    assert _actors("نظام مالی جهان در بحران است و اقتصاد در آستانه فروپاشی قرار دارد.") == {}
    found = _actors("نیروهای فرانسوی از مالی و نیجر خارج شدند.")
    assert "Mali" in found and "Niger" in found
    assert "Mali" in _actors("رئیس جمهور مالی به پاریس رفت.")
    assert "Astana" in _actors("مذاکرات صلح در آستانه پایتخت قزاقستان برگزار می‌شود.")


def test_border_town_that_is_a_common_word_needs_a_place_cue() -> None:
    assert "Chaman" in _actors("ارتش پاکستان گذرگاه مرزی چمن را بست.")
    assert "Chaman" in _actors("درگیری در چمن - اسپین بولدک ادامه دارد.")
    assert "Chaman" not in _actors("کودکان روی چمن بازی می‌کردند.")


def test_words_inside_an_outlet_name_are_not_actors() -> None:
    found = _actors("به گزارش عصر ایران، وزیر خارجه ترکیه به بغداد رفت.")
    assert "Iran" not in found and "Baghdad" in found


def test_home_office_without_country_in_tehran_time_is_iranian() -> None:
    found = _actors("سخنگوی وزارت امور خارجه حمله به سفارت را محکوم کرد.", f"2016-03-01T10:00:00{TEHRAN}")
    assert [c for c, _ in found.values()] == ["IRN"]
    assert _actors("سخنگوی وزارت امور خارجه حمله به سفارت را محکوم کرد.", "2016-03-01T10:00:00+02:00") == {}
    # a country after the phrase is never overridden
    found = _actors("سخنگوی وزارت امور خارجه روسیه حمله را محکوم کرد.", f"2016-03-01T10:00:00{TEHRAN}")
    assert all(c == "RUS" for c, _ in found.values())


def test_kremlin_spokesperson_and_multi_holder_office() -> None:
    found = _actors("سخنگوی کاخ کرملین گفت مسکو پاسخ می‌دهد.", f"2019-03-01T10:00:00{TEHRAN}")
    assert "Dmitry Peskov" in found
    found = _actors("سخنگوی وزارت خارجه چین آمریکا را متهم کرد.")
    assert found["Ministry of Foreign Affairs of China"][1][0] == "سخنگوی وزارت خارجه چین"
    assert not any(c == "CHN" and n not in ("China", "Ministry of Foreign Affairs of China") for n, (c, _) in found.items())


@pytest.mark.parametrize(("text", "day", "who"), [
    ("رهبر انصارالله آمریکا را تهدید کرد.", "2023-12-01", "Abdul-Malik al-Houthi"),
    ("رئیس دفتر سیاسی حماس با وزیر خارجه قطر دیدار کرد.", "2015-03-01", "Khaled Mashal"),
    ("رئیس دفتر سیاسی حماس با وزیر خارجه قطر دیدار کرد.", "2020-03-01", "Ismail Haniyeh"),
    ("رئیس دفتر سیاسی حماس با وزیر خارجه قطر دیدار کرد.", "2024-09-01", "Yahya Sinwar"),
    ("دبیرکل حزب‌الله اسرائیل را تهدید کرد.", "2020-01-05", "Hassan Nasrallah"),
    ("دبیرکل حزب‌الله اسرائیل را تهدید کرد.", "2025-01-05", "Naim Qassem"),
])
def test_offices_of_groups_resolve_on_the_date(text: str, day: str, who: str) -> None:
    assert who in _actors(text, f"{day}T10:00:00{TEHRAN}")


def test_un_missions_branches_and_afghan_institutions() -> None:
    found = _actors("نیروهای حافظ صلح سازمان ملل در لبنان (یونیفل) از دو طرف خواستند آرام بمانند.")
    assert found["UNIFIL"][0] == "UN"
    found = _actors("وزارت داخله طالبان از بازداشت اعضای شاخه خراسان داعش در ولایت کنر خبر داد.")
    assert found["Ministry of Interior Affairs (Afghanistan)"][0] == "AFG"
    assert "Islamic State – Khorasan Province" in found and "Taliban" in found
    found = _actors("سران ناتو در بروکسل و وزیران خارجه در ژنو و وین دیدار کردند.")
    assert {"Brussels", "Geneva", "Vienna", "NATO"} <= set(found)


def test_long_names_are_whole_actors() -> None:
    found = _actors("رئیس مجلس شورای اسلامی با سفیر عراق دیدار کرد. کشورهای عضو پیمان آتلانتیک شمالی در منطقه اروپا-آتلانتیک رزمایش دارند.")
    assert not any("شورای اسلامی" == m for _, ms in found.values() for m in ms)
    assert "NATO" in found and not any(n in ("آتلانتیک", "None") for n in found)


def test_capitals_and_ambiguous_lists_are_consistent() -> None:
    kb = default_kb()
    capitals = yaml.safe_load((DATA_DIR / "capitals.yaml").read_text(encoding="utf-8"))
    extra = yaml.safe_load((DATA_DIR / "countries_extra.yaml").read_text(encoding="utf-8"))
    assert len(capitals) > 80
    for code, cap in capitals.items():
        assert code in kb.countries, code
        assert not (extra.get(code) or {}).get("capital"), f"{code}: capital given twice"
        assert cap["fa"] and cap["en"]
    ambiguous = yaml.safe_load((DATA_DIR / "ambiguous.yaml").read_text(encoding="utf-8"))
    assert ambiguous["forms"] and ambiguous["cue_before"] and ambiguous["cue_after"]
    for form in kb.ambiguous_forms:
        assert kb.automaton.exists(form), f"ambiguous form {form} names nothing in the knowledge base"
    for phrase, code in kb.home_offices.items():
        assert code in kb.office_vocabulary, phrase

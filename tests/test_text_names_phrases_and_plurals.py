"""Proper names are never dot-repaired, glued listed phrases are
split, bound heads after numbers, prefixes and listed compounds with inflections, and plural
endings typed apart after a non-joining letter."""

from __future__ import annotations

from rasad.text import normalize_text
from rasad.text.lexicon import lexicon

Z = "\u200c"


def norm(s: str) -> str:
    return normalize_text(s).text


def test_outlet_names_are_protected_from_lost_dot_repair() -> None:
    # «ایلنا» is one dot away from the common «ایلیا»: an outlet's name is no typo
    assert norm("به گزارش ایلنا، نشست امروز برگزار شد.") == "به گزارش ایلنا، نشست امروز برگزار شد."
    assert "ایلنا" in lexicon().listed
    # a true lost dot in a common word is still restored
    assert norm("دو طرف تاکند کردند") == "دو طرف تاکید کردند"


def test_glued_listed_phrase_is_split() -> None:
    assert norm("سخنگوی وزارت امورخارجه گفت") == "سخنگوی وزارت امور خارجه گفت"
    # a known word is never split, even when its halves are words
    assert norm("کارشناس امور بین الملل") == f"کارشناس امور بین{Z}الملل"


def test_bound_heads_join_after_nouns_and_numbers() -> None:
    assert norm("شمار کشته شدگان افزایش یافت") == f"شمار کشته{Z}شدگان افزایش یافت"
    assert norm("نشست سه جانبه در آنکارا") == f"نشست سه{Z}جانبه در آنکارا"
    # the dictionary's glued spelling wins
    assert norm("روابط دو جانبه") == "روابط دوجانبه"
    # a number before a free word stays apart
    assert norm("سه کشور") == "سه کشور"


def test_prefix_and_listed_compounds_with_inflections() -> None:
    assert norm("شبه نظامیان مسلح") == f"شبه{Z}نظامیان مسلح"
    assert norm("یک راه حلی سیاسی") == f"یک راه{Z}حلی سیاسی"
    assert norm("راه حل دیپلماتیک") == f"راه{Z}حل دیپلماتیک"


def test_plural_ending_after_non_joining_letter_is_glued() -> None:
    assert norm("استاندارد های جهانی") == "استانداردهای جهانی"
    assert norm("نیرو های مسلح") == "نیروهای مسلح"
    assert norm("دور ترین نقطه") == "دورترین نقطه"
    # after a joining letter the ZWNJ stays
    assert norm("موشک های بالستیک") == f"موشک{Z}های بالستیک"


def test_compound_data_lists_are_loaded() -> None:
    rules = lexicon().compounds
    assert "جانبه" in rules.number_heads and "جانبه" in rules.bound_heads
    assert f"راه{Z}حل" in rules.zwnj_compounds and f"راه{Z}حل" in lexicon().listed
    # the phrases our own compounds.yaml lists never join; derived ones yield to a prefix
    assert rules.listed_apart <= rules.keep_apart

"""Spaced compounds, NBSP inside words, glued full stops and wrapped lines (text layer round 2).

All sentences are our own; each case names the rule it exercises.
"""

from __future__ import annotations

import pytest
import yaml

from rasad.document import Document
from rasad.text import normalize_document, normalize_text, split_sentences
from rasad.text.lexicon import TEXT_DATA, lexicon

Z = "\u200c"


def norm(s: str) -> str:
    return normalize_text(s).text


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # "A و B" dictionary compounds, bare and inflected
        ("دو طرف گفت و گو کردند", f"دو طرف گفت{Z}وگو کردند"),
        ("در این گفت و گوی طولانی", f"در این گفت{Z}وگوی طولانی"),
        ("پس از جست و جو در منطقه", f"پس از جست{Z}وجو در منطقه"),
        # (a) bound heads after a noun/adjective, also when the joined word is unlisted
        ("تیم مذاکره کننده ایران", f"تیم مذاکره{Z}کننده ایران"),
        ("مقام هماهنگ کننده سازمان", f"مقام هماهنگ{Z}کننده سازمان"),
        ("این وضعیت نگران کننده است", f"این وضعیت نگران{Z}کننده است"),
        ("شرکت کنندگان نشست", f"شرکت{Z}کنندگان نشست"),
        ("این کار امکان پذیر نیست", f"این کار امکان{Z}پذیر نیست"),
        ("نتیجه گیری کارشناسان", f"نتیجه{Z}گیری کارشناسان"),
        ("روند تصمیم گیری های دولت", f"روند تصمیم{Z}گیری{Z}های دولت"),  # head + plural ending
        # (a) free heads need the joined word in the dictionary
        ("شهر زیر گلوله باران بود", f"شهر زیر گلوله{Z}باران بود"),
        ("کارشناسان پیش بینی کردند", f"کارشناسان پیش{Z}بینی کردند"),
        ("از بزرگ نمایی خطر", f"از بزرگ{Z}نمایی خطر"),
        ("پس از همه گیری بیماری", f"پس از همه{Z}گیری بیماری"),
        ("در رای گیری شورا", f"در رای{Z}گیری شورا"),
        ("وزارت خزانه داری", f"وزارت خزانه{Z}داری"),
        # (b) prefixes
        ("این پیام بی پاسخ ماند", f"این پیام بی{Z}پاسخ ماند"),
        ("حمله ای بی دلیل بود", f"حمله{Z}ای بی{Z}دلیل بود"),
        ("منطقه ای نا امن", f"منطقه{Z}ای ناامن"),  # the dictionary writes ناامن glued
        ("هم اکنون در جلسه است", f"هم{Z}اکنون در جلسه است"),
        # (c) a frequent ZWNJ compound of the dictionary
        ("شورا قطع نامه ای صادر کرد", f"شورا قطع{Z}نامه{Z}ای صادر کرد"),
        ("نیروها عقب نشینی کردند", f"نیروها عقب{Z}نشینی کردند"),
        ("مقامات کی یف گفتند", f"مقامات کی{Z}یف گفتند"),
    ],
)
def test_spaced_compounds_are_joined(raw: str, want: str) -> None:
    assert norm(raw) == want


@pytest.mark.parametrize(
    "raw",
    [
        "رئیس جمهوری فرانسه آمد",  # free words the dictionaries downstream write apart
        "رئیس جمهور روسیه",
        "نخست وزیر عراق",
        "روز سه شنبه",
        "منطقه قره باغ",
        "ایالات متحده آمریکا",
        "ما هم دست به کار شدیم",  # «هم» as "also" before a common word
        "آنان هم رفتند",
        "وقتی که رسید",  # clause words stay separate for the clause splitter
        "یک میلیون دلار",  # numbers stay readable
        "سی دی ماه",  # a date: the 30th of Dey
        "قرارداد اعلام شده است",  # a verb phrase is no compound
        "گزارش بی بی سی",  # a doubled word
        "آمریکا و روسیه توافق کردند",  # a real coordination
        "زیر باران ماند",  # a free head alone
        "شهر باران دیده",
    ],
)
def test_free_words_stay_apart(raw: str) -> None:
    assert norm(raw) == raw


def test_nbsp_in_a_compound_becomes_zwnj_else_space() -> None:
    assert norm("وزارت خزانه\u00a0داری آمریکا") == f"وزارت خزانه{Z}داری آمریکا"
    assert norm("مذاکره\u00a0کننده") == f"مذاکره{Z}کننده"
    assert norm("سفر\u00a0وزیر") == "سفر وزیر"  # two words that make no compound


def test_glued_full_stop_gives_a_space_and_a_sentence_break() -> None:
    raw = "دو وزیر گفت و گو کردند.رئیس جمهور نیز گفت که سفر می کند."
    doc = split_sentences(normalize_document(Document(id="t", source="t", raw=raw)))
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        f"دو وزیر گفت{Z}وگو کردند.", f"رئیس جمهور نیز گفت که سفر می{Z}کند."]
    assert norm("او آمد.«ما آماده ایم»") == f"او آمد. «ما آماده{Z}ایم»"
    assert norm("کرد.و رفت") == "کرد. و رفت"


def test_abbreviations_keep_their_full_stops() -> None:
    assert norm("سال ۱۳۵۷ ه.ش. بود") == "سال ۱۳۵۷ ه.ش. بود"
    assert norm("نیروهای ج.ا.ا در مرز") == "نیروهای ج.ا.ا در مرز"


def test_line_wrapped_inside_a_sentence_is_one_sentence() -> None:
    # the clean stage hands over each line as its own range; adjacent lines keep one break
    raw = ("ارتش با حملات هوایی به چند روستا پاسخ داد که در نتیجه آن چهار نفر\n"
           "از جمله دو کودک کشته شدند.\n\nبند بعدی.")
    first, second = raw.index("\n"), raw.index("\n\n")
    ranges = [(0, first), (first + 1, second), (second + 2, len(raw))]
    doc = split_sentences(normalize_document(Document(id="t", source="t", raw=raw, body_ranges=ranges)))
    got = [doc.text[s:e] for s, e in doc.sentences]
    assert got == ["ارتش با حملات هوایی به چند روستا پاسخ داد که در نتیجه آن چهار نفر از جمله دو کودک کشته شدند.",
                   "بند بعدی."]
    s, e = doc.raw_span(0, len(got[0]))
    assert (s, e) == (0, second)
    # a short line that ends on a preposition goes on too; a short heading does not
    assert norm("سه نفر از\nجمله کشته شدند.") == "سه نفر از جمله کشته شدند."
    assert norm("خبر کوتاه\nمتن خبر اینجاست.") == "خبر کوتاه\nمتن خبر اینجاست."


def test_compound_data_is_valid() -> None:
    data = yaml.safe_load((TEXT_DATA / "compounds.yaml").read_text(encoding="utf-8"))
    assert set(data) == {"bound_heads", "free_heads", "number_heads", "prefixes", "lexicon_min_freq",
                         "zwnj_compounds", "never_join", "keep_apart"}
    assert set(data["number_heads"]) <= set(data["bound_heads"])
    assert all("\u200c" in w for w in data["zwnj_compounds"])
    for key in ("bound_heads", "free_heads", "never_join"):
        items = data[key]
        assert items and len(items) == len(set(items)), key
        assert all(isinstance(w, str) and " " not in w for w in items), key
    assert not set(data["bound_heads"]) & set(data["free_heads"])
    assert all(len(p.split()) == 2 for p in data["keep_apart"])
    for prefix, rule in data["prefixes"].items():
        assert set(rule) <= {"min_freq", "max_ratio", "glued"}, prefix
    rules = lexicon().compounds
    # the date lexicon's words and the actor data's spaced phrases are merged in
    assert "دی" in rules.never_join and "ایالات متحده" in rules.keep_apart

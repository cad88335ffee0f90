"""Sentence splitting over normalized text."""

from __future__ import annotations

from rasad.document import Document
from rasad.text import normalize_document, split_sentences
from rasad.text.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_splits_at_final_punctuation_and_lines() -> None:
    text = "وزیر به تهران رفت. او با رئیس جمهور دیدار کرد! آیا توافق شد؟\nعنوان بعدی\n\nبند تازه"
    assert sentences(text) == ["وزیر به تهران رفت.", "او با رئیس جمهور دیدار کرد!", "آیا توافق شد؟",
                               "عنوان بعدی", "بند تازه"]


def test_not_inside_numbers_urls_or_abbreviations() -> None:
    text = "نرخ تورم 3.5 درصد شد. نشانی www.irna.ir/news است. در سال ۱۳۵۷ ه.ش. انقلاب شد. U.S. Army آمد."
    assert sentences(text) == ["نرخ تورم 3.5 درصد شد.", "نشانی www.irna.ir/news است.",
                               "در سال ۱۳۵۷ ه.ش. انقلاب شد.", "U.S. Army آمد."]


def test_quotation_after_colon_stays_whole() -> None:
    text = "او گفت: «ما آماده‌ایم. گفت‌وگو ادامه دارد.» سپس رفت."
    assert sentences(text) == ["او گفت: «ما آماده‌ایم. گفت‌وگو ادامه دارد.»", "سپس رفت."]


def test_spans_are_trimmed_and_never_hold_a_blank_line() -> None:
    text = "  اول.  \n\n  دوم  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["اول.", "دوم"]
    for s, e in spans:
        assert "\n\n" not in text[s:e]


def test_split_sentences_on_document() -> None:
    doc = normalize_document(Document(id="t", source="t", raw="خبر اول است.خبر دوم است."))
    doc = split_sentences(doc)
    assert [doc.text[s:e] for s, e in doc.sentences] == ["خبر اول است.", "خبر دوم است."]

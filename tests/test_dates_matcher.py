"""The anchored matcher gives exactly what a plain finditer over the whole text gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.dates.grammar import _anchored_finditer, _start_positions, grammar
from rasad.dates.lexicon import fold

# Our own fragments: date words, numbers, glue and ordinary words, shuffled by hypothesis.
FRAGMENTS = [
    "روز", "سه‌شنبه", "سه شنبه", "شنبه", "۲۶", "12", "آبان", "ماه", "مهرماه", "دی", "۱۴۰۰", "2020", "سال",
    "از", "تا", "الی", "-", "/", "۱۳۹۹/۰۴/۲۹", "میلادی", "هفته", "گذشته", "آینده", "این", "امروز", "(", ")",
    "دیروز", "اواخر", "بامداد", "عصر", "ساعت", "۱۴:۳۰", "۳", "دو", "پیش", "قبل", "دهه", "۶۰", "پاییز", "۹۹",
    "نوامبر", "May", "may", "رمضان", "ربیع الاول", "اول", "بیست و یکم", "وزیر", "آذربایجان", "مهرداد", "،",
    "شب", "جمعه", "امسال", "چند", "کرد", "\u200c", "\n", ".",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25), st.lists(st.sampled_from([" ", "", "  "]),
                                                                                min_size=25, max_size=25))
def test_anchored_matches_equal_finditer(words: list[str], gaps: list[str]) -> None:
    text = fold("".join(w + g for w, g in zip(words, gaps, strict=False)))
    gr = grammar()
    starts = _start_positions(text)
    for index, (_, rx) in enumerate(gr.patterns):
        want = [(m.start(), m.end(), m.groupdict()) for m in rx.finditer(text)]
        got = [(m.start(), m.end(), m.groupdict()) for m in _anchored_finditer(rx, text, starts.get(index, []))]
        assert got == want, (index, text)
    for index, rx in enumerate(gr.time_patterns):
        want = [(m.start(), m.end()) for m in rx.finditer(text)]
        got = [(m.start(), m.end()) for m in _anchored_finditer(rx, text, starts.get(-1 - index, []))]
        assert got == want, (index, text)


def test_fold_keeps_length_and_folds_digits_and_letters() -> None:
    text = "۱۲ دي ١٤٠٠\u00a0ك"
    assert fold(text) == "12 دی 1400 ک"
    assert len(fold(text)) == len(text)

"""The date stage's word lists (rasad/data/dates/lexicon.yaml), loaded once and checked.

Everything language-specific the date grammar knows lives in that file; this module only
reads it, folds spellings to one key, and turns the lists into regex alternations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ZWNJ = "\u200c"
LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "dates" / "lexicon.yaml"

# Length-preserving folding: ASCII digits, Persian ی/ک, plain spaces. Offsets into the
# folded text are offsets into the original, so spans need no mapping.
_FOLD = str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "\u00a0": " ",
        "\u202f": " ",
        "\u066b": ".",  # Arabic decimal separator
        "\uff1a": ":",
    }
)


# str.translate with a dict table costs ~0.1 ms per 1,000 characters; one str.replace per
# character that is present is ~100 times faster. Safe because no replacement is itself
# a key of the table, so the order of the replacements does not matter.
_FOLD_PAIRS = tuple((chr(code), target) for code, target in _FOLD.items())


def fold(text: str) -> str:
    """Fold digits and letter variants one character for one (same length)."""
    for source, target in _FOLD_PAIRS:
        if source in text:
            text = text.replace(source, target)
    return text


@lru_cache(maxsize=8192)
def key(term: str) -> str:
    """The lookup key of a matched term: folded, no spaces or ZWNJ, lower case."""
    return re.sub(rf"[\s{ZWNJ}]+", "", fold(term)).lower()


def term_pattern(term: str) -> str:
    """Regex for one lexicon term: wherever the term has a space, allow space, ZWNJ or nothing."""
    parts = [re.escape(p) for p in re.split(rf"[\s{ZWNJ}]+", fold(term).strip()) if p]
    return rf"[ {ZWNJ}]?".join(parts)


def alternation(terms: list[str] | set[str]) -> str:
    """A non-capturing alternation of terms, longest first so the longest spelling wins."""
    pats = sorted({term_pattern(t) for t in terms}, key=len, reverse=True)
    return "(?:" + "|".join(pats) + ")"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, tuple[str, int]]  # key -> (calendar, month number)
    ambiguous_months: frozenset[str]  # keys
    word_months: frozenset[str]  # keys: a date only with a day before or a year after
    word_month_blockers_before: frozenset[str]  # keys
    month_modifiers: dict[str, int]  # key -> occurrences to step («سپتامبر گذشته»: -1)
    month_year_modifiers: dict[str, int]  # key -> years to step («سپتامبر سال گذشته»: -1)
    weekdays: dict[str, int]  # key -> Monday=0 .. Sunday=6
    weekday_blockers_before: tuple[str, ...]
    deictic_days: dict[str, int]  # key -> offset in days
    day_parts: tuple[str, ...]
    pm_parts: frozenset[str]  # keys
    periods: dict[str, str]  # key -> week | month | year
    period_modifiers: dict[str, int]
    period_this: tuple[str, ...]
    period_words: dict[str, tuple[str, int]]
    period_parts: dict[str, tuple[float, float]]
    ago_units: dict[str, str]
    ago_words: dict[str, int]
    number_words: dict[str, int]
    vague_numbers: tuple[str, ...]
    ordinal_days: dict[str, int]  # key -> day of month
    calendar_markers: dict[str, str]
    range_joiners: tuple[str, ...]
    year_cues: tuple[str, ...]
    decade_cues: tuple[str, ...]
    date_intro: tuple[str, ...]
    attributive_before: tuple[str, ...]
    span_bound_before: tuple[str, ...]
    continuation_openers: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    reporting_verbs: tuple[str, ...]  # speech_verbs and the other verbs of saying
    reported_content_openers: tuple[str, ...]
    anaphoric_days: frozenset[str]  # keys of deictic_days counted from the day just told
    continuation_window: int
    subject_titles: frozenset[str]  # keys
    subject_min_letters: int
    meeting_anaphora: tuple[str, ...]
    seasons: dict[str, int]  # key -> first Jalali month of the season
    two_digit_year_cues: tuple[str, ...]
    eve_parts: frozenset[str]  # keys
    future_cues: tuple[str, ...]
    future_cue_blockers_before: tuple[str, ...]
    future_words: tuple[str, ...]
    present_prefixes: tuple[str, ...]
    past_words: frozenset[str]  # keys
    clause_words: tuple[str, ...]
    number_blockers_before: frozenset[str]
    number_blockers_after: frozenset[str]
    yearless_ahead_days: dict[str, int]  # tense of the clause -> days ahead a yearless date may fall
    # The spellings as written in the file (with their spaces), per list, for building regexes;
    # the dicts above are keyed by key(spelling).
    spellings: dict[str, tuple[str, ...]]


def _ordinal_days(data: dict[str, Any]) -> dict[str, int]:
    """«اول», «بیست و یکم», «سی ام» ... composed from the unit, teen and ten words."""
    out: dict[str, int] = {}
    for word, n in data["ordinal_units"].items():
        out[word] = n
    for word, n in data["ordinal_teens"].items():
        out[word] = n
    for word, n in data["ordinal_tens_alone"].items():
        out[word] = n
    for ten, tv in data["ordinal_tens"].items():
        for unit, uv in data["ordinal_units"].items():
            if unit == "اول":
                continue  # «بیست و یکم», never «بیست و اول»
            if tv + uv <= 31:
                out[f"{ten} و {unit}"] = tv + uv
    return out


def load_raw() -> dict[str, Any]:
    return yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))


_TENSES = ("future", "present", "past", "none")


def _ahead_days(raw: dict[str, int]) -> dict[str, int]:
    if set(raw) != set(_TENSES) or not all(isinstance(v, int) and 0 <= v <= 366 for v in raw.values()):
        raise ValueError(f"lexicon: yearless_ahead_days needs {_TENSES} -> 0..366 days, has {raw}")
    return dict(raw)


def _anaphoric_days(data: dict[str, Any]) -> frozenset[str]:
    keys = frozenset(key(w) for w in data["anaphoric_days"])
    unknown = keys - {key(w) for w in data["deictic_days"]}
    if unknown:
        raise ValueError(f"lexicon: anaphoric_days must be deictic_days entries, not {sorted(unknown)}")
    return keys


def _word_months(data: dict[str, Any], months: dict[str, tuple[str, int]]) -> frozenset[str]:
    keys = frozenset(key(w) for w in data["word_months"])
    unknown = keys - set(months)
    if unknown:
        raise ValueError(f"lexicon: word_months must be month spellings, not {sorted(unknown)}")
    return keys


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_raw()
    months: dict[str, tuple[str, int]] = {}
    spellings: list[str] = []
    for cal in ("jalali", "afghan", "gregorian", "english", "arabic", "hijri"):
        rows = data["months"][cal]
        if len(rows) != 12:
            raise ValueError(f"lexicon: {cal} needs 12 months, has {len(rows)}")
        for number, names in enumerate(rows, start=1):
            for name in names:
                k = key(name)
                # English names are Gregorian months; the Afghan zodiac names Jalali ones
                # (and the Arabic names Gregorian ones)
                calendar = {"english": "gregorian", "afghan": "jalali", "arabic": "gregorian"}.get(cal, cal)
                if k in months and months[k] != (calendar, number):
                    raise ValueError(f"lexicon: month spelling {name!r} is listed twice")
                months[k] = (calendar, number)
                spellings.append(name)
    spell = {
        "months": tuple(spellings),
        "weekdays": tuple(w for words in data["weekdays"].values() for w in words),
        "deictic_days": tuple(data["deictic_days"]),
        "periods": tuple(data["periods"]),
        "period_modifiers": tuple(data["period_modifiers"]),
        "period_words": tuple(data["period_words"]),
        "period_parts": tuple(data["period_parts"]),
        "ago_units": tuple(data["ago_units"]),
        "ago_words": tuple(data["ago_words"]),
        "number_words": tuple(data["number_words"]),
        "ordinal_days": tuple(_ordinal_days(data)),
        "calendar_markers": tuple(data["calendar_markers"]),
        "seasons": tuple(data["seasons"]),
        "month_modifiers": tuple(data["month_modifiers"]),
        "month_year_modifiers": tuple(data["month_year_modifiers"]),
    }
    seasons = {key(w): int(m) for w, m in data["seasons"].items()}
    if not set(seasons.values()) <= {1, 4, 7, 10}:
        raise ValueError("lexicon: a season starts at Jalali month 1, 4, 7 or 10")
    return Lexicon(
        months=months,
        ambiguous_months=frozenset(key(m) for m in data["ambiguous_months"]),
        word_months=_word_months(data, months),
        word_month_blockers_before=frozenset(key(w) for w in data["word_month_blockers_before"]),
        month_modifiers={key(w): int(v) for w, v in data["month_modifiers"].items()},
        month_year_modifiers={key(w): int(v) for w, v in data["month_year_modifiers"].items()},
        weekdays={key(w): int(n) for n, words in data["weekdays"].items() for w in words},
        weekday_blockers_before=tuple(data["weekday_blockers_before"]),
        deictic_days={key(w): int(n) for w, n in data["deictic_days"].items()},
        day_parts=tuple(data["day_parts"]),
        pm_parts=frozenset(key(p) for p in data["pm_parts"]),
        periods={key(w): v for w, v in data["periods"].items()},
        period_modifiers={key(w): int(v) for w, v in data["period_modifiers"].items()},
        period_this=tuple(data["period_this"]),
        period_words={key(w): (v[0], int(v[1])) for w, v in data["period_words"].items()},
        period_parts={key(w): (float(v[0]), float(v[1])) for w, v in data["period_parts"].items()},
        ago_units={key(w): v for w, v in data["ago_units"].items()},
        ago_words={key(w): int(v) for w, v in data["ago_words"].items()},
        number_words={key(w): int(v) for w, v in data["number_words"].items()},
        vague_numbers=tuple(data["vague_numbers"]),
        ordinal_days={key(w): n for w, n in _ordinal_days(data).items()},
        calendar_markers={key(w): v for w, v in data["calendar_markers"].items()},
        range_joiners=tuple(str(j) for j in data["range_joiners"]),
        year_cues=tuple(data["year_cues"]),
        decade_cues=tuple(data["decade_cues"]),
        date_intro=tuple(data["date_intro"]),
        attributive_before=tuple(data["attributive_before"]),
        span_bound_before=tuple(data["span_bound_before"]),
        continuation_openers=tuple(data["continuation_openers"]),
        speech_verbs=tuple(data["speech_verbs"]),
        reporting_verbs=tuple(dict.fromkeys([*data["speech_verbs"], *data["reporting_verbs"]])),
        reported_content_openers=tuple(data["reported_content_openers"]),
        anaphoric_days=_anaphoric_days(data),
        continuation_window=int(data["continuation_window"]),
        subject_titles=frozenset(key(w) for w in data["subject_titles"]),
        subject_min_letters=int(data["subject_min_letters"]),
        meeting_anaphora=tuple(data["meeting_anaphora"]),
        seasons=seasons,
        two_digit_year_cues=tuple(data["two_digit_year_cues"]),
        eve_parts=frozenset(key(w) for w in data["eve_parts"]),
        future_cues=tuple(data["future_cues"]),
        future_cue_blockers_before=tuple(data["future_cue_blockers_before"]),
        future_words=tuple(data["future_words"]),
        present_prefixes=tuple(data["present_prefixes"]),
        past_words=frozenset(key(w) for w in data["past_words"]),
        clause_words=tuple(data["clause_words"]),
        number_blockers_before=frozenset(key(w) for w in data["number_blockers_before"]),
        number_blockers_after=frozenset(key(w) for w in data["number_blockers_after"]),
        yearless_ahead_days=_ahead_days(data["yearless_ahead_days"]),
        spellings=spell,
    )

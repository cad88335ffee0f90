"""The date grammar: a handful of regexes, compiled once from the lexicon.

Each pattern class finds candidate spans in the *folded* text (same length as
``doc.text``, ASCII digits, ی/ک folded; see lexicon.fold). Candidates from all classes
compete for the text: the longest wins, so «روز ۹ ماه نوامبر سال ۲۰۲۰» beats the
«سال ۲۰۲۰» inside it. Guards that need a look at the neighbouring words (identifiers
like «ماده ۵», counts like «۳۰ سال گذشته») are applied here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from rasad.dates.lexicon import ZWNJ, Lexicon, alternation, key, lexicon

B = rf"(?<![\w{ZWNJ}])"  # word start
E = rf"(?![\w{ZWNJ}])"  # word end
NB = rf"(?<![\w{ZWNJ}\-/.–])"  # number start: not glued to a word («آرمیا-۲۰۲۰») or a longer number
S = r"[ \t]+"
S0 = rf"[ \t{ZWNJ}]*"
# A month name may be glued to a following «ماه» («مهرماه»), never to other letters («آذربایجان»).
ME = rf"(?=[{ZWNJ}]?ماه{E}|(?![\w{ZWNJ}]))"


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Grammar:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    time_patterns: tuple[re.Pattern[str], ...]
    keywords: Any  # ahocorasick.Automaton: keyword -> (length, categories, whole_word)
    joiner: re.Pattern[str]  # text between two dates that makes an interval
    from_before: re.Pattern[str]  # «از » right before the first date of an interval
    weekday_then_date: re.Pattern[str]
    lex: Lexicon


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    lex = lexicon()
    sp = lex.spellings
    # Case variants of the English names are spelled out: IGNORECASE doubles the scan time.
    month_terms = {v for t in sp["months"] for v in (t, t.lower(), t.upper(), t.capitalize()) if v.isascii() or v == t}
    months = alternation(month_terms)
    weekdays = alternation(sp["weekdays"])
    ordinals = alternation(sp["ordinal_days"])
    markers = alternation(sp["calendar_markers"])
    parts = alternation(sp["period_parts"])
    dayparts = alternation(lex.day_parts)
    deictic = alternation(sp["deictic_days"])
    periods = alternation(sp["periods"])
    modifiers = alternation(sp["period_modifiers"])
    this = alternation(lex.period_this)
    period_words = alternation(sp["period_words"])
    ago_units = alternation(sp["ago_units"])
    ago_words = alternation(sp["ago_words"])
    numbers = alternation([*sp["number_words"], *lex.vague_numbers])
    joiners = alternation(lex.range_joiners)
    intro = alternation(lex.date_intro)
    year_cue = alternation(lex.year_cues)
    decade = alternation(lex.decade_cues)

    marker_opt = rf"(?:{S0}(?P<cal>{markers}){E})?"
    year_tail = rf"(?:{S}(?:سال{S})?(?P<y>\d{{4}})(?!\d){marker_opt})?"
    mah_after = rf"(?:{S0}ماه{E})?"
    day = rf"(?:(?P<d>\d{{1,2}})(?!\d)(?:ام)?|(?P<dw>{ordinals}))"

    def c(p: str) -> re.Pattern[str]:
        return re.compile(p)

    pats: list[tuple[str, str]] = [
        # «سه‌شنبه ۲۶ آبان ۱۴۰۰», «روز ۹ ماه نوامبر سال ۲۰۲۰», «10 ژوئیه», «اول مهر»
        ("day_month", rf"(?:{B}(?P<wd>{weekdays}){S0}[،,]?{S0})?(?:{B}(?P<intro>{intro}){S})?"
                      rf"(?:{NB}|{B}){day}{S}(?:ماه{S})?(?P<mon>{months}){ME}{mah_after}{year_tail}"),
        # «آبان ۱۴۰۰», «ماه آوریل سال ۲۰۱۶ میلادی», «اواخر مهر ۱۴۰۰»
        ("month_year", rf"{B}(?:(?P<pp>{parts}){S})?(?:ماه{S})?(?P<mon>{months}){ME}{mah_after}{S}"
                       rf"(?:سال{S})?(?P<y>\d{{4}})(?!\d){marker_opt}"),
        # «ماه نوامبر», «اوایل ماه رمضان»
        ("month_alone", rf"{B}(?:(?P<pp>{parts}){S})?ماه{S}(?P<mon>{months}){E}"),
        # «مهرماه», «اواخر دی ماه»
        ("month_alone", rf"{B}(?:(?P<pp>{parts}){S})?(?P<mon>{months}){S0}ماه{E}"),
        # «سال ۲۰۱۶», «اواخر سال ۱۳۹۹ شمسی»
        ("year", rf"{B}(?:(?P<pp>{parts}){S})?(?P<cue>{year_cue}){S}(?P<y>\d{{4}})(?!\d){marker_opt}"),
        # «۲۰۱۶ میلادی»
        ("year", rf"{NB}(?P<y>\d{{4}})(?!\d){S0}(?P<cal>{markers}){E}"),
        ("decade", rf"{B}{decade}{S}(?P<y>\d{{4}}|\d{{2}})(?!\d){marker_opt}"),
        # «۱۳۹۹/۰۴/۲۹», «2021-11-17»
        ("numeric_ymd", rf"{NB}(?P<y>\d{{4}})(?P<sep>[/\-.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d/]|[.\-]\d)"),
        # «17/11/2021»
        ("numeric_dmy", rf"{NB}(?P<d>\d{{1,2}})(?P<sep>[/\-.])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\d/]|[.\-]\d)"),
        # «سالهای ۱۹۹۲ الی ۱۹۹۴», «از سال ۲۰۱۴ تا ۲۰۱۶», «۱۹۹۲ تا ۱۹۹۴ میلادی»
        ("year_range", rf"{B}(?P<from>از{S})?(?:(?P<cue>{year_cue}){S})?(?:{NB})(?P<y1>\d{{4}})(?!\d){S0}{joiners}{S0}"
                       rf"(?:سال{S})?(?P<y2>\d{{4}})(?!\d){marker_opt}"),
        # «از ۱۰ تا ۱۵ مهر», «۱۰ الی ۱۲ آبان ۱۴۰۰»
        ("day_range", rf"{B}(?:از{S})?(?:روز(?:[ {ZWNJ}]?های)?{S})?(?:{NB})(?P<d1>\d{{1,2}})(?!\d){S0}{joiners}{S0}"
                      rf"(?P<d>\d{{1,2}})(?!\d){S}(?:ماه{S})?(?P<mon>{months}){ME}{mah_after}{year_tail}"),
        # «امروز», «بامداد دیروز», «امروز (سه شنبه)»
        ("deictic", rf"{B}(?:(?P<part>{dayparts}){S})?(?P<deictic>{deictic}){E}"
                    rf"(?:{S0}\({S0}(?P<wd>{weekdays}){S0}\)|{S}(?P<wd2>{weekdays}){E})?"),
        # «روز شنبه», «عصر جمعه», «دوشنبه هفته گذشته»
        ("weekday", rf"{B}(?:(?P<part>{dayparts}){S})?(?:(?P<roz>روز){S})?(?P<wd>{weekdays}){E}"
                    rf"(?:{S}(?P<mod>(?:هفته{S})?{modifiers}|{this}{S}هفته){E})?"),
        # «هفته گذشته», «اوایل این هفته», «سال جاری», «اواخر ماه»
        ("period", rf"{B}(?:(?P<pp>{parts}){S})?(?:(?P<this>{this}){S})?(?P<per>{periods}){E}"
                   rf"(?:{S}(?P<mod>{modifiers}){E})?"),
        ("period_word", rf"{B}(?:(?P<pp>{parts}){S})?(?P<pw>{period_words}){E}"),
        # «سه روز پیش», «۳۰ سال قبل», «دو هفته دیگر»
        ("ago", rf"{B}(?P<n>\d{{1,3}}|{numbers}){E}{S}(?P<unit>{ago_units}){S}(?P<dir>{ago_words}){E}"),
    ]
    times = (
        c(rf"(?:{B}ساعت{S})?{NB}(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?!\d)(?:{S}(?P<part>{dayparts}){E})?"),
        c(rf"{B}ساعت{S}(?P<h>\d{{1,2}})(?!\d)(?:{S}(?P<part>{dayparts}){E})?"),
    )
    return Grammar(
        patterns=tuple((kind, c(p)) for kind, p in pats),
        time_patterns=times,
        keywords=_keyword_automaton(lex),
        joiner=c(rf"^{S0}{joiners}{S0}$"),
        from_before=c(rf"{B}از{S}$"),
        weekday_then_date=c(rf"^{S0}[،,]?{S0}$"),
        lex=lex,
    )


# Which keyword categories a pattern needs in its window (see find_candidates).
NEEDS: dict[str, str] = {
    "day_month": "month", "month_year": "month", "month_alone": "month", "day_range": "month",
    "year": "digit", "decade": "digit", "numeric_ymd": "digit", "numeric_dmy": "digit",
    "year_range": "digit", "deictic": "deictic", "weekday": "weekday", "period": "period",
    "period_word": "period", "ago": "period",
}


def _keyword_automaton(lex: Lexicon) -> Any:
    """Every date expression holds a keyword (a month, a digit, a weekday, a deictic or
    period word). One Aho-Corasick pass says which kinds a text holds, so patterns whose
    keyword is absent are not run at all."""
    sp = lex.spellings
    groups: dict[str, list[str]] = {
        "month": list(sp["months"]),
        "weekday": list(sp["weekdays"]),
        "deictic": list(sp["deictic_days"]),
        "period": [*sp["periods"], *sp["period_words"], *sp["ago_units"], *lex.decade_cues],
    }
    table: dict[str, set[str]] = {}
    for cat, terms in groups.items():
        for term in terms:
            parts = re.split(rf"[\s{ZWNJ}]+", term.strip())
            core = max(parts, key=len)
            for variant in {core, core.lower(), core.upper(), core.capitalize()}:
                table.setdefault(variant, set()).add(cat)
    for digit in "0123456789":
        table.setdefault(digit, set()).add("digit")
    auto = ahocorasick.Automaton()
    for word, cats in table.items():
        # short names («دی», «می», «مه») and the period words («سال», «روز») hide inside many
        # words: only whole words count for them (weekdays and long month names may be glued)
        whole = not word.isdigit() and (len(word) <= 2 or not cats & {"month", "weekday"})
        auto.add_word(word, (len(word), frozenset(cats), whole))
    auto.make_automaton()
    return auto


def _whole_text(folded: str, auto: Any) -> list[tuple[int, int, set[str]]]:
    """One window over the whole text, with the keyword categories present in it."""
    cats: set[str] = set()
    n = len(folded)
    for end, (length, found, whole) in auto.iter(folded):
        start = end - length + 1
        if whole and ((start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == ZWNJ))
                      or (end + 1 < n and (folded[end + 1].isalnum() or folded[end + 1] == ZWNJ))):
            continue
        cats |= found
        if len(cats) == 5:
            break
    return [(0, len(folded), cats)]


_WORD = re.compile(rf"[\w{ZWNJ}]+")


def word_before(folded: str, pos: int, n: int = 1) -> str:
    """The ``n`` words before ``pos`` (keys, joined by a space)."""
    words = _WORD.findall(folded[max(0, pos - 40):pos])
    return " ".join(key(w) for w in words[-n:]) if words else ""


def word_after(folded: str, pos: int) -> str:
    m = _WORD.search(folded, pos, min(len(folded), pos + 40))
    return key(m.group(0)) if m and folded[pos:m.start()].strip(" \t") == "" else ""


def _is_number_word(k: str, lex: Lexicon) -> bool:
    return k.isdigit() or k in lex.number_words or k in {key(v) for v in lex.vague_numbers}


def _blocked(cand: Candidate, folded: str, lex: Lexicon) -> bool:
    """Guards that need the neighbouring words."""
    g = cand.groups
    first = folded[cand.start]
    if first.isdigit() and word_before(folded, cand.start) in lex.number_blockers_before:
        return True  # «ماده ۵», «پایگاه شماره ۱۰۲»
    if cand.kind in ("year", "numeric_ymd", "numeric_dmy", "year_range", "decade"):
        if word_after(folded, cand.end) in lex.number_blockers_after and not g.get("cal"):
            return True  # «سال ۲۰۲۰ نفر»: a count after all
    if cand.kind == "year_range" and not (g.get("cue") or g.get("cal") or g.get("from")):
        return True  # «۱۹۹۲-۱۹۹۴» with no cue may be anything
    if cand.kind in ("period", "deictic", "weekday") and _is_number_word(word_before(folded, cand.start), lex):
        return True  # «۳۰ سال گذشته», «چند روز گذشته»: a duration, not a date
    if cand.kind == "period" and not (g.get("this") or g.get("mod") or g.get("pp")):
        return True
    if cand.kind == "ago" and word_after(folded, cand.end) == "از":
        return True  # «دو روز پیش از انتخابات» counts from another event
    if cand.kind == "weekday" and not g.get("roz") and not g.get("part"):
        before2 = word_before(folded, cand.start, 2)
        for blocker in lex.weekday_blockers_before:
            if before2.endswith(key(blocker)):
                return True  # «امام جمعه», «نماز جمعه»
    if cand.kind in ("month_alone",) and key(g.get("mon") or "") in {key(m) for m in ("می", "مه", "مای")}:
        return True  # «ماه می» can be a verb prefix; «مه» fog
    if cand.kind in ("month_year",) and key(g.get("mon") or "") in lex.ambiguous_months and not g.get("y"):
        return True
    return False


def find_candidates(folded: str) -> list[Candidate]:
    """All pattern matches that pass the guards, overlaps resolved longest-first."""
    gr = grammar()
    found: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    for lo, hi, cats in _whole_text(folded, gr.keywords):
        for kind, rx in gr.patterns:
            if NEEDS[kind] not in cats:
                continue
            for m in rx.finditer(folded, lo, hi):
                if (m.start(), m.end(), kind) in seen:
                    continue
                seen.add((m.start(), m.end(), kind))
                cand = Candidate(m.start(), m.end(), kind, m.groupdict())
                if not _blocked(cand, folded, gr.lex):
                    found.append(cand)
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(folded) + 1)
    for cand in found:
        if any(occupied[cand.start:cand.end]):
            continue
        occupied[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


def find_times(folded: str) -> list[Candidate]:
    out: list[Candidate] = []
    if ":" not in folded and "ساعت" not in folded:
        return out
    for rx in grammar().time_patterns:
        for m in rx.finditer(folded):
            if any(c.start < m.end() and m.start() < c.end for c in out):
                continue
            out.append(Candidate(m.start(), m.end(), "time", m.groupdict()))
    out.sort(key=lambda c: c.start)
    return out

"""The date grammar: a handful of regexes, compiled once from the lexicon.

Each pattern class finds candidate spans in the *folded* text (same length as
``doc.text``, ASCII digits, ی/ک folded; see lexicon.fold). Candidates from all classes
compete for the text: the longest wins, so «روز ۹ ماه نوامبر سال ۲۰۲۰» beats the
«سال ۲۰۲۰» inside it. Guards that need a look at the neighbouring words (identifiers
like «ماده ۵», counts like «۳۰ سال گذشته») are applied here too.

Speed: Python's regex engine would try every long word alternation at every position of
the text. Instead each pattern lists the words (or a digit) a match can *begin* with; one
Aho-Corasick pass finds those words at word starts, and the pattern is tried with
``match`` at those positions only. Trying the positions in order and skipping the ones
inside the previous match gives exactly what ``finditer`` over the whole text gives,
provided the start lists are complete (a superset is fine: extra positions only fail).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from rasad.dates.lexicon import ZWNJ, Lexicon, alternation, fold, key, lexicon

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
    # ahocorasick.Automaton: first word of a start term -> (length, indices of the patterns
    # it may begin: 0.. into ``patterns``, then -1, -2 .. into ``time_patterns``)
    starts: Any
    digit_starts: tuple[int, ...]  # patterns (same numbering) that may begin with a digit
    joiner: re.Pattern[str]  # text between two dates that makes an interval
    from_before: re.Pattern[str]  # «از » right before the first date of an interval
    weekday_then_date: re.Pattern[str]
    future_cue: re.Pattern[str]  # «خواهد», «قرار است» (not «می‌خواهد»)
    future_word: re.Pattern[str]  # «آینده»
    present_verb: re.Pattern[str]  # «می‌کند», «می کند»
    clause_word: re.Pattern[str]  # «که»: a clause boundary inside a sentence
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
    seasons = alternation(sp["seasons"])
    yy_cue = alternation(lex.two_digit_year_cues)
    month_mods = alternation(sp["month_modifiers"])
    month_year_mods = alternation(sp["month_year_modifiers"])

    # The words each pattern may begin with (its optional prefixes included), for the
    # anchored search in find_candidates; DIGIT marks a pattern that may begin with a number.
    digit = [DIGIT]
    wd_s, pp_s, mon_s = list(sp["weekdays"]), list(sp["period_parts"]), sorted(month_terms)
    day_s = [*digit, *sp["ordinal_days"]]
    intro_s, cue_s, dp_s = list(lex.date_intro), list(lex.year_cues), list(lex.day_parts)

    marker_opt = rf"(?:{S0}(?P<cal>{markers}){E})?"
    year_tail = rf"(?:{S}(?:سال{S})?(?P<y>\d{{4}})(?!\d){marker_opt})?"
    mah_after = rf"(?:{S0}ماه{E})?"
    day = rf"(?:(?P<d>\d{{1,2}})(?!\d)(?:ام)?|(?P<dw>{ordinals}))"

    def c(p: str) -> re.Pattern[str]:
        return re.compile(p)

    pats: list[tuple[str, str, list[str]]] = [
        # «سه‌شنبه ۲۶ آبان ۱۴۰۰», «روز ۹ ماه نوامبر سال ۲۰۲۰», «10 ژوئیه», «اول مهر»
        ("day_month", rf"(?:{B}(?P<wd>{weekdays}){S0}[،,]?{S0})?(?:{B}(?P<intro>{intro}){S})?"
                      rf"(?:{NB}|{B}){day}{S}(?:ماه{S})?(?P<mon>{months}){ME}{mah_after}{year_tail}", [*wd_s, *intro_s, *day_s]),
        # «آبان ۱۴۰۰», «ماه آوریل سال ۲۰۱۶ میلادی», «اواخر مهر ۱۴۰۰»
        ("month_year", rf"{B}(?:(?P<pp>{parts}){S})?(?:ماه{S})?(?P<mon>{months}){ME}{mah_after}{S}"
                       rf"(?:سال{S})?(?P<y>\d{{4}})(?!\d){marker_opt}", [*pp_s, "ماه", *mon_s]),
        # «ماه نوامبر», «اوایل ماه رمضان»
        ("month_alone", rf"{B}(?:(?P<pp>{parts}){S})?ماه{S}(?P<mon>{months}){E}", [*pp_s, "ماه"]),
        # «مهرماه», «اواخر دی ماه»
        ("month_alone", rf"{B}(?:(?P<pp>{parts}){S})?(?P<mon>{months}){S0}ماه{E}", [*pp_s, *mon_s]),
        # «سال ۲۰۱۶», «اواخر سال ۱۳۹۹ شمسی»
        ("year", rf"{B}(?:(?P<pp>{parts}){S})?(?P<cue>{year_cue}){S}(?P<y>\d{{4}})(?!\d){marker_opt}", [*pp_s, *cue_s]),
        # «۲۰۱۶ میلادی»
        ("year", rf"{NB}(?P<y>\d{{4}})(?!\d){S0}(?P<cal>{markers}){E}", digit),
        ("decade", rf"{B}{decade}{S}(?P<y>\d{{4}}|\d{{2}})(?!\d){marker_opt}", list(lex.decade_cues)),
        # «۱۳۹۹/۰۴/۲۹», «2021-11-17»
        ("numeric_ymd", rf"{NB}(?P<y>\d{{4}})(?P<sep>[/\-.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d/]|[.\-]\d)", digit),
        # «17/11/2021»
        ("numeric_dmy", rf"{NB}(?P<d>\d{{1,2}})(?P<sep>[/\-.])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\d/]|[.\-]\d)", digit),
        # «سالهای ۱۹۹۲ الی ۱۹۹۴», «از سال ۲۰۱۴ تا ۲۰۱۶», «۱۹۹۲ تا ۱۹۹۴ میلادی»
        ("year_range", rf"{B}(?P<from>از{S})?(?:(?P<cue>{year_cue}){S})?(?:{NB})(?P<y1>\d{{4}})(?!\d){S0}{joiners}{S0}"
                       rf"(?:سال{S})?(?P<y2>\d{{4}})(?!\d){marker_opt}", ["از", *cue_s, *digit]),
        # «از ۱۰ تا ۱۵ مهر», «۱۰ الی ۱۲ آبان ۱۴۰۰»
        ("day_range", rf"{B}(?:از{S})?(?:روز(?:[ {ZWNJ}]?های)?{S})?(?:{NB})(?P<d1>\d{{1,2}})(?!\d){S0}{joiners}{S0}"
                      rf"(?P<d>\d{{1,2}})(?!\d){S}(?:ماه{S})?(?P<mon>{months}){ME}{mah_after}{year_tail}", ["از", "روز", *digit]),
        # «امروز», «بامداد دیروز», «امروز (سه شنبه)»
        ("deictic", rf"{B}(?:(?P<part>{dayparts}){S})?(?P<deictic>{deictic}){E}"
                    rf"(?:{S0}\({S0}(?P<wd>{weekdays}){S0}\)|{S}(?P<wd2>{weekdays}){E})?", [*dp_s, *sp["deictic_days"]]),
        # «روز شنبه», «عصر جمعه», «دوشنبه هفته گذشته»
        ("weekday", rf"{B}(?:(?P<part>{dayparts}){S})?(?:(?P<roz>روز){S})?(?P<wd>{weekdays}){E}"
                    rf"(?:{S}(?P<mod>(?:هفته{S})?{modifiers}|{this}{S}هفته){E})?", [*dp_s, "روز", *wd_s]),
        # «هفته گذشته», «اوایل این هفته», «سال جاری», «اواخر ماه»
        ("period", rf"{B}(?:(?P<pp>{parts}){S})?(?:(?P<this>{this}){S})?(?P<per>{periods}){E}"
                   rf"(?:{S}(?P<mod>{modifiers}){E})?", [*pp_s, *lex.period_this, *sp["periods"]]),
        ("period_word", rf"{B}(?:(?P<pp>{parts}){S})?(?P<pw>{period_words}){E}", [*pp_s, *sp["period_words"]]),
        # «سه روز پیش», «۳۰ سال قبل», «دو هفته دیگر»
        ("ago", rf"{B}(?P<n>\d{{1,3}}|{numbers}){E}{S}(?P<unit>{ago_units}){S}(?P<dir>{ago_words}){E}", [*digit, *sp["number_words"], *lex.vague_numbers]),
        # (appended after the older patterns: equal-length ties keep their old winner)
        # «پاییز ۱۴۰۳», «اواخر زمستان سال ۱۳۹۹», «بهار سال ۹۹»
        ("season", rf"{B}(?:(?P<pp>{parts}){S})?(?P<season>{seasons}){S}(?:(?:{yy_cue}){S}(?P<yy>\d{{2}})"
                   rf"(?![\d/:.\-]|[ \t]*\d)|(?:سال{S})?(?P<y>\d{{4}})(?!\d)){marker_opt}", [*pp_s, *sp["seasons"]]),
        # «بهار سال گذشته», «تابستان گذشته», «پاییز امسال», «زمستان سال جاری»
        ("season", rf"{B}(?:(?P<pp>{parts}){S})?(?P<season>{seasons}){S}(?:(?P<sal>سال){S})?"
                   rf"(?:(?P<mod>{modifiers})|(?P<pw>{period_words})){E}", [*pp_s, *sp["seasons"]]),
        # «سال ۹۹», «اواخر سال ۱۴۰۰» is the four-digit «year» above
        ("year2", rf"{B}(?:(?P<pp>{parts}){S})?(?P<cue>{yy_cue}){S}(?P<yy>\d{{2}})(?![\d/:.\-])"
                  rf"(?![ \t]*\d){marker_opt}", [*pp_s, *lex.two_digit_year_cues]),
        # «اواخر ژانویه», «اوایل آذر»: a part word makes a bare month name a date
        ("month_alone", rf"{B}(?P<pp>{parts}){S}(?P<mon>{months}){E}", pp_s),
        # «سپتامبر گذشته», «۲۰ مهر سال گذشته», «اواخر ژانویه آینده», «دی ماه امسال»
        ("month_rel", rf"(?:(?:{B}(?P<wd>{weekdays}){S0}[،,]?{S0})?(?:{B}(?P<intro>{intro}){S})?(?:{NB}|{B}){day}{S}"
                      rf"|{B}(?:(?P<pp>{parts}){S})?)(?P<mah>ماه{S})?(?P<mon>{months}){ME}(?P<mah2>{S0}ماه{E})?{S}"
                      rf"(?:(?P<ymod>{month_year_mods})|(?P<mmod>{month_mods})){E}",
         [*wd_s, *intro_s, *day_s, *pp_s, "ماه", *mon_s]),
    ]
    time_pats: list[tuple[str, list[str]]] = [
        (rf"(?:{B}ساعت{S})?{NB}(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?!\d)(?:{S}(?P<part>{dayparts}){E})?",
         ["ساعت", *digit]),
        (rf"{B}ساعت{S}(?P<h>\d{{1,2}})(?!\d)(?:{S}(?P<part>{dayparts}){E})?", ["ساعت"]),
    ]
    # Time patterns are numbered -1, -2 .. in the start automaton.
    start_terms = [(i, terms) for i, (_, _, terms) in enumerate(pats)]
    start_terms += [(-1 - i, terms) for i, (_, terms) in enumerate(time_pats)]
    return Grammar(
        patterns=tuple((kind, c(p)) for kind, p, _ in pats),
        time_patterns=tuple(c(p) for p, _ in time_pats),
        starts=_start_automaton(start_terms),
        digit_starts=tuple(i for i, terms in start_terms if DIGIT in terms),
        joiner=c(rf"^{S0}{joiners}{S0}$"),
        from_before=c(rf"{B}از{S}$"),
        weekday_then_date=c(rf"^{S0}[،,]?{S0}$"),
        future_cue=c(B + "".join(rf"(?<!{re.escape(fold(b))}[ {ZWNJ}])" for b in lex.future_cue_blockers_before)
                     + rf"{alternation(lex.future_cues)}{E}"),
        future_word=c(rf"{B}{alternation(lex.future_words)}{E}"),
        present_verb=c(rf"{B}{alternation(lex.present_prefixes)}[ {ZWNJ}]\w"),
        clause_word=c(rf"{B}{alternation(lex.clause_words)}{E}"),
        lex=lex,
    )


DIGIT = "<digit>"  # in a start list: the pattern may begin with a number


def _first_word(term: str) -> str:
    """What a match of ``term`` begins with: term_pattern lets its words run together,
    so only the first word is sure to be there as written."""
    return re.split(rf"[\s{ZWNJ}]+", fold(term).strip())[0]


def _start_automaton(start_terms: list[tuple[int, list[str]]]) -> Any:
    table: dict[str, set[int]] = {}
    for index, terms in start_terms:
        for term in terms:
            if term != DIGIT and (word := _first_word(term)):
                table.setdefault(word, set()).add(index)
    auto = ahocorasick.Automaton()
    for word, indices in table.items():
        auto.add_word(word, (len(word), tuple(sorted(indices))))
    auto.make_automaton()
    return auto


_NUMBER_RUN = re.compile(r"\d+")
_GLUE = frozenset("_" + ZWNJ)


@lru_cache(maxsize=2)
def _start_positions(folded: str) -> dict[int, list[int]]:
    """Pattern number -> the word starts where that pattern may match, ascending.
    (Cached: find_candidates and find_times ask for the same text one after the other.)"""
    gr = grammar()
    hits: dict[int, set[int]] = {}
    for end, (length, indices) in gr.starts.iter(folded):
        start = end - length + 1
        if start:
            # every pattern begins at a word start (B, NB): not after re's \\w (isalnum, «_») or a ZWNJ
            prev = folded[start - 1]
            if prev.isalnum() or prev in _GLUE:
                continue
        for i in indices:
            if i in hits:
                hits[i].add(start)
            else:
                hits[i] = {start}
    numbers: list[int] = []
    for m in _NUMBER_RUN.finditer(folded):
        start = m.start()
        if start:
            prev = folded[start - 1]
            if prev.isalnum() or prev in _GLUE:
                continue
        numbers.append(start)
    if numbers:
        for i in gr.digit_starts:
            hits.setdefault(i, set()).update(numbers)
    return {i: sorted(positions) for i, positions in hits.items()}


def _anchored_finditer(rx: re.Pattern[str], folded: str, positions: list[int]) -> list[re.Match[str]]:
    """What ``rx.finditer(folded)`` yields, trying only ``positions`` (a superset of the
    places a match can begin): leftmost match first, the next one searched after its end."""
    out: list[re.Match[str]] = []
    resume = 0
    for pos in positions:
        if pos < resume:
            continue
        m = rx.match(folded, pos)
        if m is not None:
            out.append(m)
            resume = m.end()
    return out


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
    if cand.kind in ("year", "numeric_ymd", "numeric_dmy", "year_range", "decade", "year2", "season"):
        if word_after(folded, cand.end) in lex.number_blockers_after and not g.get("cal"):
            return True  # «سال ۲۰۲۰ نفر»: a count after all
    if cand.kind == "year2" and (word_after(folded, cand.end) in lex.ago_units
                                 or _is_number_word(word_before(folded, cand.start), lex)):
        return True  # «۲ سال ۱۰ ماه»: a duration
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
    mon = key(g.get("mon") or "")
    if mon in lex.word_months and _word_month_blocked(cand, folded, lex):
        return True  # «سرطان», «میزان», «اسد»: the common word or a name
    if cand.kind == "month_rel" and mon in lex.ambiguous_months and not (
            g.get("d") or g.get("dw") or g.get("mah") or g.get("mah2")):
        return True  # «می گذشته» is a verb, «مه» fog: only with a day or «ماه»
    return False


def _word_month_blocked(cand: Candidate, folded: str, lex: Lexicon) -> bool:
    """A month name that is above all a common word («سرطان», «میزان», «آب») is a date only
    with a day number before it («۲۴ اسد») or a year after it («سرطان ۱۴۰۳») that is not a
    count («به میزان ۱۴۰۰ تن»)."""
    g = cand.groups
    if g.get("d") or g.get("dw"):
        return False
    if cand.kind != "month_year":
        return True  # «ماه میزان», «اواخر قوس», «اسد گذشته»
    if word_before(folded, cand.start) in lex.word_month_blockers_before:
        return True
    after = word_after(folded, cand.end)
    # «میزان ۱۴۰۰ تن», «آب ۲۰۲۲ لیتری»: a count, or a measure as an adjective
    if after in lex.number_blockers_after or (after.endswith("ی") and after[:-1] in lex.number_blockers_after):
        return True
    # the year must be one of the month's own calendar («تموز ۲۰۱۴», «سرطان ۱۴۰۳»)
    calendar = lex.months.get(key(g.get("mon") or ""), ("jalali", 0))[0]
    low, high = (1900, 2100) if calendar == "gregorian" else (1300, 1499)
    return not low <= int(g.get("y") or 0) <= high


def find_candidates(folded: str) -> list[Candidate]:
    """All pattern matches that pass the guards, overlaps resolved longest-first."""
    gr = grammar()
    starts = _start_positions(folded)
    found: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    for index, (kind, rx) in enumerate(gr.patterns):
        for m in _anchored_finditer(rx, folded, starts.get(index, [])):
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
    gr = grammar()
    starts = _start_positions(folded)
    for index, rx in enumerate(gr.time_patterns):
        for m in _anchored_finditer(rx, folded, starts.get(-1 - index, [])):
            if any(c.start < m.end() and m.start() < c.end for c in out):
                continue
            out.append(Candidate(m.start(), m.end(), "time", m.groupdict()))
    out.sort(key=lambda c: c.start)
    return out

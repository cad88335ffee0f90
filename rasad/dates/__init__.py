"""Date and time expressions: find them in ``doc.text``, resolve them, and say which
reference day each sentence is told from.

Reference days (``doc.sentence_reference``), the rule:

1. *Today* is the publication day, except that an «امروز (سه شنبه)» (today + a weekday)
   anywhere in the article names the day the article calls today: the most recent such
   weekday on or before the publication day. (An article stamped 02:39 Wednesday that
   says «امروز (سه شنبه)» reports Tuesday; without the weekday the stamp's day stands.)
2. A *passage* opens with a paragraph. Its first sentence gives the passage's day (rule
   5; never an attributive date: «توافق بدست آمده در ۹ نوامبر» dates the agreement, not
   this report): the day its later quotes are spoken (rule 4) and the day its sentences
   report when they carry no date of their own.
3. A following paragraph *continues* the passage when its first words hold a continuation
   opener (a pronoun subject «وی», «در ادامه», «در این دیدار» ...), its first sentence
   introduces a quote («X گفت:») or points back at the meeting («در حاشیه اجلاس»); it
   keeps the passage's day unless its first sentence has a date of its own. Any other
   paragraph starts afresh from *today*.
4. Whose today? A relative word («امروز», «دیروز», a weekday, «هفته گذشته») counts from
   the today of its voice. In the narrator's voice that is *today*, whatever dates come
   before it («X که روز یکشنبه وارد بغداد شده بود امروز ... دیدار کرد» is the article's
   today). In reported content (after a verb of saying or «با بیان اینکه») it is the day
   of the speech act: a date earlier in the sentence with the verb between them («روز
   شنبه اعلام کرد ... از دیروز» is Friday; «دیروز گفت: امروز» is yesterday), else the
   passage's day (a quote in a paragraph continuing a dated meeting). A passage opened by
   a speech act dated with an absolute day or a weekday («وزارت دفاع روز شنبه اعلام کرد:»)
   is reported content throughout. Anaphoric words («روز قبل») count from the last date
   told. A day after the reference (a weekday in a future-tense clause, «دوشنبه آینده»)
   is a plan, never an anchor.
5. The reference day of a sentence is the day it *reports*: its first day-precise date
   that is not attributive, not a plan and not told in the pluperfect («که روز یکشنبه
   وارد بغداد شده بود» is background, used only when nothing else is), a deictic one
   included («بامداد امروز», «دیشب», «دیروز (سه شنبه)»); without one, the passage's day.
   The passage's day comes from its first sentence the same way, and continuing
   paragraphs keep it (rule 3), so «ظریف در این گفت‌وگو ... تاکید کرد» after a call dated
   «دیروز» reports that day.
   (Relative words are *counted* by rule 4: the narrator's «امروز» in a passage about
   yesterday is still today.) ``passage_reference`` gives the passage's day.
6. A first line with no closing stop and no date over a lead paragraph is a headline: it
   tells the lead's news and takes the lead sentence's day.
Year-less days and months («۲۴ نوامبر», «اواخر ژانویه») take the last occurrence begun by
*today*, or the next one when it falls within ``yearless_ahead_days`` of the lexicon for
the tense of their clause (future/present: the nearest; past or no verb: a few days
ahead only, a deadline or a plan). Any absolute day after *today* is a plan, never an anchor.
Times: «ساعت ۱۴:۳۰» next to a date extends it; a time standing alone goes to the nearest
day-precise date of its sentence (before it, else after it), whose span stays as it is.
Relative expressions resolve against that reference; year-less absolute dates against
*today* (see resolve.py for value forms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rasad.dates import calendars
from rasad.dates.grammar import Candidate, find_candidates, find_times, grammar
from rasad.dates.lexicon import ZWNJ, Lexicon, alternation, fold, key, lexicon
from rasad.dates.resolve import Resolved, day_month, resolve, span_value
from rasad.document import DateMention, Document

__all__ = ["annotate_dates", "date_for_span", "parse_published", "passage_reference", "reference_day"]

_SENTENCE_END = re.compile(r"[.!?؟]+(?=\s)|\n+")
_CLAUSE_BREAK = re.compile(r"[:؛;]")
_CLAUSE_OR_SENTENCE_BREAK = re.compile(r"[:؛;.!?؟]")
_ATTACH_GAP = re.compile(r"^[\s\-–،,|()]{0,4}$")
_COORD_GAP = re.compile(r"^\s*(?:و|،|,)\s*$")
# Between a week («هفته آینده») and the weekday that picks a day of it («روز دوشنبه»).
_WEEK_THEN_DAY = re.compile(r"^\s*[،,]?\s*(?:(?:و\s+)?در\s+)?$")


def parse_published(published: str | None) -> date | None:
    """The local calendar day of an ISO timestamp or date (the offset in force is kept)."""
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def fallback_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans for a document the text layer has not split (tests, direct use)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if not m.group(0).startswith("\n") else m.start()
        if text[pos:end].strip():
            spans.append((pos, end))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def _units(doc: Document) -> list[tuple[int, int]]:
    return list(doc.sentences) if doc.sentences else fallback_sentences(doc.text)


@dataclass
class _Found:
    cand: Candidate
    res: Resolved
    start: int
    end: int
    attributive: bool
    time: str | None = None


_WORDS = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """Words of already-folded text (ZWNJ splits words, as a space would)."""
    return _WORDS.findall(text)


@lru_cache(maxsize=4)
def _phrases(items: tuple[str, ...]) -> tuple[str, ...]:
    """Lexicon phrases as space-joined folded words, computed once."""
    return tuple(" ".join(_words(fold(p))) for p in items)


def _continues(sentence: str, lex: Lexicon) -> bool:
    """Does a paragraph opening with ``sentence`` continue the report before it?"""
    words = _words(sentence[:200])
    window = lex.continuation_window
    head = " " + " ".join(words[: window + 3]) + " "
    for opener in _phrases(lex.continuation_openers):
        at = head.find(" " + opener + " ")
        if at >= 0 and head[:at].count(" ") < min(window, len(words)):
            return True
    if _speech_rx(lex).search(sentence):
        return True
    # «X در حاشیه اجلاس با Y دیدار کرد»: told as part of the meeting dated before
    anywhere = " " + " ".join(words) + " "
    return any(" " + phrase + " " in anywhere for phrase in _phrases(lex.meeting_anaphora))


def _subject_words(head: str, lex: Lexicon) -> frozenset[str]:
    """The words naming the subject of a dated opening sentence: its words between the last
    comma before the date (after «به گزارش X،») and the date, function words left out."""
    cut = max(head.rfind("،"), head.rfind(","))
    return frozenset(key(w) for w in _words(head[cut + 1:]) if len(w) >= lex.subject_min_letters)


def _same_subject(sentence: str, subject: frozenset[str], lex: Lexicon) -> bool:
    """Does a paragraph opening with ``sentence`` name the passage's subject first
    («پاشینیان که ... متهم کرد» after «نیکول پاشینیان ... روز سه شنبه ... اعلام کرد»)?"""
    words = [key(w) for w in _words(sentence[:80])]
    if not words or words[0] not in subject:
        return False
    return words[0] not in lex.subject_titles or (len(words) > 1 and words[1] in subject)


_SPEECH: dict[int, re.Pattern[str]] = {}


def _speech_rx(lex: Lexicon) -> re.Pattern[str]:
    rx = _SPEECH.get(id(lex))
    if rx is None:
        rx = re.compile(rf"(?<![\w{ZWNJ}]){alternation(lex.speech_verbs)}\s*:")
        _SPEECH[id(lex)] = rx
    return rx


def _attributive(folded: str, start: int, prev: _Found | None, lex: Lexicon) -> bool:
    """Does the date qualify a noun («توافق ... بدست آمده در ۹ نوامبر») rather than the clause?"""
    before = " " + " ".join(_words(folded[max(0, start - 30):start]))
    for cue in _phrases(lex.attributive_before):
        if before.endswith(" " + cue):
            return True
    return bool(prev and prev.attributive and _COORD_GAP.match(folded[prev.end:start]))


def _clause(folded: str, start: int, end: int, s: int, e: int) -> tuple[int, int]:
    """The stretch of sentence [s, e) around [start, end) between «:», «؛» and «که»."""
    gr = grammar()
    # «.» too: a sentence the splitter left whole («کردند .*** تهران») still ends there
    cuts = [m.start() for m in _CLAUSE_OR_SENTENCE_BREAK.finditer(folded, s, e)
            if not folded[m.start() - 1:m.start() + 2:2].isdigit()]  # «۱۴:۳۰» is a time, not a break
    cuts += [m.start() for m in gr.clause_word.finditer(folded, s, e)]
    return max([c for c in cuts if c < start], default=s), min([c for c in cuts if c >= end], default=e)


def _future_clause(folded: str, start: int, end: int, s: int, e: int, lex: Lexicon) -> bool:
    """Is the clause holding [start, end) in the future tense? (the «خواهد» auxiliary or
    «قرار است» with no past-tense verb between it and the date — «روز شنبه تهدید کرد، اگر
    ... خواهد» is a past report; or «آینده» with a present-tense verb and no past-tense word)"""
    gr = grammar()
    lo, hi = _clause(folded, start, end, s, e)
    for cue in gr.future_cue.finditer(folded, lo, hi):
        between = folded[end:cue.start()] if cue.start() >= end else folded[cue.end():start]
        if not _has_past_word(between, lex):
            return True
    if not (gr.future_word.search(folded, lo, hi) and gr.present_verb.search(folded, lo, hi)):
        return False
    return not _has_past_word(folded[lo:hi], lex)


_ABSOLUTE_KINDS = frozenset({"day_month", "day_range", "month_alone", "month_year", "month_rel", "numeric_ymd",
                             "numeric_dmy"})


def _yearless(cand: Candidate) -> bool:
    """A day or month written without a year («۲۴ نوامبر», «اواخر ژانویه»)."""
    return cand.kind in ("day_month", "day_range", "month_alone") and not cand.groups.get("y")


def _tense(folded: str, start: int, end: int, s: int, e: int, lex: Lexicon) -> str:
    """The tense of the clause holding [start, end): future («خواهد», «قرار است», «آینده» +
    present), past (a past-tense word), present (a «می‌» verb), else none (no verb)."""
    if _future_clause(folded, start, end, s, e, lex):
        return "future"
    lo, hi = _clause(folded, start, end, s, e)
    if _has_past_word(folded[lo:hi], lex):
        return "past"
    if grammar().present_verb.search(folded, lo, hi):
        return "present"
    return "none"


_TOKEN = re.compile(rf"[\w{ZWNJ}]+")


def _has_past_word(clause: str, lex: Lexicon) -> bool:
    """A past-tense word: «شد», «کرد» alone or after the «می‌» prefix («می‌کرد»); ZWNJ-joined
    compounds stay whole («گفت‌وگو» is a noun, not «گفت»)."""
    prefixes = tuple(p + ZWNJ for p in lex.present_prefixes)
    for token in _TOKEN.findall(clause):
        if key(token) in lex.past_words:
            return True
        for prefix in prefixes:
            if token.startswith(prefix) and key(token[len(prefix):]) in lex.past_words:
                return True
    return False


def _week_before(prev: _Found | None, folded: str, start: int, lex: Lexicon) -> date | None:
    """The first day of a week named right before a weekday («هفته آینده روز دوشنبه»)."""
    if prev is None or prev.cand.kind != "period" or prev.cand.groups.get("pp") or prev.res.first is None:
        return None
    if lex.periods.get(key(prev.cand.groups.get("per") or "")) != "week":
        return None
    return prev.res.first if _WEEK_THEN_DAY.match(folded[prev.end:start]) else None


def _today(cands: list[Candidate], pub: date | None, lex: Lexicon) -> date | None:
    """Rule 1: «امروز (weekday)» fixes the day the article calls today."""
    if pub is None:
        return None
    for c in cands:
        wd = c.groups.get("wd") or c.groups.get("wd2")
        word = key(c.groups.get("deictic") or "")
        # «همان روز شنبه» points back at a day told, not at the article's today
        if c.kind == "deictic" and wd and lex.deictic_days.get(word) == 0 and word not in lex.anaphoric_days:
            return calendars.last_weekday(pub, lex.weekdays[key(wd)])
    return pub


def _time_value(t: Candidate, part: str | None, lex: Lexicon) -> str | None:
    h = int(t.groups["h"])
    mi = int(t.groups.get("mi") or 0)
    part = t.groups.get("part") or part
    if part and key(part) in lex.pm_parts and h < 12:
        h += 12
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _merge_intervals(found: list[_Found], folded: str, lex: Lexicon, today: date | None) -> list[_Found]:
    """«از X تا Y», «X الی Y»: two dates joined by a range word become one interval."""
    gr = grammar()
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev and gr.joiner.match(folded[prev.end:f.start]) and f.res.first and f.res.last:
            a = prev.res
            if a.ymd and a.ymd[1] is None and f.res.ymd and f.res.ymd[1]:
                # «از ۱۰ مهر تا ۱۵ آبان ۱۴۰۰»: the first end borrows the second's year
                c, _, m, d = a.ymd
                y = f.res.ymd[1]
                a = day_month(c, y if (m, d) <= (f.res.ymd[2], f.res.ymd[3] or 0) else y - 1, m, d or 1, today)
            if a.first and a.last and a.first <= f.res.last:
                start = prev.start
                m_from = gr.from_before.search(folded[max(0, start - 4):start])
                if m_from:
                    start = max(0, start - 4) + m_from.start()
                if a.precision == f.res.precision == "year" and a.calendar == "gregorian" == f.res.calendar:
                    value = f"{a.first.year}/{f.res.last.year}"
                else:
                    value = span_value(a.first, f.res.last)
                res = Resolved(value, f.res.calendar if a.calendar == "relative" else a.calendar,
                               "interval", a.first, f.res.last)
                out[-1] = _Found(prev.cand, res, start, f.end, prev.attributive)
                continue
        out.append(f)
    return out


def _sentence_date(found: list[_Found], t: Candidate, units: list[tuple[int, int]]) -> _Found | None:
    """For a time standing alone: the nearest day-precise date of its sentence, before it
    or else after it, that has no time yet."""
    sent = next(((s, e) for s, e in units if s <= t.start < e), None)
    if sent is None:
        return None
    days = [f for f in found if sent[0] <= f.start < sent[1] and f.res.precision == "day" and not f.time]
    before = [f for f in days if f.end <= t.start]
    after = [f for f in days if f.start >= t.end]
    return before[-1] if before else after[0] if after else None


def _attach_times(found: list[_Found], folded: str, lex: Lexicon, units: list[tuple[int, int]]) -> None:
    """«ساعت ۳:۵۴», «- ۰۲:۳۹» next to a date: the date gets the time and the span grows.
    A time with no date beside it goes to its sentence's date (see the module doc)."""
    for t in find_times(folded):
        best: _Found | None = None
        for f in found:
            overlap = f.start < t.end and t.start < f.end
            after = f.end <= t.start and _ATTACH_GAP.match(folded[f.end:t.start])
            before = t.end <= f.start and _ATTACH_GAP.match(folded[t.end:f.start])
            if overlap or after or before:
                best = f
                break
        if best is None:
            standalone = _sentence_date(found, t, units)
            if standalone is not None and (value := _time_value(t, None, lex)) is not None:
                standalone.time = value
            continue
        if best.time:
            continue
        value = _time_value(t, best.cand.groups.get("part"), lex)
        if value is None:
            continue
        best.time = value
        best.start, best.end = min(best.start, t.start), max(best.end, t.end)


def _opens_paragraph(text: str, units: list[tuple[int, int]], idx: int) -> bool:
    """Does sentence ``idx`` begin a paragraph (the first one, or a line break before it)?"""
    if idx == 0:
        return True
    prev_s, prev_e = units[idx - 1]
    return "\n" in text[max(prev_e - 1, prev_s):units[idx][0] + 1]


_TERMINAL = re.compile(r"[.!?؟]\s*$")


def _headline(text: str, units: list[tuple[int, int]], found: list[_Found]) -> bool:
    """Rule 6: is the first unit a headline (a line of its own with no closing stop and no
    date) over a lead paragraph? A headline tells the lead's news, so it takes its day."""
    if len(units) < 2 or not _opens_paragraph(text, units, 1):
        return False
    s, e = units[0]
    if _TERMINAL.search(text[s:e]) or any(s <= f.start < e for f in found):
        return False
    return True


_REPORTING: dict[int, re.Pattern[str]] = {}


def _reporting_rx(lex: Lexicon) -> re.Pattern[str]:
    """A verb of saying («گفت», «اعلام کرد»; not the noun «گفت وگو») or an opener of reported
    content («با بیان اینکه»): what follows it in its sentence is in the speaker's voice."""
    rx = _REPORTING.get(id(lex))
    if rx is None:
        verbs = alternation(lex.reporting_verbs)
        openers = alternation(lex.reported_content_openers)
        rx = re.compile(rf"(?<![\w{ZWNJ}])(?:{verbs}(?![\w{ZWNJ}])(?!\s*و\s*گو)|{openers}(?![\w{ZWNJ}]))")
        _REPORTING[id(lex)] = rx
    return rx


def _counting_day(folded: str, cand: Candidate, s: int, told: list[_Found], passage_day: date | None,
                  passage_reported: bool, today: date | None, lex: Lexicon,
                  last_day: date | None = None) -> date | None:
    """The day a relative word at ``cand`` counts from (rule 4).

    Deictic words are the voice's own today: in reported content they count from the day
    of the speech act, in the narrator's voice from *today*. In order: a date earlier in
    the sentence with a verb of saying (or «با بیان اینکه») between it and the word dates
    the speech act the word belongs to («روز شنبه اعلام کرد ... از دیروز»); an anaphoric
    word («روز قبل», «همان روز») counts from the last day told (``last_day``: in this
    sentence or before it, in any paragraph), else the passage's day; reported content with no dated verb
    in its sentence, or any sentence of a passage that opened with a dated speech act,
    counts from the passage's day; anything else from *today* («X که روز یکشنبه وارد بغداد
    شده بود امروز ... دیدار کرد» is the article's today)."""
    for f in reversed(told):
        if _FULL_STOP.search(folded, f.end, cand.start):
            break  # a unit the splitter left whole (a long quote): earlier dates are other acts'
        if _reported(folded, f.end, cand.start, lex):
            return f.res.first
    if cand.kind == "deictic" and key(cand.groups.get("deictic") or "") in lex.anaphoric_days:
        return told[-1].res.first if told else last_day or passage_day
    if passage_reported or _reported(folded, s, cand.start, lex):
        return passage_day
    return today


_FULL_STOP = re.compile(r"[.!?؟](?=\s)")


def _reported(folded: str, lo: int, pos: int, lex: Lexicon) -> bool:
    """Is ``pos`` in reported content opened in [lo, pos)? A verb of saying opens it up to
    the next full stop («... متن توافق را اعلام کرد.» ends with the verb: nothing reported)."""
    for m in _reporting_rx(lex).finditer(folded, lo, pos):
        if not _FULL_STOP.search(folded, m.end(), pos):
            return True
    return False


_PLUPERFECT = re.compile(rf"[\w{ZWNJ}]+ه[\s{ZWNJ}]+بود(?:ند|یم|ید|م|ی)?(?![\w{ZWNJ}])")


def _background(f: _Found, folded: str, limit: int, lex: Lexicon) -> bool:
    """Does the date's own verb stand in the pluperfect («که روز یکشنبه وارد بغداد شده بود»)?
    Such a date tells what came before the sentence's news, not the day it reports."""
    m = _PLUPERFECT.search(folded, f.end, limit)
    return m is not None and not _has_past_word(folded[f.end:m.start()], lex)


def _span_bound(f: _Found, folded: str, lex: Lexicon) -> bool:
    """Does the date bound a span («از روز چهارشنبه»: since Wednesday; «تا شنبه»)?"""
    before = " " + " ".join(_words(folded[max(0, f.start - 20):f.start]))
    return any(before.endswith(" " + cue) for cue in _phrases(lex.span_bound_before))


def _main_date(told: list[_Found], folded: str, e: int, lex: Lexicon) -> _Found | None:
    """Rule 5: the date of the day a sentence reports, from ``told`` (its day-precise dates
    that are not attributive and not plans): the first one whose verb is not pluperfect and
    that does not bound a span («که از روز چهارشنبه در مسکو به سر می‌برد، امروز ...»),
    else the first one not in the pluperfect, else the first one."""
    plain: list[_Found] = []
    for i, f in enumerate(told):
        limit = told[i + 1].start if i + 1 < len(told) else e
        brk = _CLAUSE_BREAK.search(folded, f.end, limit)
        if not _background(f, folded, brk.start() if brk else limit, lex):
            plain.append(f)
    for f in plain:
        if not _span_bound(f, folded, lex):
            return f
    return plain[0] if plain else told[0] if told else None


def _without_dateline(cands: list[Candidate], folded: str, place: str | None) -> list[Candidate]:
    """Drop a weekday that is the lead's dateline city: «دوشنبه - خاور -» is Dushanbe.

    The metadata stage found the place a lead opens with (``doc.dateline``); a weekday
    word standing there, with no day number, names the city, not a day.
    """
    if not place:
        return cands
    lead = len(folded) - len(folded.lstrip())
    out = []
    for cand in cands:
        if cand.kind == "weekday" and cand.start == lead and key(folded[cand.start:cand.end]) == key(place):
            continue
        out.append(cand)
    return out


def annotate_dates(doc: Document) -> Document:
    """Fill ``doc.dates`` and ``doc.sentence_reference`` (see the module doc for the rule)."""
    lex = lexicon()
    text = doc.text
    folded = fold(text)
    pub = parse_published(doc.published)
    cands = _without_dateline(find_candidates(folded), folded, doc.dateline)
    today = _today(cands, pub, lex)
    units = _units(doc)

    found: list[_Found] = []
    references: list[str | None] = []
    ci = 0

    def take(cand: Candidate, ref: date | None, sentence: tuple[int, int] | None = None) -> _Found | None:
        prev = found[-1] if found else None
        future, week_of = False, None
        if cand.kind == "weekday" and not cand.groups.get("mod"):
            week_of = _week_before(prev, folded, cand.start, lex)
            if sentence is not None and week_of is None:
                future = _future_clause(folded, cand.start, cand.end, *sentence, lex)
        ahead = 0
        if sentence is not None and _yearless(cand):
            ahead = lex.yearless_ahead_days[_tense(folded, cand.start, cand.end, *sentence, lex)]
        res = resolve(cand, lex, today, ref, future, week_of, ahead)
        if res is None:
            return None
        if today and res.first and res.first > today and cand.kind in _ABSOLUTE_KINDS:
            res.future = True  # a day still to come is a plan, never an anchor
        word = key(cand.groups.get("deictic") or "")
        if cand.kind == "deictic" and lex.deictic_days.get(word, 0) > 0 and word not in lex.anaphoric_days:
            res.future = True  # «فردا»: a plan, never the day a sentence reports («روز بعد» is told)
        wd = cand.groups.get("wd") or cand.groups.get("wd2")
        if cand.kind == "deictic" and wd and res.first:
            # «امروز (سه شنبه)»: the weekday wins over the stamp
            d = calendars.last_weekday(res.first, lex.weekdays[key(wd)])
            res = Resolved(d.isoformat(), "relative", "day", d, d, deictic=True)
        return _Found(cand, res, cand.start, cand.end, _attributive(folded, cand.start, prev, lex))

    passage_day = today  # the day the passage reports (rule 5); its speakers' today (rule 3)
    passage_reported = False  # the passage opens with a dated speech act (rule 3)
    last_day: date | None = None  # the last day told so far, for anaphoric words («همان روز»)
    subject: frozenset[str] = frozenset()  # the words naming the dated passage's subject

    def remember(f: _Found) -> None:
        nonlocal last_day
        r = f.res
        if r.precision == "day" and r.first and not r.future and not f.attributive:
            last_day = r.first
    for idx, (s, e) in enumerate(units):
        while ci < len(cands) and cands[ci].start < s:  # between sentences: told from today
            f = take(cands[ci], today)
            if f:
                found.append(f)
                remember(f)
            ci += 1
        opening = _opens_paragraph(text, units, idx)
        if opening and not (_continues(folded[s:e], lex) or _same_subject(folded[s:e], subject, lex)):
            passage_day, passage_reported, subject = today, False, frozenset()
        told: list[_Found] = []  # this sentence's dates that can carry its day or a speech act's
        while ci < len(cands) and cands[ci].start < e:
            cand = cands[ci]
            ci += 1
            ref = _counting_day(folded, cand, s, told, passage_day, passage_reported, today, lex, last_day)
            f = take(cand, ref, (s, e))
            if f is None:
                continue
            found.append(f)
            remember(f)
            r = f.res
            if r.precision == "day" and r.first and not r.future and not f.attributive:
                told.append(f)
        main = _main_date(told, folded, e, lex)
        if main is not None and opening:
            passage_day = main.res.first
            subject = _subject_words(folded[s:main.start], lex)
            # a speech act the narrator dates with «دیروز» leaves later deictics to the narrator
            passage_reported = not main.res.deictic and _reporting_rx(lex).search(folded, main.end, e) is not None
        day = main.res.first if main is not None else passage_day
        references.append(day.isoformat() if day else None)
    if _headline(text, units, found):
        references[0] = references[1]  # rule 6
    while ci < len(cands):
        f = take(cands[ci], today)
        if f:
            found.append(f)
        ci += 1

    found = _merge_intervals(found, folded, lex, today)
    _attach_times(found, folded, lex, units)
    doc.dates = [
        DateMention(f.start, f.end, text[f.start:f.end], f.res.value, f.res.calendar, f.res.precision, f.time)
        for f in found
    ]
    doc.sentence_reference = references if doc.sentences else []
    return doc


def date_for_span(doc: Document, start: int, end: int) -> DateMention | None:
    """The date expression that governs the clause holding ``text[start:end]``.

    Rule: look in the sentence holding ``start``. Clauses are the sentence's stretches
    between «:», «؛», «;». Take, in this order: the nearest date before the span in its
    own clause; the nearest date after it in its clause (Persian puts the date before the
    verb, but a trigger noun may come first); the nearest date before it in an earlier
    clause of the sentence (the report's frame: «روز شنبه اعلام کرد: ... دیدار کردند»).
    Attributive dates («توافق ... ۹ نوامبر») are passed over in each step and used only
    when nothing else is found. None when the sentence has no date.
    """
    units = _units(doc)
    sent = next(((s, e) for s, e in units if s <= start < e), None)
    if sent is None:
        return None
    s, e = sent
    mentions = [d for d in doc.dates if s <= d.start < e]
    if not mentions:
        return None
    folded = fold(doc.text)
    lex = lexicon()
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(folded, s, e)]
    clause_start = max([b for b in breaks if b < start], default=s)
    clause_end = min([b for b in breaks if b >= end], default=e)

    attributive: set[int] = set()
    prev: _Found | None = None
    for i, d in enumerate(mentions):
        is_attr = _attributive(folded, d.start, prev, lex)
        if is_attr:
            attributive.add(i)
        prev = _Found(Candidate(d.start, d.end, "x"), Resolved(None, "", ""), d.start, d.end, is_attr)

    def pick(pool: list[int]) -> DateMention | None:
        before = [i for i in pool if mentions[i].end <= start and mentions[i].start >= clause_start]
        if before:
            return mentions[before[-1]]
        after = [i for i in pool if mentions[i].start >= end and mentions[i].end <= clause_end]
        if after:
            return mentions[after[0]]
        earlier = [i for i in pool if mentions[i].end <= clause_start]
        if earlier:
            return mentions[earlier[-1]]
        inside = [i for i in pool if mentions[i].start < end and start < mentions[i].end]
        return mentions[inside[0]] if inside else None

    governing = [i for i in range(len(mentions)) if i not in attributive]
    return pick(governing) or pick(sorted(attributive))


def reference_day(doc: Document, pos: int) -> str | None:
    """The reference day of the sentence holding ``pos`` (see the module doc), or None."""
    i = doc.sentence_index(pos)
    if 0 <= i < len(doc.sentence_reference):
        return doc.sentence_reference[i]
    return None



def passage_reference(doc: Document, pos: int) -> str | None:
    """The day the passage holding ``pos`` reports: the reference day of its paragraph's
    first sentence (rules 2, 3 and 5), whatever dates later sentences of it carry.

    For the events stage: an act or statement told as part of an already-dated meeting or
    call («در این تماس تلفنی ... وی گفت», «در این دیدار ... تاکید کرد») took place on the
    day of that meeting, which the passage's opening sentence dates («دیروز (سه شنبه) در
    گفت و گوی تلفنی ...»); a continuing paragraph keeps that day (rule 3). None when the
    document has no sentences or no reference days."""
    i = doc.sentence_index(pos)
    if i < 0 or i >= len(doc.sentence_reference):
        return None
    units = list(doc.sentences)
    while i > 0 and not _opens_paragraph(doc.text, units, i):
        i -= 1
    return doc.sentence_reference[i]

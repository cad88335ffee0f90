"""Persian clause structure around a trigger: actor groups, their roles, clause limits.

Persian is SOV: the subject opens the clause, obliques are marked by a preposition
before the noun (با، از، به ...), the direct object by «را» after it. We do not parse;
we read these markers off the words around each actor mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from rasad.document import Document, Mention
from rasad.events.lexicon import Lexicon

WORD_RE = re.compile(r"[^\s\u200c،؛:.!؟?«»\"'()\[\]\-–—]+(?:\u200c[^\s\u200c،؛:.!؟?«»\"'()\[\]\-–—]+)*")
# what may stand between two mentions of one coordinated or appositive group
LINK_RE = re.compile(r"^[\s«»\"'()،,]*(?:(?:و|یا)(?:\s+(?:همچنین|نیز|هم|نیز))?[\s«»\"'()]*)?$")
COMMA_ONLY_RE = re.compile(r"^[\s«»\"'()]*[،,][\s«»\"'()]*$")
PUNCT_ONLY_RE = re.compile(r"^[\s«»\"'()]*$")

# adverbs: a word before a mention that ends any prepositional phrase before it
ADVERBS = frozenset(
    "نیز همچنین هم امروز دیروز امشب سپس اکنون اینک اخیرا اخیراً همزمان بلافاصله تنها فقط "
    "ولی اما لیکن ضمنا ضمناً بنابراین همچنان قبلا قبلاً پیشتر".split()
)
# titles: part of the name that follows them
TITLES = frozenset(
    "ژنرال سرلشکر سرتیپ دریادار سردار دکتر آقای خانم آیت‌الله شیخ سید مهندس حجت‌الاسلام پروفسور".split()
)
# words that may stand before a subject without making it a genitive
FREE_BEFORE_SUBJECT = ADVERBS | TITLES


@dataclass
class Group:
    """Consecutive mentions joined by «و»/«،»/apposition: one syntactic argument."""

    mentions: list[Mention]
    start: int
    end: int
    prep: str | None  # preposition before the first mention (within a couple of words)
    prep_gap: int  # words between that preposition and the mention
    before: str | None  # the word right before the group (None at clause start / after punctuation)
    object_marked: bool  # «را» right after the group
    entities: list[str] = field(default_factory=list)
    dateline: bool = False  # a place naming the dateline, not an actor of the sentence

    @property
    def genitive(self) -> bool:
        return self.prep is None and self.before is not None and self.before not in FREE_BEFORE_SUBJECT


def mention_entities(m: Mention) -> list[str]:
    return [e for e in m.entity.split("+") if e]


def words_between(text: str, start: int, end: int) -> list[str]:
    return WORD_RE.findall(text[start:end])


def last_words(text: str, lo: int, pos: int, n: int) -> list[str]:
    """Up to ``n`` words of ``text[lo:pos]`` closest to ``pos`` (in text order)."""
    ws = WORD_RE.findall(text[max(lo, pos - 80) : pos])
    return ws[-n:]


def build_groups(doc: Document, lex: Lexicon, mentions: list[Mention], lo: int, hi: int,
                 date_spans: list[tuple[int, int]]) -> list[Group]:
    """Groups of the mentions inside ``[lo, hi)``."""
    text = doc.text
    # mentions are sorted by start: skip to the clause instead of scanning them all
    first = bisect_left(mentions, lo, key=lambda m: m.start)
    inside = []
    for m in mentions[first:]:
        if m.start >= hi:
            break
        if m.end <= hi and m.entity:
            inside.append(m)
    groups: list[Group] = []
    cur: list[Mention] = []
    for i, m in enumerate(inside):
        gap = text[cur[-1].end : m.start] if cur else ""
        same = bool(set(mention_entities(m)) & set(mention_entities(cur[-1]))) if cur else False
        linked = bool(cur) and bool(LINK_RE.match(gap))
        if linked and not same and PUNCT_ONLY_RE.match(gap):
            # bare juxtaposition is apposition only for the same actor («پوتین رئیس جمهوری روسیه»),
            # else it is subject + object («X Y را ...»)
            linked = False
        if linked and not same and COMMA_ONLY_RE.match(gap) and _has_and(text, cur):
            # a Persian list puts «و» before its last item only: after «A و B» a comma closes the
            # group («با میانجیگری قطر و مصر، حماس و اسرائیل ...»)
            linked = False
        elif linked and not same and COMMA_ONLY_RE.match(gap):
            # «A، B و C» and «A، B، C و D» are lists (the «و» before the last item closes them);
            # «به گزارش A، B ...» is not
            linked = _list_closes_with_and(text, inside, i)
        if linked:
            cur.append(m)
            continue
        if cur:
            groups.append(_make_group(doc, lex, cur, lo, date_spans))
        cur = [m]
    if cur:
        groups.append(_make_group(doc, lex, cur, lo, date_spans))
    _continue_place_lists(doc, groups)
    return groups


def _list_closes_with_and(text: str, inside: list[Mention], i: int, longest: int = 12) -> bool:
    """From mention ``i`` on, further items follow after commas and the last after «و»."""
    for k in range(i, min(i + longest, len(inside) - 1)):
        gap = text[inside[k].end : inside[k + 1].start]
        if PUNCT_ONLY_RE.match(gap) and set(mention_entities(inside[k])) & set(mention_entities(inside[k + 1])):
            continue  # «A رئیس جمهور X، B ...»: an item's title in apposition is part of the item
        if not LINK_RE.match(gap) or PUNCT_ONLY_RE.match(gap):
            return False
        if not COMMA_ONLY_RE.match(gap):
            return True  # «... و D»: the list ends here
    return False


def _has_and(text: str, ms: list[Mention]) -> bool:
    """Some two consecutive mentions of the group are joined by «و»."""
    return any(re.search(r"(?<![\u0621-\u06ff])و(?![\u0621-\u06ff])", text[a.end : b.start])
               for a, b in zip(ms, ms[1:], strict=False))


def _continue_place_lists(doc: Document, groups: list[Group]) -> None:
    """«در صنعا، الحدیده و استان صعده»: a place listed after a comma stays in the
    prepositional phrase the list opened; it is not a new subject."""
    ents = {e.id: e for e in doc.entities}

    def places(g: Group) -> bool:
        return bool(g.entities) and all(e in ents and ents[e].type in ("GPE", "LOC") for e in g.entities)

    for prev, g in zip(groups, groups[1:], strict=False):
        if (prev.prep is not None and prev.prep_gap == 0 and g.prep is None and not g.object_marked
                and COMMA_ONLY_RE.match(doc.text[prev.end : g.start]) and places(prev) and places(g)):
            g.prep = prev.prep


def _make_group(doc: Document, lex: Lexicon, ms: list[Mention], lo: int,
                date_spans: list[tuple[int, int]]) -> Group:
    text = doc.text
    start, end = ms[0].start, ms[-1].end
    # the word before, unless punctuation stands between it and the mention
    before_text = text[max(lo, start - 60) : start]
    prev_words = WORD_RE.findall(before_text)
    before: str | None = None
    if prev_words and not re.search(r"(?:[،؛:.!؟?]|\s[-–—]|[-–—]\s)\s*[«\"]?\s*$", before_text):
        before = prev_words[-1]
        # a word that belongs to a date expression («روز شنبه») is an adverbial, not a head noun
        pos = before_text.rfind(before) + max(lo, start - 60)
        if any(s <= pos < e for s, e in date_spans):
            before = None
    prep: str | None = None
    prep_gap = 0
    stripped = re.sub(r"[\s«»\"'()]+$", "", before_text)
    if stripped.endswith(_adverbial_phrases(lex)):
        prev_words, before = [], None  # «در همین راستا X ...»: X opens the clause
    for k in range(1, min(4, len(prev_words)) + 1):
        w = prev_words[-k]
        if w in ADVERBS:
            break  # «در انتها نیز ژنرال X»: the phrase before the adverb is closed
        if w in lex.prepositions:
            # a preposition counts only if no punctuation separates it from the mention
            seg = before_text[before_text.rfind(w) :]
            if not re.search(r"[،؛:.!؟?]", seg):
                prep, prep_gap = w, k - 1
            break
    after = text[end : end + 12]
    object_marked = bool(re.match(r"^[\s»\"')]*را(?![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff])", after))
    ents: list[str] = []
    for m in ms:
        for e in mention_entities(m):
            if e not in ents:
                ents.append(e)
    # «مسکو - ایرنا-», «مادرید (آناتولی) -», «تهران (ایرنا) -»: a credit in parentheses may stand
    # between the place and the dash, and the credit itself is no actor of the sentence either
    dateline = bool(re.match(r"^\s*(?:\([^()\n]{1,40}\)\s*)?\)?\s*[-–—]", text[end : end + 48]))
    return Group(ms, start, end, prep, prep_gap, before, object_marked, ents, dateline=dateline)


def _adverbial_phrases(lex: Lexicon) -> tuple[str, ...]:
    """The phrases as a tuple, for one ``str.endswith`` call."""
    got = _ADVERBIAL.get(id(lex))
    if got is None:
        got = _ADVERBIAL[id(lex)] = tuple(lex.cues["adverbial_phrases"])
    return got


_ADVERBIAL: dict[int, tuple[str, ...]] = {}


def clause_bounds(doc: Document, lex: Lexicon, sent: tuple[int, int], pos: int) -> tuple[int, int, str]:
    """The clause around ``pos`` inside the sentence: (start, end, what opened it).

    Boundaries: a colon (a quotation starts), «که», or «،»/«و» right after a clause-final verb.
    """
    text = doc.text
    s0, e0 = sent
    boundary = _boundary_regex(lex)
    start, opener = s0, "sentence"
    end = e0
    outer: list[tuple[int, str]] = []  # clauses a «که» relative clause is embedded in
    for b_start, b_end, kind in _boundaries(boundary, text, s0, e0):
        if kind == "vb" and _inside_name(doc, b_start - 1):
            continue  # «ترکیه، فنلاند و سوئد»: a name ending like a verb («...ند») ends no clause
        if b_end <= pos:
            if kind == "ke":
                outer.append((start, opener))
                start, opener = b_end, "ke"
            elif kind == "vb" and outer:
                # «X که ... جان باخته‌اند، ...»: the relative clause ends, the outer one goes on
                start, opener = outer.pop()
            else:
                start = b_end
                opener = "colon" if kind == "colon" else "verb"
                outer.clear()
        elif b_start >= pos:
            end = b_start
            break
    return start, end, opener


def _inside_name(doc: Document, pos: int) -> bool:
    """``pos`` lies inside an actor mention (a name, not a verb)."""
    spans = _mention_spans(doc)
    i = bisect_left(spans, (pos + 1,)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# keyed by the mention list's id; the entry holds the list itself, so that id is not reused meanwhile
_SPANS_CACHE: dict[int, tuple[list[Mention], int, list[tuple[int, int]]]] = {}


def _mention_spans(doc: Document) -> list[tuple[int, int]]:
    # asked for every boundary of every trigger: the sorted spans are built once per document
    got = _SPANS_CACHE.get(id(doc.mentions))
    if got is not None and got[0] is doc.mentions and got[1] == len(doc.mentions):
        return got[2]
    spans: list[tuple[int, int]] = []
    for m in sorted(doc.mentions, key=lambda m: m.start):
        if spans and m.start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], m.end))  # overlapping mentions: one span
        else:
            spans.append((m.start, m.end))
    if len(_SPANS_CACHE) > 256:
        _SPANS_CACHE.clear()
    _SPANS_CACHE[id(doc.mentions)] = (doc.mentions, len(doc.mentions), spans)
    return spans


_BOUNDARY: dict[int, re.Pattern[str]] = {}
# every trigger of a sentence asks for its clause: the sentence's boundaries are found once
_BOUNDS_CACHE: dict[tuple[re.Pattern[str], str, int, int], list[tuple[int, int, str]]] = {}


def _boundaries(boundary: re.Pattern[str], text: str, s0: int, e0: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each clause boundary in ``text[s0:e0]``; kind: colon | ke | vb."""
    key = (boundary, text, s0, e0)
    got = _BOUNDS_CACHE.get(key)
    if got is not None:
        return got
    got = []
    for m in boundary.finditer(text, s0, e0):
        kind = "colon" if m.group("colon") else ("ke" if m.group("ke") else "vb")
        # «؛» ends a clause as a verb with «،» does
        if m.group("semi") is not None:
            start = m.start("semi")
        elif m.group("say") is not None:
            start = m.end()
        else:
            start = m.start(kind)
        got.append((start, m.end(), kind))
    if len(_BOUNDS_CACHE) > 4096:
        _BOUNDS_CACHE.clear()
    _BOUNDS_CACHE[key] = got
    return got


def _boundary_regex(lex: Lexicon) -> re.Pattern[str]:
    """Clause boundaries, compiled once per lexicon."""
    if id(lex) in _BOUNDARY:
        return _BOUNDARY[id(lex)]
    finals = "|".join(re.escape(v) for v in sorted(lex.cues["clause_final_verbs"], key=len, reverse=True))
    suffixes = "|".join(re.escape(v) for v in sorted(lex.cues["clause_final_suffix"], key=len, reverse=True))
    finals = rf"{finals}|[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c]+(?:{suffixes})"
    boundary = re.compile(
        rf"(?P<colon>:)|(?P<semi>؛)"
        # «X گفت Y ... حمله کرده‌اند», «X اعلام کرد Y ... حمله کردند»: reported speech without
        # «که» or «:» opens a new clause (the reported act has its own subject)
        rf"|(?<![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c])(?:گفت|گفتند|افزود|افزودند|مدعی\s+شد|مدعی\s+شدند|ادعا\s+کرد|ادعا\s+کردند|اعلام\s+کرد|اعلام\s+کردند|تصریح\s+کرد|نوشت)(?P<say>)(?=\s)"
        rf"(?!\s+و\s*گو)(?!\s*(?:که(?![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff])|:|،))|(?<![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c])(?P<ke>که|اگر|چنانچه)(?![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c])"
        rf"|(?<![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c])(?:{finals})(?P<vb>\s*(?:،|\sو\s(?!گو)))"
    )
    _BOUNDARY[id(lex)] = boundary
    return boundary

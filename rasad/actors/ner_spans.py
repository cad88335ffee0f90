"""Actors the dictionaries do not know, proposed by the statistical NER model and kept only with a cue.

The CRF (rasad.ner) finds many spans the dictionary already explains, and some noise
(«نظامی» as a person). A span is kept only when it does not touch a dictionary mention and
the context supports it:

- PER: an office phrase right after it («X وزیر دفاع ...») or right before it («وزیر خارجه
  روسیه، X»), an honorific before it, a quote verb later in its sentence with it as the first
  actor there (its subject), or its name/surname repeats in the document;
- ORG/LOC: it contains a head word («سازمان», «گروه», «شهر», ...) plus a real name word, or it
  repeats in the document.

The model only sees windows of text around cues (offices, honorifics, quote verbs, head
words), not whole articles: tagging everything costs ~10 ms a document, more than the rest of
the stage together, and a span far from any cue would be dropped anyway. Without a model file
this module finds nothing and the stage runs on dictionaries alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from rasad import ner
from rasad.actors.discover import _QUOTES
from rasad.actors.kb import KnowledgeBase
from rasad.actors.keys import is_word_char
from rasad.actors.recognize import Cand, Grammar

_WINDOW = 28  # key characters of context on the cue's side (about three words)
_CONTEXT = 12  # key characters the model sees around the unknown words it is asked about
_WORD_RE = re.compile(r"[^\W\d_]+")
_QUOTE_VERBS = re.compile(r"(?<!\w)(?:گفت|افزود|اظهار داشت|اظهار کرد|تصریح کرد|خاطرنشان کرد|خاطر نشان کرد)(?!\w)")


def _windows(g: Grammar, chosen: list[Cand], head_re: re.Pattern[str] | None) -> list[tuple[int, int]]:
    key = g.key
    spans: list[tuple[int, int]] = []
    for c in chosen:
        if c.kind == "role" and c.sub != "plural":
            spans.append((c.ks - _WINDOW, c.ke + _WINDOW))
    for h in g.hits:
        if h.item.kind == "cue:honorifics":
            spans.append((h.ks, h.ke + _WINDOW))
    for m in _QUOTE_VERBS.finditer(key):
        spans.append((m.start() - 2 * _WINDOW, m.start()))  # the subject, a few words before
    if head_re is not None:
        for m in head_re.finditer(key):
            spans.append((m.start(), m.end() + _WINDOW))
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        s, e = max(0, s), min(len(key), e)
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out = []
    for s, e in merged:  # widen to whole words so the model never sees a cut token
        while s > 0 and key[s - 1] != " ":
            s -= 1
        while e < len(key) and key[e] != " ":
            e += 1
        out.append((s, e))
    return out


def _head_regex(kb: KnowledgeBase) -> re.Pattern[str] | None:
    if not kb.head_words:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in kb.head_words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_HEAD_CACHE: dict[int, re.Pattern[str] | None] = {}


def ner_candidates(kb: KnowledgeBase, g: Grammar, chosen: list[Cand], text: str, pos: list[int],
                   sentence_of: Callable[[int], int], sources: frozenset[str] = frozenset()) -> list[Cand]:
    """Discovered actors (kind "discovered"; ``sub`` = PER / ORG / LOC) from NER spans with a cue.

    ``sources``: folded names of the outlets the article cites (meta stage); a quoted news source
    is no actor, whatever the model calls it.
    """
    if not ner.model_available():
        return []
    if id(kb) not in _HEAD_CACHE:
        _HEAD_CACHE[id(kb)] = _head_regex(kb)
    head_re = _HEAD_CACHE[id(kb)]
    key = g.key
    taken = bytearray(len(key) + 1)
    for c in chosen:
        taken[c.ks:c.ke] = b"\x01" * (c.ke - c.ks)
    roles = [c for c in chosen if c.kind == "role" and c.sub != "plural"]
    role_starts = {c.ks for c in roles}
    role_ends = {c.ke for c in roles}
    honorific_ends = {h.ke for h in g.hits if h.item.kind == "cue:honorifics"}
    honorific_at: dict[int, int] = {}  # start -> end of the longest honorific there
    for h in g.hits:
        if h.item.kind == "cue:honorifics":
            honorific_at[h.ks] = max(h.ke, honorific_at.get(h.ks, 0))
    attribution_ends = {h.ke for h in g.hits if h.item.kind == "cue:attribution_cues"}
    quote_verbs = [m.start() for m in _QUOTE_VERBS.finditer(key)]
    chosen_starts = sorted(c.ks for c in chosen)

    spans: list[tuple[int, int, str]] = []
    for ws, we in _windows(g, chosen, head_re):
        # only words no dictionary explains can start a new actor: tag just around those (the model
        # is the slow part of the stage), with a little context on each side
        unknown = [m.span() for m in _WORD_RE.finditer(key, ws, we)
                   if taken.find(1, m.start(), m.end()) == -1 and m.group() not in kb.common_words
                   and m.group() not in kb.name_stopwords and len(m.group()) >= 2]
        if not unknown:
            continue
        ws, we = max(ws, unknown[0][0] - _CONTEXT), min(we, unknown[-1][1] + _CONTEXT)
        while ws > 0 and key[ws - 1] != " ":
            ws -= 1
        while we < len(key) and key[we] != " ":
            we += 1
        ts, te = pos[ws], pos[we - 1] + 1
        for s, e, label in ner.predict_spans(text[ts:te]):
            ks = bisect_left(pos, ts + s)
            ke = bisect_left(pos, ts + e)
            if ke > ks and label in ("PER", "ORG", "LOC"):
                spans.append((ks, ke, label))

    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for ks, ke, label in sorted(set(spans)):
        # the model tags titles with the name («سید مهران ...», «حجت‌الاسلام والمسلمین ...»): a person
        # starts after them, so a known name behind them still matches the dictionary
        while label == "PER" and ks in honorific_at and honorific_at[ks] < ke:
            ks = g.next_token(honorific_at[ks])
        if ks >= ke:
            continue
        if (ks, ke) in seen or taken.find(1, ks, ke) != -1:
            continue
        form = key[ks:ke]
        if form.isascii() or form in sources or ks - 1 in attribution_ends or ks in attribution_ends:
            continue  # a transliteration «(Sushan Stepanyan)» repeats the name before it; outlets cite
        words = form.split()
        if not words or any(w in kb.name_stopwords or len(w) < 2 or not w.isalpha() for w in words):
            continue
        if label == "PER":
            if all(w in kb.common_words for w in words) and words[0] not in kb.first_names:
                continue
            if not _person_cue(key, ks, ke, words, kb, role_starts, role_ends, honorific_ends, quote_verbs,
                               chosen_starts, sentence_of):
                continue
        else:
            heads = [w for w in words if w in kb.head_words]
            names = [w for w in words if w not in kb.head_words and w not in kb.common_words]
            if not ((heads and names and len(words) >= 2) or (names and _repeats(key, key[ks:ke], ks, taken))):
                continue
        seen.add((ks, ke))
        taken[ks:ke] = b"\x01" * (ke - ks)
        out.append(Cand(ks, ke, "discovered", prio=0, sub=label, name_key=key[ks:ke]))
    return out


def _repeats(key: str, form: str, at: int, taken: bytearray | None = None) -> bool:
    """``form`` occurs elsewhere as a word; with ``taken``, not inside a dictionary mention (the
    «آتلانتیک» of «پیمان آتلانتیک شمالی» is no second mention of an actor «آتلانتیک»)."""
    start = 0
    while True:
        i = key.find(form, start)
        if i < 0:
            return False
        end = i + len(form)
        if i != at and (i == 0 or not is_word_char(key[i - 1])) and (end >= len(key) or not is_word_char(key[end])) \
                and (taken is None or taken.find(1, i, end) == -1):
            return True
        start = i + 1


def _person_cue(key: str, ks: int, ke: int, words: list[str], kb: KnowledgeBase, role_starts: set[int],
                role_ends: set[int], honorific_ends: set[int], quote_verbs: list[int], chosen_starts: list[int],
                sentence_of: Callable[[int], int]) -> bool:
    # an office right after the name («X وزیر دفاع ...» / «X، وزیر ...»)
    q = ke
    while q < len(key) and key[q] in _QUOTES and q - ke < 4:
        q += 1
    if q in role_starts:
        return True
    # an office or an honorific right before it («وزیر خارجه روسیه، X», «ژنرال X»)
    p = ks
    while p > 0 and key[p - 1] in _QUOTES and ks - p < 4:
        p -= 1
    if p in role_ends or p in honorific_ends or ks in honorific_ends or ks - 1 in honorific_ends:
        return True
    # subject of a quote verb: the first actor of its sentence, a quote verb later in it
    si = sentence_of(ks)
    i = bisect_left(quote_verbs, ke)
    if i < len(quote_verbs) and sentence_of(quote_verbs[i]) == si:
        j = bisect_left(chosen_starts, ks)
        before = chosen_starts[j - 1] if j > 0 else -1
        if before < 0 or sentence_of(before) != si:
            return True
    # the name, or its surname, comes back later or earlier in the document
    if len(words) >= 2 and _repeats(key, key[ks:ke], ks):
        return True
    return len(words) >= 2 and words[-1] not in kb.common_words and len(words[-1]) >= 3 and _repeats(
        key, words[-1], ke - len(words[-1]))


__all__ = ["ner_candidates"]

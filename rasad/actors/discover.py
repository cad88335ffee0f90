"""Persons the dictionary does not know, found by their context.

A run of 2–3 name-like words right before an office («سورن پاپیکیان وزیر دفاع جدید
ارمنستان») or after an honorific («ژنرال نجم الدین صدیقوف») is a person. Name-like:
not a function word, not part of another mention; the run must start with a known given
name or contain a word that is not a frequent Persian word (hazm's list), so ordinary
phrases before an office are not taken for names.
"""

from __future__ import annotations

import re

from rasad.actors.kb import KnowledgeBase
from rasad.actors.recognize import Cand, Grammar, Hit

_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_QUOTES = " «»\"'“”،,:()"


class Discoverer:
    def __init__(self, kb: KnowledgeBase, grammar: Grammar, chosen: list[Cand]) -> None:
        self.kb = kb
        self.key = grammar.key
        self.grammar = grammar
        self.stop = kb.name_stopwords
        # the longest honorific at each start («حجت‌الاسلام والمسلمین», not «حجت‌الاسلام» + a name
        # «والمسلمین»), and none inside a longer one
        honorifics: dict[int, Hit] = {}
        for h in grammar.hits:
            if h.item.kind == "cue:honorifics" and (h.ks not in honorifics or h.ke > honorifics[h.ks].ke):
                honorifics[h.ks] = h
        self.honorifics = {ks: h for ks, h in honorifics.items()
                           if not any(o.ks < ks and h.ke <= o.ke for o in honorifics.values())}
        self.occupied = [(c.ks, c.ke) for c in chosen]
        self.stop_starts = {h.ks for h in grammar.hits if h.item.kind.startswith(("role", "inst"))}

    def _free(self, s: int, e: int) -> bool:
        return not any(s < oe and os < e for os, oe in self.occupied)

    def _name_like(self, token: str) -> bool:
        return token not in self.stop and len(token) >= 2

    def _accept(self, tokens: list[tuple[int, int]], honorific: bool) -> list[tuple[int, int]] | None:
        words = [self.key[s:e] for s, e in tokens]
        # leading ordinary words are not part of the name («تماس تلفنی نیکول پاشینیان»); after an
        # honorific the whole run is the name
        while not honorific and words and words[0] in self.kb.common_words and words[0] not in self.kb.first_names:
            words.pop(0)
            tokens = tokens[1:]
        if not tokens or (len(tokens) < 2 and not honorific):
            return None
        if words[0] in self.kb.first_names or honorific or any(w not in self.kb.common_words for w in words):
            return tokens
        return None

    def before(self, pos: int) -> tuple[int, int] | None:
        """A name ending right before ``pos`` (quotes and commas between are allowed)."""
        p = pos
        while p > 0 and self.key[p - 1] in _QUOTES:
            p -= 1
            if self.key[p] == ")":  # skip a transliteration: «سوشان استپانیان (Sushan Stepanyan)»
                opening = self.key.rfind("(", max(0, p - 60), p)
                if opening >= 0 and self.key[opening + 1:p].isascii():
                    p = opening
        tokens: list[tuple[int, int]] = []
        q = p
        honorific = False
        while len(tokens) < 3:
            m = _LAST_WORD.search(self.key, max(0, q - 40), q)
            if m is None or not self._name_like(m.group()) or not self._free(m.start(), m.end()):
                if m is not None and m.start() in self.honorifics:
                    honorific = True
                break
            tokens.insert(0, (m.start(), m.end()))
            q = m.start()
            if q > 0 and self.key[q - 1] == " ":
                q -= 1
            else:
                break
        if not honorific and tokens:
            s = tokens[0][0]
            prev = self.key[max(0, s - 20):s].rstrip().split(" ")[-1:] if s else []
            honorific = bool(prev) and any(h.ke == s - 1 or h.ke == s for h in self.honorifics.values())
        got = self._accept(tokens, honorific)
        return (got[0][0], got[-1][1]) if got else None

    def after_office(self, pos: int) -> tuple[int, int] | None:
        """An unknown name right after an office («وزیر خارجه روسیه، X» / «رئیس جمهور اوکراین X»).

        Stricter than ``before``: every word must be a known given name or a rare word, and two
        words at least, because what follows an office is usually the clause's verb phrase.
        """
        q = pos
        while q < len(self.key) and self.key[q] in _QUOTES and q - pos < 4:
            q += 1
        tokens: list[tuple[int, int]] = []
        while len(tokens) < 3:
            m = _WORD.match(self.key, q)
            if m is None or m.start() in self.stop_starts or not self._free(m.start(), m.end()):
                break
            w = m.group()
            # a frequent word can still be a surname right after a given name («فیصل مقداد»)
            surname_slot = len(tokens) == 1 and self.key[tokens[0][0]:tokens[0][1]] in self.kb.first_names
            if not self._name_like(w) or (w in self.kb.common_words and w not in self.kb.first_names
                                          and not surname_slot):
                break
            tokens.append((m.start(), m.end()))
            q = self.grammar.next_token(m.end())
            if q == m.end():
                break
        if len(tokens) < 2:
            return None
        return tokens[0][0], tokens[-1][1]

    def after_honorific(self) -> list[tuple[int, int]]:
        """Names right after an honorific that nothing else explains."""
        out = []
        # titles run in chains («سردار سید», «حجت‌الاسلام والمسلمین سید»): the name follows the last
        # one, read from the first
        chained = {q for h in self.honorifics.values() if (q := self.grammar.next_token(h.ke)) in self.honorifics}
        for h in self.honorifics.values():
            if h.ks in chained:
                continue
            q = self.grammar.next_token(h.ke)
            while q in self.honorifics:
                q = self.grammar.next_token(self.honorifics[q].ke)
            tokens = []
            while len(tokens) < 3:
                m = _WORD.match(self.key, q)
                if (m is None or not self._name_like(m.group()) or not self._free(m.start(), m.end())
                        or m.start() in self.stop_starts):
                    break
                tokens.append((m.start(), m.end()))
                q = self.grammar.next_token(m.end())
                if q == m.end():
                    break
            got = self._accept(tokens, True)
            if got:
                span = (got[0][0], got[-1][1])
                out.append(span)
                self.occupied.append(span)
        return out

    def claim(self, span: tuple[int, int]) -> None:
        self.occupied.append(span)

"""PLOVER events from trigger matches and the clause around them.

For each sentence: find triggers (rasad/data/events/triggers.yaml), find the clause
around each, read the source (the clause's subject), the target (by the frame the
trigger names: «با X», «X را», «از X», «به X», «بین X و Y» ...), date, place,
casualties, negation and modality; then merge repeated reports of one act.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasad.document import Document, Event, Mention
from rasad.events.clauses import (
    WORD_RE,
    Group,
    build_groups,
    clause_bounds,
    words_between,
)
from rasad.events.lexicon import Lexicon, Trigger, load_lexicon, match_flags
from rasad.events.numbers import casualty_count
from rasad.events.statements import Said, find_statements

PLACE_TYPES = ("LOC", "GPE")
_LEAD_BREAK = re.compile(r"[،,:؛]|\s[-–—]\s")
# trigger types whose acts need a second party to be an event at all
NEEDS_TARGET = frozenset({"CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "THREATEN", "SANCTION", "COERCE",
                          "AID", "CONCEDE", "COOPERATE", "AGREE", "ASSAULT"})


@dataclass
class Candidate:
    trigger: Trigger
    start: int
    end: int
    sent: int
    flags: dict[str, bool]
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    mutual: bool = False
    date: str | None = None
    date_strength: int = 0  # 2 explicit, 1 inferred from the report's day
    date_precision: str | None = None
    date_from_lead: bool = False  # the day is the report's only because the act opens the article
    location: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    casualties_text: str | None = None
    modality: str = "asserted"
    negated: bool = False
    confidence: float = 0.9
    mode: str | None = None


@lru_cache(maxsize=64)
def words_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word (compiled once per word list)."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff])(?:{alts})(?![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff])")


def _passage_reference(doc: Document, pos: int) -> str | None:
    try:
        from rasad.dates import passage_reference
    except ImportError:  # the dates stage may not offer it
        return None
    try:
        return passage_reference(doc, pos)
    except Exception:  # a helper's failure must not lose the event
        return None


def _date_for_span(doc: Document, start: int, end: int) -> Any:
    try:
        from rasad.dates import date_for_span  # type: ignore[attr-defined]
    except ImportError:  # the dates stage may not offer it
        return None
    try:
        return date_for_span(doc, start, end)
    except Exception:  # a helper's failure must not lose the event
        return None


class Extractor:
    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text
        self.ents = {e.id: e for e in doc.entities}
        self.asides = self.dash_asides()
        # an aside between dashes («– گویی که واشنگتن ... –») is the writer's remark: neither its
        # actors nor its verbs belong to the sentence around it
        self.mentions: list[Mention] = sorted(
            (m for m in doc.mentions if m.entity and not self.in_aside(m.start)), key=lambda m: m.start)
        self.mentions = sorted(self.mentions + self.plural_anaphors(), key=lambda m: m.start)
        self.date_spans = [(d.start, d.end) for d in doc.dates]
        self._groups: dict[tuple[int, int], list[Group]] = {}
        self.done: list[Candidate] = []  # candidates of the sentences read so far
        self.current: list[Candidate] = []  # candidates of the sentence being read
        self.tolls: list[Candidate] = []  # casualty reports read so far (a claimed attack takes its toll)
        self.statements = find_statements(doc, lex)
        # the entity that stands for each country (named as a country somewhere in the text)
        self.pair_fix = self.nearest_pairs()
        self.country_entity: dict[str, str] = {}
        for e in doc.entities:
            if e.type == "GPE" and e.country and any(m.kind == "country" for m in e.mentions):
                self.country_entity.setdefault(e.country, e.id)
        # the country a struck place belongs to: also a country named only inside a longer name
        # («حزب‌الله لبنان») or by an anaphor («این کشور»), never a city named on its own
        self.place_country = dict(self.country_entity)
        for e in doc.entities:
            kinds = {m.kind for m in e.mentions}
            if e.type == "GPE" and e.country and kinds and kinds <= {"nested", "coref", "country"}:
                self.place_country.setdefault(e.country, e.id)

    # ---------------------------------------------------------------- helpers
    def dash_asides(self) -> list[tuple[int, int]]:
        """Spans «– ... که ... –» inside a sentence, after its opening words (a dateline
        «دمشق - تسنیم -» opens the sentence and holds no «که»)."""
        out: list[tuple[int, int]] = []
        for s0, e0 in self.doc.sentences:
            for m in re.finditer(r"\s[-–—]\s([^-–—.؟!]{3,240}?)\s[-–—]\s", self.text[s0:e0]):
                inner = WORD_RE.findall(m.group(1))
                if "که" in inner and len(WORD_RE.findall(self.text[s0 : s0 + m.start()])) >= 3:
                    out.append((s0 + m.start(), s0 + m.end()))
        return out

    def plural_anaphors(self) -> list[Mention]:
        """«دو رئیس دولت توافق کردند», «سه وزیر ... خواستار ... شدند»: a counted plural head the
        actor stage left unlinked stands for the actors of its kind (persons, or countries) named
        in the nearest sentence before that names any, when their number is the count. Our own
        reading for events only: the actor stage's mentions are not rewritten."""
        cues = self.lex.cues
        counts: dict[str, int] = cues.get("plural_anaphor_counts") or {}
        heads = {h: "PER" for h in cues.get("plural_anaphor_person_heads") or ()}
        heads.update({h: "GPE" for h in cues.get("plural_anaphor_country_heads") or ()})
        if not counts or not heads:
            return []
        pattern = words_regex(tuple(f"{c} {h}" for c in counts for h in heads))
        taken = [m for m in self.mentions]
        out: list[Mention] = []
        for si, (s0, e0) in enumerate(self.doc.sentences):
            for hit in pattern.finditer(self.text, s0, e0):
                a, b = hit.span()
                if self.in_aside(a) or any(m.start < b and a < m.end for m in taken):
                    continue
                # «دو رهبر حماس»: a name right after the head says whose they are; not an anaphor
                if any(b <= m.start <= b + 2 for m in taken):
                    continue
                phrase = hit.group()
                count_word = max((c for c in counts if phrase.startswith(c + " ")), key=len)
                kind = heads[phrase[len(count_word) + 1 :]]
                ids = self.antecedents(si, kind)
                if len(ids) == counts[count_word]:
                    out.append(Mention(a, b, phrase, entity="+".join(ids), kind="coref"))
        return out

    def antecedents(self, si: int, kind: str) -> list[str]:
        """The distinct actors of type ``kind`` named in the nearest of the two sentences before
        ``si`` that names any (a country only where the text names it as one)."""
        for k in (si - 1, si - 2):
            if k < 0:
                break
            s0, e0 = self.doc.sentences[k]
            ids: list[str] = []
            for m in self.mentions:
                if not s0 <= m.start < e0:
                    continue
                for eid in m.entity.split("+"):
                    ent = self.ents.get(eid)
                    if ent is None or ent.type != kind or eid in ids:
                        continue
                    if kind == "GPE" and not any(x.kind in ("country", "nested") for x in ent.mentions):
                        continue  # a city named as a place is not one of «دو کشور»
                    ids.append(eid)
            if ids:
                return ids
        return []

    def in_aside(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.asides)

    def groups(self, lo: int, hi: int) -> list[Group]:
        # the same clause is read for every trigger in it: build its groups once
        key = (lo, hi)
        got = self._groups.get(key)
        if got is None:
            got = self._groups[key] = build_groups(self.doc, self.lex, self.mentions, lo, hi, self.date_spans)
        return got

    def actors_only(self, ids: list[str]) -> list[str]:
        """Entity ids that can act (not places, not events)."""
        out = []
        for e in ids:
            ent = self.ents.get(e)
            if ent is None or ent.type in ("LOC", "EVT", "FAC"):
                continue
            out.append(e)
        return out

    def nearest_pairs(self) -> dict[int, list[str]]:
        """«... مرزی ارمنستان و آذربایجان، دو کشور را ...»: a pair anaphor right after a
        coordinated pair of the same kind in its sentence means that pair. Kept apart from
        the actor stage's reading (which we do not rewrite) and used only for events."""
        fix: dict[int, list[str]] = {}
        corrected: dict[frozenset[str], tuple[int, list[str]]] = {}  # actor-stage pair -> our pair
        pair_starts = [m.start for m in self.mentions if m.kind == "coref" and m.entity.count("+") == 1]
        for si, (s0, e0) in enumerate(self.doc.sentences):
            if not any(s0 <= p < e0 for p in pair_starts):
                continue  # no pair anaphor to read here
            groups = self.groups(s0, e0)
            for gi, g in enumerate(groups):
                for m in g.mentions:
                    ids = [e for e in m.entity.split("+") if e]
                    if m.kind != "coref" or len(ids) != 2 or any(e not in self.ents for e in ids):
                        continue
                    kinds = sorted(self.ents[e].type for e in ids)
                    for prev in reversed(groups[:gi]):
                        pids = [e for e in prev.entities if e in self.ents]
                        if len(pids) == 2 and sorted(self.ents[e].type for e in pids) == kinds:
                            if set(pids) != set(ids):
                                fix[id(m)] = pids
                                corrected[frozenset(ids)] = (si, pids)
                            break
                    else:
                        # the same reading corrected a sentence or two before: the same pair
                        seen = corrected.get(frozenset(ids))
                        if seen and si - seen[0] <= 2:
                            fix[id(m)] = seen[1]
        return fix

    def group_actors(self, g: Group) -> list[str]:
        """The actors a group names, each as coded in events.

        A city standing for its government («باکو», «مسکو» as actors) and a country's
        unnamed forces («نیروهای جمهوری آذربایجان») are coded as the country, where the text
        names that country."""
        cues = self.lex.cues
        out: list[str] = []
        for m in g.mentions:
            words = m.text.split()
            # «نیروهای طالبان» names the group itself: only a country's forces become the country
            unnamed = bool(words) and words[0] in cues["unnamed_forces"] and not (
                len(words) > 1 and words[1] in cues["unnamed_forces_not_before"]) and m.kind != "name"
            ids = self.pair_fix.get(id(m)) or [e for e in m.entity.split("+") if e]
            for eid in self.actors_only(ids):
                ent = self.ents[eid]
                coded = eid
                is_city = ent.type == "GPE" and not any(x.kind == "country" for x in ent.mentions)
                if (is_city or (unnamed and ent.type == "ORG")) and ent.country in self.country_entity:
                    coded = self.country_entity[ent.country]
                elif is_city and m.kind == "metonym" and ent.country in self.place_country:
                    # «باکو و ایروان» standing for governments whose countries the text names only
                    # inside longer names («جمهوری آذربایجان»): still the country
                    coded = self.place_country[ent.country]
                if coded not in out:
                    out.append(coded)
        return out

    def subject(self, groups: list[Group], before: int, lo: int | None = None) -> Group | None:
        for i, g in enumerate(groups):
            if g.start >= before:
                break
            if g.prep is not None or g.object_marked or g.dateline or not self.group_actors(g):
                continue
            if not g.genitive:
                return g
            if lo is not None and self.parenthesised_name(groups, i, lo):
                return g
            # «مقامات نظامی روسیه و ناتو ... دیدار کردند»: a clause-initial noun phrase
            # whose head names no actor is coded as the actor it belongs to
            if lo is not None:
                # «به گزارش ایرنا، جنگنده‌های آمریکایی ...», «دمشق - تسنیم - جنگنده‌های ...»:
                # the phrase starts after the credit or dateline
                cut = max((m.end() for m in _LEAD_BREAK.finditer(self.text, lo, g.start)), default=lo)
                if any(x.start >= cut for x in groups[:i]):
                    continue
                lead = self.without_fillers(WORD_RE.findall(self.text[cut : g.start]))
                if 1 <= len(lead) <= 3 and lead[0] in self.lex.cues["generic_heads"] and not any(
                        w in self.lex.prepositions for w in lead):
                    return g
        return None

    def without_fillers(self, lead: list[str]) -> list[str]:
        """``lead`` after its opening quantity and linking words («حدود هزار نیروی ...»,
        «همزمان جنگنده‌های ...»): the generic head follows them."""
        cues = self.lex.cues
        skip = set(cues.get("subject_lead_fillers", ())) | set(cues["numbers"])
        i = 0
        while i < len(lead) - 1 and (lead[i] in skip or lead[i].isdigit()):
            i += 1
        return lead[i:]

    def parenthesised_name(self, groups: list[Group], i: int, lo: int) -> bool:
        """«جنبش مقاومت اسلامی فلسطین (حماس) و رژیم صهیونیستی ...»: a name in parentheses
        glosses the clause-initial noun phrase before it (an actor's full name the text does not
        resolve), so it takes that phrase's place as the subject."""
        g = groups[i]
        paren = self.text.rfind("(", lo, g.start)
        if paren < 0 or self.text[paren + 1 : g.start].strip():
            return False
        close = self.text.find(")", g.mentions[0].end, g.mentions[0].end + 3)
        if close < 0:
            return False
        cut = max((m.end() for m in _LEAD_BREAK.finditer(self.text, lo, paren)), default=lo)
        lead = WORD_RE.findall(self.text[cut:paren])
        if not 1 <= len(lead) <= 6 or any(w in self.lex.prepositions or w in ("را", "که") for w in lead):
            return False
        # earlier groups after the cut are parts of the glossed name («... فلسطین»), none a subject
        return all(x.end <= paren for x in groups[:i] if x.start >= cut)

    # ---------------------------------------------------------------- main
    def run(self) -> list[Candidate]:
        cands: list[Candidate] = []
        for si, sent in enumerate(self.doc.sentences):
            cands.extend(self.sentence(si, sent))
        return cands

    def sentence(self, si: int, sent: tuple[int, int]) -> list[Candidate]:
        s0, e0 = sent
        found: list[tuple[Trigger, re.Match[str]]] = []
        for trig in self.lex.possible_triggers(self.text, s0, e0):
            assert trig.regex is not None
            for m in trig.regex.finditer(self.text, s0, e0):
                if not self.in_aside(m.start()):
                    found.append((trig, m))
        # a nominal match inside a verbal one of the same type is the same act
        verbal = [(t, m) for t, m in found if not t.nominal and not t.casualty]
        # «حمله به X متهم کرد»: a light verb belongs to the noun right before it, so a longer
        # gapped match ending on the verb of a shorter match of another type is not an act
        stolen = {id(m) for t, m in verbal if not t.owns_verb and any(
            v.type != t.type and vm.end() == m.end() and vm.start() > m.start() for v, vm in verbal)}
        # ... unless the longer match is a fixed phrase that owns its verb: then the shorter goes
        stolen |= {id(vm) for v, vm in verbal if any(
            t.owns_verb and v.type != t.type and vm.end() == m.end() and vm.start() > m.start() for t, m in verbal)}
        # «مسئولیت این حمله را بر عهده گرفت»: a match of another type wholly inside a fixed phrase
        # that owns its verb is a piece of that phrase, not an act of its own
        stolen |= {id(m) for t, m in found if any(
            o.owns_verb and o.type != t.type and om.start() <= m.start() and m.end() <= om.end()
            and (om.start(), om.end()) != (m.start(), m.end()) for o, om in found)}
        verbal = [(t, m) for t, m in verbal if id(m) not in stolen]
        found = [(t, m) for t, m in found if id(m) not in stolen]
        kept: list[tuple[Trigger, re.Match[str]]] = []
        for t, m in found:
            if t.nominal and self.topic_noun(m.start(), s0):
                continue
            if t.nominal and any(
                v.type == t.type and vm.start() <= m.start() < vm.end() for v, vm in verbal
            ):
                continue
            # «حمله هوایی»: the longer nominal (with its mode) stands for the shorter one inside it
            if t.nominal and any(
                o is not t and o.nominal and o.type == t.type and om.start() <= m.start() and m.end() <= om.end()
                and (om.end() - om.start()) > (m.end() - m.start()) for o, om in found
            ):
                continue
            # a shorter verbal match inside a longer one of the same type is the same act
            if not t.nominal and any(
                v.type == t.type and (vm.start(), vm.end()) != (m.start(), m.end())
                and vm.start() <= m.start() and m.end() <= vm.end() for v, vm in verbal
            ):
                continue
            kept.append((t, m))
        out: list[Candidate] = []
        self.current = out  # what this sentence has given so far (a condemnation reads its attack)
        casualties: list[Candidate] = []
        anaphoric_attack = False
        seen_spans: set[tuple[str, int, int]] = set()
        for t, m in sorted(kept, key=lambda x: x[1].start()):
            key = (t.type, m.start(), m.end())
            if key in seen_spans:
                continue
            seen_spans.add(key)
            if t.nominal and self.anaphoric(m.start(), s0):
                # «در این حملات ...»: the act was reported before; not a new event
                anaphoric_attack = anaphoric_attack or t.type == "ASSAULT"
                continue
            cand = Candidate(t, m.start(), m.end(), si, match_flags(m), mutual=t.mutual, mode=t.mode)
            if t.casualty:
                self.casualty(cand, sent)
                casualties.append(cand)
                continue
            out.extend(self.arguments(cand, sent))
        if casualties and not any(c.trigger.type == "ASSAULT" for c in out) and (
                anaphoric_attack or (not out and self.recent_attack(si))):
            # «... حمله کردند. دست کم ۷۳ تن کشته شدند»: a toll told on its own, right after an
            # attack, is that attack's; a toll with no attack in reach stays no event
            self.attach_casualties_to_earlier(casualties)
        self.attach_casualties(out, casualties)
        self.tolls.extend(casualties)
        self.done.extend(out)
        return out

    def anaphoric(self, pos: int, s0: int) -> bool:
        """The nominal is preceded by a demonstrative («این حمله», «همین درگیری‌ها»)."""
        words = WORD_RE.findall(self.text[max(s0, pos - 20) : pos])
        return bool(words) and words[-1] in self.lex.cues["demonstratives"]

    def earlier_attacks(self) -> list[Candidate]:
        """The ASSAULT events of the latest earlier report of an attack (one trigger, its clones)."""
        attacks = [c for c in self.done if c.trigger.type == "ASSAULT" and not c.negated]
        # «این حملات» points back at the attacks the report asserts, not at one a speaker alleges
        asserted = [c for c in attacks if c.modality == "asserted"]
        attacks = asserted or attacks
        if not attacks:
            return []
        last = max(c.start for c in attacks)
        return [c for c in attacks if c.start == last]

    def recent_attack(self, si: int) -> bool:
        """An attack was reported in one of the two sentences before sentence ``si``."""
        return any(si - 2 <= a.sent < si for a in self.earlier_attacks())

    def attach_casualties_to_earlier(self, casualties: list[Candidate]) -> None:
        """«در این حملات دو نفر جان باختند»: the toll belongs to the attack already reported."""
        for ev in self.earlier_attacks():
            for cas in casualties:
                if cas.fatalities is not None and ev.fatalities is None:
                    ev.fatalities = cas.fatalities
                if cas.injured is not None and ev.injured is None:
                    ev.injured = cas.injured
                if cas.casualties_text and not ev.casualties_text:
                    ev.casualties_text = cas.casualties_text

    def phrase_owner(self, groups: list[Group], g: Group, used: set[int], lo: int) -> list[str]:
        """The genitive actor heading the noun phrase an object-marked prepositional group ends."""
        i = next(k for k, x in enumerate(groups) if x is g)
        if i == 0:
            return []
        prev = groups[i - 1]
        between = words_between(self.text, prev.end, g.start)
        # right after a noun («فرماندهی ارتش اسرائیل»), even when a preposition opened the phrase
        # a few words back («با پهپاد مقر فرماندهی ارتش ...»)
        genitive = prev.genitive or (prev.prep_gap >= 1 and prev.before is not None
                                     and prev.before not in self.lex.prepositions)
        # the prepositional phrase must follow the owner at once («آمریکا علیه ایران را»), not
        # after another head noun («لبنان مواضعی در دمشق را»: Lebanon owns no part of it)
        if not between or between[0] != g.prep:
            return []
        if (id(prev) in used or not genitive or prev.object_marked or len(between) > 4
                or any(w in ("را", "که") for w in between)):
            return []
        if self.subject(groups, g.start, lo) is prev:
            return []  # «جنگنده‌های اسرائیل مواضعی در دمشق را ...»: that genitive is the subject
        return self.group_actors(prev)

    def claimant(self, c: Candidate, lo: int, source: list[str]) -> list[str]:
        """«X این ادعا را رد کرد»: the claim is the last one reported, by another speaker."""
        words = WORD_RE.findall(self.text[lo : c.start])
        claim_nouns = self.lex.cues["claim_nouns"]
        demonstratives = self.lex.cues["demonstratives"]
        if not any(w in demonstratives and nxt in claim_nouns for w, nxt in zip(words, words[1:], strict=False)
                   ) and not self.relative_claim(lo, c.start):
            return []
        own = {self.ents[s].country for s in source if s in self.ents}
        for st in sorted(self.statements, key=lambda x: x.start, reverse=True):
            if st.start >= lo or not st.speaker or st.speaker not in self.ents:
                continue
            if st.speaker not in source and self.ents[st.speaker].country not in own:
                return [st.speaker]
            return []
        return []

    def responded_to(self, c: Candidate, lo: int, source: list[str]) -> list[str]:
        """«در واکنش به بیانیه ناتو، ... را رد کرد»: what is rejected came from the one answered."""
        for phrase in self.lex.cues["response_to"]:
            i = self.text.find(phrase, self.doc.sentences[c.sent][0], c.start)
            if i < 0:
                continue
            at = i + len(phrase)
            # «در واکنش به بیانیه ناتو، ... را بی‌اساس خواند و آن را رد کرد»: the phrase may open
            # an earlier clause of the sentence, so read the groups from the phrase on
            for g in self.groups(min(lo, i), c.start):
                if g.start < at:
                    continue
                if len(words_between(self.text, at, g.start)) > 3:
                    break
                ents = [e for e in self.group_actors(g) if e not in source]
                if ents:
                    return ents
            break
        return []

    def threatened(self, c: Candidate, sent: tuple[int, int], hi: int, source: list[str]) -> list[str]:
        """«تهدید کرد که ... از اقدامات بیشتر علیه X دریغ نخواهد کرد», «تهدید کرد که X نابود خواهد
        شد»: the one threatened is named in the «که» clause that says what will happen."""
        ke = re.match(r"\s*که\s", self.text[c.end : c.end + 6])
        if not ke:
            return []
        groups = self.groups(c.end + ke.end(), sent[1])
        own = {self.ents[s].country for s in source if s in self.ents}
        for g in groups:
            if g.prep in ("علیه", "ضد") and self.group_actors(g):
                return self.group_actors(g)
        war_nouns = self.lex.cues["war_nouns"]
        for g in groups:
            ents = [e for e in self.group_actors(g) if self.ents[e].country not in own]
            if ents and g.prep is None and not g.genitive:
                return ents
            # «تهدید کرد که جنگ با حماس ... ادامه خواهد یافت»: the side the war goes on against
            if ents and g.prep == "با" and g.prep_gap == 0 and g.before is not None and any(
                    self.text[max(0, g.start - 30) : g.start].rstrip().endswith(f"{w} با") for w in war_nouns):
                return ents
        return []

    def threat_target(self, c: Candidate, lo: int, groups: list[Group], source: list[str]) -> list[str]:
        """The one a threatened consequence falls on: the attacks' makers («این حملات بی‌پاسخ
        نخواهد ماند»), else the first actor (or a place's country) of the consequence clause
        that is not the threatener's own side."""
        own = {self.ents[s].country for s in source if s in self.ents}

        def foreign(ids: list[str]) -> list[str]:
            return [e for e in ids if e not in source and e in self.ents and self.ents[e].country not in own]

        words = WORD_RE.findall(self.text[lo : c.start])
        demonstratives = self.lex.cues["demonstratives"]
        attack_nouns = self.lex.cues["attack_nouns"]
        if any(w in demonstratives and nxt in attack_nouns for w, nxt in zip(words, words[1:], strict=False)):
            doers: list[str] = []
            for a in self.earlier_attacks():
                doers.extend(x for x in a.source if x not in doers)
            return foreign(doers)
        war_nouns = self.lex.cues["war_nouns"]
        for g in groups:
            if g.start >= c.end:
                break
            ents = foreign(self.group_actors(g) or self.place_owner(g.entities))
            if not ents:
                continue
            # the subject («X در امان نخواهد بود»), the object («X را بی‌پاسخ نخواهیم گذاشت»),
            # a part of it («هیچ نقطه‌ای از X»), the one hit («علیه X»), the side fought («جنگ با X»)
            if (g.prep is None or g.object_marked or (g.prep in ("از", "علیه", "ضد", "به") and g.prep_gap <= 1)
                    or (g.prep == "با" and g.before in war_nouns)):
                return ents
        return []

    def directed_events(self, c: Candidate, sent: tuple[int, int], lo: int, hi: int, source: list[str],
                        target: list[str], confidence: float) -> list[Candidate]:
        """One directed event per source, once a special frame has found both sides of the act."""
        c.confidence = confidence
        self.modality(c, lo, hi)
        self.when_where(c, sent, lo, hi, set(source) | set(target))
        return [self.clone(c, [s], target, False) for s in source]

    def threat_consequence(self, c: Candidate, sent: tuple[int, int], lo: int, hi: int, opener: str,
                           groups: list[Group]) -> list[Candidate]:
        """«هشدار داد که ... X در امان نخواهد بود»: a consequence told in reported speech is
        the speaker's threat against X; without a speaker or a target there is no event."""
        quoted = any(st.start <= c.start < st.end and st.speaker for st in self.statements)
        if not quoted and opener not in ("ke", "colon"):
            return []
        source = self.inherited_subject(c, sent, lo, opener)
        if not source:
            return []
        target = self.threat_target(c, lo, groups, source)
        if not target:
            return []
        return self.directed_events(c, sent, lo, hi, source, target, 0.7)

    def passive_act(self, c: Candidate, sent: tuple[int, int], lo: int, hi: int,
                    groups: list[Group]) -> list[Candidate]:
        """«از X از سوی Y انتقاد شد», «X توسط Y متهم شد»: Y did it to X; no agent, no event."""
        agent_preps = self.lex.cues["agent_prepositions"]
        agent = next((g for g in groups if g.prep in agent_preps and g.start < c.start and self.group_actors(g)), None)
        if agent is None:
            return []
        source = self.group_actors(agent)
        target: list[str] = []
        for g in groups:
            if g is agent or g.start >= c.start:
                continue
            ents = [e for e in self.group_actors(g) if e not in source]
            if ents and ((g.prep == "از" and g.prep_gap <= 2) or (
                    g.prep is None and not g.genitive and not g.object_marked)):
                target = ents
                break
        if not target:
            return []
        return self.directed_events(c, sent, lo, hi, source, target, 0.75)

    def passive_attack(self, c: Candidate, sent: tuple[int, int], lo: int, hi: int,
                       groups: list[Group]) -> list[Candidate]:
        """«X توسط پهپاد Y هدف قرار گرفت», «X با موشک‌های Y هدف قرار گرفت», «X مورد حمله Y
        قرار گرفت»: Y attacked X (X's country when X is a place); no agent or no target, no event."""
        agent_preps = self.lex.cues["agent_prepositions"]
        weapons = self.lex.cues["attack_family"]
        agent: Group | None = None
        for g in groups:
            if g.start >= c.end or not self.group_actors(g):
                continue
            by_agent = g.prep in agent_preps and g.start < c.start
            # «با موشک‌های سپاه»: the weapons' owner is the doer
            by_weapon = g.prep == "با" and g.start < c.start and g.before in weapons
            # «مورد حمله Y قرار گرفت»: the attacker sits inside the trigger
            inside = c.start < g.start < c.end
            if by_agent or by_weapon or inside:
                agent = g
                break
        if agent is None:
            return []
        source = self.group_actors(agent)
        target: list[str] = []
        for g in groups:
            if g is agent or g.start >= min(agent.start, c.start):
                continue
            if g.prep is not None and g.prep not in ("در",):
                continue
            actors = [e for e in self.group_actors(g) if e not in source]
            if actors and g.prep is None:
                # «مواضع داعش در ادلب»: a named owner is the target, not the place around it
                target = actors
                break
            if not target:
                target = [e for e in self.place_owner(g.entities) if e not in source]
        if not target:
            return []
        src_countries = {self.ents[s].country for s in source if s in self.ents}
        target = [x for x in target if not (self.ents.get(x) and self.ents[x].type in PLACE_TYPES
                                            and self.ents[x].country in src_countries)]
        if not target:
            return []
        return self.directed_events(c, sent, lo, hi, source, target, 0.75)

    def claimed_attack(self, c: Candidate, sent: tuple[int, int], lo: int, hi: int, opener: str,
                       groups: list[Group]) -> list[Candidate]:
        """«گروه X مسئولیت این حمله را بر عهده گرفت»: X says it made the attack told just before
        (its target, day, place and toll); the claim is X's word, so a reported claim."""
        subject = self.subject(groups, c.start, lo)
        source = self.group_actors(subject) if subject else []
        if not source:
            source = self.inherited_subject(c, sent, lo, opener)
        if not source:
            return []
        c.confidence = 0.75
        self.modality(c, lo, hi)
        c.modality = "reported_claim"
        self.when_where(c, sent, lo, hi, set(source))
        target: list[str] = []
        told = [a for a in self.earlier_attacks() if c.sent - 2 <= a.sent <= c.sent]
        if told:
            for a in told:
                target.extend(x for x in a.target if x not in target and x not in source)
            first = told[0]
            c.fatalities, c.injured, c.casualties_text = first.fatalities, first.injured, first.casualties_text
            if first.date and first.date_strength >= c.date_strength:
                c.date, c.date_strength, c.date_precision = first.date, first.date_strength, first.date_precision
            c.location = first.location or c.location
        else:
            # an attack told with no doer («در انفجار ... ۱۲ نفر کشته شدند») left only its toll
            for toll in (x for x in self.tolls if c.sent - 2 <= x.sent <= c.sent and x.start < c.start):
                if toll.fatalities is not None and c.fatalities is None:
                    c.fatalities = toll.fatalities
                if toll.injured is not None and c.injured is None:
                    c.injured = toll.injured
                if toll.sent != c.sent and toll.date is None:
                    tsent = self.doc.sentences[toll.sent]
                    tlo, thi, _ = clause_bounds(self.doc, self.lex, tsent, toll.start)
                    self.when_where(toll, tsent, tlo, thi, set())
                if toll.date and toll.date_strength >= c.date_strength:
                    c.date, c.date_strength, c.date_precision = toll.date, toll.date_strength, toll.date_precision
        return [self.clone(c, [s], target, False) for s in source]

    def supported_parties(self, c: Candidate, sent: tuple[int, int]) -> list[str]:
        """«در حمایت از آتش‌بس ... که با میانجیگری X و Y برقرار شده»: the parties of the act
        backed (its mediators, «بین X و Y»), or the actor backed right after «از»."""
        span = self.text[c.start : c.end]
        opened = re.search(r"(?:حمایت|پشتیبانی|که)\s+از(?![\u0621-\u06ff])", span)
        if opened is None:
            return []
        start = c.start + opened.end()
        # the act backed ends the trigger («که از آتش‌بس ... حمایت می‌کند») or runs on after it
        end = sent[1] if span.rstrip().endswith("از") else c.end
        mediation = self.lex.cues["mediation_words"]
        for k, g in enumerate(self.groups(start, end)):
            if len(words_between(self.text, start, g.start)) > 25:
                break
            ents = self.group_actors(g)
            if not ents:
                continue
            if g.prep in ("بین", "میان") and len(ents) >= 2:
                return ents
            if g.prep == "با" and g.before in mediation:
                return ents
            if k == 0 and g.prep is None and not words_between(self.text, start, g.start):
                return ents  # «در حمایت از اوکراین»
        return []

    def conflict_parties(self, c: Candidate) -> list[str]:
        """«آمادگی برای کمک به پایان دادن به درگیری‌ها را اعلام کرد»: an offer about a conflict
        that names no party is made to the parties of the fighting the passage last reports."""
        words = WORD_RE.findall(self.text[c.start : c.end])
        if not any(w.startswith(n) for w in words for n in self.lex.cues["conflict_nouns"]):
            return []
        parties: list[str] = []
        for a in self.earlier_attacks():
            if c.sent - a.sent > 8:
                continue
            parties.extend(x for x in [*a.source, *a.target] if x not in parties)
        return parties if len(parties) >= 2 else []

    def accused_of(self, c: Candidate, groups: list[Group], used: set[int], hi: int) -> Group | None:
        """«Y را به حمله ... متهم کرد»: the object of the accusation before the nominal."""
        # the accusation word follows the nominal («را به حمله ... متهم کرد») or heads it
        # («را مسئول حمله ... دانست»)
        if not any(w in self.text[max(0, c.start - 12) : hi] for w in self.lex.cues["accusation_verbs"]):
            return None
        for g in reversed(groups):
            if id(g) in used or g.end > c.start or not g.object_marked or not self.group_actors(g):
                continue
            between = words_between(self.text, g.end, c.start)
            # «را به حمله», «را به دست داشتن در حمله», «را به انجام حملات»
            if len(between) <= 4 and between[:2] == ["را", "به"]:
                return g
            # «Y را مسئول حمله ... دانست»: Y is held responsible for the attack, so made it
            if len(between) == 2 and between[0] == "را" and between[1] in self.lex.cues["accusation_verbs"]:
                return g
            return None
        return None

    def evaluated_act(self, c: Candidate, hi: int) -> bool:
        """The clause goes on to judge or report the act: a condemnation, denial, call, report."""
        if hi <= c.end:
            return False
        judging = {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "SANCTION", "CONSULT"}
        for trig in self.lex.possible_triggers(self.text, c.end, hi):
            if trig.type in judging and not trig.nominal and trig.regex is not None and trig.regex.search(
                    self.text, c.end, hi):
                return True
        return bool(self.lex.reporting.search(self.text, c.end, hi))

    def demanded_act(self, c: Candidate, lo: int, hi: int) -> bool:
        """The nominal sits inside a call or judgement phrase around it («خواستار توقف درگیری‌ها
        شدند»): the act is what is asked for, not one reported."""
        judging = {"REQUEST", "ACCUSE", "REJECT", "SUPPORT"}
        for trig in self.lex.possible_triggers(self.text, lo, hi):
            if trig.type in judging and not trig.nominal and trig.regex is not None:
                for m in trig.regex.finditer(self.text, lo, hi):
                    if m.start() < c.start and c.end <= m.end():
                        return True
        return False

    def condemned_doers(self, c: Candidate, lo: int) -> list[str]:
        """The makers of the attack a condemnation or accusation is about: an attack reported
        before the verb in its clause, or one referred to by «این حمله» reported earlier."""
        doers: list[str] = []
        for a in self.current:
            if a.trigger.type == "ASSAULT" and not a.mutual and lo <= a.start < c.start:
                doers.extend(x for x in a.source if x not in doers)
        if doers:
            return doers
        # «این حملات را «تجاوز» خواند و محکوم کرد»: the object may sit in the clause the
        # verb is joined to by «و», so read the sentence up to the verb
        s0 = self.doc.sentences[c.sent][0]
        joined = re.search(r"\sو\s*$", self.text[max(s0, lo - 4) : lo]) is not None and "را" not in WORD_RE.findall(
            self.text[lo : c.end])  # the clause names no object of its own
        # «این حمله را «جنایت» خواند»: a trigger that holds its own object is read whole
        upto = c.end if "را" in WORD_RE.findall(self.text[c.start : c.end]) else c.start
        words = WORD_RE.findall(self.text[s0 if joined else lo : upto])
        demonstratives = self.lex.cues["demonstratives"]
        attack_nouns = self.lex.cues["attack_nouns"]
        for i, w in enumerate(words[:-1]):
            referred = w in demonstratives and words[i + 1] in attack_nouns and "را" in words[i + 2 : i + 5]
            # «حمله را محکوم کرد», «حمله به جنین را محکوم کرد»: a bare attack noun as the object
            # refers to the last attack the report asserts
            bare = w in attack_nouns and (i == 0 or words[i - 1] not in demonstratives) and (
                words[i + 1] == "را" or (words[i + 1] == "به" and "را" in words[i + 2 : i + 5]))
            if referred or bare:
                for a in self.earlier_attacks():
                    if not a.mutual:
                        doers.extend(x for x in a.source if x not in doers)
                if not doers and referred:
                    doers = self.untold_attackers(c.sent, lo)
                break
        return doers

    def untold_attackers(self, si: int, before: int) -> list[str]:
        """«یونیفل اعلام کرد یک تانک اسرائیلی به سوی ... شلیک کرد. ... این حمله را محکوم کرد»:
        the attack «این حمله» points back at was told without a target we could read, so it gave no
        event; its attacker is still the subject of the nearest attack clause in this sentence (before
        the verb's clause) or the two before, a reported clause's own subject included."""
        attacks = [t for t in self.lex.triggers if t.type == "ASSAULT" and not t.nominal and not t.passive
                   and not t.mutual and not t.casualty and not t.consequence and not t.claims_attack]
        for k in range(si, max(-1, si - 3), -1):
            s0, e0 = self.doc.sentences[k]
            hi = before if k == si else e0
            hits = [m for t in attacks if t.regex is not None for m in t.regex.finditer(self.text, s0, hi)
                    if not self.in_aside(m.start())]
            for m in sorted(hits, key=lambda x: x.start(), reverse=True):
                lo, _, _ = clause_bounds(self.doc, self.lex, (s0, e0), m.start())
                # the match may open at the weapon («تانک ... شلیک کرد»): its owner is inside it
                g = self.subject(self.groups(lo, min(e0, m.end())), m.end(), lo)
                if g is not None:
                    return self.group_actors(g)
        return []

    def topic_noun(self, pos: int, s0: int) -> bool:
        """The nominal names a topic or a kind of place here («مناطق درگیری»), not an act."""
        before = " ".join(WORD_RE.findall(self.text[max(s0, pos - 40) : pos])[-3:])
        return any(before.endswith(w) for w in self.lex.cues["nominal_not_after"])

    # ---------------------------------------------------------------- arguments
    def arguments(self, c: Candidate, sent: tuple[int, int]) -> list[Candidate]:
        t = c.trigger
        lo, hi, opener = clause_bounds(self.doc, self.lex, sent, c.start)
        groups = self.groups(lo, hi)
        source_group: Group | None = None
        target: list[str] = []
        partner: list[str] = []
        used: set[int] = set()
        persons_met = False  # «X با A و B دیدار کرد»: two people met separately (two events)
        if t.passive and t.type == "ASSAULT":
            return self.passive_attack(c, sent, lo, hi, groups)
        if t.passive:
            return self.passive_act(c, sent, lo, hi, groups)
        if t.consequence:
            return self.threat_consequence(c, sent, lo, hi, opener, groups)
        if t.claims_attack:
            return self.claimed_attack(c, sent, lo, hi, opener, groups)

        if t.nominal:
            # possessive: «گفت‌وگوی تلفنی A و B», «حمله ارمنستان به ...»
            for g in groups:
                between = words_between(self.text, c.end, g.start)
                if (g.start >= c.end and len(between) <= 1 and not g.object_marked
                        and not any(w in self.lex.prepositions for w in between)):
                    if "possessive" in t.frame or "possessive_pair" in t.frame:
                        source_group = g
                        used.add(id(g))
                    break
        for frame in t.frame:
            for g in groups:
                if id(g) in used:
                    continue
                ents = self.group_actors(g)
                if t.type == "ASSAULT" and frame in ("to", "object", "to_nominal", "object_attack"):
                    if not ents:
                        ents = self.place_owner(g.entities)  # an attack on a place hits its country
                    else:  # «به شهرک‌های عیتا الشعب و کفرکلا»: towns stand for their country
                        ents = list(dict.fromkeys(self.place_country.get(self.ents[e].country or "", e)
                                                  if self.is_town(e) else e for e in ents))
                if not ents:
                    continue
                hit = self.frame_hit(frame, g, c, lo)
                if not hit:
                    continue
                if t.id == "assault_destroy" and g.before in self.lex.cues["attack_family"]:
                    # «۴۲ پهپاد اوکراینی را منهدم کردند»: downing the other side's weapons is
                    # air defence, not an attack on their owner
                    return []
                used.add(id(g))
                if frame == "partner":
                    partner = self.delegation_head(g, hi) or ents
                    persons_met = len(partner) >= 2 and all(self.ents[e].type == "PER" for e in partner)
                elif frame in ("to_place", "from_person", "guest"):
                    partner = ents  # the visited, received or hosted side of a meeting
                elif frame in ("between",):
                    if len(ents) >= 2:
                        partner = ents
                else:
                    target = ents
                    if frame in ("object", "object_attack") and g.prep is not None and (
                            t.type in ("ACCUSE", "REJECT", "SUPPORT") or g.prep == "در"):
                        # «تحریم‌های آمریکا علیه ایران را محکوم کرد», «مقر ارتش اسرائیل در شمال
                        # فلسطین را هدف قرار دادند»: the «را» closes a noun phrase whose owner
                        # (the genitive before the prepositional phrase) is the target
                        owner = self.phrase_owner(groups, g, used, lo)
                        if owner:
                            target = owner
                        elif g.prep_gap == 0 and t.type in ("ACCUSE", "REJECT") or (
                                g.prep == "در" and t.type in ("ACCUSE", "REJECT", "SUPPORT") and all(
                                self.ents[e].type in PLACE_TYPES for e in g.entities if e in self.ents)):
                            # «حضور ... در خاک افغانستان را رد کرد», «اتهامات علیه روسیه را رد کرد»:
                            # an actor inside a prepositional phrase of the judged thing is not
                            # the one judged
                            target = []
                break
            if partner or target:
                break

        accusation = False
        if source_group is None and t.nominal and t.type == "ASSAULT" and not t.mutual:
            accused = self.accused_of(c, groups, used, hi)
            if accused is not None:
                # «X Y را به حمله به Z متهم کرد»: Y is the attacker the accuser names
                source_group, accusation = accused, True
            elif self.evaluated_act(c, hi):
                # «X حمله به Z را محکوم کرد»: the clause's subject judges the attack, not makes it
                return []
        if (source_group is None and t.nominal and t.type == "ASSAULT" and t.mutual and not partner
                and (self.evaluated_act(c, hi) or self.demanded_act(c, lo, hi))):
            # «X و Y خواستار توقف درگیری‌ها شدند»: the subject calls for an end to fighting it is
            # not said to wage; the fighting's parties are named only by «بین»/possessive
            return []
        if source_group is None and t.own_source:
            return []  # «اصابت یک پهپاد به ...» with no owner named: no attacker to code
        speaker_first = self.first_person_speaker(c, lo)
        if source_group is None and not speaker_first:
            cand_groups = [g for g in groups if id(g) not in used]
            source_group = self.subject(cand_groups, c.start if not t.nominal else hi, lo)
        source = self.group_actors(source_group) if source_group else []
        if speaker_first and not source:
            source = speaker_first
            if not target and not partner and not t.mutual:
                # «من از دولت X و شخص آقای Y تشکر کنم»: the actors named between the pronoun
                # and the verb are the ones the speaker acts on
                target = [e for g in groups if id(g) not in used and g.start < c.start
                          for e in self.group_actors(g) if e not in source]
        inherited = False
        if not source:
            source = self.inherited_subject(c, sent, lo, opener)
            inherited = bool(source)
        if not source and not (t.mutual and len(partner) >= 2):
            return []
        source = self.speaker_for_own_country(c, source)
        c.confidence = 0.9 if not t.nominal else 0.8
        if inherited:
            c.confidence -= 0.15
        if source_group and any(m.kind == "coref" for m in source_group.mentions):
            c.confidence -= 0.1
        if t.type == "ACCUSE" and not t.nominal:
            # never the speaker's own country: a state does not condemn itself for an attack
            own = {self.ents[x].country for x in source if x in self.ents} - {None}
            doers = [d for d in self.condemned_doers(c, lo) if d not in source
                     and not (d in self.ents and self.ents[d].country in own)]
            if doers:  # «حمله Y به Z را محکوم کرد»: the attacker is the one condemned, not Z
                target = doers
        self.modality(c, lo, hi)
        if accusation:
            c.modality = "reported_claim"
        self.when_where(c, sent, lo, hi, set(source) | set(partner) | set(target))

        events: list[Candidate] = []
        if t.mutual:
            if partner:
                if not source:
                    parties_sets = [partner]
                elif persons_met and t.type == "CONSULT":
                    # "X met A and B" is two meetings (X-A, X-B), as "A and B met X" is
                    parties_sets = [[s, p] for s in source for p in partner if p != s]
                else:
                    parties_sets = [[s, *[p for p in partner if p != s]] for s in source]
            else:
                parties_sets = [source]
            for parties in parties_sets:
                parties = list(dict.fromkeys(parties))
                if len(parties) < 2:
                    continue
                events.append(self.clone(c, parties[:1], parties[1:], True))
            return events
        # directed: «each other» between a pair of sources -> both directions
        if not target and len(source) == 2 and self.reciprocal_before(c, lo):
            a, b = source
            return [self.clone(c, [a], [b], False), self.clone(c, [b], [a], False)]
        target = [x for x in target if x not in source]
        if not target and partner:
            target = [x for x in partner if x not in source]
        if not target and t.type == "ASSAULT":
            target = self.target_from_place(c, source)
        if not target and t.type == "REJECT":
            target = self.claimant(c, lo, source) or self.responded_to(c, lo, source)
        if not target and t.type == "THREATEN":
            target = [x for x in self.threatened(c, sent, hi, source) if x not in source]
        if not target and t.supported_act:
            target = [x for x in self.supported_parties(c, sent) if x not in source]
        if not target and t.mode == "offer":
            target = [x for x in self.conflict_parties(c) if x not in source]
        if not target and t.type == "REQUEST" and self.generic_addressee(lo, c.end):
            pass  # «از همه طرف‌ها خواست ...»: a call on every party has no one target
        elif not target and t.type in NEEDS_TARGET and not t.target_optional:
            return []
        for s in source:  # "X and Y did it": one event per doer
            events.append(self.clone(c, [s], [x for x in target if x != s], False))
        return events

    def clone(self, c: Candidate, source: list[str], target: list[str], mutual: bool) -> Candidate:
        n = Candidate(**{k: getattr(c, k) for k in c.__dataclass_fields__})
        n.source, n.target, n.mutual = list(source), list(target), mutual
        return n

    def frame_hit(self, frame: str, g: Group, c: Candidate, lo: int) -> bool:
        cues = self.lex.cues
        inside = g.start < c.end  # before or inside the trigger (SOV)
        near_after = g.start >= c.end and len(words_between(self.text, c.end, g.start)) <= 8
        nominal = c.trigger.nominal
        pos_ok = near_after if nominal else inside
        gap_words = words_between(self.text, max(lo, g.start - 40), g.start)
        if frame == "partner":
            if g.prep != "با" or not pos_ok:
                return False
            mid = gap_words[-g.prep_gap :] if g.prep_gap else []
            return not any(w in cues["not_partner_after_ba"] for w in mid)
        if frame in ("object", "object_attack"):
            return g.object_marked and inside
        if frame in ("object_possessive", "object_before_to"):
            if g.object_marked and inside:
                return True
            after = self.text[g.end : c.start]
            return inside and frame == "object_possessive" and bool(re.match(r"^(?:\s*\S+){0,3}\s*را\s", after))
        if frame in ("from", "support_from"):
            return g.prep == "از" and pos_ok and g.prep_gap <= 2
        if frame == "from_thing":
            # «از تصمیم عراق استقبال کرد»: a thing of the actor is welcomed
            return g.prep == "از" and pos_ok and 1 <= g.prep_gap <= 3
        if frame == "from_person":
            # «از نخست وزیر عراق استقبال کرد»: the person received
            return g.prep == "از" and pos_ok and g.prep_gap == 0 and all(
                self.ents[e].type == "PER" for e in g.entities if e in self.ents)
        if frame == "from_wide":
            # «بر حمایت ایران از دولت و ملت سوریه تاکید کرد»: the supported side may follow a
            # head noun pair inside the trigger phrase
            return g.prep == "از" and pos_ok and g.prep_gap <= 3
        if frame in ("to", "to_nominal"):
            if g.prep != "به" or g.prep_gap > 3:
                return False
            mid = gap_words[-g.prep_gap - 1 :] if g.prep_gap else []
            if any(w in cues["not_target_after_be"] for w in mid):
                return False
            return near_after if frame == "to_nominal" else inside
        if frame == "claim_owner":
            # «ادعای مسکو درباره ... را رد کردند»: the one whose claim is rejected
            return inside and g.prep is None and g.before in cues["claim_nouns"]
        if frame == "genitive_after":
            # «خواستار اقدام فوری شورای امنیت ... شد»: the actor owning the demanded act
            if not (c.start < g.start and g.end <= c.end) or g.prep is not None or g.object_marked:
                return False
            between = words_between(self.text, c.start, g.start)
            return len(between) <= 4 and not any(w in self.lex.prepositions for w in between)
        if frame == "guest":
            # «X میزبان Y بود»: the guest is the genitive right after the host noun (a
            # preposition read before the noun, «در مسکو میزبان Y», is not Y's)
            return c.start < g.start and g.end <= c.end and not g.object_marked and len(
                words_between(self.text, c.start, g.start)) == 1
        if frame == "to_place":
            # «به تهران سفر کرد»: a visit to a country or its capital is a meeting with its government
            if c.trigger.type != "CONSULT" or g.prep != "به" or g.prep_gap > 1 or not inside:
                return False
            if self.reciprocal_before(c, lo):
                return False  # «برای دیدار با یکدیگر به باکو سفر کردند»: the host is only the venue
            return all(self.ents[e].type == "GPE" for e in g.entities if e in self.ents)
        if frame == "between":
            return g.prep in ("بین", "میان") and (inside or near_after) and len(g.entities) >= 2
        if frame == "against":
            return g.prep == "علیه" and (inside or near_after)
        if frame == "upon":
            return g.prep == "بر" and inside
        if frame == "responsible":
            return g.start >= c.end and len(words_between(self.text, c.end, g.start)) <= 4
        return False

    def delegation_head(self, g: Group, hi: int) -> list[str]:
        """«با هیئت ... به ریاست X»: the head of the delegation is the partner."""
        tail = self.text[g.end : hi]
        for phrase in self.lex.cues["head_of_delegation"]:
            i = tail.find(phrase)
            if 0 <= i <= 30:
                at = g.end + i + len(phrase)
                for m in self.mentions:
                    if at <= m.start <= at + 20:
                        return self.group_actors(Group([m], m.start, m.end, None, 0, None, False))
        return []

    def inherited_subject(self, c: Candidate, sent: tuple[int, int], lo: int, opener: str) -> list[str]:
        """A clause with no subject of its own: the subject of the clause it continues,
        or for a quotation the speaker."""
        for st in self.statements:
            if st.start <= c.start < st.end and st.speaker:
                ent = self.ents.get(st.speaker)
                return [st.speaker] if ent is not None else []
        if self.relative_claim(lo, c.start):
            # «...؛ ادعایی که Y آن را رد کرد»: the one answering a claim is named in the relative
            # clause itself, never the claimant of the clause before
            return []
        if opener in ("verb", "ke") and lo > sent[0]:
            prev_lo, _, _ = clause_bounds(self.doc, self.lex, sent, lo - 2)
            g = self.subject(self.groups(prev_lo, lo), lo, prev_lo)
            if g:
                return self.group_actors(g)
        return []

    def relative_claim(self, lo: int, pos: int) -> bool:
        """The clause opens «ادعایی که ...», «اتهامی که ...»: it answers the claim just told."""
        nouns = {w.rstrip("ی") for w in self.lex.cues["claim_nouns"]}
        head = WORD_RE.findall(self.text[lo:pos])[:2]
        # the clause may start at «ادعایی» or, cut at «که», right after it
        before = WORD_RE.findall(self.text[max(0, lo - 30) : lo])[-2:]
        for pair in (head, before):
            if len(pair) == 2 and pair[1] == "که" and pair[0].rstrip("ی") in nouns:
                return True
        return False

    def first_person_speaker(self, c: Candidate, lo: int) -> list[str]:
        """«من/ما ... رد می‌کنیم» inside a quotation or an interview answer: the clause's
        first-person subject is the speaker."""
        # a quotation's sentences may share one clause: read from the last full stop
        seg = self.text[lo : c.start]
        cut = max(seg.rfind(p) for p in ".!؟؛")
        words = WORD_RE.findall(seg[cut + 1 :])
        if not words or words[0] not in self.lex.cues["first_person_subjects"]:
            return []
        for st in self.statements:
            if st.start <= c.start < st.end and st.speaker in self.ents:
                return [st.speaker]
        return []

    def speaker_for_own_country(self, c: Candidate, source: list[str]) -> list[str]:
        """Inside a quotation, the speaker's own country as subject («ایران آماده کمک است»
        said by its spokesman) is coded as the speaker, the most specific actor named."""
        for st in self.statements:
            if not (st.start <= c.start < st.end) or not st.speaker or st.speaker not in self.ents:
                continue
            country = self.ents[st.speaker].country or ""
            home = self.country_entity.get(country)
            # the country may be named only inside the speaker's title («وزیر خارجه ترکیه گفت
            # آنکارا ...»): its capital or its name then stands for it all the same
            return [st.speaker if s == home or (country and s in self.ents and self.ents[s].type == "GPE"
                                                and self.ents[s].country == country) else s for s in source]
        return source

    def generic_addressee(self, lo: int, hi: int) -> bool:
        """The clause addresses a call to every party («از همه طرف‌ها», «از جامعه جهانی»)."""
        generic = words_regex(tuple(self.lex.cues["generic_parties"]))
        return any(re.search(r"(?:از|به)\s*$", self.text[max(lo, m.start() - 4) : m.start()])
                   for m in generic.finditer(self.text, lo, hi))

    def reciprocal_before(self, c: Candidate, lo: int) -> bool:
        words = WORD_RE.findall(self.text[lo : c.end])
        return any(w in self.lex.cues["reciprocal"] for w in words)

    def is_town(self, eid: str) -> bool:
        """A GPE the text names as a place, never as a country."""
        ent = self.ents.get(eid)
        return ent is not None and ent.type == "GPE" and not any(
            m.kind in ("country", "nested", "coref") for m in ent.mentions)

    def place_owner(self, ids: list[str]) -> list[str]:
        """The country entity a place belongs to (a GPE place stands for itself)."""
        out: list[str] = []
        for pid in ids:
            place = self.ents.get(pid)
            if place is None or place.type not in PLACE_TYPES:
                continue
            owner = self.place_country.get(place.country or "")
            if owner:
                out.append(owner)
            elif place.type == "GPE" or place.country:
                # no country named in the text: the place itself («جنوب لبنان») is what was hit
                out.append(pid)
        return list(dict.fromkeys(out))

    def target_from_place(self, c: Candidate, source: list[str]) -> list[str]:
        """An attack «در» a place of country K with no named target: K is the target."""
        if not c.location:
            return []
        place = self.ents.get(c.location)
        src_c = {self.ents[s].country for s in source if s in self.ents}
        if place is None or not place.country or place.country in src_c:
            return []
        owner = self.place_country.get(place.country)
        return [owner] if owner else []

    # ---------------------------------------------------------------- when, where, how
    def modality(self, c: Candidate, lo: int, hi: int) -> None:
        mod = self.lex.cues["modality"]
        clause = self.text[lo:hi]
        # the conditional word opens the clause, just before its start
        before = self.text[max(0, lo - 12) : c.end]
        c.negated = c.flags["negated"]
        if any(d in self.text[c.start : min(hi + 40, len(self.text))] for d in mod["denial"]):
            c.negated = True
        if c.flags["future"] or c.flags["present"] and words_regex(tuple(mod["future_words"])).search(clause):
            c.modality = "future"
        # an offer's subjunctive verb is what the actor is ready to do; the offer itself is made
        if c.flags.get("subjunctive") and c.trigger.mode != "offer":
            c.modality = "hypothetical"  # «از روسیه خواست نیروهایش را عقب بکشد»: asked for, not done
        if any(p in clause for p in mod["planned"]):
            c.modality = "planned"
        elif c.trigger.nominal and words_regex(tuple(mod["future_words"] + mod["next_words"])).search(clause):
            c.modality = "planned"  # «دیدار بعدی ... در ماه آینده»: a meeting yet to be held
        elif self.plan_complement(lo):
            c.modality = "planned"  # «توافق کردند که ... برگزار کنند»: what was agreed is still to come
        elif c.trigger.nominal and (self.offered_act(c) or self.resumed_act(c, hi)):
            c.modality = "planned"  # «آماده است رایزنی‌ها را ادامه دهد»: offered, not held
        if words_regex(tuple(mod["hypothetical"])).search(before):
            c.modality = "hypothetical"
        elif c.modality == "asserted" and self.claimed(c, lo):
            c.modality = "reported_claim"
        if c.trigger.type == "THREATEN" and c.modality == "hypothetical" and not c.flags["subjunctive"]:
            # «تهدید کرد که در صورت ...، X نابود خواهد شد»: the condition is the threat's content;
            # the threat itself was made
            c.modality = "asserted"

    def claimed(self, c: Candidate, lo: int) -> bool:
        """The act is told as someone's claim: inside what a claim verb reports («مدعی شد ...»)
        or after «به ادعای X» in its sentence."""
        if any(st.claim and st.start <= c.start < st.end for st in self.statements):
            return True
        s0 = self.doc.sentences[c.sent][0]
        return words_regex(tuple(self.lex.cues["claim_phrases"])).search(self.text, s0, c.start) is not None

    def offered_act(self, c: Candidate) -> bool:
        """A nominal act a few words after «آماده است», «آمادگی دارد» ... in its clause: what
        the actor is ready to do (an offer), not an act the report tells."""
        s0 = self.doc.sentences[c.sent][0]
        window = self.text[max(s0, c.start - 80) : c.start]
        found = list(words_regex(tuple(self.lex.cues["readiness"])).finditer(window))
        if not found:
            return False
        between = window[found[-1].end() :]
        return len(WORD_RE.findall(between)) <= 6 and not re.search(r"[،؛:.]", between)

    def resumed_act(self, c: Candidate, hi: int) -> bool:
        """A nominal act that is the object of a subjunctive, future or infinitive verb of
        continuing or resuming («مذاکرات را از سر بگیرد», «از سرگیری گفت‌وگوها»)."""
        resumption = words_regex(tuple(self.lex.cues["resumption_verbs"]))
        s0, e0 = self.doc.sentences[c.sent]
        after = self.text[c.end : min(max(hi, c.end), e0)]
        m = resumption.search(after)
        if m and len(WORD_RE.findall(after[: m.start()])) <= 8 and not re.search(r"[،؛:.]", after[: m.start()]):
            return True
        before = self.text[max(s0, c.start - 25) : c.start]
        return any(before.rstrip().endswith(w) for w in self.lex.cues["resumption_verbs"])

    def plan_complement(self, lo: int) -> bool:
        """The clause is the «که» complement of a verb of deciding or agreeing."""
        before = self.text[max(0, lo - 40) : lo]
        if not re.search(r"(?<![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff])که\s*$", before):
            return False
        words = WORD_RE.findall(before)[:-1][-3:]
        return any(w in self.lex.cues["modality"]["plan_heads"] for w in words)

    def foreign_date(self, c: Candidate, got: Any, hi: int) -> bool:
        """A date the dates stage offers that cannot be this act's: it stands after the act in
        another clause, or it is later than the report while the act is told in the past."""
        start = getattr(got, "start", None)
        if isinstance(start, int) and start >= max(hi, c.end) and not c.trigger.nominal:
            return True
        ref = self.reference(c.sent)
        value = str(getattr(got, "value", ""))
        past = not c.trigger.nominal and not c.flags["future"] and not c.flags["present"]
        return bool(past and ref and value[:4].isdigit() and value[: len(ref)] > ref[: len(value)])

    def when_where(self, c: Candidate, sent: tuple[int, int], lo: int, hi: int, actors: set[str]) -> None:
        s0, e0 = sent
        got = _date_for_span(self.doc, c.start, c.end)
        value = getattr(got, "value", None)
        rejected = isinstance(value, str) and self.foreign_date(c, got, hi)
        if rejected:
            value = None
        if isinstance(value, str):
            c.date, c.date_precision, c.date_strength = value, getattr(got, "precision", None), 2
        else:
            # without the dates stage's rule: the first date of the sentence before the trigger
            # (the report's frame «روز شنبه اعلام کرد: ...»), else one after it in its clause
            dates = [d for d in self.doc.dates if s0 <= d.start < e0 and d.value]
            before = [d for d in dates if d.start < c.start]
            # a nominal act is often dated in the clause that follows it («... که از دیروز آغاز شده»)
            limit = e0 if c.trigger.nominal else hi
            after = [d for d in dates if c.end <= d.start < limit]
            chosen = before[0] if before else (after[0] if after else None)
            if chosen is not None:
                c.date, c.date_precision, c.date_strength = chosen.value, chosen.precision, 2
            elif self.same_day(c, sent) or rejected:
                # a past act whose only date belongs to a later plan happened by the report's day
                ref = self.reference(c.sent)
                if ref:
                    c.date, c.date_precision, c.date_strength = ref, "day", 1
                    c.date_from_lead = not rejected and not self.same_day_words(sent)
            elif self.in_meeting(c, sent):
                # «در این دیدار ...», «در حاشیه اجلاس ...»: an act told as part of a meeting or call
                # the passage has dated took place on that day
                ref = _passage_reference(self.doc, c.start)
                if ref:
                    c.date, c.date_precision, c.date_strength = ref, "day", 1
        # place: a LOC/GPE mention after «در» in the clause
        for m in self.mentions:
            if not (lo <= m.start < hi):
                continue
            ent = self.ents.get(m.entity)
            if ent is None or ent.type not in PLACE_TYPES or m.entity in actors:
                continue
            prev = WORD_RE.findall(self.text[max(lo, m.start - 60) : m.start])[-4:]
            if "در" in prev:
                c.location = m.entity
                break

    def same_day_words(self, sent: tuple[int, int]) -> bool:
        return any(w in self.text[sent[0] : sent[1]] for w in self.lex.cues["same_day"])

    def in_meeting(self, c: Candidate, sent: tuple[int, int]) -> bool:
        """The act is told as part of a meeting or call: its sentence, or the opening sentence of
        its passage, places it there («در این گفت‌وگو», «در حاشیه اجلاس», «در تماس تلفنی»)."""
        if c.flags["future"] or c.flags["subjunctive"]:
            return False
        cues = words_regex(tuple(self.lex.cues["meeting_context"]))
        if cues.search(self.text, sent[0], sent[1]):
            return True
        first = self.passage_start(c.sent)
        s0, e0 = self.doc.sentences[first]
        return first < c.sent and bool(cues.search(self.text, s0, e0))

    def passage_start(self, si: int) -> int:
        """The first sentence of the paragraph holding sentence ``si`` (a line break opens one)."""
        while si > 0 and "\n" not in self.text[self.doc.sentences[si - 1][1] : self.doc.sentences[si][0]]:
            si -= 1
        return si

    def same_day(self, c: Candidate, sent: tuple[int, int]) -> bool:
        if self.same_day_words(sent):
            return True
        # the lead of a dated report tells the day's news
        return c.sent <= 1 and bool(self.doc.published)

    def reference(self, si: int) -> str | None:
        refs = self.doc.sentence_reference
        if 0 <= si < len(refs) and refs[si]:
            return refs[si]
        if self.doc.published:
            return self.doc.published[:10]
        return None

    def casualty(self, c: Candidate, sent: tuple[int, int]) -> None:
        lo, hi, _ = clause_bounds(self.doc, self.lex, sent, c.start)
        n, words = casualty_count(self.text[max(sent[0], c.start - 120) : c.start])
        if c.trigger.casualty == "fatalities":
            c.fatalities = n
        else:
            c.injured = n
        c.casualties_text = words

    def attach_casualties(self, events: list[Candidate], casualties: list[Candidate]) -> None:
        """A casualty report belongs to the attack or clash of its sentence."""
        for cas in casualties:
            for ev in events:
                if ev.trigger.type != "ASSAULT" or ev.sent != cas.sent:
                    continue
                if cas.fatalities is not None and ev.fatalities is None:
                    ev.fatalities = cas.fatalities
                if cas.injured is not None and ev.injured is None:
                    ev.injured = cas.injured
                if cas.casualties_text and not ev.casualties_text:
                    ev.casualties_text = cas.casualties_text


def _key(c: Candidate) -> tuple[Any, ...]:
    if c.mutual:
        return (c.trigger.type, "mutual", frozenset(c.source) | frozenset(c.target))
    return (c.trigger.type, frozenset(c.source), frozenset(c.target))


def is_outlet(ex: Extractor, name: str) -> bool:
    """News outlets report; they are not parties to what they report."""
    if name in ex.doc.attribution or (ex.doc.outlet and name == ex.doc.outlet):
        return True
    return any(w in name for w in ex.lex.cues["news_outlet_words"])


def derived_accusations(ex: Extractor, cands: list[Candidate]) -> list[Candidate]:
    """A speaker who reports that another country's side attacked accuses that side."""
    out: list[Candidate] = []
    for c in cands:
        if c.trigger.type != "ASSAULT" or c.mutual or c.negated or not c.source:
            continue
        for st in ex.statements:
            # a content with no colon or «که» is often an official's toll report («استاندار گفت در
            # اثر اصابت ... کشته شدند»): not read as an accusation
            if not (st.start <= c.start < st.end) or not st.speaker or st.bare:
                continue
            spk = ex.ents.get(st.speaker)
            if spk is None or st.speaker in c.source or is_outlet(ex, spk.name):
                continue
            src_countries = {ex.ents[s].country for s in c.source if s in ex.ents}
            if spk.country and spk.country in src_countries:
                continue
            acc = ex.clone(c, [st.speaker], list(c.source), False)
            acc.trigger = Trigger(id="accuse_reported_attack", type="ACCUSE", mode="blame", mutual=False,
                                  frame=[], patterns=[])
            acc.mode = "blame"
            acc.confidence = min(c.confidence, 0.7)
            if st.date:
                acc.date, acc.date_strength = st.date, 2
            out.append(acc)
            if c.modality == "asserted":
                c.modality = "reported_claim"
    return out


def derived_denials(ex: Extractor) -> list[Candidate]:
    """«X گفت: ... نبوده، بلکه ...»: the speaker rejects a claim (a REJECT by X)."""
    out: list[Candidate] = []
    denial = ex.lex.cues["modality"]["denial"]
    for st in ex.statements:
        said = ex.text[st.start : st.end]
        if not st.speaker or not any(d in said for d in denial):
            continue
        si = ex.doc.sentence_index(st.verb_start)
        if si < 0:
            continue
        sent = ex.doc.sentences[si]
        lo, _, _ = clause_bounds(ex.doc, ex.lex, sent, st.verb_start)
        target: list[str] = []
        for phrase in ex.lex.cues["response_to"]:
            i = ex.text.find(phrase, lo, st.verb_start)
            if i < 0:
                continue
            for g in ex.groups(i + len(phrase), st.verb_start):
                ents = [e for e in ex.group_actors(g) if e != st.speaker]
                if ents:
                    target = ents
                    break
            break
        pos = min(ex.text.find(d, st.start, st.end) for d in denial if d in said)
        trig = Trigger(id="reject_denial", type="REJECT", mode="deny", mutual=False, frame=[], patterns=[],
                       target_optional=True)
        c = Candidate(trig, pos, pos + len(next(d for d in denial if ex.text.startswith(d, pos))), si,
                      {"negated": False, "future": False, "present": False, "subjunctive": False}, source=[st.speaker],
                      target=target, mode="deny", confidence=0.7)
        if st.date:
            c.date, c.date_strength = st.date, 2
        out.append(c)
    return out


def quoted_subject_hits(ex: Extractor, pattern: re.Pattern[str], skip_outlets: bool = False
                        ) -> Iterator[tuple[Said, re.Match[str], int, tuple[int, int], int, list[str]]]:
    """Each match of ``pattern`` inside a speaker's statement whose clause has a subject other than
    the speaker's own side: (statement, match, sentence index, sentence, clause start, those actors)."""
    for st in ex.statements:
        if not st.speaker or st.speaker not in ex.ents:
            continue
        if skip_outlets and is_outlet(ex, ex.ents[st.speaker].name):
            continue
        home = ex.country_entity.get(ex.ents[st.speaker].country or "")
        for m in pattern.finditer(ex.text, st.start, st.end):
            si = ex.doc.sentence_index(m.start())
            if si < 0:
                continue
            sent = ex.doc.sentences[si]
            lo, _, _ = clause_bounds(ex.doc, ex.lex, sent, m.start())
            g = ex.subject(ex.groups(max(lo, st.start), m.start()), m.start())
            if g is None:
                continue
            # the speaker's own side is no one else: «ما باید ...» is a resolve, «ما شریک ...» no accusation
            target = [e for e in ex.group_actors(g) if e not in (st.speaker, home)]
            if target:
                yield st, m, si, sent, lo, target


def derived_demands(ex: Extractor) -> list[Candidate]:
    """«X گفت: ... Y باید فورا اقدام کند»: a speaker who says what another actor must do
    demands it of that actor (a REQUEST by X of Y)."""
    out: list[Candidate] = []
    deontic = words_regex(tuple(ex.lex.cues["deontic"]))
    hypothetical = words_regex(tuple(ex.lex.cues["modality"]["hypothetical"]))
    for st, m, si, sent, lo, target in quoted_subject_hits(ex, deontic):
        trig = Trigger(id="request_deontic", type="REQUEST", mode=None, mutual=False, frame=[], patterns=[])
        c = Candidate(trig, m.start(), m.end(), si, {"negated": False, "future": False, "present": False, "subjunctive": False},
                      source=[st.speaker], target=target, confidence=0.7)
        c.date = st.date
        c.date_strength = 2 if st.date else 0
        if not c.date and ex.same_day(c, sent):
            c.date, c.date_precision, c.date_strength = ex.reference(si), "day", 1
        if hypothetical.search(ex.text, lo, m.start()):
            c.modality = "hypothetical"
        out.append(c)
    return out


def derived_complicity(ex: Extractor) -> list[Candidate]:
    """«X گفت: آمریکا در این جنایات شریک است», or the same in an interview answer: a speaker who
    says another actor shares in a crime accuses that actor (an ACCUSE by X of it). The
    predicates are data (cues «complicity_predicates»)."""
    out: list[Candidate] = []
    predicates = ex.lex.cues.get("complicity_predicates") or []
    if not predicates:
        return out
    for st, m, si, _sent, _lo, target in quoted_subject_hits(ex, words_regex(tuple(predicates)), skip_outlets=True):
        trig = Trigger(id="accuse_complicity", type="ACCUSE", mode="blame", mutual=False, frame=[], patterns=[])
        flags = {"negated": False, "future": False, "present": False, "subjunctive": False}
        c = Candidate(trig, m.start(), m.end(), si, flags, source=[st.speaker], target=target,
                      mode="blame", confidence=0.7)
        c.date = st.date
        c.date_strength = 2 if st.date else 0
        out.append(c)
    return out


def prune_targets(ex: Extractor, c: Candidate) -> bool:
    """Drop targets no report means; False when the candidate is left without its act.

    A rejection does not reject the rejecter's own country («پسکوف گزارش‌ها درباره استفاده ارتش
    روسیه ... را رد کرد» rejects the reports, not Russia). A sanction on a company and on its
    country names the country once: the company is the country's part (an unlinked company
    listed beside a sanctioned country is taken as that country's)."""
    if c.mutual:
        return True
    if c.trigger.type == "REJECT" and c.target:
        homes = {ex.ents[s].country for s in c.source if s in ex.ents and ex.ents[s].country}
        c.target = [t for t in c.target if not (t in ex.ents and ex.ents[t].type == "GPE"
                                                and ex.ents[t].country in homes)]
    if c.trigger.type == "SANCTION" and len(c.target) > 1:
        countries = {ex.ents[t].country for t in c.target if t in ex.ents and ex.ents[t].type == "GPE"}
        c.target = [t for t in c.target if not (t in ex.ents and ex.ents[t].type == "ORG"
                                                and (ex.ents[t].country or "") in countries | {""})]
    return True


def continued_dates(ex: Extractor, cands: list[Candidate]) -> None:
    """«شویگو همچنین در تماس تلفنی با ...»: an undated act in a sentence that continues the
    report of a same-day act of the same type shares its day."""
    last: dict[str, Candidate] = {}
    for c in sorted(cands, key=lambda x: x.start):
        s0, e0 = ex.doc.sentences[c.sent]
        words = WORD_RE.findall(ex.text[s0:e0])
        prev = last.get(c.trigger.type)
        if (c.date is None and prev is not None and prev.date and prev.sent < c.sent
                and prev.date == ex.reference(prev.sent) and c.sent - prev.sent <= 3
                and any(w in ex.lex.cues["continuation"] for w in words)):
            c.date, c.date_precision, c.date_strength = prev.date, prev.date_precision, 1
        if c.date:
            last[c.trigger.type] = c


def retold_attack_dates(ex: Extractor, cands: list[Candidate]) -> None:
    """«... دیشب ۴۲ پهپاد اوکراینی را رهگیری کردند. ... در اثر اصابت یک پهپاد اوکراینی ...»:
    an attack with no date of its own, told right after a sentence that dates an attack of the
    same kind (a shared weapon or attack word), happened on that sentence's day."""
    family = ex.lex.cues["attack_family"]
    for c in cands:
        if (c.trigger.type != "ASSAULT" or c.date_strength >= 2 or c.sent == 0 or c.flags["future"]
                or c.modality not in ("asserted", "reported_claim")):
            continue
        words = [w for w in WORD_RE.findall(ex.text[c.start : c.end]) if w in family]
        if not words:
            continue
        s0, e0 = ex.doc.sentences[c.sent - 1]
        if not any(w in ex.text[s0:e0] for w in words):
            continue
        values = {d.value for d in ex.doc.dates if s0 <= d.start < e0 and d.value}
        ref = ex.reference(c.sent)
        if len(values) != 1:
            continue
        value = next(iter(values))
        if len(value) == 10 and (ref is None or value <= ref):
            c.date, c.date_precision, c.date_strength = value, "day", 1
            c.date_from_lead = False


def simultaneous_dates(ex: Extractor, cands: list[Candidate]) -> None:
    """«همزمان ...», «در همین حال ...», «ساعاتی بعد ...»: an undated act in a sentence that opens
    with a word of simultaneity happened on the day of the dated act (else the dated day) told
    in the two sentences before it."""
    cue = words_regex(tuple(ex.lex.cues["simultaneous"]))
    for c in cands:
        if c.date_strength >= 2 or c.sent == 0 or c.flags["future"] or c.flags["subjunctive"]:
            continue
        s0, e0 = ex.doc.sentences[c.sent]
        opening = WORD_RE.findall(ex.text[s0:c.start])[:4]
        m = cue.search(" ".join(opening))
        if m is None or m.start() > 0 and not " ".join(opening).startswith(("و ", "اما ", "ولی ")):
            continue
        prior = [p for p in cands if c.sent - 2 <= p.sent < c.sent and p.date_strength == 2
                 and p.date and len(p.date) == 10]
        value = max(prior, key=lambda p: p.start).date if prior else None
        if value is None:
            lo = ex.doc.sentences[max(0, c.sent - 2)][0]
            days = [d for d in ex.doc.dates if lo <= d.start < s0 and d.value and len(d.value) == 10]
            value = days[-1].value if days else None
        ref = ex.reference(c.sent)
        if value and (ref is None or value <= ref):
            c.date, c.date_precision, c.date_strength = value, "day", 1
            c.date_from_lead = False


def story_dates(ex: Extractor, cands: list[Candidate]) -> None:
    """An undated act told in the past right after a dated one (within two sentences) belongs
    to the same day of the story: «... امروز حمله کردند. وزارت خارجه این حمله را محکوم کرد»."""
    dated: list[Candidate] = []
    for c in sorted(cands, key=lambda x: x.start):
        if c.date_from_lead and c.modality in ("asserted", "reported_claim"):
            # «X ... روز چهارشنبه حمله کرد. ارتش Y نیز ... پاسخ داد»: the second sentence of the
            # lead continues the dated act before it rather than reporting the publication day
            prev = next((p for p in reversed(dated) if p.start < c.start), None)
            if prev is not None and prev.date and c.sent - prev.sent == 1 and len(prev.date) == 10:
                c.date, c.date_precision = prev.date, prev.date_precision
        elif c.date is None and c.modality in ("asserted", "reported_claim") and not c.flags["future"]:
            earlier = [p for p in reversed(dated) if p.start < c.start and 0 <= c.sent - p.sent <= 2]
            # «بقائی همچنین ... را رد کرد» after a background act of another actor: the same
            # speaker's dated act sets the day of the one continuing it
            prev = next((p for p in earlier if set(p.source) & set(c.source)), earlier[0] if earlier else None)
            if prev is not None and prev.date and 0 <= c.sent - prev.sent <= 2 and len(prev.date) == 10:
                c.date, c.date_precision, c.date_strength = prev.date, prev.date_precision, 1
        elif c.date and c.date_strength == 2:
            dated.append(c)


def merge(cands: list[Candidate]) -> list[tuple[Candidate, list[Candidate]]]:
    """One act, one event: same type and actors, compatible dates."""
    merged: list[tuple[Candidate, list[Candidate]]] = []
    for c in cands:
        for head, rest in merged:
            if _key(head) != _key(c) or head.negated != c.negated or head.modality != c.modality:
                continue
            # two reports on different days are two acts («... پاسخ داد» today, «در حمله سه شنبه
            # هفته گذشته ...» last week); an inferred day counts unless the other report is undated
            if (head.date and c.date and max(head.date_strength, c.date_strength) == 2
                    and not (head.date.startswith(c.date) or c.date.startswith(head.date))):
                continue
            rest.append(c)
            if head.date and c.date and len(c.date) > len(head.date) and c.date.startswith(head.date):
                head.date, head.date_precision = c.date, c.date_precision  # «2021-11» -> «2021-11-01»
            elif head.date and c.date and len(head.date) > len(c.date) and head.date.startswith(c.date):
                pass
            elif c.date_strength > head.date_strength:
                head.date, head.date_precision, head.date_strength = c.date, c.date_precision, c.date_strength
            head.mode = head.mode or c.mode
            head.location = head.location or c.location
            if head.fatalities is None:
                head.fatalities = c.fatalities
            if head.injured is None:
                head.injured = c.injured
            head.casualties_text = head.casualties_text or c.casualties_text
            head.confidence = max(head.confidence, c.confidence)
            break
        else:
            merged.append((c, []))
    return merged


def phone_mode(doc: Document, lex: Lexicon, c: Candidate) -> None:
    """A call named in the clause («در گفت‌وگویی تلفنی ... تبادل نظر کردند») sets the mode."""
    if c.trigger.type != "CONSULT" or c.mode == "phone":
        return
    sent = doc.sentences[c.sent]
    lo, hi, _ = clause_bounds(doc, lex, sent, c.start)
    if re.search(r"تلفن", doc.text[lo:hi]):
        c.mode = "phone"


def annotate_events(doc: Document) -> Document:
    if not doc.text or not doc.sentences:
        return doc
    lex = load_lexicon()
    ex = Extractor(doc, lex)
    cands = ex.run()
    cands.extend(derived_accusations(ex, cands))
    cands.extend(derived_denials(ex))
    cands.extend(derived_demands(ex))
    cands.extend(derived_complicity(ex))
    cands = [c for c in cands if prune_targets(ex, c)]
    continued_dates(ex, cands)
    retold_attack_dates(ex, cands)
    simultaneous_dates(ex, cands)
    story_dates(ex, cands)
    for c in cands:
        phone_mode(doc, lex, c)
    cands.sort(key=lambda c: c.start)
    events: list[Event] = []
    for i, (head, rest) in enumerate(merge(cands), 1):
        s = doc.sentences[head.sent]
        evidence = [
            {"start": r.start, "end": r.end, "text": doc.text[r.start : r.end],
             "sentence": list(doc.sentences[r.sent])}
            for r in rest
        ]
        events.append(Event(
            id=f"v{i}",
            type=head.trigger.type,
            mode=head.mode,
            source=head.source,
            target=head.target,
            mutual=head.mutual,
            date=head.date,
            location=head.location,
            fatalities=head.fatalities,
            injured=head.injured,
            negated=head.negated,
            modality=head.modality,
            sentence=(s[0], s[1]),
            trigger={"start": head.start, "end": head.end, "text": doc.text[head.start : head.end]},
            confidence=head.confidence,
            evidence=evidence,
            date_precision=head.date_precision,
            casualties_text=head.casualties_text,
        ))
    doc.events = events
    return doc

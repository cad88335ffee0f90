"""Actor recognition and linking: ``annotate_actors(doc) -> doc`` fills mentions and entities.

Output conventions (the events stage relies on them):
- ``doc.mentions``: non-overlapping, sorted by start; the longest match wins.
- A mention standing for two or more actors («دو طرف», «طرفین», «دو کشور», «وزیران خارجه روسیه
  و جمهوری آذربایجان») has ``entity`` = the member entity ids joined by "+" ("e1+e2"); kind
  "coref" for the anaphors, "role" for plural offices.
- Actors named inside a longer mention (the country in «وزیر دفاع روسیه», the ministry in
  «سخنگوی وزارت دفاع ارمنستان») are entities too; those mentions (kind "nested") are listed in
  ``Entity.mentions`` only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasad.actors.discover import _QUOTES, Discoverer
from rasad.actors.kb import KnowledgeBase, default_kb
from rasad.actors.keys import fold, fold_with_positions, is_word_char
from rasad.actors.link import Linker, _day
from rasad.actors.ner_spans import ner_candidates
from rasad.actors.recognize import Cand, Grammar, Hit, find_hits, select
from rasad.document import Document, Entity, Mention

__all__ = ["annotate_actors"]

_KIND_OUT = {"event": "name"}


def _walk(c: Cand) -> list[Cand]:
    out = []
    for i in c.inner:
        out.append(i)
        out.extend(_walk(i))
    return out


def annotate_actors(doc: Document, kb: KnowledgeBase | None = None) -> Document:
    kb = kb or default_kb()
    key, pos = fold_with_positions(doc.text)
    if not key:
        return doc
    grammar = Grammar(kb, key, _plausible_hits(kb, key, find_hits(kb, key)))
    chosen = [c for c in select(grammar.candidates()) if not _quoted_source(c, grammar)]
    if doc.published and doc.published.endswith(kb.home_offsets or ("\x00",)):
        chosen = _home_offices(kb, grammar, chosen)

    def text_span(c: Cand) -> tuple[int, int]:
        return pos[c.ks], pos[c.ke - 1] + 1

    def text_of(c: Cand) -> str:
        s, e = text_span(c)
        return doc.text[s:e]

    sentence_cache: dict[int, int] = {}  # called hundreds of times per document on few offsets

    def sentence_of(k: int) -> int:
        i = sentence_cache.get(k)
        if i is None:
            i = sentence_cache[k] = doc.sentence_index(pos[min(k, len(pos) - 1)])
        return i

    published = _day(doc.published)

    def date_of(k: int):  # noqa: ANN202 - a date or None
        i = sentence_of(k)
        if 0 <= i < len(doc.sentence_reference) and doc.sentence_reference[i]:
            return _day(doc.sentence_reference[i]) or published
        return published

    linker = Linker(kb, text_of, sentence_of, date_of)
    sources = frozenset(fold(n) for n in [doc.outlet or "", *doc.attribution] if n)
    discovered = ner_candidates(kb, grammar, chosen, doc.text, pos, sentence_of, sources)
    chosen = _discover(kb, grammar, chosen, linker, text_of, discovered)
    chosen = _standalone_references(kb, grammar, chosen)
    chosen = _armed_collectives(kb, grammar, chosen, sentence_of)
    home = kb.home_country if doc.published and doc.published.endswith(kb.home_offsets or ("\x00",)) else None
    _resolve_country_anaphors(chosen, sentence_of, kb.countries, key, kb.cues.get("speech_verbs") or [],
                              grammar.hits, home)
    _link(chosen, linker, sentence_of, key)
    _emit(doc, chosen, linker, text_span)
    return doc


_PLACE_KINDS = ("country", "capital", "place", "metonym")
_COORDINATORS = frozenset({"و", "،", ",", "-", "–", "/"})


def _word_before(key: str, pos: int, words: frozenset[str]) -> bool:
    """One of ``words`` ends right before ``pos`` (spaces between allowed), at a word boundary."""
    head = key[max(0, pos - 24):pos].rstrip()
    return any(head.endswith(w) and (len(head) == len(w) or not is_word_char(head[-len(w) - 1])) for w in words)


def _word_after(key: str, pos: int, words: frozenset[str]) -> bool:
    tail = key[pos:pos + 24].lstrip()
    return any(tail.startswith(w) and (len(tail) == len(w) or not is_word_char(tail[len(w)])) for w in words)


def _plausible_hits(kb: KnowledgeBase, key: str, hits: list[Hit]) -> list[Hit]:
    """Drop dictionary hits that are words of an outlet's name («ایران» in «عصر ایران») and names
    that are also common words («مالی», «چمن», «آستانه») when nothing cues them as places."""
    masks: list[tuple[int, int]] = []
    for name in kb.outlet_names:
        start = key.find(name)
        while start != -1:
            end = start + len(name)
            if (start == 0 or not is_word_char(key[start - 1])) and (end == len(key) or not is_word_char(key[end])):
                masks.append((start, end))
            start = key.find(name, end)
    if masks:
        hits = [h for h in hits if not any(s <= h.ks and h.ke <= e and (s, e) != (h.ks, h.ke) for s, e in masks)]
    # «فرودگاه بین‌المللی حامد کرزی», «ناو هواپیمابر آبراهام لینکلن»: the person's name is the facility's
    facility_heads = kb.facility_heads
    if facility_heads:
        hits = [h for h in hits if h.item.kind != "person" or not _word_before(key, h.ks, facility_heads)]
    ambiguous = [h for h in hits if key[h.ks:h.ke] in kb.ambiguous_forms]
    if not ambiguous:
        return hits
    ends: dict[int, list[Hit]] = {}
    starts: dict[int, list[Hit]] = {}
    for h in hits:
        ends.setdefault(h.ke, []).append(h)
        starts.setdefault(h.ks, []).append(h)

    def office_before(pos: int) -> bool:
        p = pos - 1 if pos > 0 and key[pos - 1] == " " else pos
        return any(g.item.kind in ("role", "inst", "role_plural") for g in ends.get(p, []))

    def place_next_to(h: Hit) -> bool:
        """Another (unambiguous) place joined to this one by «و», «،» or «-»."""
        for g in hits:
            if g is h or g.item.kind not in _PLACE_KINDS or key[g.ks:g.ke] in kb.ambiguous_forms:
                continue
            gap = key[h.ke:g.ks] if g.ks >= h.ke else key[g.ke:h.ks] if g.ke <= h.ks else None
            if gap is not None and gap.strip() in _COORDINATORS and len(gap) <= 4:
                return True
        return False

    rejected = set()
    for h in ambiguous:
        own_before, own_after = kb.ambiguous_form_cues.get(key[h.ks:h.ke], (frozenset(), frozenset()))
        cued = (_word_before(key, h.ks, kb.ambiguous_cues_before) or office_before(h.ks)
                or _word_after(key, h.ke, kb.ambiguous_cues_after) or place_next_to(h)
                or _word_before(key, h.ks, own_before) or _word_after(key, h.ke, own_after))
        if not cued or _word_after(key, h.ke, kb.ambiguous_veto_after):
            rejected.add(id(h))
    return [h for h in hits if id(h) not in rejected]


def _home_offices(kb: KnowledgeBase, g: Grammar, chosen: list[Cand]) -> list[Cand]:
    """«سخنگوی وزارت امور خارجه» with no country, in an Iranian outlet: Iran's office (roles.yaml
    home_offices). Only where no other mention covers the phrase and no country follows it."""
    key = g.key
    taken = bytearray(len(key) + 1)
    for c in chosen:
        taken[c.ks:c.ke] = b"\x01" * (c.ke - c.ks)
    added: list[Cand] = []
    for phrase, code in kb.home_offices.items():
        start = key.find(phrase)
        while start != -1:
            end = start + len(phrase)
            bounded = (start == 0 or not is_word_char(key[start - 1])) and (end == len(key) or not is_word_char(key[end]))
            if bounded and taken.find(1, start, end) == -1 and g.country_at(g.skip_modifiers(end)) is None:
                added.append(Cand(start, end, "role", None, prio=5, code=code, country=kb.home_country,
                                  head_len=end - start))
                taken[start:end] = b"\x01" * (end - start)
            start = key.find(phrase, end)
    return sorted(chosen + added, key=lambda c: c.ks) if added else chosen


def _quoted_source(c: Cand, g: Grammar) -> bool:
    """A news outlet named as the source of the report («به گزارش ایرنا», «مسکو - ایرنا -») is no actor."""
    if c.item is None or c.item.org_kind != "media":
        return False
    before = g.key[max(0, c.ks - 3):c.ks]
    after = g.key[c.ke:c.ke + 3]
    if "-" in before or "-" in after or ":" in before:
        return True
    return any(h.item.kind == "cue:attribution_cues" and c.ks - 2 <= h.ke <= c.ks for h in g.hits)


def _adjacent(key: str, a_end: int, b_start: int) -> bool:
    return a_end <= b_start and all(ch in _QUOTES for ch in key[a_end:b_start])


def _discover(kb: KnowledgeBase, g: Grammar, chosen: list[Cand], linker: Linker, text_of,  # noqa: ANN001
              from_ner: list[Cand]) -> list[Cand]:
    """Appositions (name + office), unknown names before/after offices or after honorifics, surnames."""
    disc = Discoverer(kb, g, chosen)
    found: list[Cand] = list(from_ner)
    for c in from_ner:
        c.name_key = text_of(c)
        disc.claim((c.ks, c.ke))
    persons = [c for c in chosen if c.item is not None and c.item.kind == "person"]

    def take_discovered(span: tuple[int, int] | None) -> Cand | None:
        """A name found next to an office becomes a discovered person (claimed, so it is not found twice)."""
        if span is None:
            return None
        cand = Cand(span[0], span[1], "discovered", prio=0)
        cand.name_key = text_of(cand)
        disc.claim(span)
        found.append(cand)
        return cand

    for i, c in enumerate(chosen):
        if not ((c.kind == "role" and c.sub != "plural") or (c.kind == "coref" and c.sub == "counterpart")):
            continue
        prev = next((p for p in reversed(persons + found) if p.ke <= c.ks and p.sub in ("", "PER")
                     and _adjacent(g.key, p.ke, c.ks)), None)
        if prev is None:
            prev = take_discovered(disc.before(c.ks))
        if prev is None and i + 1 < len(chosen):  # office before the name: «رئیس جمهور روسیه ولادیمیر پوتین»
            nxt = chosen[i + 1]
            if nxt.item is not None and nxt.item.kind == "person" and _adjacent(g.key, c.ke, nxt.ks):
                prev = nxt
        if prev is None and c.kind == "role":  # an unknown name after it: «وزیر خارجه روسیه، X»
            prev = next((p for p in found if p.sub in ("", "PER") and _adjacent(g.key, c.ke, p.ks)), None)
            if prev is None:
                prev = take_discovered(disc.after_office(c.ke))
        if prev is not None:
            c.entity_key = "apposition"
            c.anaphor_person = prev  # type: ignore[attr-defined]
            if prev.kind == "discovered" and c.country:
                prev.role_hint = (c.code, c.country)
    # a short NER name that ends a longer discovered name is that person («گریگوریان» after «آرتاش گریگوریان»)
    full_names = [(fold(p.name_key).split(), p.name_key) for p in found if p.sub in ("", "PER")]
    for c in found:
        if c.sub != "PER":
            continue
        words = fold(c.name_key).split()
        owner = next((name for ws, name in full_names if len(ws) > len(words) and ws[-len(words):] == words), None)
        if owner is not None:
            c.name_key = owner
    # surnames of discovered persons, later in the text
    for person in list(found):
        if person.sub not in ("", "PER"):
            continue
        words = person.name_key.split()
        forms = {" ".join(words[1:])} if len(words) == 3 else set()
        if words[-1] not in kb.common_words:
            forms.add(words[-1])
        for form in forms:
            f = fold(form)
            for m in re.finditer(re.escape(f), g.key):
                s, e = m.span()
                if s <= person.ks or (s > 0 and is_word_char(g.key[s - 1])) or (e < len(g.key) and is_word_char(g.key[e])):
                    continue
                if disc._free(s, e):
                    alias = Cand(s, e, "discovered", name_key=person.name_key, sub=person.sub)
                    disc.claim((s, e))
                    found.append(alias)
    for s, e in disc.after_honorific():
        c = Cand(s, e, "discovered")
        c.name_key = text_of(c)
        found.append(c)
    return sorted(chosen + found, key=lambda c: c.ks)


def _standalone_references(kb: KnowledgeBase, g: Grammar, chosen: list[Cand]) -> list[Cand]:
    """Mentions that only refer back, added where no other mention covers them:

    - an office phrase with no country («رئیس جمهور», cues.yaml ``bare_offices``), sub "bare";
    - «این گروه» (``group_anaphors``), sub "group", widened over the forces word before it
      («نیروهای امنیتی این گروه»: the group's fighters are the group);
    - a short organization head («شورا», «این سازمان»; ``org_short_forms``), sub "org_short", only
      where no name goes on after it («سازمان بهداشت جهانی» is another organization).
    Linking (``_link_coref``, ``_bare_office``) drops those it cannot resolve.
    """
    key = g.key
    taken = bytearray(len(key) + 1)
    for c in chosen:
        taken[c.ks:c.ke] = b"\x01" * (c.ke - c.ks)
    bare = frozenset(fold(w) for w in kb.cues.get("bare_offices") or [])
    added: list[Cand] = []

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) == -1

    def exact_word(h: Hit) -> bool:  # no attached suffix: «شورای ...» is the head of another name
        return h.ke == len(key) or not is_word_char(key[h.ke])

    # the surname of a known person named in full earlier («السودانی» after «محمد شیاع السودانی»):
    # not a bare alias in the data, where it would fire on any text («السودانی» is also «the Sudanese»)
    unknown_at = {(c.ks, c.ke): c for c in chosen if c.kind == "discovered"}
    for p in [c for c in chosen if c.item is not None and c.item.kind == "person"]:
        words = key[p.ks:p.ke].split()
        last = words[-1] if len(words) >= 2 else ""
        if len(last) < 4 or last in kb.common_words or last in kb.name_stopwords:
            continue
        # «سودانی» after «محمد شیاع سودانی» may come back as «السودانی» (never the other way: a bare
        # «سودانی» is also the demonym)
        for surname in (last, *([] if last.startswith("ال") else ["ال" + last])):
            start = key.find(surname, p.ke)
            while start != -1:
                end = start + len(surname)
                unknown = unknown_at.get((start, end))
                if unknown is not None:  # the name finder took it for someone new: it is this person
                    unknown.kind, unknown.item, unknown.sub, unknown.role_hint = "name", p.item, "", None
                elif ((start == 0 or not is_word_char(key[start - 1]))
                        and (end == len(key) or not is_word_char(key[end])) and free(start, end)):
                    added.append(Cand(start, end, "name", p.item, prio=2))
                    taken[start:end] = b"\x01" * (end - start)
                start = key.find(surname, end)
    for h in sorted(g.hits, key=lambda h: (h.ks, h.ks - h.ke)):
        kind = h.item.kind
        if not free(h.ks, h.ke):
            continue
        c: Cand | None = None
        if kind == "role" and key[h.ks:h.ke] in bare and exact_word(h):
            c = Cand(h.ks, h.ke, "role", h.item, prio=1, code=h.item.code, sub="bare", head_len=h.ke - h.ks)
        elif kind == "cue:group_anaphors":
            start = _forces_before(kb, g, h.ks)
            c = Cand(start if free(start, h.ks) else h.ks, h.ke, "coref", h.item, prio=1, sub="group")
        elif kind == "cue:org_short_forms" and exact_word(h):
            demonstrative = key[h.ks:h.ke].startswith("این ")
            if demonstrative or _name_ends_at(kb, key, h.ke):
                c = Cand(h.ks, h.ke, "coref", h.item, prio=1, sub="org_short")
        if c is not None:
            added.append(c)
            taken[c.ks:c.ke] = b"\x01" * (c.ke - c.ks)
    return sorted(chosen + added, key=lambda c: c.ks) if added else chosen


# institutions whose country is the government side a collective armed opposition fights
_STATE_SIDE_CODES = frozenset({"armed_forces", "armed_forces_unnamed", "government", "general_staff"})


def _armed_collectives(kb: KnowledgeBase, g: Grammar, chosen: list[Cand], sentence_of) -> list[Cand]:  # noqa: ANN001
    """«گروه‌های مسلح», «شبه نظامیان» with no name: the opposition organization (organizations.yaml
    ``opposition_of``) of the state whose forces, government or places are named nearest before them
    (this and up to three earlier sentences, else later in the sentence). Unnamed groups near a state
    with no such organization stay unlinked, as does a collective a qualifier follows
    («شبه نظامیان حوثی» is not the state's opposition)."""
    opposition = {rec["opposition_of"]: k for k, rec in kb.organizations.items() if rec.get("opposition_of")}
    if not opposition:
        return chosen
    key = g.key
    taken = bytearray(len(key) + 1)
    for c in chosen:
        taken[c.ks:c.ke] = b"\x01" * (c.ke - c.ks)
    items = {it.key: it for it in kb.items if it.kind == "org"}

    def side_country(c: Cand) -> str | None:
        if c.kind == "institution" and c.code in _STATE_SIDE_CODES:
            return c.country
        if c.item is not None and c.item.kind in ("place", "capital"):
            return c.item.country
        if c.item is not None and c.item.key.startswith("org:") and c.item.key[4:] in opposition.values():
            return next(k for k, v in opposition.items() if v == c.item.key[4:])
        return None

    added: list[Cand] = []
    for h in g.hits:
        if h.item.kind != "cue:armed_collectives" or taken.find(1, h.ks, h.ke) != -1:
            continue
        if h.ke < len(key) and is_word_char(key[h.ke]):
            continue
        nxt = g.next_token(h.ke)
        # «شبه نظامیان حوثی», «گروه‌های مسلح سوری»: an adjective or name after it says whose they are
        following = key[nxt:nxt + 30].split()
        word = following[0] if following else ""
        nisba = word.endswith("ی") and word not in kb.name_stopwords  # «حوثی», «سوری», «کردی»
        if g.country_at(nxt) is not None or g.starting(nxt, ("org", "person", "place")) or nisba:
            continue
        here = sentence_of(h.ks)
        before = sorted((c for c in chosen + added if c.ke <= h.ks and here - 3 <= sentence_of(c.ks) <= here
                         and side_country(c)), key=lambda c: c.ks)
        after = [c for c in chosen if c.ks >= h.ke and sentence_of(c.ks) == here and side_country(c)]
        anchor = before[-1] if before else (after[0] if after else None)
        if anchor is None or side_country(anchor) not in opposition:
            continue
        org_item = items.get("org:" + opposition[side_country(anchor) or ""])
        if org_item is None:
            continue
        added.append(Cand(h.ks, h.ke, "name", org_item, prio=1))
        taken[h.ks:h.ke] = b"\x01" * (h.ke - h.ks)
    return sorted(chosen + added, key=lambda c: c.ks) if added else chosen


def _forces_before(kb: KnowledgeBase, g: Grammar, pos: int) -> int:
    """Start of «نیروهای» / «نیروهای امنیتی» right before ``pos`` (one qualifying word allowed)."""
    for h in g.hits:
        if h.item.kind != "inst" or not (kb.institutions.get(h.item.code) or {}).get("forces_of_group"):
            continue
        gap = g.key[h.ke:pos].split()
        if h.ke <= pos and len(gap) <= 1 and pos - h.ke <= 12:
            return h.ks
    return pos


_CLAUSE_PUNCT = frozenset(".،,:;؛!؟?»«()")


def _name_ends_at(kb: KnowledgeBase, key: str, end: int) -> bool:
    """Nothing that could continue a name follows ``end``: punctuation, the end, or a function word."""
    tail = key[end:end + 30].lstrip()
    if not tail or tail[0] in _CLAUSE_PUNCT:
        return True
    word = tail.split()[0] if tail.split() else ""
    return word in kb.name_stopwords


def _country_marks(chosen: list[Cand], hits: Sequence[Hit] = ()) -> list[tuple[int, int, str]]:
    marks = []
    for c in chosen:
        for x in [c, *_walk(c)]:
            if x.kind in ("country", "demonym") and x.item is not None and x.item.country:
                marks.append((x.ks, x.ke, x.item.country))
    # a country named inside an organization's name («گروه‌های مسلح مخالف دولت سوریه ارتش این
    # کشور»): the name has no inner mentions, so its country words come from the raw hits
    names = [(c.ks, c.ke) for c in chosen if c.kind == "name" and c.item is not None and c.item.kind == "org"]
    for h in hits:
        if h.item.kind == "country" and h.item.country and any(s <= h.ks and h.ke <= e for s, e in names):
            marks.append((h.ks, h.ke, h.item.country))
    marks.sort()
    return marks


def _speaks(key: str, end: int, upto: int, verbs: list[list[str]]) -> bool:
    """A speech verb («گفت», «اعلام کرد») follows ``end`` within a few words, before ``upto``:
    the actor ending at ``end`` is the speaker of what follows."""
    words = key[end:upto].split()
    for i in range(min(len(words), _SPEAKER_GAP + 1)):
        for v in verbs:
            after = words[i + len(v):i + len(v) + 1]
            # «گفت وگو» (talks) is no verb of saying
            if words[i:i + len(v)] == v and not (after and after[0] in ("وگو", "و")):
                return True
    return False


_SPEAKER_GAP = 3  # words between a speaker and its verb («روز شنبه», «نیز», «در این باره»)


def _resolve_country_anaphors(chosen: list[Cand], sentence_of, countries: dict, key: str,  # noqa: ANN001
                              speech_verbs: list[str], hits: Sequence[Hit] = (), home: str | None = None) -> None:
    """«این کشور»: the topic country of its sentence. That is the country of the office or
    institution that speaks before it there («سخنگوی وزارت دفاع افغانستان گفت نیروهای پاکستانی به
    پاسگاه‌های این کشور حمله کردند»: Afghanistan, whose spokesman speaks, not the attacker named in
    the reported clause), else of the last office or institution named before it
    («رئیس جمهوری آذربایجان ... ارمنستان ... کلبجر این کشور»), else the first country named earlier
    in the sentence (outside its own phrase), else the last one named before the sentence."""
    marks = _country_marks(chosen, hits)
    offices = sorted((c.ks, c.ke, c.country) for c in chosen
                     if c.kind in ("role", "institution") and c.anaphor is None and c.country)
    verbs = [v.split() for v in (fold(v) for v in speech_verbs) if v]

    def resolve(a: Cand, owner: Cand) -> str | None:
        if a.item is not None and a.item.key == _FIRST_PERSON:
            return _first_person_country(a, chosen, sentence_of, key, home)
        si = sentence_of(a.ks)
        held = [o for o in offices if o[1] <= owner.ks and sentence_of(o[0]) == si and o[2] in countries]
        speakers = [o for o in held if _speaks(key, o[1], owner.ks, verbs)]
        if speakers:
            return speakers[-1][2]
        if held:
            return held[-1][2]
        same = [m for m in marks if m[1] <= owner.ks and sentence_of(m[0]) == si]
        if same:
            return same[0][2]
        before = [m for m in marks if m[1] <= a.ks and sentence_of(m[0]) < si]
        return before[-1][2] if before else None

    for c in chosen:
        for x in [c, *_walk(c)]:
            if x.kind == "coref" and x.sub == "country":
                x.country = resolve(x, c)
        if c.anaphor is not None and c.anaphor.sub == "country":
            person = getattr(c, "anaphor_person", None)
            if person is not None and person.item is not None and person.item.country:
                c.country = person.item.country  # «پاشینیان نخست وزیر این کشور»: his country
            else:
                c.country = resolve(c.anaphor, c)
            for x in _walk(c):
                if x.kind == "institution" and x.anaphor is not None:
                    x.country = c.country


_FIRST_PERSON = "cue:first_person_country"


def _first_person_country(a: Cand, chosen: list[Cand], sentence_of, key: str,  # noqa: ANN001
                          home: str | None) -> str | None:
    """«کشورمان» / «کشور ما»: inside a «...» quote, the country of the quoted speaker (the first actor
    with a country in the sentence that opens the quote, before it: Persian puts the subject first,
    «وزیر خارجه عراق در دیدار با همتای ایرانی خود گفت: «کشور ما ...»»); in the narrator's voice, the
    outlet's home country (an Iranian outlet's «کشورمان» is Iran), else nothing."""
    opened = key.rfind("«", 0, a.ks)
    if opened != -1 and key.rfind("»", opened, a.ks) == -1:
        si = sentence_of(opened)
        for c in chosen:
            if c.ke > opened:
                break
            if sentence_of(c.ks) != si or c.anaphor is not None or c.kind == "coref":
                continue
            country = c.country or (c.item.country if c.item is not None and c.kind != "metonym" else None)
            if country:
                return str(country)
        return None
    return home


def _link(chosen: list[Cand], linker: Linker, sentence_of, key: str) -> None:  # noqa: ANN001
    kb = linker.kb
    # appositions first: an office next to a name tells who holds it in this document
    for c in chosen:
        person = getattr(c, "anaphor_person", None)
        if person is None:
            continue
        if person.kind == "discovered":
            pkey = linker.entity_of_discovered(person.name_key, c.country)
        else:
            pkey = linker.entity_of_person_item(person.item.key)
        person.entity_key = pkey
        c.entity_key = pkey
        if c.kind == "role" and c.country:
            linker.remember_holder(c, pkey)
    linked: list[Cand] = []
    for c in chosen:
        if c.entity_key and c.entity_key != "apposition":
            linked.append(c)
            continue
        c.entity_key = ""
        if c.kind == "discovered":
            c.entity_key = linker.entity_of_discovered(c.name_key, c.role_hint[1] if c.role_hint else None,
                                                       c.sub or "PER")
        elif c.kind in ("name", "country", "demonym", "metonym"):
            c.entity_key = (linker.entity_of_person_item(c.item.key) if c.item.kind == "person"
                            else linker.entity_of_item(c))
        elif c.kind == "event":
            c.entity_key = linker.entity_of_event(c)
        elif c.kind == "institution":
            c.entity_key = linker.entity_of_institution(c) or ""
        elif c.kind == "role" and c.sub == "plural":
            countries = c.countries
            if c.anaphor is not None:
                countries = [linker.info[k].country for k in _pair(c, linked, linker, sentence_of, key)]
            # an office nobody is known to hold stands for its country here (the dyad still codes right)
            c.group = [linker.holder(c.code, k, c.ks) or _country_key(linker, k) for k in countries if k]
        elif c.kind == "role" and c.sub == "bare":
            c.entity_key = _bare_office(c, chosen, linked, linker, key) or ""
        elif c.kind == "role":
            if c.country:
                c.entity_key = linker.resolve_role(c)
        elif c.kind == "coref":
            _link_coref(c, linked, linker, sentence_of, kb, key)
        if c.entity_key or len(c.group) >= 2:
            linked.append(c)


def _bare_office(c: Cand, chosen: list[Cand], linked: list[Cand], linker: Linker, key: str) -> str | None:
    """«رئیس جمهور» with no country: the person named right next to it who holds that office, else
    the one person named earlier in the article holding it, else, when the article so far names
    exactly one country, that country's holder (or the office itself). Never a guess across
    countries: two holders or two countries leave it unlinked."""
    kb = linker.kb
    office = kb.office_of_role(c.code)[0]

    def holds(k: str, pos: int) -> bool:
        found = linker.office_of(k, pos) if linker.is_person(k) else None
        return found is not None and kb.office_of_role(found[0])[0] == office

    i = next(i for i, x in enumerate(chosen) if x is c)
    for j in (i - 1, i + 1):  # apposition: «سید ابراهیم رئیسی رئیس جمهور ...»
        if 0 <= j < len(chosen):
            x = chosen[j]
            a, b = (x, c) if j < i else (c, x)
            k = (linker.entity_of_person_item(x.item.key) if x.item is not None and x.item.kind == "person"
                 else x.entity_key)
            if k and _adjacent(key, a.ke, b.ks) and holds(k, x.ks):
                return k
    earlier = {x.entity_key for x in linked if x.ks < c.ks and x.entity_key and holds(x.entity_key, x.ks)}
    if len(earlier) == 1:
        return earlier.pop()
    if earlier:
        return None
    countries: set[str] = set()
    for x in chosen:
        if x.ks >= c.ks:
            break
        for y in [x, *_walk(x)]:
            if y.kind in ("country", "demonym") and y.item is not None and y.item.country:
                countries.add(y.item.country)
            elif y.kind in ("role", "institution") and y.country in kb.countries:
                countries.add(str(y.country))
    if len(countries) != 1:
        return None
    country = countries.pop()
    return linker.holder(c.code, country, c.ks) or linker.entity_of_role(c.code, country)


def _pair(c: Cand, linked: list[Cand], linker: Linker, sentence_of, key: str) -> list[str]:  # noqa: ANN001
    """The two parties «دو طرف» / «طرفین» / «دو کشور» stand for, looking back sentence by sentence.

    In each sentence (its own first): the two actors last joined by «و» («میان X و Y»,
    «X و Y»); else two persons of the sentence (not for «دو کشور»); else its first two countries.
    Two countries that two persons named earlier represent («در این نشست، طرفین» after
    «دیدار X، وزیر دفاع A با Y، وزیر دفاع B») are those persons, unless «دو کشور» is meant.
    """
    countries_only = c.code == "countries"
    si = sentence_of(c.ks)
    by_sentence: dict[int, list[Cand]] = {}
    for x in linked:
        if x.ks < c.ks:
            by_sentence.setdefault(sentence_of(x.ks), []).append(x)
    third = [x for x in by_sentence.get(si, []) if x.entity_key and len(x.group) < 2]
    if third and not _joined_pair(by_sentence[si], linker, key, countries_only) and _object_position(c, linker.kb, key):
        return _pair_beside(third, by_sentence, si, linker, key)
    for s in sorted(by_sentence, reverse=True):
        if s > si:
            continue
        joined = _joined_pair(by_sentence[s], linker, key, countries_only)
        if joined:
            return joined
        people: list[str] = []
        countries: list[str] = []
        for x in by_sentence[s]:
            keys = x.group if len(x.group) >= 2 else [x.entity_key]
            if len(x.group) >= 2 and x.kind == "coref":
                if not countries_only:
                    return list(x.group)
                codes = [linker.person_country(k) if linker.is_person(k) else (linker.info[k].country) for k in x.group]
                if all(code in linker.kb.countries for code in codes) and len(set(codes)) == len(codes):
                    return [_country_key(linker, code) for code in codes]  # type: ignore[arg-type]
            for k in keys:
                info = linker.info.get(k)
                if info is None:
                    continue
                if info.type == "PER" and k not in people:
                    people.append(k)
                if k.startswith("cty:") and k not in countries:
                    countries.append(k)
            for inner in _walk(x):
                if inner.kind in ("country", "demonym") and inner.item is not None:
                    k = f"cty:{inner.item.country}"
                    if k not in countries:
                        countries.append(k)
        if len(people) >= 2 and not countries_only:
            return people[:2]
        if len(countries) >= 2:
            for k in countries[:2]:
                _country_key(linker, k[4:])
            if not countries_only:
                persons = _representatives(countries[:2], by_sentence, s, linker)
                if persons:
                    return persons
            return countries[:2]
    return []


_PAIR_REACH = 4  # sentences back a mediator's «هر دو طرف» may reach for the two sides


def _object_position(c: Cand, kb: KnowledgeBase, key: str) -> bool:
    """The anaphor is an object («از هر دو طرف», «طرفین را»), so its sentence's subject is someone else."""
    before = frozenset(fold(w) for w in kb.cues.get("pair_object_before") or [])
    after = frozenset(fold(w) for w in kb.cues.get("pair_object_after") or [])
    return _word_before(key, c.ks, before) or _word_after(key, c.ke, after)


def _party(k: str, linker: Linker) -> str:
    """A side as a mediator sees it: a person, an office or a city stands for its state; an
    organization (Hamas, the UN) for itself."""
    info = linker.info.get(k)
    if info is not None and info.type in ("PER", "GPE") and info.country in linker.kb.countries:
        return _country_key(linker, str(info.country))
    return k


def _pair_beside(third: list[Cand], by_sentence: dict[int, list[Cand]], si: int, linker: Linker,
                 key: str) -> list[str]:
    """«اردوغان از هر دو طرف قدردانی کرد» after a Russia–Ukraine deal hosted by Turkey: the two sides,
    never the third party (the subject before the anaphor) nor its country. A pair joined by «و»
    («روسیه و اوکراین», «میان X و Y», a plural office) in the last few sentences comes first, then
    two sides that merely co-occur in one sentence. Persons stand for their states."""
    excluded = {x.entity_key for x in third} | {_party(x.entity_key, linker) for x in third}

    def sides(keys: list[str]) -> list[str] | None:
        parties = [_party(k, linker) for k in keys]
        if len(parties) != 2 or parties[0] == parties[1] or excluded & {*keys, *parties}:
            return None
        return parties

    reach = [s for s in sorted(by_sentence, reverse=True) if si - _PAIR_REACH <= s <= si]
    for s in reach:
        cands = by_sentence[s]
        singles = [x for x in cands if x.entity_key and len(x.group) < 2]
        for a, b in reversed(list(zip(singles, singles[1:], strict=False))):
            if key[a.ke:b.ks].strip() == "و":
                found = sides([a.entity_key, b.entity_key])
                if found:
                    return found
        for x in reversed(cands):
            if len(x.group) >= 2:
                found = sides(list(x.group))
                if found:
                    return found
    for s in reach:
        parties: list[str] = []
        for x in by_sentence[s]:
            for k in x.group if len(x.group) >= 2 else [x.entity_key]:
                party = _party(k, linker)
                if k and k not in excluded and party not in excluded and party not in parties:
                    parties.append(party)
        if len(parties) >= 2:
            return parties[:2]
    return []


def _country_of_actor(k: str, linker: Linker) -> str | None:
    """The country key an actor stands for in «دو کشور»: a country, or its capital/metonym."""
    if k.startswith("cty:"):
        return k
    info = linker.info.get(k)
    if info is not None and info.type == "GPE" and info.country in linker.kb.countries:
        return _country_key(linker, info.country)
    return None


def _joined_pair(cands: list[Cand], linker: Linker, key: str, countries_only: bool) -> list[str]:
    """The last two single actors of a sentence joined by «و» alone."""
    singles = [x for x in cands if x.entity_key and len(x.group) < 2]
    for a, b in reversed(list(zip(singles, singles[1:], strict=False))):
        if key[a.ke:b.ks].strip() != "و":
            continue
        pair = [a.entity_key, b.entity_key]
        # «نظامیان جمهوری آذربایجان و ارمنستان»: the head word distributes over both countries, so a
        # composed actor joined to a bare country is a pair of countries
        distributive = a.kind in ("institution", "role") and a.country and b.kind in ("country", "demonym")
        if countries_only or distributive:
            pair = [_country_of_actor(k, linker) or "" for k in pair]
            if distributive and not pair[0] and a.country in linker.kb.countries:
                pair[0] = _country_key(linker, a.country)
        if all(pair) and pair[0] != pair[1]:
            return pair
    return []


def _representatives(countries: list[str], by_sentence: dict[int, list[Cand]], upto: int,
                     linker: Linker) -> list[str]:
    """Two persons of one earlier sentence, one of each country (the office holders who met)."""
    wanted = [linker.info[k].country for k in countries]
    for s in sorted((s for s in by_sentence if s <= upto), reverse=True):
        found: dict[str | None, str] = {}
        for x in by_sentence[s]:
            for k in x.group if len(x.group) >= 2 else [x.entity_key]:
                if linker.is_person(k):
                    found.setdefault(linker.person_country(k), k)
        if all(code in found for code in wanted) and found[wanted[0]] != found[wanted[1]]:
            return [found[code] for code in wanted]
    return []


def _link_coref(c: Cand, linked: list[Cand], linker: Linker, sentence_of, kb: KnowledgeBase,  # noqa: ANN001
                key: str) -> None:
    si = sentence_of(c.ks)
    if c.sub == "pronoun":
        same = [x for x in linked if sentence_of(x.ks) == si and x.ks < c.ks and linker.is_person(x.entity_key)]
        if same:
            c.entity_key = same[0].entity_key
            return
        for s in range(si - 1, max(-1, si - 4), -1):
            prev = [x for x in linked if sentence_of(x.ks) == s and linker.is_person(x.entity_key)]
            if prev:
                c.entity_key = prev[0].entity_key
                return
    elif c.sub == "country":
        if c.country and c.country in kb.countries:
            item = kb.countries[c.country]
            c.entity_key = item.key
            linker.info.setdefault(item.key, _info(item))
    elif c.sub == "pair":
        c.group = _pair(c, linked, linker, sentence_of, key)
    elif c.sub == "group":  # «این گروه»: the armed group named last before it
        for x in reversed(linked):
            if x.ke > c.ks:
                continue
            org = (kb.organizations.get(x.entity_key[4:]) or {}) if x.entity_key.startswith("org:") else {}
            if org.get("kind") == "armed_group":
                c.entity_key = x.entity_key
                return
            # «سخنگوی انصارالله گفت این گروه ...»: the office holder speaks for the group, which is meant
            if x.kind == "role" and x.org and (kb.organizations.get(x.org) or {}).get("kind") == "armed_group":
                c.entity_key = linker.entity_of_state(None, x.org) or ""
                return
    elif c.sub == "org_short":  # «شورا» after «شورای امنیت سازمان ملل», in the same passage
        head = key[c.ks:c.ke].removeprefix("این ").strip()
        for x in reversed(linked):
            if x.ke > c.ks or not x.entity_key.startswith("org:"):
                continue
            if sentence_of(x.ks) < si - _SHORT_FORM_REACH:
                break
            if key[x.ks:x.ke].startswith(head):
                c.entity_key = x.entity_key
                return
    elif c.sub == "side" and c.country:
        # «طرف افغان», «طرف آذربایجانی» (even the host side of a meeting between two ministers): the
        # country as a party, not whichever official of it was named last
        item = kb.countries.get(c.country)
        if item is not None:
            c.entity_key = item.key
            linker.info.setdefault(item.key, _info(item))
    elif c.sub == "counterpart":
        subject = next((x for x in linked if sentence_of(x.ks) == si and x.ks < c.ks
                        and linker.is_person(x.entity_key)), None)
        office = linker.office_of(subject.entity_key, subject.ks) if subject else None
        if office and c.country:
            c.entity_key = linker.holder(office[0], c.country, c.ks) or linker.entity_of_role(office[0], c.country)


_SHORT_FORM_REACH = 3  # sentences back a short organization head may reach for its full name


def _country_key(linker: Linker, code: str) -> str:
    item = linker.kb.countries.get(code)
    if item is None:
        return linker.entity_of_role("?", code)
    linker.info.setdefault(item.key, _info(item))
    return item.key


def _info(item):  # noqa: ANN001, ANN202
    from rasad.actors.link import EntityInfo

    return EntityInfo(item.key, item.name, item.name_en, "GPE", item.country, item.wikidata)


def _emit(doc: Document, chosen: list[Cand], linker: Linker, text_span) -> None:  # noqa: ANN001
    # nested actors: entity keys for the parts of composed mentions
    nested: list[tuple[Cand, str]] = []
    for c in chosen:
        if not (c.entity_key or len(c.group) >= 2):
            continue
        for x in _walk(c):
            k = ""
            if x.kind in ("country", "demonym", "name", "metonym") and x.item is not None:
                k = linker.entity_of_item(x)
            elif x.kind == "institution":
                k = linker.entity_of_institution(x) or ""
            elif x.kind == "coref" and x.sub == "country" and x.country in linker.kb.countries:
                item = linker.kb.countries[x.country]
                linker.info.setdefault(item.key, _info(item))
                k = item.key
            if k:
                nested.append((x, k))
    firsts: dict[str, int] = {}
    for c in chosen:
        for k in ([c.entity_key] if c.entity_key else []) + list(c.group):
            firsts.setdefault(k, c.ks)
            firsts[k] = min(firsts[k], c.ks)
    for x, k in nested:
        firsts[k] = min(firsts.get(k, x.ks), x.ks)
    order = sorted(firsts, key=lambda k: firsts[k])
    ids = {k: f"e{i + 1}" for i, k in enumerate(order)}
    entities = {}
    for k in order:
        info = linker.info[k]
        entities[k] = Entity(ids[k], info.name, info.name_en, info.type, info.country, info.wikidata, [], k)
    mentions: list[Mention] = []
    for c in chosen:
        s, e = text_span(c)
        if c.entity_key:
            m = Mention(s, e, doc.text[s:e], ids[c.entity_key], _KIND_OUT.get(c.kind, c.kind),
                        c.code or None if c.kind == "role" else None)
            entities[c.entity_key].mentions.append(m)
            mentions.append(m)
        elif len(c.group) >= 2:
            m = Mention(s, e, doc.text[s:e], "+".join(ids[k] for k in c.group), c.kind,
                        c.code or None if c.kind == "role" else None)
            mentions.append(m)
    for x, k in nested:
        s, e = text_span(x)
        entities[k].mentions.append(Mention(s, e, doc.text[s:e], ids[k], "nested"))
    for ent in entities.values():
        ent.mentions.sort(key=lambda m: m.start)
    doc.mentions = mentions
    doc.entities = list(entities.values())

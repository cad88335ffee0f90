"""Find actor mentions: dictionary hits, composed offices/institutions, unknown names.

Everything works on the matching key of the document (keys.py) and maps back to text
offsets at the end. Composition is a small grammar over dictionary hits:

    institution := INST [modifier]* COUNTRY            «وزارت دفاع روسیه»
    office      := ROLE [modifier]* (institution | COUNTRY | IGO | METONYM)
    offices     := ROLE_PLURAL COUNTRY ((و|،) COUNTRY)+  «وزیران خارجه روسیه و جمهوری آذربایجان»
    counterpart := همتای DEMONYM|COUNTRY [خود]           «همتای ارمنی خود»
    side        := طرف DEMONYM                           «طرف آذری»

where COUNTRY is a country name, a demonym, or «این کشور» (resolved later).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasad.actors.kb import Item, KnowledgeBase
from rasad.actors.keys import fold, is_word_char

# attached suffixes a name may carry without a space («آمریکاییها», «ایرانرا»)
_SUFFIXES = ("های", "ها", "ای", "را", "اش", "ی", "ش")
_COUNTRY_LIKE = ("country", "demonym", "cue_demonym")
_YEAR_TAIL = re.compile(r"-(1[89]|20)\d\d(?!\d)")
_TOKEN = re.compile(r"\w+")


@dataclass
class Hit:
    ks: int
    ke: int
    item: Item


@dataclass
class Cand:
    """A possible mention (key offsets) before selection and linking."""

    ks: int
    ke: int
    kind: str  # name role institution country demonym metonym discovered coref event
    item: Item | None = None
    prio: int = 0
    code: str = ""  # office / institution code
    country: str | None = None  # alpha-3 / IGO code of a composed mention
    org: str = ""  # offices of an organization («دبیرکل حزب‌الله»): its organizations.yaml key
    countries: list[str | None] = field(default_factory=list)  # plural offices: one per country
    anaphor: Cand | None = None  # «این کشور» standing for the country
    sub: str = ""  # coref: pronoun country pair side counterpart; role: plural
    inner: list[Cand] = field(default_factory=list)  # nested actors (country in an office, ...)
    head_len: int = 0  # length of the office phrase itself (longer, more specific phrase wins)
    name_key: str = ""  # discovered persons: entity key
    role_hint: tuple[str, str | None] | None = None  # discovered persons: (office, country) of their role
    entity_key: str = ""  # filled by linking
    group: list[str] = field(default_factory=list)  # filled by linking for «دو طرف» and plural offices


def find_hits(kb: KnowledgeBase, key: str) -> list[Hit]:
    """All dictionary hits whose both ends are word boundaries (an attached suffix is allowed)."""
    hits: list[Hit] = []
    n = len(key)
    for end, (pattern, idxs) in kb.automaton.iter(key):
        ks = end - len(pattern) + 1
        ke = end + 1
        if ks > 0 and is_word_char(key[ks - 1]):
            continue
        if ke < n and is_word_char(key[ke]):
            ok = False
            for suf in _SUFFIXES:
                if len(suf) == 1 and len(pattern) < 4:
                    continue
                if key.startswith(suf, ke) and (ke + len(suf) == n or not is_word_char(key[ke + len(suf)])):
                    ok = True
                    break
            if not ok:
                continue
        for idx in idxs:
            hits.append(Hit(ks, ke, kb.items[idx]))
    return hits


class Grammar:
    """Composition over the hits of one document."""

    def __init__(self, kb: KnowledgeBase, key: str, hits: list[Hit]) -> None:
        self.kb = kb
        self.key = key
        self.by_start: dict[int, list[Hit]] = {}
        for h in hits:
            self.by_start.setdefault(h.ks, []).append(h)
        for lst in self.by_start.values():
            lst.sort(key=lambda h: h.ke - h.ks, reverse=True)
        self.hits = hits

    def next_token(self, pos: int) -> int:
        return pos + 1 if pos < len(self.key) and self.key[pos] == " " else pos

    def skip_modifiers(self, pos: int) -> int:
        """Position after ``pos``'s following space and any «جدید»/«سابق»-type words."""
        p = self.next_token(pos)
        while True:
            mods = [h for h in self.by_start.get(p, []) if h.item.kind == "cue:role_modifiers"]
            if not mods:
                return p
            p = self.next_token(mods[0].ke)

    def starting(self, pos: int, kinds: tuple[str, ...]) -> list[Hit]:
        return [h for h in self.by_start.get(pos, []) if h.item.kind in kinds]

    def country_at(self, pos: int, allow_cue_demonym: bool = True) -> Cand | None:
        kinds = _COUNTRY_LIKE if allow_cue_demonym else ("country", "demonym")
        for h in self.starting(pos, (*kinds, "cue:country_anaphors")):
            if h.item.kind == "cue:country_anaphors":
                return Cand(h.ks, h.ke, "coref", h.item, sub="country")
            return Cand(h.ks, h.ke, "demonym" if "demonym" in h.item.kind else "country", h.item,
                        country=h.item.country)
        return None

    def governing_group_at(self, pos: int) -> Cand | None:
        """A group that runs a state's institutions («وزارت داخله طالبان»): the name, with that state."""
        for h in self.starting(pos, ("org",)):
            governs = (self.kb.organizations.get(h.item.key.split(":", 1)[1]) or {}).get("governs")
            if governs:
                return Cand(h.ks, h.ke, "name", h.item, country=governs)
        return None

    def armed_group_at(self, pos: int) -> Hit | None:
        """An armed group's name at ``pos`` («طالبان», «حزب‌الله», «انصارالله»)."""
        for h in self.starting(pos, ("org",)):
            if h.item.org_kind == "armed_group":
                return h
        return None

    def word_at(self, pos: int, word: str) -> int | None:
        end = pos + len(word)
        if self.key.startswith(word, pos) and (end == len(self.key) or not is_word_char(self.key[end])):
            return end
        return None

    # --- grammar rules -------------------------------------------------------------------------
    def institutions(self) -> list[Cand]:
        out = []
        for h in self.hits:
            if h.item.kind != "inst":
                continue
            p = self.skip_modifiers(h.ke)
            group = self.armed_group_at(p) if (self.kb.institutions.get(h.item.code) or {}).get(
                "forces_of_group") else None
            if group is not None:
                # «نیروهای طالبان»: the group's fighters are the group (its name is the mention, as
                # for «نیروهای حزب‌الله»), not the armed forces of the state the group runs
                continue
            c = self.country_at(p) or self.governing_group_at(p)
            if c is not None:
                out.append(Cand(h.ks, c.ke, "institution", h.item, prio=3, code=h.item.key.split(":", 1)[1],
                                country=c.country, anaphor=c if c.kind == "coref" else None, inner=[c],
                                head_len=h.ke - h.ks))
        return out

    def offices(self, institutions: list[Cand]) -> list[Cand]:
        inst_at: dict[int, list[Cand]] = {}
        for c in institutions:
            inst_at.setdefault(c.ks, []).append(c)
        out: list[Cand] = []
        for h in self.hits:
            if h.item.kind == "role":
                out.extend(self._office(h, inst_at))
            elif h.item.kind == "role_plural":
                out.extend(self._plural_office(h))
        return out

    def _office(self, h: Hit, inst_at: dict[int, list[Cand]]) -> list[Cand]:
        role = self.kb.roles.get(h.item.code, {})
        code = h.item.code
        p = self.skip_modifiers(h.ke)
        out = []
        for inst in sorted(inst_at.get(p, []), key=lambda c: c.ke - c.ks, reverse=True)[:1]:
            sub_code = (role.get("with_institution") or {}).get(inst.code, f"{code}:{inst.code}")
            out.append(Cand(h.ks, inst.ke, "role", h.item, prio=5, code=sub_code, country=inst.country,
                            anaphor=inst.anaphor, inner=[inst], head_len=h.ke - h.ks))
        if not role.get("needs_institution"):
            c = self.country_at(p)
            if c is not None and role.get("after"):
                out.extend(self._office_with_tail(h, c, role["after"]))
            elif c is not None:
                out.append(Cand(h.ks, c.ke, "role", h.item, prio=5, code=code, country=c.country,
                                anaphor=c if c.kind == "coref" else None, inner=[c], head_len=h.ke - h.ks))
        for o in self.starting(p, ("org", "metonym")):
            if o.item.kind == "metonym" or o.item.org_kind in ("igo", "armed_group", "political", "military", "humanitarian"):
                rec = self.kb.organizations.get(o.item.key.split(":", 1)[1]) or {}
                if role.get("needs_institution") and rec.get("no_generic_offices") and code not in (
                        rec.get("offices") or {}):
                    break  # «رئیس شورای امنیت»: a rotating chair, not a standing office of the body
                inner = Cand(o.ks, o.ke, "metonym" if o.item.kind == "metonym" else "name", o.item)
                org = "" if o.item.kind == "metonym" else o.item.key.split(":", 1)[1]
                rec = self.kb.organizations.get(org) or {}
                # an IGO's offices carry the IGO's own code (IAEA), a group's the country it acts in
                country = rec.get("office_country") or o.item.country
                out.append(Cand(h.ks, o.ke, "role", h.item, prio=5, code=code, country=country, org=org,
                                inner=[inner], head_len=h.ke - h.ks))
                break
        if role.get("topic_after"):
            out = [t for c in out for t in self._with_topic(c, role["topic_after"])]
        if role.get("country"):  # the phrase names its own organization («رئیس شورای اتحادیه اروپا»)
            inner = [Cand(o.ks, o.ke, "name", o.item) for o in self.hits
                     if o.item.kind == "org" and h.ks <= o.ks and o.ke <= h.ke]
            inner.sort(key=lambda c: c.ks - c.ke)  # the longest organization named inside
            out.append(Cand(h.ks, h.ke, "role", h.item, prio=6, code=code, country=role["country"],
                            inner=inner[:1], head_len=h.ke - h.ks))
        return out

    def _office_with_tail(self, h: Hit, c: Cand, tails: list[str]) -> list[Cand]:
        """«نماینده دائم روسیه در سازمان ملل»: an office that is one only with the body it is held at
        after the country (roles.yaml ``after``); the body, if an actor, is nested."""
        q = self.next_token(c.ke)
        for tail in sorted((fold(t) for t in tails), key=len, reverse=True):
            end = self.word_at(q, tail)
            if end is None:
                continue
            bodies = [Cand(o.ks, o.ke, "name", o.item) for o in self.hits
                      if o.item.kind == "org" and q <= o.ks and o.ke <= end]
            bodies.sort(key=lambda b: b.ks - b.ke)  # the longest body named in the tail
            return [Cand(h.ks, end, "role", h.item, prio=5, code=h.item.code, country=c.country,
                         anaphor=c if c.kind == "coref" else None, inner=[c, *bodies[:1]],
                         head_len=h.ke - h.ks)]
        return []

    def _with_topic(self, c: Cand, tails: list[str]) -> list[Cand]:
        """«نماینده ویژه آمریکا در امور افغانستان»: an envoy's office is one per topic country
        (roles.yaml ``topic_after``), coded "<code>:<topic>" so that holders are looked up per topic;
        the topic country is nested (it is an actor the text names). Without a topic the plain
        office stays (the longer, topical mention wins the selection where there is one)."""
        q = self.next_token(c.ke)
        for tail in sorted((fold(t) for t in tails), key=len, reverse=True):
            end = self.word_at(q, tail)
            if end is None:
                continue
            topic = self.country_at(self.next_token(end), allow_cue_demonym=False)
            if topic is None or topic.kind == "coref" or not topic.country or topic.country == c.country:
                continue
            return [c, Cand(c.ks, topic.ke, "role", c.item, prio=c.prio, code=f"{c.code}:{topic.country}",
                            country=c.country, org=c.org, anaphor=c.anaphor, inner=[*c.inner, topic],
                            head_len=c.head_len)]
        return [c]

    def _plural_office(self, h: Hit) -> list[Cand]:
        p = self.skip_modifiers(h.ke)
        first = self.country_at(p, allow_cue_demonym=False)
        if first is None:
            pair = self.starting(p, ("cue:pair_anaphors", "cue:country_pair_anaphors"))
            if pair:
                return [Cand(h.ks, pair[0].ke, "role", h.item, prio=5, code=h.item.code, sub="plural",
                             anaphor=Cand(pair[0].ks, pair[0].ke, "coref", pair[0].item, sub="pair"),
                             head_len=h.ke - h.ks)]
            return []
        parts = [first]
        end = first.ke
        while True:
            q = self.next_token(end)
            nxt = None
            for sep in ("و", "،", ","):
                e = self.word_at(q, sep) if sep == "و" else (q + 1 if self.key.startswith(sep, q) else None)
                if e is not None:
                    nxt = self.country_at(self.next_token(e), allow_cue_demonym=False)
                    if nxt is not None:
                        break
            if nxt is None:
                break
            parts.append(nxt)
            end = nxt.ke
        if len(parts) < 2:
            return [Cand(h.ks, first.ke, "role", h.item, prio=5, code=h.item.code, country=first.country,
                         inner=[first], head_len=h.ke - h.ks)]
        return [Cand(h.ks, end, "role", h.item, prio=5, code=h.item.code, sub="plural",
                     countries=[c.country for c in parts], inner=parts, head_len=h.ke - h.ks)]

    def coordinated_offices(self, offices: list[Cand]) -> list[Cand]:
        """«رئیس ستاد مشترک نیروهای مسلح و معاون اول وزیر دفاع روسیه»: the first office shares the country."""
        composed_at = {}
        for c in offices:
            if c.sub != "plural" and c.country:
                composed_at.setdefault(c.ks, c)
        out = []
        for h in self.hits:
            if h.item.kind != "role" or self.kb.roles.get(h.item.code, {}).get("needs_institution"):
                continue
            e = self.word_at(self.next_token(h.ke), "و")
            if e is None:
                continue
            second = composed_at.get(self.next_token(e))
            if second is not None:
                out.append(Cand(h.ks, h.ke, "role", h.item, prio=4, code=h.item.code, country=second.country,
                                anaphor=second.anaphor, head_len=h.ke - h.ks))
        return out

    def corefs(self) -> list[Cand]:
        out = []
        for h in self.hits:
            kind = h.item.kind
            if kind == "cue:person_pronouns":
                out.append(Cand(h.ks, h.ke, "coref", h.item, prio=1, sub="pronoun"))
            elif kind == "cue:country_anaphors":
                out.append(Cand(h.ks, h.ke, "coref", h.item, prio=1, sub="country"))
            elif kind in ("cue:pair_anaphors", "cue:country_pair_anaphors"):
                out.append(Cand(h.ks, h.ke, "coref", h.item, prio=1, sub="pair",
                                code="countries" if kind == "cue:country_pair_anaphors" else ""))
            elif kind in ("cue:side_words", "cue:counterpart_words"):
                p = self.next_token(h.ke)
                dem = self.starting(p, ("demonym", "cue_demonym") if kind == "cue:side_words" else _COUNTRY_LIKE)
                sub = "side" if kind == "cue:side_words" else "counterpart"
                if dem:
                    end = dem[0].ke
                    own = self.word_at(self.next_token(end), "خود")
                    if sub == "counterpart" and own is not None:
                        end = own
                    out.append(Cand(h.ks, end, "coref", h.item, prio=2, sub=sub, country=dem[0].item.country))
                elif sub == "counterpart":
                    own = self.word_at(p, "خود")
                    if own is not None:
                        out.append(Cand(h.ks, own, "coref", h.item, prio=2, sub=sub))
        return out

    def names(self) -> list[Cand]:
        out = []
        kinds = {"country": "country", "demonym": "demonym", "capital": "metonym", "metonym": "metonym",
                 "place": "name", "org": "name", "person": "name"}
        for h in self.hits:
            kind = kinds.get(h.item.kind)
            if kind is None:
                continue
            m = _YEAR_TAIL.match(self.key, h.ke)
            if m and h.item.kind in ("place", "org", "country"):  # «قفقاز-۲۰۲۰» is an exercise, not the region
                out.append(Cand(h.ks, m.end(), "event", h.item, prio=4))
                continue
            prio = 2 if h.item.kind in ("person", "org", "place") else 1
            out.append(Cand(h.ks, h.ke, kind, h.item, prio=prio))
        return out

    def candidates(self) -> list[Cand]:
        inst = self.institutions()
        offices = self.offices(inst)
        return [*self.names(), *inst, *offices, *self.coordinated_offices(offices), *self.corefs()]


def select(cands: list[Cand]) -> list[Cand]:
    """Longest match wins; on equal length the more specific kind, then the longer office phrase."""
    chosen: list[Cand] = []
    # one byte per key character: an overlap test is a C-level find, not a scan of all taken spans
    taken = bytearray(max((c.ke for c in cands), default=0))
    for c in sorted(cands, key=lambda c: (-(c.ke - c.ks), -c.prio, -c.head_len, c.ks)):
        if taken.find(1, c.ks, c.ke) != -1:
            continue
        chosen.append(c)
        taken[c.ks:c.ke] = b"\x01" * (c.ke - c.ks)
    chosen.sort(key=lambda c: c.ks)
    return chosen


def tokens_between(key: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + start, m.end() + start) for m in _TOKEN.finditer(key[start:end])]

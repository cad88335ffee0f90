"""The actor knowledge base: every YAML file under rasad/data/actors/, one automaton.

Each surface form of each entry (country, demonym, capital, place, organization,
person, office phrase, institution, cue word) becomes a pattern of one Aho-Corasick
automaton over matching keys (see keys.py), so one pass over a document finds them all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from rasad.actors.keys import fold, spelling_variants

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"


@dataclass(frozen=True)
class Item:
    """One knowledge-base entry as the matcher sees it (shared by all its forms)."""

    kind: str  # country demonym cue_demonym capital metonym place org person role role_plural inst cue:*
    key: str  # entity key ("cty:RUS", "per:sergei_shoigu", "role:minister_defence", ...)
    name: str  # canonical Persian name
    name_en: str | None = None
    type: str = ""  # PER ORG GPE LOC FAC EVT
    country: str | None = None
    wikidata: str | None = None
    code: str = ""  # office / institution code; cue words: the cue list name
    org_kind: str = ""  # organizations: igo, media, event, ...
    org: str = ""  # persons: the group they belong to (organizations.yaml key), if any


@dataclass(frozen=True)
class Office:
    role: str
    country: str | None
    start: dt.date | None
    end: dt.date | None
    org: str | None = None  # a rival authority's office (Houthi president in Sanaa): keyed by the org


def org_holder_key(org: str) -> str:
    """The second half of a holders key for offices of an organization (not of a state)."""
    return f"org:{org}"


@dataclass
class KnowledgeBase:
    items: list[Item]
    automaton: Any  # ahocorasick.Automaton: key -> tuple of item indexes
    countries: dict[str, Item]  # alpha-3 / IGO code -> country item
    roles: dict[str, dict[str, Any]]  # code -> yaml record
    institutions: dict[str, dict[str, Any]]
    offices: dict[str, list[Office]]  # person key -> offices
    # (office, country) -> holders of a state's (or IGO's) office; (office, "org:<key>") -> holders of
    # an office inside an organization or rival authority, so they never compete with the state's own
    holders: dict[tuple[str, str | None], list[tuple[Office, Item]]]
    people: dict[str, Item]
    cues: dict[str, list[str]]
    first_names: frozenset[str]
    common_words: frozenset[str]
    forms: dict[str, list[str]] = field(default_factory=dict)  # entity key -> Persian forms
    name_stopwords: frozenset[str] = frozenset()  # folded cues.yaml name_stopwords (folded once, not per doc)
    head_words: frozenset[str] = frozenset()  # folded cues.yaml org/place head words (NER spans)
    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)  # org key -> yaml record
    office_vocabulary: dict[str, dict[str, Any]] = field(default_factory=dict)  # office code -> record
    # ambiguous.yaml, folded: names that are also common words, and the words that cue them
    ambiguous_forms: frozenset[str] = frozenset()
    ambiguous_cues_before: frozenset[str] = frozenset()
    ambiguous_cues_after: frozenset[str] = frozenset()
    # folded form -> (cues before, cues after) that hold for that form only («مقامات کیف»)
    ambiguous_form_cues: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # folded names (two words or more) of news outlets: words inside them («عصر ایران») are no actors
    outlet_names: frozenset[str] = frozenset()
    # roles.yaml home_offices: folded phrase -> office code; the home country; Tehran UTC offsets
    home_offices: dict[str, str] = field(default_factory=dict)
    home_country: str = ""
    home_offsets: tuple[str, ...] = ()
    # ambiguous.yaml veto_after: a word right after an ambiguous form that rules the place out («خود»)
    ambiguous_veto_after: frozenset[str] = frozenset()
    # folded cues.yaml facility_heads: a person's name right after one is part of a facility's name
    facility_heads: frozenset[str] = frozenset()

    def multi_holder(self, office: str, country: str | None) -> bool:
        """Several people hold ``office`` of ``country`` at once (China's MFA spokespeople)."""
        return country in ((self.office_vocabulary.get(office) or {}).get("multi_holder") or [])

    def office_of_role(self, code: str) -> tuple[str, str | None]:
        """The people-data office a phrase code stands for, and the fixed country (IGO) it names.

        «پادشاه» (king) and «امیر» (emir) are both the office ``monarch``; «دبیرکل ناتو» is
        ``secretary_general`` of NATO. Composed codes («head:embassy») stand for themselves.
        """
        rec = self.roles.get(code) or {}
        return str(rec.get("office") or code), rec.get("country")

    def role_for_office(self, office: str) -> str | None:
        """The first phrase code that resolves to a people-data office (to name an unheld office)."""
        found = [code for code, rec in self.roles.items()
                 if (rec.get("office") or code) == office and not rec.get("needs_institution")]
        found.sort(key=lambda code: bool(self.roles[code].get("country")))  # a country-free phrase first
        return found[0] if found else None


def _load(name: str) -> Any:
    path = DATA_DIR / name
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def load_people(paths: list[Path]) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        people.extend(p for p in data if isinstance(p, dict) and p.get("key"))
    return people


def _common_words() -> frozenset[str]:
    """Frequent Persian words (hazm's word list): a name candidate made only of these is not a name."""
    try:
        import hazm

        path = Path(hazm.__file__).parent / "data" / "words.dat"
        words = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= 1000:
                words.add(fold(parts[0]))
        return frozenset(words)
    except (ImportError, OSError):
        return frozenset()


def _outlet_names() -> frozenset[str]:
    """Multi-word outlet names and aliases from the meta stage's outlet list (one-word names such as
    «ایران» the newspaper are also actors' names, so only longer ones are masked)."""
    path = DATA_DIR.parent / "meta" / "outlets.yaml"
    if not path.exists():
        return frozenset()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    names: set[str] = set()
    for row in data.get("outlets") or []:
        for name in [row.get("name") or "", *(row.get("aliases") or [])]:
            folded = fold(str(name))
            if len(folded.split()) >= 2:
                names.add(folded)
    return frozenset(names)


def _form_cues(ambiguous: dict[str, Any]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for form, cues in (ambiguous.get("form_cues") or {}).items():
        cues = cues or {}
        out[fold(str(form))] = (frozenset(fold(w) for w in cues.get("before") or []),
                                frozenset(fold(w) for w in cues.get("after") or []))
    return out


_ARTICLE = "ال"


def article_variants(form: str) -> list[str]:
    """The same Arab name with the article «ال» dropped from, or added to, its last word
    («محمد شیاع السودانی» <-> «محمد شیاع سودانی», «بشار اسد» <-> «بشار الاسد»): Persian news writes
    both. Only a later word of a name of two words or more: a one-word «سودانی» or «اسد» is also a
    common word or a demonym, and a first name («الهام») is no article."""
    words = form.split()
    if len(words) < 2:
        return []
    last = words[-1]
    if last.startswith(_ARTICLE) and len(last) >= len(_ARTICLE) + 3:
        bare = last[len(_ARTICLE):]
    elif not last.startswith(_ARTICLE) and len(last) >= 3:
        bare = _ARTICLE + last
    else:
        return []
    return [" ".join([*words[:-1], bare])]


def build_kb(people_records: list[dict[str, Any]] | None = None) -> KnowledgeBase:
    """Build the knowledge base; ``people_records`` replaces the people/*.yaml files (tests)."""
    items: list[Item] = []
    patterns: dict[str, list[int]] = {}
    forms: dict[str, list[str]] = {}

    def add(item: Item, surface_forms: list[str]) -> None:
        idx = len(items)
        items.append(item)
        for form in surface_forms:
            if not form:
                continue
            forms.setdefault(item.key, []).append(form)
            for variant in spelling_variants(str(form)):
                bucket = patterns.setdefault(variant, [])
                if idx not in bucket:
                    bucket.append(idx)

    # countries: generated CLDR list + reviewed extras
    extra: dict[str, Any] = _load("countries_extra.yaml") or {}
    countries: dict[str, Item] = {}
    country_rows = list(_load("countries.yaml") or [])
    capitals: dict[str, Any] = _load("capitals.yaml") or {}
    for code, info in extra.items():
        if info.get("new"):
            country_rows.append({"alpha3": code, "name_fa": info["name_fa"], "name_en": info["name_en"]})
    for row in country_rows:
        code = row["alpha3"]
        info = extra.get(code) or {}
        name = info.get("name_fa") or row["name_fa"]
        item = Item("country", f"cty:{code}", name, info.get("name_en") or row["name_en"], "GPE", code,
                    info.get("wikidata"))
        countries[code] = item
        add(item, [row["name_fa"], name, *(info.get("variants") or [])])
        if info.get("demonyms"):
            add(Item("demonym", item.key, name, item.name_en, "GPE", code, item.wikidata), info["demonyms"])
        if info.get("cue_demonyms"):
            add(Item("cue_demonym", item.key, name, item.name_en, "GPE", code, item.wikidata),
                info["cue_demonyms"])
        cap = info.get("capital") or capitals.get(code)
        if cap:
            add(Item("capital", f"cap:{code}", cap["fa"][0], cap.get("en"), "GPE", code, cap.get("wikidata")),
                cap["fa"])
        for met in info.get("metonyms") or []:
            add(Item("metonym", f"met:{met['key']}", met["fa"][-1], met.get("en"), met.get("type", "ORG"), code,
                     met.get("wikidata")), met["fa"])

    for row in _load("places.yaml") or []:
        add(Item("place", f"plc:{row['key']}", row["fa"][0], row.get("en"), row.get("type", "LOC"),
                 row.get("country"), row.get("wikidata")), row["fa"])
    organizations: dict[str, dict[str, Any]] = {}
    for row in _load("organizations.yaml") or []:
        organizations[row["key"]] = row
        add(Item("org", f"org:{row['key']}", row["fa"][0], row.get("en"), row.get("type", "ORG"),
                 row.get("country"), row.get("wikidata"), org_kind=row.get("kind", "")), row["fa"])

    roles_data = _load("roles.yaml") or {}
    roles = {r["code"]: r for r in roles_data.get("roles") or []}
    institutions = {r["code"]: r for r in roles_data.get("institutions") or []}
    for code, r in roles.items():
        add(Item("role", f"role:{code}", r.get("name_fa") or (r["fa"] or [code])[0], r.get("en"), "PER", r.get("country"), code=code), r["fa"])
        if r.get("plural"):
            add(Item("role_plural", f"role:{code}", (r["fa"] or [code])[0], r.get("en"), "PER", r.get("country"), code=code),
                r["plural"])
    for code, r in institutions.items():
        add(Item("inst", f"inst:{r.get('same_as', code)}", r["fa"][0], r.get("en"), r.get("type", "ORG"),
                 code=code), r["fa"])

    cues: dict[str, list[str]] = _load("cues.yaml") or {}
    for name in ("honorifics", "role_modifiers", "person_pronouns", "country_anaphors", "pair_anaphors", "country_pair_anaphors",
                 "side_words", "counterpart_words", "attribution_cues", "group_anaphors", "org_short_forms",
                 "armed_collectives"):
        add(Item(f"cue:{name}", f"cue:{name}", name, code=name), cues.get(name) or [])
    # a first-person country word is a country anaphor whose country the actor stage decides
    add(Item("cue:country_anaphors", "cue:first_person_country", "first_person_country", code="first_person_country"),
        cues.get("first_person_country") or [])

    # people
    article_countries = frozenset(cues.get("arabic_article_countries") or [])
    if people_records is None:
        people_records = load_people(sorted((DATA_DIR / "people").glob("*.yaml")))
    offices: dict[str, list[Office]] = {}
    holders: dict[tuple[str, str | None], list[tuple[Office, Item]]] = {}
    people: dict[str, Item] = {}
    for p in people_records:
        key = f"per:{p['key']}"
        item = Item("person", key, p.get("name_fa") or p["key"], p.get("name_en"), p.get("type") or "PER",
                    p.get("country"), p.get("wikidata"), org=p.get("org") or "")
        people[key] = item
        person_forms = [p.get("name_fa") or "", *(p.get("aliases_fa") or [])]
        if p.get("country") in article_countries:
            person_forms += [v for f in person_forms for v in article_variants(f)]
        add(item, person_forms)
        for o in p.get("offices") or []:
            # an envoy's office is one per topic country: keyed "special_envoy:AFG" like the grammar's code
            role = f"{o['role']}:{o['topic']}" if o.get("topic") else str(o.get("role"))
            office = Office(role, o.get("country") or p.get("country"), _date(o.get("start")),
                            _date(o.get("end")), o.get("org") or None)
            offices.setdefault(key, []).append(office)
            where = org_holder_key(office.org) if office.org else office.country
            holders.setdefault((office.role, where), []).append((office, item))

    automaton = ahocorasick.Automaton()
    for pattern, idxs in patterns.items():
        automaton.add_word(pattern, (pattern, tuple(idxs)))
    automaton.make_automaton()

    first = _load("first_names.yaml") or []
    ambiguous: dict[str, Any] = _load("ambiguous.yaml") or {}
    home: dict[str, Any] = roles_data.get("home_offices") or {}
    return KnowledgeBase(items, automaton, countries, roles, institutions, offices, holders, people,
                         {k: list(v or []) for k, v in cues.items()},
                         frozenset(fold(n) for n in first), _common_words(), forms,
                         frozenset(fold(w) for w in cues.get("name_stopwords") or []),
                         frozenset(fold(w) for w in cues.get("ner_head_words") or []),
                         organizations, {r["code"]: r for r in roles_data.get("offices") or []},
                         frozenset(fold(w) for w in ambiguous.get("forms") or []),
                         frozenset(fold(w) for w in ambiguous.get("cue_before") or []),
                         frozenset(fold(w) for w in ambiguous.get("cue_after") or []),
                         _form_cues(ambiguous),
                         _outlet_names(),
                         {fold(k): str(v) for k, v in (home.get("phrases") or {}).items()},
                         str(home.get("country") or ""), tuple(home.get("utc_offsets") or ()),
                         frozenset(fold(w) for w in ambiguous.get("veto_after") or []),
                         frozenset(fold(w) for w in cues.get("facility_heads") or []))


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    return build_kb()

"""Link mentions to entities: offices to their holders, pronouns to their antecedents.

Group mentions («دو طرف», «وزیران خارجه روسیه و آذربایجان») get an entity id made of the
member ids joined by "+" ("e1+e2"); each member is an ordinary entity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasad.actors.kb import KnowledgeBase, org_holder_key
from rasad.actors.recognize import Cand


@dataclass
class EntityInfo:
    key: str
    name: str
    name_en: str | None
    type: str
    country: str | None
    wikidata: str | None = None


def join_name(head: str, tail: str) -> str:
    """«رئیس جمهوری» + «جمهوری آذربایجان» -> «رئیس جمهوری آذربایجان» (no doubled word)."""
    h, t = head.split(), tail.split()
    if h and t and h[-1] == t[0]:
        t = t[1:]
    return " ".join(h + t)


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10 or value[4] != "-":
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class Linker:
    def __init__(self, kb: KnowledgeBase, text_of: callable, sentence_of: callable,  # type: ignore[valid-type]
                 date_of: callable) -> None:  # type: ignore[valid-type]
        self.kb = kb
        self.text_of = text_of  # Cand -> surface text
        self.sentence_of = sentence_of  # key offset -> sentence index
        self.date_of = date_of  # key offset -> date or None
        self.info: dict[str, EntityInfo] = {}
        self.local_roles: dict[tuple[str, str | None], str] = {}  # office -> person key named in this doc
        self.person_roles: dict[str, tuple[str, str | None]] = {}  # person key -> office seen in this doc

    # --- entity records --------------------------------------------------------------------------
    def country_name(self, code: str | None) -> tuple[str, str]:
        item = self.kb.countries.get(code or "")
        if item is not None:
            return item.name, item.name_en or code or ""
        for key, rec in self.kb.organizations.items():  # an IGO standing as the «country» of an office
            if rec.get("kind") == "igo" and code in (rec.get("office_country"), rec.get("country")):
                return self.org_name(key)
        return code or "", code or ""

    def org_name(self, org: str) -> tuple[str, str]:
        """Persian name and English name as it reads in an office title ("Leader of the Houthis")."""
        rec = self.kb.organizations.get(org) or {}
        en = str(rec.get("en") or org)
        title = rec.get("en_title") or (f"the {en}" if len(en.split()) >= 2 else en)
        return (rec.get("fa") or [org])[0], title

    def entity_of_item(self, c: Cand) -> str:
        it = c.item
        assert it is not None
        if it.key not in self.info:
            if it.kind in ("country", "demonym", "cue_demonym"):
                country = self.kb.countries[it.country or ""]
                self.info[it.key] = EntityInfo(it.key, country.name, country.name_en, "GPE", it.country,
                                               country.wikidata)
            else:
                self.info[it.key] = EntityInfo(it.key, it.name, it.name_en, it.type or "ORG", it.country,
                                               it.wikidata)
        return it.key

    def entity_of_event(self, c: Cand) -> str:
        text = self.text_of(c)
        key = f"evt:{text}"
        year = text.rsplit("-", 1)[-1].translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
        en = f"{c.item.name_en}-{year}" if c.item and c.item.name_en else None
        self.info.setdefault(key, EntityInfo(key, text, en, "EVT", c.item.country if c.item else None))
        return key

    def entity_of_institution(self, c: Cand) -> str | None:
        if not c.country:
            return None
        code = c.code
        rec = self.kb.institutions.get(code) or self.kb.institutions.get(c.item.code if c.item else "") or {}
        key = f"inst:{code}:{c.country}"
        if key not in self.info:
            fa_country, en_country = self.country_name(c.country)
            name_en = (rec.get("en_by_country") or {}).get(c.country) or (rec.get("en") or "{country}").format(
                country=en_country)
            head = rec.get("fa", [code])[0] if code != "armed_forces" else "نیروهای مسلح"
            self.info[key] = EntityInfo(key, join_name(head, fa_country), name_en, rec.get("type", "ORG"), c.country)
        return key

    def entity_of_role(self, code: str, country: str | None, org: str = "") -> str:
        """An office nobody is known to hold, as an actor of its own («وزیر دفاع روسیه» on no date)."""
        if org:
            return self._entity_of_org_role(code, country, org)
        fixed = (self.kb.roles.get(code) or {}).get("country")
        if (code not in self.kb.roles or (fixed and fixed != country)) and self.kb.role_for_office(code):
            code = self.kb.role_for_office(code) or code  # a people-data office code, or another country's
        key = f"role:{code}:{country}"
        if key not in self.info:
            rec = self.kb.roles.get(code) or self.kb.roles.get(code.split(":")[0]) or {}
            fa_country, en_country = self.country_name(country)
            head = rec.get("name_fa") or (rec.get("fa") or [code])[0]
            name_en = (rec.get("en") or "{country}").format(country=en_country)
            topic = code.split(":", 1)[1] if ":" in code else ""
            if topic in self.kb.countries and rec.get("en_topic"):  # «نماینده ویژه آمریکا در امور افغانستان»
                name_en = str(rec["en_topic"]).format(country=en_country, topic=self.kb.countries[topic].name_en)
            name = head if rec.get("country") else join_name(head, fa_country)
            self.info[key] = EntityInfo(key, name, name_en, "PER", country)
        return key

    def _entity_of_org_role(self, code: str, country: str | None, org: str) -> str:
        mapped = ((self.kb.organizations.get(org) or {}).get("offices") or {}).get(code)
        if mapped and mapped in self.kb.roles:  # «فرمانده سپاه»: a named state office (irgc_commander)
            return self.entity_of_role(mapped, self.kb.roles[mapped].get("country") or country)
        key = f"role:{code}:{org_holder_key(org)}"
        if key not in self.info:
            rec = self.kb.roles.get(code) or {}
            fa_org, en_org = self.org_name(org)
            head = rec.get("name_fa") or (rec.get("fa") or [code])[0]
            name_en = (rec.get("en") or "{country}").format(country=en_org)
            self.info[key] = EntityInfo(key, join_name(head, fa_org), name_en, "PER", country)
        return key

    def entity_of_person_item(self, key: str) -> str:
        if key not in self.info:
            it = self.kb.people[key]
            self.info[key] = EntityInfo(key, it.name, it.name_en, "PER", it.country, it.wikidata)
        return key

    def entity_of_discovered(self, name: str, country: str | None, type_: str = "PER") -> str:
        key = f"disc:{name}" if type_ == "PER" else f"disc:{type_}:{name}"
        if key not in self.info:
            self.info[key] = EntityInfo(key, name, None, type_, country)
        elif country and not self.info[key].country:
            self.info[key].country = country
        return key

    # --- offices -----------------------------------------------------------------------------------
    def office_key(self, code: str, country: str | None, org: str = "") -> tuple[str, str | None]:
        """The holders key of a phrase code: (people-data office, country | IGO | "org:<key>").

        A group's office («دبیرکل حزب‌الله», the Houthi president) is keyed by the group, so it
        never competes with the state's own office («رئیس جمهور یمن»); an IGO's by the IGO's code;
        an office the organization names explicitly (``offices:`` in organizations.yaml, e.g. the
        IRGC commander) is a state office of the organization's country.
        """
        office, fixed = self.kb.office_of_role(code)
        if not org:
            return office, fixed or country
        rec = self.kb.organizations.get(org) or {}
        mapped = (rec.get("offices") or {}).get(code)
        if mapped:
            return mapped, (self.kb.roles.get(mapped) or {}).get("country") or country
        if rec.get("kind") == "igo":
            return office, country
        return office, org_holder_key(org)

    def remember_holder(self, c: Cand, person_key: str) -> None:
        """An apposition («X، وزیر دفاع روسیه») shows who holds the office in this document."""
        where = self.office_key(c.code, c.country, c.org)
        self.local_roles.setdefault(where, person_key)
        self.person_roles.setdefault(person_key, (c.code, c.country))

    def holder(self, code: str, country: str | None, pos: int, org: str = "") -> str | None:
        """The person holding ``code`` for ``country`` (or ``org``), as named in the document, else
        the one the people data give for the clause's date."""
        where = self.office_key(code, country, org)
        local = self.local_roles.get(where)
        if local:
            return local
        day = self.date_of(pos)
        if day is None or self.kb.multi_holder(*where):
            return None
        cands = list(self.kb.holders.get(where, []))
        if where[1] == org_holder_key(org) and org:
            # a group's leader whose office the data record under the state (the Taliban since 2021)
            rec = self.kb.organizations.get(org) or {}
            cands += [h for h in self.kb.holders.get((where[0], rec.get("country")), []) if h[1].org == org]
        for office, person in cands:
            if (office.start is None or office.start <= day) and (office.end is None or day <= office.end):
                return self.entity_of_person_item(person.key)
        return None

    def resolve_role(self, c: Cand) -> str:
        """A single office mention: its holder, else the office itself as an actor."""
        found = self.holder(c.code, c.country, c.ks, c.org)
        if found:
            return found
        office, where = self.office_key(c.code, c.country, c.org)
        if self.kb.multi_holder(office, where):
            # no one person is «the» spokesperson: the institution speaks («سخنگوی وزارت خارجه چین»)
            inst = next((x for x in c.inner if x.kind == "institution"), None)
            key = self.entity_of_institution(inst) if inst is not None else None
            if key:
                return key
        igo = (self.kb.organizations.get(c.org) or {}).get("kind") == "igo"
        if (not c.org or igo) and (self.kb.roles.get(c.code.split(":")[0]) or {}).get("unheld") == "country":
            # «سفیر ایران در کی‌یف», «نماینده ویژه آمریکا» with no holder: the country (or IGO) acts
            found = self.entity_of_state(c.country, c.org)
            if found:
                return found
        return self.entity_of_role(c.code, c.country, c.org)

    def entity_of_state(self, code: str | None, org: str = "") -> str | None:
        """The entity of a country code, or of the IGO ``org`` (else the first IGO the code names)."""
        if org and org in self.kb.organizations:
            rec = self.kb.organizations[org]
            key = f"org:{org}"
            self.info.setdefault(key, EntityInfo(key, (rec.get("fa") or [org])[0], rec.get("en"),
                                                 rec.get("type", "ORG"), rec.get("country"), rec.get("wikidata")))
            return key
        item = self.kb.countries.get(code or "")
        if item is not None:
            self.info.setdefault(item.key, EntityInfo(item.key, item.name, item.name_en, "GPE", item.country,
                                                      item.wikidata))
            return item.key
        for org, rec in self.kb.organizations.items():
            if rec.get("kind") == "igo" and code and code in (rec.get("office_country"), rec.get("country")):
                key = f"org:{org}"
                self.info.setdefault(key, EntityInfo(key, (rec.get("fa") or [org])[0], rec.get("en"),
                                                     rec.get("type", "ORG"), code, rec.get("wikidata")))
                return key
        return None

    def person_country(self, key: str) -> str | None:
        info = self.info.get(key)
        return info.country if info else None

    def is_person(self, key: str) -> bool:
        info = self.info.get(key)
        return bool(info and info.type == "PER")

    def office_of(self, key: str, pos: int) -> tuple[str, str | None] | None:
        if key in self.person_roles:
            return self.person_roles[key]
        if key.startswith("role:"):
            _, code, country = key.split(":", 2)
            return code, country
        day = self.date_of(pos)
        for office in self.kb.offices.get(key, []):
            if day is None or ((office.start is None or office.start <= day)
                               and (office.end is None or day <= office.end)):
                return office.role, office.country
        return None

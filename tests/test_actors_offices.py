"""Office phrases resolve to people-data offices: one vocabulary, rival authorities, offices of groups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from rasad.actors import annotate_actors
from rasad.actors.kb import DATA_DIR, KnowledgeBase, build_kb, load_people
from rasad.document import Document, Entity


def _office(role: str, country: str, start: str, end: str | None = None, org: str | None = None) -> dict:
    office = {"role": role, "country": country, "start": start, "end": end}
    if org:
        office["org"] = org
    return office


# invented people: the tests check the lookup rules, not real office holders
PEOPLE = [
    {"key": "state_pres", "name_en": "State President", "name_fa": "منصور کاظمی", "country": "YEM",
     "offices": [_office("president", "YEM", "2012-02-25", "2022-04-07")]},
    {"key": "rival_pres", "name_en": "Rival President", "name_fa": "صالح مرادی", "country": "YEM",
     "org": "ansarallah", "offices": [_office("president", "YEM", "2016-08-14", None, org="ansarallah")]},
    {"key": "group_sg", "name_en": "Group Secretary General", "name_fa": "حسن صادقی", "country": "LBN",
     "org": "hezbollah", "offices": [_office("secretary_general", "LBN", "1992-02-16", None, org="hezbollah")]},
    {"key": "guard_cmd", "name_en": "Guard Commander", "name_fa": "حسین سلیمی", "country": "IRN",
     "org": "irgc", "offices": [_office("irgc_commander", "IRN", "2019-04-21")]},
    {"key": "atom_dg", "name_en": "Atom Director", "name_fa": "رافائل رادفر", "country": "ARG",
     "offices": [_office("secretary_general", "IAEA", "2019-12-03")]},
    {"key": "alliance_sg", "name_en": "Alliance Secretary", "name_fa": "ینس یانسن", "country": "NOR",
     "offices": [_office("secretary_general", "NATO", "2014-10-01", "2024-10-01")]},
    {"key": "emir_q", "name_en": "Test Emir", "name_fa": "تمیم قطری", "country": "QAT",
     "offices": [_office("monarch", "QAT", "2013-06-25")]},
    {"key": "chancellor_d", "name_en": "Test Chancellor", "name_fa": "اولاف آلمانی", "country": "DEU",
     "offices": [_office("prime_minister", "DEU", "2021-12-08")]},
    {"key": "heir_s", "name_en": "Test Heir", "name_fa": "محمد سعودی", "country": "SAU",
     "offices": [_office("crown_prince", "SAU", "2017-06-21")]},
    {"key": "old_leader", "name_en": "Old Group Leader", "name_fa": "ملا عمری", "country": "AFG",
     "org": "taliban", "offices": [_office("supreme_leader", "AFG", "1996-09-27", "2001-12-07", org="taliban")]},
    {"key": "new_leader", "name_en": "New Group Leader", "name_fa": "ملا هبتی", "country": "AFG",
     "org": "taliban", "offices": [_office("supreme_leader", "AFG", "2021-08-15")]},
    {"key": "peskov_like", "name_en": "Test Press Secretary", "name_fa": "دیمیتری پسکوفی", "country": "RUS",
     "offices": [_office("president_spokesperson", "RUS", "2012-05-22")]},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_kb(people_records=PEOPLE)


def run(kb: KnowledgeBase, text: str, published: str | None = "2022-03-01") -> Document:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    doc = Document(id="t", source="<test>", text=text, sentences=sentences, published=published,
                   sentence_reference=[None] * len(sentences))
    return annotate_actors(doc, kb)


def actor(doc: Document, text: str) -> Entity:
    mention = next(m for m in doc.mentions if m.text == text)
    return next(e for e in doc.entities if e.id == mention.entity)


# --- one office vocabulary ------------------------------------------------------------------------

def _roles_yaml() -> dict:
    return yaml.safe_load((DATA_DIR / "roles.yaml").read_text(encoding="utf-8"))


def _reachable_offices() -> set[str]:
    """Offices some phrase resolves to: role codes/offices, with_institution targets, org mappings."""
    data = _roles_yaml()
    reachable = set()
    for r in data["roles"]:
        reachable.add(r.get("office") or r["code"])
        reachable.update((r.get("with_institution") or {}).values())
    orgs = yaml.safe_load((DATA_DIR / "organizations.yaml").read_text(encoding="utf-8"))
    for row in orgs:
        reachable.update((row.get("offices") or {}).values())
    return reachable


def test_every_people_office_is_in_the_vocabulary_and_reachable_from_a_phrase() -> None:
    vocabulary = {r["code"]: r for r in _roles_yaml()["offices"]}
    people = load_people(sorted(Path(DATA_DIR / "people").glob("*.yaml")))
    used = {o["role"] for p in people for o in p.get("offices") or []}
    assert used <= set(vocabulary), sorted(used - set(vocabulary))
    reachable = _reachable_offices()
    unreachable = {code for code, rec in vocabulary.items() if code not in reachable and not rec.get("phraseless")}
    assert not unreachable, sorted(unreachable)


def test_every_explicit_role_office_exists_in_the_vocabulary() -> None:
    data = _roles_yaml()
    vocabulary = {r["code"] for r in data["offices"]}
    for r in data["roles"]:
        if r.get("office"):
            assert r["office"] in vocabulary, r["code"]
    orgs = yaml.safe_load((DATA_DIR / "organizations.yaml").read_text(encoding="utf-8"))
    for row in orgs:
        for office in (row.get("offices") or {}).values():
            assert office in vocabulary, row["key"]


def test_igo_office_countries_match_people_data() -> None:
    """Every IGO code people data file offices under names an IGO of the organizations file."""
    orgs = yaml.safe_load((DATA_DIR / "organizations.yaml").read_text(encoding="utf-8"))
    igo_codes = {row.get("office_country") or row.get("country") for row in orgs if row.get("kind") == "igo"}
    people = load_people(sorted(Path(DATA_DIR / "people").glob("*.yaml")))
    countries = {r["alpha3"] for r in yaml.safe_load((DATA_DIR / "countries.yaml").read_text(encoding="utf-8"))}
    for p in people:
        for o in p.get("offices") or []:
            code = o.get("country") or p.get("country")
            assert code in countries or code in igo_codes, (p["key"], code)


def test_phrase_codes_resolve_to_people_offices(kb: KnowledgeBase) -> None:
    doc = run(kb, "امیر قطر و صدراعظم آلمان و ولیعهد عربستان در دوحه دیدار کردند.")
    assert actor(doc, "امیر قطر").name_en == "Test Emir"
    assert actor(doc, "صدراعظم آلمان").name_en == "Test Chancellor"
    assert actor(doc, "ولیعهد عربستان").name_en == "Test Heir"
    doc = run(kb, "سخنگوی ریاست جمهوری روسیه گفت که گفتگو ادامه دارد.")
    assert actor(doc, "سخنگوی ریاست جمهوری روسیه").name_en == "Test Press Secretary"


def test_unheld_office_is_named_by_its_phrase(kb: KnowledgeBase) -> None:
    doc = run(kb, "پادشاه اردن و معاون اول رئیس جمهور ایران دیدار کردند.")
    king = actor(doc, "پادشاه اردن")
    assert king.name_en == "King of Jordan" and king.country == "JOR" and king.type == "PER"
    assert actor(doc, "معاون اول رئیس جمهور ایران").name_en == "First Vice President of Iran"


# --- rival authorities and offices of organizations -------------------------------------------------

def test_state_office_ignores_the_rival_authority(kb: KnowledgeBase) -> None:
    doc = run(kb, "رئیس جمهور یمن با هیئت سازمان ملل دیدار کرد.", published="2020-05-01")
    assert actor(doc, "رئیس جمهور یمن").name_en == "State President"
    # after the state holder's term ends the rival is still not the state's president
    later = run(kb, "رئیس جمهور یمن با هیئت سازمان ملل دیدار کرد.", published="2023-05-01")
    assert actor(later, "رئیس جمهور یمن").name_en == "President of Yemen"


def test_office_of_a_group_is_keyed_by_the_group(kb: KnowledgeBase) -> None:
    doc = run(kb, "دبیرکل حزب‌الله در سخنرانی گفت که مقاومت ادامه دارد.")
    assert actor(doc, "دبیرکل حزب‌الله").name_en == "Group Secretary General"
    rival = run(kb, "رئیس جمهور انصارالله گفت که حملات ادامه دارد.", published="2020-05-01")
    assert actor(rival, "رئیس جمهور انصارالله").name_en == "Rival President"


def test_group_leader_found_through_the_persons_group(kb: KnowledgeBase) -> None:
    old = run(kb, "رهبر طالبان فرمان تازه‌ای صادر کرد.", published="1999-01-10")
    new = run(kb, "رهبر طالبان فرمان تازه‌ای صادر کرد.", published="2023-01-10")
    assert actor(old, "رهبر طالبان").name_en == "Old Group Leader"
    assert actor(new, "رهبر طالبان").name_en == "New Group Leader"


def test_organization_office_without_holder_is_named_after_the_organization(kb: KnowledgeBase) -> None:
    doc = run(kb, "رهبر انصارالله هشدار داد. رئیس دفتر سیاسی حماس به دوحه رفت.")
    leader = actor(doc, "رهبر انصارالله")
    assert leader.name_en == "Leader of the Houthis" and leader.country == "YEM" and leader.name == "رهبر انصارالله"
    bureau = actor(doc, "رئیس دفتر سیاسی حماس")
    assert bureau.name_en == "Head of the Political Bureau of Hamas" and bureau.country == "PSE"


def test_commander_of_the_guard_is_never_commander_of_a_country(kb: KnowledgeBase) -> None:
    for phrase in ("فرمانده سپاه پاسداران", "فرمانده کل سپاه"):
        known = run(kb, f"{phrase} گفت که نیروها آماده‌اند.", published="2020-01-01")
        assert actor(known, phrase).name_en == "Guard Commander"
        unknown = run(kb, f"{phrase} گفت که نیروها آماده‌اند.", published=None)
        role = actor(unknown, phrase)
        assert role.name_en == "Commander of the Islamic Revolutionary Guard Corps" and role.country == "IRN"
        assert "Iran" not in role.name_en


def test_igo_heads_resolve_under_the_igo_code(kb: KnowledgeBase) -> None:
    doc = run(kb, "رئیس آژانس بین‌المللی انرژی اتمی و دبیرکل ناتو در وین دیدار کردند.")
    head = actor(doc, "رئیس آژانس بین‌المللی انرژی اتمی")
    assert head.name_en == "Atom Director"
    assert actor(doc, "دبیرکل ناتو").name_en == "Alliance Secretary"
    unknown = run(kb, "مدیرکل آژانس بین‌المللی انرژی اتمی به تهران رفت.", published=None)
    dg = actor(unknown, "مدیرکل آژانس بین‌المللی انرژی اتمی")
    assert dg.country == "IAEA" and "Atomic Energy Agency" in (dg.name_en or "")


def test_apposition_teaches_the_group_office_in_the_document(kb: KnowledgeBase) -> None:
    doc = run(kb, "«ناصر قادری»، دبیرکل حزب‌الله گفت که آماده است. دبیرکل حزب‌الله افزود که صبر می‌کند.",
              published=None)
    first, second = [m for m in doc.mentions if m.text == "دبیرکل حزب‌الله"]
    assert first.entity == second.entity
    assert next(e for e in doc.entities if e.id == first.entity).name == "ناصر قادری"

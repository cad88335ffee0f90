"""Validation of the people knowledge base (rasad/data/actors/people/*.yaml).

The matcher resolves "وزیر دفاع روسیه" on a date to one person, so the data must be
well-formed and must never name two holders of a single-holder office on one day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

PEOPLE_DIR = Path(__file__).resolve().parent.parent / "rasad" / "data" / "actors" / "people"

ROLES: frozenset[str] = frozenset(
    """president vice_president first_vice_president prime_minister supreme_leader monarch crown_prince
    minister_foreign minister_defence minister_interior chief_of_general_staff foreign_ministry_spokesperson
    defence_ministry_spokesperson government_spokesperson president_spokesperson first_deputy_minister_defence
    speaker_parliament secretary_security_council secretary_general president_european_council
    president_european_commission eu_high_representative commander_armed_forces armed_forces_commander
    irgc_commander army_commander head_of_judiciary head_political_bureau permanent_representative_un special_envoy""".split()
)

# Offices that one person holds at a time in one country or IGO; two holders on one day is a data error.
SINGLE_HOLDER_ROLES: frozenset[str] = frozenset(
    {
        "president",
        "prime_minister",
        "minister_foreign",
        "minister_defence",
        "chief_of_general_staff",
        "foreign_ministry_spokesperson",
        "secretary_general",
        "permanent_representative_un",
        "special_envoy",  # one per sender and topic country (the office's `topic`)
    }
)

# China's foreign ministry has several spokespeople who brief in rotation at the same time.
CONCURRENT_HOLDER_OFFICES: frozenset[tuple[str, str]] = frozenset({("foreign_ministry_spokesperson", "CHN")})

IGO_CODES: frozenset[str] = frozenset(
    "UN NATO EU CSTO CIS OIC ARAB_LEAGUE GCC SCO OSCE IAEA AU ASEAN OPEC".split()
)
ORGANIZATIONS_FILE = PEOPLE_DIR.parent / "organizations.yaml"


def _organization_keys() -> frozenset[str]:
    # `org` must name a record of the organizations file so the matcher can link a leader to the group.
    rows = yaml.safe_load(ORGANIZATIONS_FILE.read_text(encoding="utf-8")) or []
    return frozenset(row["key"] for row in rows if isinstance(row, dict) and "key" in row)


ORG_KEYS = _organization_keys()
REQUIRED_KEYS: tuple[str, ...] = ("key", "name_en", "name_fa", "type", "country", "offices")
ALLOWED_KEYS: frozenset[str] = frozenset(
    "key name_en name_fa aliases_fa aliases_en type country wikidata offices check org".split()
)
OFFICE_KEYS: frozenset[str] = frozenset({"role", "country", "start", "end", "org", "check", "topic"})
# offices that exist once per topic country («نماینده ویژه آمریکا در امور افغانستان»): `topic` required
TOPIC_ROLES: frozenset[str] = frozenset({"special_envoy"})
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{3}$")
WIKIDATA_PATTERN = re.compile(r"^Q\d+$")
FAR_FUTURE = dt.date(9999, 12, 31)


def _load_people() -> list[tuple[str, dict[str, Any]]]:
    records: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(PEOPLE_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: top level must be a list"
        records.extend((path.name, record) for record in data)
    return records


PEOPLE = _load_people()


def _where(file_name: str, record: dict[str, Any]) -> str:
    return f"{file_name}:{record.get('key')}"


def _valid_country(code: Any) -> bool:
    return isinstance(code, str) and (code in IGO_CODES or bool(COUNTRY_PATTERN.match(code)))


def _interval(office: dict[str, Any]) -> tuple[dt.date, dt.date]:
    # Half-open [start, end): a successor starting on the day the predecessor left is no overlap.
    end = office["end"] if office["end"] is not None else FAR_FUTURE
    return office["start"], end


def test_files_exist_and_are_broad() -> None:
    files = sorted(p.name for p in PEOPLE_DIR.glob("*.yaml"))
    assert "caucasus.yaml" in files and "russia.yaml" in files and "iran.yaml" in files
    assert len(PEOPLE) >= 300


def test_required_keys_and_types() -> None:
    errors: list[str] = []
    for file_name, record in PEOPLE:
        where = _where(file_name, record)
        missing = [k for k in REQUIRED_KEYS if k not in record]
        if missing:
            errors.append(f"{where}: missing {missing}")
            continue
        unknown = set(record) - ALLOWED_KEYS
        if unknown:
            errors.append(f"{where}: unknown keys {sorted(unknown)}")
        if not KEY_PATTERN.match(str(record["key"])):
            errors.append(f"{where}: key is not snake_case")
        if record["type"] != "PER":
            errors.append(f"{where}: type must be PER")
        if not _valid_country(record["country"]):
            errors.append(f"{where}: bad country {record['country']!r}")
        for name_key in ("name_en", "name_fa"):
            if not isinstance(record[name_key], str) or not record[name_key].strip():
                errors.append(f"{where}: {name_key} empty")
        if "wikidata" in record and not WIKIDATA_PATTERN.match(str(record["wikidata"])):
            errors.append(f"{where}: bad wikidata {record['wikidata']!r}")
        if "org" in record and record["org"] not in ORG_KEYS:
            errors.append(f"{where}: unknown org {record['org']!r}")
        if "check" in record and not (isinstance(record["check"], str) and record["check"].strip()):
            errors.append(f"{where}: check must be a non-empty reason")
    assert not errors, "\n".join(errors)


def test_keys_unique_across_files() -> None:
    seen: dict[str, str] = {}
    duplicates: list[str] = []
    for file_name, record in PEOPLE:
        key = record["key"]
        if key in seen:
            duplicates.append(f"{key} in {seen[key]} and {file_name}")
        seen[key] = file_name
    assert not duplicates, "\n".join(duplicates)


def test_english_names_unique() -> None:
    seen: dict[str, str] = {}
    duplicates: list[str] = []
    for _file_name, record in PEOPLE:
        name = record["name_en"]
        if name in seen:
            duplicates.append(f"{name}: {seen[name]} and {record['key']}")
        seen[name] = record["key"]
    assert not duplicates, "\n".join(duplicates)


def test_aliases_are_clean() -> None:
    errors: list[str] = []
    for file_name, record in PEOPLE:
        where = _where(file_name, record)
        for alias_key, canonical_key in (("aliases_fa", "name_fa"), ("aliases_en", "name_en")):
            aliases = record.get(alias_key, [])
            if not isinstance(aliases, list):
                errors.append(f"{where}: {alias_key} must be a list")
                continue
            for alias in aliases:
                if not isinstance(alias, str) or not alias.strip() or alias != alias.strip():
                    errors.append(f"{where}: bad alias {alias!r}")
            if len(set(aliases)) != len(aliases):
                errors.append(f"{where}: duplicate in {alias_key}")
            if record[canonical_key] in aliases:
                errors.append(f"{where}: {alias_key} repeats {canonical_key}")
    assert not errors, "\n".join(errors)


def test_persian_names_are_persian_script() -> None:
    arabic_letter = re.compile(r"[\u0600-\u06FF]")
    # Arabic yeh/kaf instead of Persian ones would break exact matching after normalization.
    arabic_variants = re.compile("[\u064a\u0643]")
    latin_letter = re.compile("[A-Za-z]")
    errors: list[str] = []
    for file_name, record in PEOPLE:
        for name in [record["name_fa"], *record.get("aliases_fa", [])]:
            if not arabic_letter.search(name):
                errors.append(f"{_where(file_name, record)}: {name!r} not in Persian script")
            if arabic_variants.search(name):
                errors.append(f"{_where(file_name, record)}: {name!r} uses Arabic yeh/kaf")
            if latin_letter.search(name) or name.strip("\u200c") != name:
                errors.append(f"{_where(file_name, record)}: {name!r} has Latin letters or edge ZWNJ")
    assert not errors, "\n".join(errors)


def test_offices_well_formed() -> None:
    errors: list[str] = []
    for file_name, record in PEOPLE:
        where = _where(file_name, record)
        offices = record["offices"]
        if not isinstance(offices, list):
            errors.append(f"{where}: offices must be a list")
            continue
        for office in offices:
            if not isinstance(office, dict):
                errors.append(f"{where}: office {office!r} is not a mapping")
                continue
            unknown = set(office) - OFFICE_KEYS
            if unknown:
                errors.append(f"{where}: office has unknown keys {sorted(unknown)}")
            if office.get("role") not in ROLES:
                errors.append(f"{where}: unknown role {office.get('role')!r}")
            if not _valid_country(office.get("country")):
                errors.append(f"{where}: office country {office.get('country')!r}")
            if (office.get("role") in TOPIC_ROLES) != ("topic" in office) or (
                    "topic" in office and not COUNTRY_PATTERN.match(str(office["topic"]))):
                errors.append(f"{where}: {office.get('role')} needs a topic country (only envoys have one)")
            if "org" in office and office["org"] not in ORG_KEYS:
                errors.append(f"{where}: office org {office['org']!r}")
            start, end = office.get("start"), office.get("end", "missing")
            if not isinstance(start, dt.date):
                errors.append(f"{where}: start {start!r} is not an ISO date")
                continue
            if end is not None and not isinstance(end, dt.date):
                errors.append(f"{where}: end {end!r} must be an ISO date or null")
                continue
            if end is not None and end < start:
                errors.append(f"{where}: {office['role']} ends before it starts")
            if start < dt.date(1940, 1, 1) or (end or start) > dt.date(2027, 12, 31):
                errors.append(f"{where}: implausible dates {start}..{end}")
    assert not errors, "\n".join(errors)


def test_no_overlapping_same_office_for_one_person() -> None:
    errors: list[str] = []
    for file_name, record in PEOPLE:
        by_office: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = defaultdict(list)
        for office in record["offices"]:
            by_office[(office["role"], office["country"] + office.get("topic", ""))].append(_interval(office))
        for (role, country), intervals in by_office.items():
            intervals.sort()
            for (_s1, e1), (s2, _e2) in zip(intervals, intervals[1:], strict=False):
                if s2 < e1:
                    errors.append(f"{_where(file_name, record)}: overlapping {role} {country}")
    assert not errors, "\n".join(errors)


def test_single_holder_offices_have_one_holder_per_day() -> None:
    holders: dict[tuple[str, str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for _file_name, record in PEOPLE:
        for office in record["offices"]:
            role, country = office["role"], office["country"]
            if role not in SINGLE_HOLDER_ROLES or (role, country) in CONCURRENT_HOLDER_OFFICES:
                continue
            # A rival authority (Taliban emirate, Houthi council) is its own office, keyed by its org.
            # an envoy's office is one per topic: the US envoys for Afghanistan and for Iran coexist
            topic = office.get("topic", "")
            holders[(role, country, office.get("org", "") + topic)].append((*_interval(office), record["key"]))
    conflicts: list[str] = []
    for (role, country, org), terms in holders.items():
        terms.sort()
        for i, (_start, end, key) in enumerate(terms):
            for other_start, _other_end, other_key in terms[i + 1 :]:
                if other_start >= end:
                    break
                conflicts.append(f"{role} {country} {org}: {key} and {other_key} overlap from {other_start}")
    assert not conflicts, "\n".join(conflicts)


@pytest.mark.parametrize(
    ("key", "role", "country", "on_day"),
    [
        ("sergei_shoigu", "minister_defence", "RUS", dt.date(2020, 7, 18)),
        ("ilham_aliyev", "president", "AZE", dt.date(2021, 11, 16)),
        ("ali_khamenei", "supreme_leader", "IRN", dt.date(2010, 1, 1)),
    ],
)
def test_known_office_holders(key: str, role: str, country: str, on_day: dt.date) -> None:
    # Facts that any reader can check; guards against a loader/format regression, not seed-specific.
    record = next(r for _f, r in PEOPLE if r["key"] == key)
    assert any(
        o["role"] == role and o["country"] == country and _interval(o)[0] <= on_day < _interval(o)[1]
        for o in record["offices"]
    )


# Surnames that are also everyday Persian words or place names; as bare aliases they would fire on
# ordinary text ("مبارک باشد", "دوستم", "متکی به"), so the data must not list them alone.
COMMON_WORDS: frozenset[str] = frozenset(
    "روحانی مخبر عارف متکی ولایتی کری بنت مبارک مرسی عنان عرفات مشعل متقی متوکل دوستم مشرف گیلانی طالبانی "
    "تراس کامرون گوتنبرگ باباجان گیتس والتز السودانی المعلم شکری صالح مسعود رئیس سلام حسن علی".split()
)


def test_bare_aliases_are_not_common_words() -> None:
    offenders = [
        f"{record['key']}: {alias}"
        for _file_name, record in PEOPLE
        for alias in record.get("aliases_fa", [])
        if alias in COMMON_WORDS
    ]
    assert not offenders, "\n".join(offenders)


def test_persian_names_point_to_one_person() -> None:
    # A spelling shared by two records would make the matcher's choice arbitrary; ZWNJ and space are
    # treated alike because Persian text uses both for the same name.
    owners: dict[str, str] = {}
    clashes: list[str] = []
    for _file_name, record in PEOPLE:
        for name in {record["name_fa"], *record.get("aliases_fa", [])}:
            folded = name.replace("\u200c", " ")
            if folded in owners and owners[folded] != record["key"]:
                clashes.append(f"{name!r}: {owners[folded]} and {record['key']}")
            owners[folded] = record["key"]
    assert not clashes, "\n".join(clashes)

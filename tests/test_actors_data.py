"""The actor knowledge base files are well formed and consistent."""

from __future__ import annotations

import re

import yaml

from rasad.actors.kb import DATA_DIR, build_kb, load_people

TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "EVT"}


def _load(name: str):  # noqa: ANN202
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


def test_countries_generated_table_is_complete_and_unique() -> None:
    rows = _load("countries.yaml")
    codes = [r["alpha3"] for r in rows]
    assert len(rows) > 240
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    by_code = {r["alpha3"]: r for r in rows}
    for code in ("RUS", "AZE", "ARM", "IRN", "USA", "SYR", "IRQ", "AFG", "YEM", "UKR", "ISR", "LBN"):
        assert by_code[code]["name_fa"] and by_code[code]["name_en"]


def test_country_extras_refer_to_known_codes() -> None:
    codes = {r["alpha3"] for r in _load("countries.yaml")}
    for code, info in _load("countries_extra.yaml").items():
        assert code in codes or info.get("new"), code
        if info.get("new"):
            assert info["name_fa"] and info["name_en"]
        for met in info.get("metonyms") or []:
            assert met["fa"] and met["key"] and met.get("type", "ORG") in TYPES


def test_places_and_organizations_have_required_fields() -> None:
    for name in ("places.yaml", "organizations.yaml"):
        keys = set()
        for row in _load(name):
            assert row["key"] not in keys, row["key"]
            keys.add(row["key"])
            assert row["fa"] and all(isinstance(f, str) and f for f in row["fa"]), row
            assert row["type"] in TYPES, row
            assert "country" in row and row.get("en"), row


def test_roles_and_institutions_have_templates() -> None:
    data = _load("roles.yaml")
    codes = {r["code"] for r in data["roles"]}
    for r in data["roles"]:
        assert "{country}" in r["en"] or r.get("country"), r["code"]
        assert r["fa"] or r.get("name_fa"), r["code"]
        for target in (r.get("with_institution") or {}).values():
            assert target in codes or target == "security_council_head" or target.count("_") >= 1
    for inst in data["institutions"]:
        assert inst["fa"] and "{country}" in inst["en"] and inst.get("type", "ORG") in TYPES


def test_people_files_load_and_have_offices_with_known_shape() -> None:
    people = load_people(sorted((DATA_DIR / "people").glob("*.yaml")))
    for p in people:
        assert p["key"] and (p.get("name_fa") or p.get("aliases_fa"))
        for o in p.get("offices") or []:
            assert o.get("role")


def test_kb_builds_with_every_form_matchable() -> None:
    kb = build_kb(people_records=[])
    assert "cty:RUS" in kb.forms and "روسیه" in kb.forms["cty:RUS"]
    assert kb.automaton.exists("روسیه")
    assert kb.countries["SUN"].name_en == "Soviet Union"

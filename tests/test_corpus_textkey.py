"""Search normalization data and forms."""

from __future__ import annotations

import unicodedata

import yaml

from rasad.corpus import textkey


def test_fold_data_is_valid() -> None:
    data = yaml.safe_load(textkey.DATA_FILE.read_text(encoding="utf-8"))
    for src, dst in data["fold"].items():
        assert len(src) == 1 and len(dst) <= 1, (src, dst)
        assert dst not in data["fold"], f"{src!r} folds to {dst!r}, which folds again"
    for piece in data["prefixes"] + data["suffixes"]:
        assert piece and all(unicodedata.category(c).startswith("L") for c in piece)


def test_variants_share_forms() -> None:
    assert textkey.compact("می‌روند") == textkey.compact("می روند") == textkey.compact("ميروند")
    assert textkey.compact("۱۴۰۳") == "1403"
    assert textkey.tokens("برنامه های می روند") == textkey.tokens("برنامه‌های میروند")


def test_actor_keys() -> None:
    assert textkey.actor_key("پوتین", "Vladimir  Putin", None, "RUS") == "en:vladimir putin"
    assert textkey.actor_key("علی", None, "q42", None) == "wd:Q42"
    assert textkey.actor_key("علي", None, None, "IRN") != textkey.actor_key("علی", None, None, "IRQ")
    assert textkey.actor_key("علي", None, None, "IRN") == textkey.actor_key("علی", None, None, "IRN")


def test_compact_map_points_back() -> None:
    text = "سلام   دنیا‌ی ما"
    comp, where = textkey.compact_with_map(text)
    assert len(comp) == len(where)
    assert all(textkey.fold_text(text[w]) == c for c, w in zip(comp, where, strict=True))

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


def test_kb_key_is_the_identity() -> None:
    with_en = textkey.actor_key("سرگئی شویگو", "Sergei Shoigu", None, "RUS", kb_key="per:sergei_shoigu")
    without_en = textkey.actor_key("شویگو", None, None, "RUS", kb_key="per:sergei_shoigu")
    assert with_en == without_en == "kb:per:sergei_shoigu"
    assert textkey.actor_key("روسیه", "Russia", None, "RUS", kb_key="cty:RUS") != with_en
    # a made-up key of a discovered actor is no identity: name + country decide
    assert textkey.actor_key("علی رضایی", None, None, "IRN", kb_key="disc:علی رضایی") == textkey.actor_key(
        "علي رضايي", None, None, "IRN"
    )
    assert textkey.actor_key("پوتین", "Vladimir Putin", None, "RUS", kb_key=None) == "en:vladimir putin"


def test_one_person_with_and_without_english_name_is_one_actor(tmp_path) -> None:  # noqa: ANN001
    from rasad.corpus import Corpus
    from rasad.corpus.records import RecordBuilder

    records = []
    for i, (name_en, outlet) in enumerate([("Sergei Shoigu", "ایرنا"), (None, "مهر")]):
        b = RecordBuilder(f"d{i}", "شویگو روز دوشنبه با لاوروف دیدار کرد.", outlet=outlet)
        s = b.entity("شویگو", name_en=name_en, country="RUS")
        t = b.entity("لاوروف", name_en="Sergey Lavrov", country="RUS")
        b.rec["entities"][0]["key"] = "per:sergei_shoigu"
        b.rec["entities"][1]["key"] = "per:sergey_lavrov"
        b.event("CONSULT", [s], [t], trigger="دیدار کرد", mutual=True, date="2024-05-06")
        records.append(b.build())
    with Corpus(tmp_path / "c.duckdb") as corpus:
        corpus.ingest(records)
        keys = {r[0] for r in corpus.con.execute("SELECT DISTINCT actor_key FROM entities").fetchall()}
        assert keys == {"kb:per:sergei_shoigu", "kb:per:sergey_lavrov"}
        events = corpus.events()
        assert len(events) == 1 and events[0]["corroboration"] == 2
        assert events[0]["n_documents"] == 2

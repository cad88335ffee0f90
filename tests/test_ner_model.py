"""The shipped CRF NER model and its corpus readers (our own sentences, not seed text)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import rasad.ner as ner
from rasad.ner.corpora import (
    map_tag,
    read_arman,
    read_parstwiner,
    read_peyma,
    spans_from_tags,
    to_iob2,
)
from rasad.ner.features import normalize_token, sentence_features, tokenize

needs_model = pytest.mark.skipif(not ner.MODEL_PATH.is_file(), reason="model not trained")


@needs_model
def test_model_ships_in_package_and_is_small() -> None:
    assert ner.model_available()
    assert ner.MODEL_PATH.stat().st_size <= 15 * 1024 * 1024


@needs_model
def test_person_and_place_found_in_news_sentence() -> None:
    text = "حسن روحانی رئیس جمهور ایران به مسکو سفر کرد."
    spans = ner.predict_spans(text)
    found = {(text[s:e], label) for s, e, label in spans}
    assert ("حسن روحانی", "PER") in found
    assert ("مسکو", "LOC") in found or ("ایران", "LOC") in found


@needs_model
def test_organisation_found() -> None:
    text = "سازمان ملل متحد روز دوشنبه از دولت عراق خواست گفتگو را از سر بگیرد."
    labels = {label for _, _, label in ner.predict_spans(text)}
    assert "ORG" in labels


@needs_model
def test_spans_point_at_real_text_in_longer_document() -> None:
    text = (
        "به گزارش خبرگزاری ما، ولادیمیر پوتین با رجب طیب اردوغان در آنکارا دیدار کرد.\n"
        "وزیر خارجه آلمان نیز روز سه‌شنبه به کی‌یف رفت!  نیروهای ناتو در لهستان مستقر شدند"
    )
    spans = ner.predict_spans(text)
    assert spans, "expected some entities"
    previous_end = 0
    for start, end, label in spans:
        assert 0 <= start < end <= len(text)
        assert start >= previous_end  # in order, not overlapping
        assert text[start:end] == text[start:end].strip()
        assert label in {"PER", "ORG", "LOC", "EVT"}
        previous_end = end
    names = {text[s:e] for s, e, _ in spans}
    assert "ولادیمیر پوتین" in names


@needs_model
def test_arabic_letters_and_persian_digits_do_not_break_tagging() -> None:
    text = "علي لاريجاني در ۱۴ مهر ۱۴۰۲ به بيروت رفت"  # Arabic yeh and Persian digits
    spans = ner.predict_spans(text)
    assert all(text[s:e] for s, e, _ in spans)
    assert any(label == "PER" for _, _, label in spans)


def test_empty_and_blank_text() -> None:
    assert ner.predict_spans("") == []
    assert ner.predict_spans("   \n\n ") == []


@pytest.fixture
def missing_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(ner, "MODEL_PATH", tmp_path / "absent.crfsuite")
    monkeypatch.setattr(ner, "_tagger", None)
    monkeypatch.setattr(ner, "_load_failed", False)
    yield


@pytest.mark.usefixtures("missing_model")
def test_missing_model_degrades_to_no_spans_with_one_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert ner.predict_spans("حسن روحانی به مسکو رفت") == []
        assert ner.predict_spans("دوباره") == []
        assert not ner.model_available()
        assert ner.tag_tokens(["حسن", "روحانی"]) == ["O", "O"]
    assert len([w for w in caught if "NER disabled" in str(w.message)]) == 1


def test_tokenizer_keeps_zwnj_words_and_splits_punctuation() -> None:
    text = "آنها می‌روند، (سازمان‌ها) ۱۲٫۵ درصد!"
    tokens = [text[s:e] for s, e in tokenize(text)]
    assert tokens == ["آنها", "می‌روند", "،", "(", "سازمان‌ها", ")", "۱۲٫۵", "درصد", "!"]


def test_normalize_token_folds_arabic_letters_and_digits() -> None:
    assert normalize_token("علي") == "علی"
    assert normalize_token("كشور") == "کشور"
    assert normalize_token("۱۴۰۲") == "1402"
    assert normalize_token("NATO") == "nato"


def test_features_have_one_list_per_token_with_neighbours() -> None:
    feats = sentence_features(["وزیر", "خارجه", "فرانسه"])
    assert len(feats) == 3
    assert "w=خارجه" in feats[1]
    assert "w[-1]=وزیر" in feats[1] and "w[1]=فرانسه" in feats[1]
    assert "BOS" in feats[0] and "EOS" in feats[2]


def test_read_arman_space_format(tmp_path: Path) -> None:
    path = tmp_path / "arman.txt"
    path.write_text(
        "مریم B-pers\nاحمدی I-pers\nبه O\nشیراز B-loc\nرفت O\n\nفرودگاه B-fac\nمهرآباد I-fac\nلپ‌تاپ B-pro\n",
        encoding="utf-8",
    )
    sentences = read_arman(path)
    assert len(sentences) == 2
    assert sentences[0] == [
        ("مریم", "B-PER"),
        ("احمدی", "I-PER"),
        ("به", "O"),
        ("شیراز", "B-LOC"),
        ("رفت", "O"),
    ]
    assert [t for _, t in sentences[1]] == ["B-LOC", "I-LOC", "O"]  # fac → LOC, pro dropped


def test_read_peyma_pipe_format_joins_spaced_words(tmp_path: Path) -> None:
    path = tmp_path / "peyma.txt"
    path.write_text("دانشگاه|B_ORG\nتهران|I_ORG\nروش های|O\n| |O\nدیروز|B_DAT\n\n", encoding="utf-8")
    [sentence] = read_peyma(path)
    assert sentence == [
        ("دانشگاه", "B-ORG"),
        ("تهران", "I-ORG"),
        ("روش\u200cهای", "O"),
        ("|", "O"),
        ("دیروز", "O"),
    ]


def test_read_parstwiner_tab_format(tmp_path: Path) -> None:
    path = tmp_path / "tw.txt"
    path.write_text("طالبان\tB-POG\nو\tO\nایرانی\tB-NAT\nجام\tB-EVE\nجهانی\tI-EVE\n", encoding="utf-8")
    [sentence] = read_parstwiner(path)
    assert [t for _, t in sentence] == ["B-ORG", "O", "O", "B-EVT", "I-EVT"]


def test_tag_mapping_and_iob_repair() -> None:
    assert map_tag("B_PER") == "B-PER"
    assert map_tag("I-event") == "I-EVT"
    assert map_tag("B-MON") == "O"
    assert to_iob2(["I-ORG", "I-ORG", "O", "I-LOC", "I-PER"]) == ["B-ORG", "I-ORG", "O", "B-LOC", "B-PER"]
    assert spans_from_tags(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == {
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
        (5, 6, "ORG"),
    }

"""The offset map survives every kind of edit: each output character maps to its raw source."""

import re

from hypothesis import given
from hypothesis import strategies as st

from rasad.document import Document
from rasad.text.aligned import AlignedText


def test_sub_keeps_offsets_for_replacements_and_insertions() -> None:
    raw = "وزیر خارجه گفت.او رفت"
    t = AlignedText.from_raw(raw)
    t = t.sub(r"\.(?=\S)", ". ")  # insert a space after a full stop
    t = t.sub("خارجه", "امور خارجه")  # a longer replacement
    assert t.text == "وزیر امور خارجه گفت. او رفت"
    start = t.text.index("او رفت")
    s, e = t.raw_span(start, start + len("او رفت"))
    assert raw[s:e] == "او رفت"
    start = t.text.index("گفت")
    s, e = t.raw_span(start, start + 3)
    assert raw[s:e] == "گفت"


def test_deletions_map_neighbours_back() -> None:
    raw = "سـلام  دنیا"
    t = AlignedText.from_raw(raw).translate({ord("ـ"): None}).sub(" +", " ")
    assert t.text == "سلام دنیا"
    s, e = t.raw_span(5, 9)
    assert raw[s:e] == "دنیا"
    s, e = t.raw_span(0, 4)
    assert raw[s:e] == "سـلام"


def test_from_ranges_joins_kept_lines() -> None:
    raw = "عنوان\nتبلیغ\nمتن اول\nمتن دوم"
    ranges = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", raw)]
    t = AlignedText.from_ranges(raw, [ranges[2], ranges[3]])
    assert t.text == "متن اول\n\nمتن دوم"
    i = t.text.index("متن دوم")
    s, e = t.raw_span(i, i + 7)
    assert raw[s:e] == "متن دوم"


def test_replace_spans_rejects_overlaps() -> None:
    t = AlignedText.from_raw("abcdef")
    out = t.replace_spans([(4, 6, "XY"), (0, 1, "")])
    assert out.text == "bcdXY"
    try:
        t.replace_spans([(0, 3, "x"), (2, 4, "y")])
    except ValueError:
        pass
    else:
        raise AssertionError("overlapping edits must be refused")


@given(st.text(alphabet="اب ت\u200cی.،\n", max_size=60))
def test_any_edit_chain_keeps_a_monotone_map(raw: str) -> None:
    t = AlignedText.from_raw(raw)
    t = t.sub(r"\.(?=\S)", ". ").sub(r" +", " ").sub("\u200c", "").sub(r"\n+", "\n")
    assert len(t.offsets) == len(t.text) + 1
    assert all(0 <= o <= len(raw) for o in t.offsets)
    assert t.offsets == sorted(t.offsets)
    for i, ch in enumerate(t.text):
        if ch not in " \n.":  # letters that survive come from the same letter in raw
            assert raw[t.offsets[i]] == ch


def test_document_record_carries_raw_offsets() -> None:
    raw = "  متن خبر"
    t = AlignedText.from_raw(raw).sub(r"^\s+", "")
    doc = Document(id="x", source="mem", raw=raw, text=t.text, offsets=t.offsets)
    assert doc.raw_span(0, 3) == (2, 5)
    rec = doc.to_record()
    assert rec["text"] == "متن خبر"
    for key in ("dates", "entities", "events", "statements", "warnings", "attribution"):
        assert rec[key] == []

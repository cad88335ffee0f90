"""Tokenizer and CRF features shared by training (scripts/train_ner.py) and tagging.

Training and tagging must compute features identically, so both import this
module; the feature strings are the model's vocabulary and changing them means
retraining.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

ZWNJ = "\u200c"

# Letters (any script) and the Arabic combining marks / tatweel that Python's \w
# misses, so a vowelled or stretched word stays one token; ZWNJ joins parts of one
# word (می‌روند, روش‌های) as in the corpora.
_LETTER = r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])"
_TOKEN_RE = re.compile(
    rf"{_LETTER}+(?:{ZWNJ}+{_LETTER}+)*"  # word
    r"|\d+(?:[.,/\u066b\u066c]\d+)*"  # number, with Persian/Latin decimal and thousands marks
    rf"|[^\s{ZWNJ}]"  # any other visible character is its own token
)

# Feature-only normalization: the pipeline's convention (Arabic yeh/kaf → Persian,
# ZWNJ kept) plus folding digits to ASCII and dropping diacritics/tatweel, so that
# corpora written with ASCII digits match news written with Persian digits. Offsets
# are never computed from this form.
_CHAR_MAP = str.maketrans(
    {
        "\u064a": "\u06cc",  # ي → ی
        "\u0649": "\u06cc",  # ى → ی
        "\u0643": "\u06a9",  # ك → ک
        "\u0629": "\u0647",  # ة → ه
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(c): None for c in range(0x064B, 0x0660)},  # harakat
        "\u0670": None,
        "\u0640": None,  # tatweel
    }
)
_DIGITS_RE = re.compile(r"\d")
_PERSIAN_RE = re.compile(r"[\u0600-\u06ff]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Character spans of the tokens of ``text`` (words, numbers, single punctuation)."""
    return [m.span() for m in _TOKEN_RE.finditer(text)]


@lru_cache(maxsize=65536)
def normalize_token(token: str) -> str:
    """The form features see: Persian yeh/kaf, ASCII digits, no diacritics, Latin lowercased."""
    return token.translate(_CHAR_MAP).lower()


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, int]]:
    """hazm's words.dat: word → (first POS tag, log10 frequency bucket).

    A general Persian word list (not NER data): tells the model whether a token is
    a common noun/adjective/verb form or an unknown word, which names usually are.
    Missing file → empty lexicon (features simply absent).
    """
    try:
        import hazm

        path = Path(hazm.__file__).resolve().parent / "data" / "words.dat"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError):
        return {}
    lexicon: dict[str, tuple[str, int]] = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        word, freq, pos = parts[0], parts[1], parts[2]
        try:
            bucket = int(math.log10(int(freq) + 1))
        except ValueError:
            bucket = 0
        lexicon[normalize_token(word)] = (pos.split(",")[0] or "?", bucket)
    return lexicon


@lru_cache(maxsize=65536)
def word_shape(token: str) -> str:
    if _DIGITS_RE.fullmatch(token):
        return "digit"
    if token.isdigit():
        return "digits"
    if any(ch.isdigit() for ch in token):
        return "hasdigit"
    if _LATIN_RE.search(token):
        if token[:1].isupper():
            return "LatinCap" if not token.isupper() else "LATIN"
        return "latin"
    if _PERSIAN_RE.search(token):
        return "fa-zwnj" if ZWNJ in token else "fa"
    if len(token) == 1:
        return "punct"
    return "other"


@lru_cache(maxsize=65536)
def _token_features(form: str, raw: str) -> tuple[str, ...]:
    """The token's own attributes; cached because news repeats its words (names, function words)
    and building these strings is most of the tagger's Python-side cost."""
    feats = [
        "w=" + form,
        "shape=" + word_shape(raw),
        "len=" + str(min(len(form), 10)),
    ]
    for n in range(1, 5):
        if len(form) > n:
            feats.append(f"p{n}={form[:n]}")
            feats.append(f"s{n}={form[-n:]}")
    if ZWNJ in form:
        head, _, tail = form.rpartition(ZWNJ)
        feats.append("zw_tail=" + tail)
        feats.append("zw_head=" + head.split(ZWNJ)[0])
    entry = _lexicon().get(form)
    if entry is None:
        feats.append("lex=OOV")
    else:
        feats.append("lex=" + entry[0])
        feats.append("freq=" + str(entry[1]))
    return tuple(feats)


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """CRF attributes for each token of one sentence (neighbours ±2, bigrams)."""
    forms = [normalize_token(t) for t in tokens]
    lexicon = _lexicon()
    pos = [lexicon[f][0] if f in lexicon else "OOV" for f in forms]
    n = len(tokens)

    def form_at(i: int) -> str:
        if i < 0:
            return "<s>"
        if i >= n:
            return "</s>"
        return forms[i]

    def pos_at(i: int) -> str:
        if i < 0:
            return "<s>"
        if i >= n:
            return "</s>"
        return pos[i]

    out: list[list[str]] = []
    for i, (form, raw) in enumerate(zip(forms, tokens, strict=True)):
        feats = ["bias", *_token_features(form, raw)]
        for d in (-2, -1, 1, 2):
            feats.append(f"w[{d}]={form_at(i + d)}")
        for d in (-1, 1):
            neighbour = form_at(i + d)
            feats.append(f"pos[{d}]={pos_at(i + d)}")
            feats.append(f"s2[{d}]={neighbour[-2:]}")
            if 0 <= i + d < n:
                feats.append(f"shape[{d}]={word_shape(tokens[i + d])}")
        feats.append(f"w[-1]|w={form_at(i - 1)}|{form}")
        feats.append(f"w|w[1]={form}|{form_at(i + 1)}")
        feats.append(f"w[-2]|w[-1]={form_at(i - 2)}|{form_at(i - 1)}")
        feats.append(f"w[1]|w[2]={form_at(i + 1)}|{form_at(i + 2)}")
        feats.append(f"pos[-1]|pos|pos[1]={pos_at(i - 1)}|{pos[i]}|{pos_at(i + 1)}")
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        out.append(feats)
    return out

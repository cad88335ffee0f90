"""Statistical Persian NER: a CRF trained on Arman, PEYMA and ParsTwiNER.

``predict_spans(text)`` returns (start, end, label) character spans over ``text``
with labels PER, ORG, LOC, EVT. The model file ships in the package
(``model.crfsuite``, built by scripts/train_ner.py; see MODEL.md). Without it the
tagger returns no spans and warns once, so the pipeline still runs on dictionaries.
"""

from __future__ import annotations

import re
import threading
import warnings
from pathlib import Path
from typing import Any

from rasad.ner.features import sentence_features, tokenize

MODEL_PATH = Path(__file__).resolve().parent / "model.crfsuite"

# The model was trained on sentences; tagging a whole article as one sequence
# would let labels leak across sentence boundaries and slow Viterbi down.
_SENTENCE_END = frozenset({".", "!", "?", "؟", "…"})
_MAX_SEQUENCE = 200
_LINE_BREAK_RE = re.compile(r"\n")

_lock = threading.Lock()
_tagger: Any = None
_load_failed = False


def _load() -> Any:
    """The crfsuite tagger, opened once; None (with one warning) when unavailable."""
    global _tagger, _load_failed
    if _tagger is not None or _load_failed:
        return _tagger
    with _lock:
        if _tagger is not None or _load_failed:
            return _tagger
        try:
            import pycrfsuite

            path = MODEL_PATH  # read at call time so tests can point it elsewhere
            tagger = pycrfsuite.Tagger()
            if not path.is_file():
                raise OSError(f"no model file at {path}")
            tagger.open(str(path))
        except (ImportError, OSError, ValueError) as exc:
            _load_failed = True
            warnings.warn(f"rasad.ner: statistical NER disabled ({exc})", RuntimeWarning, stacklevel=3)
            return None
        _tagger = tagger
        return _tagger


def model_available() -> bool:
    """True when the shipped CRF model can be loaded."""
    return _load() is not None


def _sequences(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group token spans into sentence-like runs (end punctuation, line breaks, length cap)."""
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    prev_end = 0
    for start, end in spans:
        if current and _LINE_BREAK_RE.search(text, prev_end, start):
            groups.append(current)
            current = []
        current.append((start, end))
        prev_end = end
        if text[start:end] in _SENTENCE_END or len(current) >= _MAX_SEQUENCE:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def tag_tokens(tokens: list[str]) -> list[str]:
    """IOB2 tags for one pre-tokenized sentence (all "O" without a model)."""
    tagger = _load()
    if tagger is None or not tokens:
        return ["O"] * len(tokens)
    return list(tagger.tag(sentence_features(tokens)))


def predict_spans(text: str) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, label) over ``text``, in text order."""
    if not text or _load() is None:
        return []
    result: list[tuple[int, int, str]] = []
    for group in _sequences(text, tokenize(text)):
        tags = tag_tokens([text[s:e] for s, e in group])
        start: int | None = None
        end = 0
        label = ""
        for (tok_start, tok_end), tag in zip(group, [*tags], strict=True):
            continues = tag.startswith("I-") and tag[2:] == label and start is not None
            if start is not None and not continues:
                result.append((start, end, label))
                start = None
            if tag != "O" and not continues:
                start, label = tok_start, tag[2:]
            if tag == "O":
                label = ""
            end = tok_end
        if start is not None:
            result.append((start, end, label))
    return result


__all__ = ["MODEL_PATH", "model_available", "predict_spans", "tag_tokens"]

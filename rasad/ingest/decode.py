"""Bytes → text for news files of any age: UTF-8 (with or without BOM), UTF-16, Windows-1256.

Old Persian sites served Windows-1256; some exports are UTF-16 without a BOM. We try the
plausible decodings and keep the one that reads most like Persian text, because a wrong
single-byte decoding never fails outright, it only produces mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06F0-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]")
# Symbols a wrong single-byte decoding of Persian UTF-8 produces (Latin-1 signs, Latin
# letters with accents, typographic marks); « and » are left out, Persian prose uses them.
_MOJIBAKE = re.compile(r"[\u00A2-\u00AA\u00AC-\u00BA\u00BC-\u00FF\u0152-\u0192\u02C6-\u02DC"
                       r"\u2020-\u2030\u2039\u203A\u20AC\u2122]")
_CONTROL = re.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


class BinaryInput(ValueError):
    """The bytes are not text in any encoding we read."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _text_score(text: str) -> float:
    """Higher is more like real (Persian) text: letters count, mojibake and controls cost."""
    letters = len(_ARABIC_LETTER.findall(text))
    mojibake = len(_MOJIBAKE.findall(text))
    controls = len(_CONTROL.findall(text))
    replaced = text.count("\ufffd")
    return letters - 3 * mojibake - 5 * controls - 4 * replaced


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs (ASCII) or 0x06 (Arabic block) bytes all on one parity."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:8192]
    even, odd = sample[0::2], sample[1::2]
    n = len(even)
    for hi_bytes, lo_bytes, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        high = sum(1 for b in hi_bytes if b in (0x00, 0x06))
        low = sum(1 for b in lo_bytes if b == 0x00)
        if high > 0.6 * n and low < 0.05 * n:
            return name
    return None


def _is_binary(text: str) -> bool:
    if not text:
        return False
    bad = len(_CONTROL.findall(text)) + text.count("\ufffd")
    return bad > max(8, 0.1 * len(text))


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode one input. Raises :class:`BinaryInput` for binary data.

    ``declared`` is an encoding the container names (an HTML ``<meta charset>``); it is one
    more candidate, not the truth: many Persian pages declare UTF-8 and serve Windows-1256.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            warnings = ["undecodable bytes replaced"] if "\ufffd" in text else []
            if _is_binary(text):
                raise BinaryInput("binary content (not text)")
            return Decoded(text.lstrip("\ufeff"), enc, warnings)
    utf16 = _looks_utf16(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        if not _is_binary(text):
            warnings = ["undecodable bytes replaced"] if "\ufffd" in text else []
            return Decoded(text, utf16, warnings)
    if b"\x00" in data[:65536]:
        raise BinaryInput("binary content (NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[str] = ["utf-8", "cp1256"]
    if declared:
        try:
            candidates.append(codecs.lookup(declared).name)
        except LookupError:
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            candidates.append(best.encoding)
    except Exception:  # the guesser is a hint only; our own scoring decides
        pass
    scored: list[tuple[float, str, str]] = []
    for enc in dict.fromkeys(candidates):
        try:
            text = data.decode(enc, errors="replace")
        except LookupError:
            continue
        scored.append((_text_score(text), enc, text))
    scored.sort(key=lambda t: -t[0])
    _, enc, text = scored[0]
    if _is_binary(text):
        raise BinaryInput("binary content (not text in UTF-8, UTF-16 or Windows-1256)")
    warnings = [f"decoded as {enc} (not valid UTF-8)"]
    if "\ufffd" in text:
        warnings.append("undecodable bytes replaced")
    return Decoded(text, enc, warnings)


def declared_html_charset(data: bytes) -> str | None:
    m = _HTML_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None

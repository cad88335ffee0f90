"""Matching keys: a folded form of text in which spelling variants compare equal.

News spells the same name with ZWNJ, a space or nothing between parts («قره‌باغ»,
«قره باغ», «قرهباغ»), with Arabic or Persian letters, and with or without hamza
(«رئیس»/«رییس»). Both the knowledge base's forms and the document are folded the same
way; a document's key keeps, for every key character, the text offset it came from, so a
hit maps back to exact ``Document.text`` offsets.
"""

from __future__ import annotations

import itertools
import re

# one character -> one character; "" deletes (diacritics, tatweel)
_FOLD = {
    "\u200c": " ", "\u200d": " ", "\u200e": " ", "\u200f": " ", "\xa0": " ",
    "\n": " ", "\r": " ", "\t": " ", "\u2009": " ", "\u202f": " ",
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ؤ": "و",
    "أ": "ا", "إ": "ا", "ٱ": "ا", "آ": "ا",
    "ـ": "",
}
_FOLD.update({chr(c): "" for c in range(0x064B, 0x0660)})  # harakat, shadda, sukun
_FOLD["\u0670"] = ""
_FOLD.update({d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_FOLD.update({d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")})
_TABLE = str.maketrans({k: (v if v else "\x00") for k, v in _FOLD.items()})


_SPACE_RUN = re.compile(r" {2,}")


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """The key of ``text`` and, for each key character, its offset in ``text``.

    Whitespace runs become one space; deleted characters vanish from the key. Built from
    slices rather than per character: this runs on every document and dominated the stage.
    """
    mapped = text.translate(_TABLE).lower()
    if "\x00" in mapped:
        positions = [i for i, ch in enumerate(mapped) if ch != "\x00"]
        mapped = mapped.replace("\x00", "")
    else:
        positions = list(range(len(mapped)))
    # a deletion can join two spaces, so runs are found after deleting
    lead = len(mapped) - len(mapped.lstrip(" "))
    chars: list[str] = []
    kept: list[int] = []
    prev = lead
    for m in _SPACE_RUN.finditer(mapped, lead):
        chars.append(mapped[prev:m.start() + 1])
        kept.extend(positions[prev:m.start() + 1])
        prev = m.end()
    if prev == lead and not chars:
        return mapped[lead:], positions[lead:]
    chars.append(mapped[prev:])
    kept.extend(positions[prev:])
    return "".join(chars), kept


def fold(text: str) -> str:
    """The key of a short string (a knowledge-base form)."""
    return fold_with_positions(text)[0].strip()


_PUNCT_SPACE = re.compile(r"\s*-\s*")


def spelling_variants(form: str, max_joins: int = 4) -> set[str]:
    """Keys under which ``form`` may appear: every space inside it kept or removed.

    «حسن اف» -> {"حسن اف", "حسناف"}; names longer than ``max_joins`` + 1 words only get
    the all-spaced and all-joined forms (2^n grows fast and long names are rarely glued).
    """
    key = _PUNCT_SPACE.sub("-", fold(form))
    if not key:
        return set()
    parts = key.split(" ")
    if len(parts) == 1:
        return {key}
    if len(parts) - 1 > max_joins:
        return {key, "".join(parts)}
    out = set()
    for seps in itertools.product((" ", ""), repeat=len(parts) - 1):
        out.add(parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True)))
    return out


def is_word_char(ch: str) -> bool:
    return ch.isalnum()

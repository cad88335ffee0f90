"""Casualty counts: «دستکم ۱۶ نفر ... جان باختند» -> 16; «ده‌ها تن» -> no number, words kept."""

from __future__ import annotations

import re

from rasad.events.lexicon import load_lexicon

DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
NUM_RE = re.compile(r"[0-9۰-۹٠-٩]+(?:[,٬][0-9۰-۹٠-٩]{3})*")


def parse_number(words: list[str]) -> int | None:
    """A number written in digits or Persian number words («بیست و پنج», «۱۶»)."""
    table: dict[str, int] = load_lexicon().cues["numbers"]
    if len(words) == 1 and NUM_RE.fullmatch(words[0]):
        return int(re.sub(r"[,٬]", "", words[0].translate(DIGITS)))
    total = 0
    current = 0
    seen = False
    for w in words:
        if w == "و":
            continue
        if w not in table:
            return None
        v = table[w]
        seen = True
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += v
    return total + current if seen else None


def casualty_count(clause_text: str) -> tuple[int | None, str | None]:
    """(number, the words that give it) from the text before a casualty verb."""
    cues = load_lexicon().cues
    people = "|".join(re.escape(w) for w in cues["people_words"])
    number_words = "|".join(sorted((re.escape(w) for w in cues["numbers"]), key=len, reverse=True))
    vague = "|".join(sorted((re.escape(w) for w in cues["vague_quantities"]), key=len, reverse=True))
    num = rf"(?:{NUM_RE.pattern}|(?:{number_words})(?:\s+و\s+(?:{number_words}))*)"
    rx = re.compile(
        rf"(?<![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c])(?P<n>{num}|{vague})(?![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c])[\s\u200c]+(?:(?:{people})(?![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff]))"
    )
    found = list(rx.finditer(clause_text))
    if not found:
        # «دست کم ۱۲ کشته»: a number right before the casualty word counts people by itself
        bare = re.search(rf"(?<![\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c])(?P<n>{num})[\s\u200c]*$", clause_text)
        if bare is None:
            return None, None
        return parse_number(bare.group("n").split()), bare.group(0).strip()
    m = found[-1]
    # «۷۳ تن از جمله ۱۳ نظامی»: a count after «از جمله» is a part of the toll before it
    for prev in reversed(found[:-1]):
        if re.fullmatch(r"[\s\u200c]*(?:از\s+جمله|ازجمله|شامل)[\s\u200c]*", clause_text[prev.end() : m.start()]):
            m = prev
        else:
            break
    words = m.group("n").split()
    if re.fullmatch(vague, m.group("n")):
        return None, m.group(0)
    value = parse_number(words) if len(words) > 1 or not NUM_RE.fullmatch(words[0]) else parse_number(words)
    return value, m.group(0)

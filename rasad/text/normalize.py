"""Persian text normalization on :class:`AlignedText`, every edit traceable to raw offsets.

Steps, in order (each one a regex pass or a list of span edits, never a character loop):

1. characters: Arabic letter forms -> Persian, Arabic-Indic digits -> Persian digits
   (Latin digits are kept: the date stage reads both), diacritics and tatweel removed,
   invisible marks removed, odd spaces -> space ("soft" spaces, remembered);
2. whitespace and lines: one space, mid-sentence line breaks joined, footnote markers out;
3. punctuation spacing: none before . ، ؛ : ! ؟ ) », one after, never inside numbers/URLs;
4. comma garble: runs of "word، word، word" with a cue that the commas are spurious;
5. words: ZWNJ where orthography needs it (spaced and glued forms), run-together words
   split, lost dots restored. A word valid as written is never changed. Two free words
   stay apart unless a compound rule of ``data/text/compounds.yaml`` joins them: a bound
   or free compound head (مذاکره‌کننده، پیش‌بینی), a prefix (بی‌پاسخ), a frequent ZWNJ
   compound of the dictionary (قطع‌نامه), "A و B" compounds (گفت‌وگو), or an NBSP typed
   where a ZWNJ belongs (خزانه‌داری).

Orthography choices (documented because downstream dictionaries must match them):
- ۀ (heh with yeh above) and ه + hamza above -> ه: the ezafe marker is not written in
  news text and names match only the plain form.
- أ ؤ ئ are kept (Persian writes تأکید، مسئول); إ ٱ -> ا (Arabic-only spellings).
- ة -> ه, ي ى -> ی, ك -> ک, ە ھ -> ه.

Repairs are recorded as {"start", "end", "before", "after", "kind"} with start/end the
span in the *raw* input (stable whatever later steps do to the text).
"""

from __future__ import annotations

import re
from typing import Any

from rasad.text.aligned import AlignedText
from rasad.text.lexicon import NON_JOINING, ZWNJ, Lexicon, lexicon

Repair = dict[str, Any]

# --- 1. characters ---------------------------------------------------------------------
_LETTERS = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "إ": "ا", "ٱ": "ا", "ە": "ه", "ھ": "ه",
            "ۍ": "ی", "ې": "ی", "ۓ": "ی"}
_DIGITS = {chr(0x0660 + i): chr(0x06F0 + i) for i in range(10)}
_CHAR_TABLE: dict[int, str | None] = {ord(k): v for k, v in {**_LETTERS, **_DIGITS}.items()}
_CHAR_RX = re.compile("[" + "".join(_LETTERS) + "".join(_DIGITS) + "]+")
# harakat, superscript alef, tatweel; hamza-above is handled first (it may compose a letter)
_MARKS_RX = re.compile("[\u064b-\u0653\u0655-\u065f\u0670\u0640]+")
_HAMZA_ABOVE_RX = re.compile("([اویه]?)\u0654")
_HAMZA_COMPOSE = {"ا": "أ", "و": "ؤ", "ی": "ئ", "ه": "ه", "": ""}
# invisible formatting characters that carry nothing for reading
_INVISIBLE_RX = re.compile("[\ufeff\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad]+")
# spaces that are not U+0020; "soft": maybe typed where a ZWNJ belongs
_SOFT_SPACES = "\u00a0\u2000-\u200b\u202f\u205f\u3000"
_SOFT_SPACE_RX = re.compile(f"[{_SOFT_SPACES}]")
_SOFT_SPACE_CHARS = frozenset(chr(c) for c in [0x00A0, *range(0x2000, 0x200C), 0x202F, 0x205F, 0x3000])

# --- 2. whitespace and lines -------------------------------------------------------------
_PERSIAN_LETTER = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0623-\u0626"
_WORD_RX = re.compile(f"[{_PERSIAN_LETTER}\u200c]+")
_ZWNJ_RUN_RX = re.compile("\u200c{2,}")
# a ZWNJ that joins nothing: next to a space, a line break, punctuation or a text edge
_ZWNJ_LOOSE_RX = re.compile(f"(?<![{_PERSIAN_LETTER}])\u200c+|\u200c+(?![{_PERSIAN_LETTER}])")
_SPACE_RUN_RX = re.compile(r"[ \t\f\v]{2,}|\t")
_FOOTNOTE_RX = re.compile(r" ?\[[0-9۰-۹]{1,3}\]")
_LINE_BREAK_RX = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_SENTENCE_END_CHARS = ".!?؟:؛;»\"')|"
_MIN_WRAPPED_LINE = 40  # a shorter line without final punctuation is a heading, not a wrap

# --- 3. punctuation spacing --------------------------------------------------------------
_URL_RX = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+", re.I)
_SPACE_BEFORE_PUNCT_RX = re.compile(r" +(?=[.,،؛:!?؟)\]»])")
_SPACE_AFTER_OPEN_RX = re.compile(r"(?<=[(«\[]) +")
# punctuation glued to the next word: ، ؛ always; ! ? ؟ before a letter; : before a letter;
# . only after a Persian word of two letters or more and before a letter or « (keeps 3.5,
# U.S., file.txt, URLs and the abbreviations ه.ش، ج.ا.ا intact)
_GLUED_AFTER_PUNCT_RX = re.compile(
    f"[،؛](?=[^\\s\\d.,،؛:!?؟)»\\]])|[!?؟:](?=[{_PERSIAN_LETTER}«(])"
    f"|(?<=[{_PERSIAN_LETTER}]{{2}})\\.(?=[{_PERSIAN_LETTER}]{{2}}|«|و )"
)

# --- 4. comma garble ---------------------------------------------------------------------
_ITEM = f"(?:و )?[{_PERSIAN_LETTER}\u200c-]+"
_COMMA_RUN_RX = re.compile(f"{_ITEM}(?:، {_ITEM}){{3,}}")

# --- 5. words ----------------------------------------------------------------------------
# function words that get glued to a neighbour when a space is lost ("باتوجه", "نیوزبه")
_GLUE_WORDS = ("به", "با", "از", "در", "که", "را", "تا", "برای", "شد", "کرد", "است", "این", "آن")
_PREPOSITIONS = frozenset({"به", "با", "در", "از", "برای", "تا", "و", "که", "را"})
_DOT_GROUPS = ("بپتثنی", "جچحخ", "دذ", "رزژ", "سش", "صض", "طظ", "عغ", "فق", "کگ")
_DOT_ALTERNATIVES = {ch: group.replace(ch, "") for group in _DOT_GROUPS for ch in group}
_MIN_DOT_FREQ = 100_000  # a lost-dot candidate must be a common word
_MIN_SEGMENT_FREQ = 1_000  # pieces of a run-together token must have corpus evidence
_MIN_SHORT_SPLIT_FREQ = 10_000
_LONG_TOKEN = 10
_MAX_PIECE = 16
_COMPOUND_MIN_FREQ = 1_000  # "A B" -> "A‌B" needs this much evidence for the joined word
_AND_COMPOUND_MIN_FREQ = 10_000  # "A و B" -> "A‌وB" (گفت‌وگو، جست‌وجو)
_NUMBER_WORDS = frozenset({"یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "چند", "همه"})
# inflections a spaced compound's second word may carry (rule (c) of compounds.yaml)
_COMPOUND_INFLECTIONS = ("هایی", "های", "ها", "ای", "ی", "ان")
_MIN_PHRASE_PIECE_FREQ = 10_000  # both words of a glued listed phrase must be common


def _record(at: AlignedText, start: int, end: int, new: str, kind: str, repairs: list[Repair] | None) -> None:
    if repairs is None:
        return
    rs, re_ = at.raw_span(start, end)
    repairs.append({"start": rs, "end": re_, "before": at.text[start:end], "after": new, "kind": kind})


def _sub(at: AlignedText, rx: re.Pattern[str], repl: Any, kind: str, repairs: list[Repair] | None,
         record: bool = True) -> AlignedText:
    """``at.sub`` that also records each change."""
    if not rx.search(at.text):
        return at

    def wrapped(m: re.Match[str]) -> str:
        new = repl(m) if callable(repl) else m.expand(repl)
        if record and new != m.group(0):
            _record(at, m.start(), m.end(), new, kind, repairs)
        return new

    return at.sub(rx, wrapped)


def _characters(at: AlignedText, repairs: list[Repair] | None) -> AlignedText:
    at = _sub(at, _HAMZA_ABOVE_RX, lambda m: _HAMZA_COMPOSE[m.group(1)], "letters", repairs)
    at = _sub(at, _CHAR_RX, lambda m: m.group(0).translate(_CHAR_TABLE), "letters", repairs)
    at = _sub(at, _MARKS_RX, "", "diacritics", repairs)
    at = _sub(at, _INVISIBLE_RX, "", "invisible", repairs, record=False)
    # NBSP / zero-width / thin spaces become spaces here; the word step looks them up in
    # the raw input again, because inside a word they stand for a ZWNJ
    return at.sub(_SOFT_SPACE_RX, " ")


def _lines(at: AlignedText, repairs: list[Repair] | None) -> AlignedText:
    at = at.sub(r"\r\n?", "\n")
    at = _sub(at, _ZWNJ_RUN_RX, ZWNJ, "zwnj", repairs, record=False)
    at = at.sub(_SPACE_RUN_RX, " ")
    at = at.strip_lines()
    at = _sub(at, _FOOTNOTE_RX, "", "footnote", repairs)
    text = at.text

    def join(m: re.Match[str]) -> str:
        # a single line break inside a paragraph: join when the line before is a wrapped
        # line (long, no final punctuation) and the next line goes on with a word
        start = text.rfind("\n", 0, m.start()) + 1
        line = text[start:m.start()].rstrip()
        nxt = text[m.end():m.end() + 1]
        # a line that ends on a preposition or conjunction goes on, however short it is
        last_word = line.rsplit(" ", 1)[-1]
        if (line and (len(line) >= _MIN_WRAPPED_LINE or last_word in _PREPOSITIONS)
                and line[-1] not in _SENTENCE_END_CHARS and re.match(f"[{_PERSIAN_LETTER}«(]", nxt)):
            return " "
        return "\n"

    at = _sub(at, _LINE_BREAK_RX, join, "line_join", repairs)
    at = at.sub(_SPACE_RUN_RX, " ")
    return at


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL_RX.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _punctuation(at: AlignedText, repairs: list[Repair] | None) -> AlignedText:
    urls = _url_spans(at.text)
    at = _sub(at, _SPACE_BEFORE_PUNCT_RX,
              lambda m: m.group(0) if _inside(m.end(), urls) else "", "punct_space", repairs)
    at = _sub(at, _SPACE_AFTER_OPEN_RX, "", "punct_space", repairs)
    urls = _url_spans(at.text)
    at = _sub(at, _GLUED_AFTER_PUNCT_RX,
              lambda m: m.group(0) if _inside(m.start(), urls) else m.group(0) + " ", "punct_space", repairs)
    return at


def _comma_garble(at: AlignedText, lex: Lexicon, repairs: list[Repair] | None) -> AlignedText:
    """Drop commas scraped into a phrase ("آموزش، های، نظامی"; "همکاری، نظامی، و فنی").

    A run of four or more single-word items joined by "، " is a list unless it shows a
    cue that the commas are noise: an item that is a bare suffix (های), a single letter,
    or an item that starts with "و" (Persian puts no comma before "و" in a list).
    """
    suffixes = lex.suffix_sets["plural_suffixes"] | lex.suffix_sets["after_heh_suffixes"]
    edits: list[tuple[int, int, str]] = []
    for m in _COMMA_RUN_RX.finditer(at.text):
        items = m.group(0).split("، ")
        cue = any(it in suffixes or len(it) == 1 or it.startswith("و ") for it in items[1:])
        if not cue:
            continue
        pos = m.start()
        for it in items[:-1]:
            pos += len(it)
            edits.append((pos, pos + 1, ""))
            _record(at, pos, pos + 1, "", "comma", repairs)
            pos += 2
    return at.replace_spans(edits) if edits else at


def _with_suffix(word: str, lex: Lexicon) -> str | None:
    """A glued stem+suffix written properly ("رسانههای" -> "رسانه‌های"), or None."""
    for group, need_end in (("plural_suffixes", ""), ("after_heh_suffixes", "ه"),
                            ("after_yeh_suffixes", "ی"), ("superlative_suffixes", "")):
        for suffix in lex.suffix_lists.get(group, ()):
            if not word.endswith(suffix) or len(word) - len(suffix) < 2:
                continue
            stem = word[: -len(suffix)]
            if need_end and not stem.endswith(need_end):
                continue
            proper = stem if lex.plausible(stem) else lex.dezwnj.get(stem)
            if proper is not None:
                # after a non-joining letter the ZWNJ is invisible; both spellings are
                # standard, and the one without it is what dictionaries list
                return proper + ("" if proper[-1] in NON_JOINING else ZWNJ) + suffix
    return None


def _verb_prefix(word: str, lex: Lexicon) -> str | None:
    for prefix in ("نمی", "می"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            cand = prefix + ZWNJ + word[len(prefix):]
            if cand in lex.verbs:
                return cand
    return None


def _glue_fix(word: str, lex: Lexicon) -> str | None:
    """Missing ZWNJ inside a word: dictionary spelling, verb prefix, or stem+suffix."""
    if ZWNJ not in word and word in lex.dezwnj:
        return lex.dezwnj[word]
    return _verb_prefix(word, lex) or _with_suffix(word, lex)


def _piece(word: str, lex: Lexicon, min_freq: int) -> str | None:
    """The proper spelling of one piece of a run-together token, if it is a good word."""
    if lex.morph_frequency(word) >= min_freq:
        return word
    fixed = _glue_fix(word, lex)
    if fixed is not None:
        return fixed
    return None


def _segment_long(word: str, lex: Lexicon) -> list[str] | None:
    """Unigram dynamic programming over a token that lost all its spaces."""
    n = len(word)
    inf = float("inf")
    best: list[tuple[float, int, str]] = [(0.0, 0, "")] + [(inf, 0, "")] * n
    for j in range(1, n + 1):
        for i in range(max(0, j - _MAX_PIECE), j):
            if best[i][0] == inf:
                continue
            piece = word[i:j]
            proper = _piece(piece, lex, _MIN_SEGMENT_FREQ)
            if proper is None or (len(piece) == 1 and piece != "و"):
                continue
            cost = best[i][0] + lex.cost(proper) + 4.0
            if cost < best[j][0]:
                best[j] = (cost, i, proper)
    if best[n][0] == inf:
        return None
    pieces: list[str] = []
    j = n
    while j > 0:
        _, i, proper = best[j]
        pieces.append(proper)
        j = i
    pieces.reverse()
    if len(pieces) < 2 or len(pieces) > n / 2.5:
        return None
    return pieces


def _segment_short(word: str, lex: Lexicon) -> list[str] | None:
    """A function word glued to a neighbour ("باتوجه", "نیوزبه", "یادآورشد")."""
    best: tuple[int, list[str]] | None = None
    for glue in _GLUE_WORDS:
        for pieces in ((glue, word[len(glue):]) if word.startswith(glue) else None,
                       (word[: -len(glue)], glue) if word.endswith(glue) else None):
            if pieces is None:
                continue
            other = pieces[1] if pieces[0] == glue else pieces[0]
            if len(other) < 2:
                continue
            proper = _piece(other, lex, _MIN_SHORT_SPLIT_FREQ)
            if proper is None:
                continue
            f = lex.frequency(proper) or lex.frequency(other)
            out = [glue, proper] if pieces[0] == glue else [proper, glue]
            if best is None or f > best[0]:
                best = (f, out)
    return best[1] if best else None


def _split_phrase(word: str, lex: Lexicon) -> list[str] | None:
    """A listed two-word phrase typed without its space («امورخارجه» -> «امور خارجه»).

    The phrases are the spaced pairs our dictionaries list (compounds.yaml keep_apart,
    the actor and date data); both words must be common, so a rare word that happens to
    be two words glued together is left alone.
    """
    phrases = lex.compounds.keep_apart
    for i in range(2, len(word) - 1):
        left, right = word[:i], word[i:]
        if f"{left} {right}" in phrases and min(lex.frequency(left), lex.frequency(right)) >= _MIN_PHRASE_PIECE_FREQ:
            return [left, right]
    return None


def _dot_candidates(word: str) -> set[str]:
    cands: set[str] = set()
    for i, ch in enumerate(word):
        for alt in _DOT_ALTERNATIVES.get(ch, ""):
            cands.add(word[:i] + alt + word[i + 1:])
        if i and word[i - 1] == ch:  # one letter typed twice (آذرربایجان)
            cands.add(word[:i] + word[i + 1:])
    return cands


def _lost_dot(word: str, lex: Lexicon) -> str | None:
    # short words have too many dotted neighbours (تاد/باد) to choose from safely
    if len(word) < 4:
        return None
    own = lex.frequency(word)
    ranked = sorted(((lex.frequency(c), c) for c in _dot_candidates(word)), reverse=True)
    if not ranked:
        return None
    best_f, best = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0
    # a common word, far more common than the word as written and than any other candidate
    if best_f >= _MIN_DOT_FREQ and best_f >= 50 * (own + 1) and best_f >= 5 * runner_up:
        return best
    return None


def _compound_join(left: str, right: str, lex: Lexicon, soft: bool) -> str | None:
    """The separator for a spaced compound of two free words (ZWNJ, or "" for a glued
    dictionary spelling), or None to keep the space. Rules and lists: compounds.yaml."""
    rules = lex.compounds
    joined = left + ZWNJ + right
    # a doubled word («بی بی سی») is no compound here, whatever the dictionary lists
    if left == right or f"{left} {right}" in rules.listed_apart:
        return None
    # another dictionary's spaced phrase («شبه نظامیان» of the actor cues) stays apart
    # unless the orthography's own rules (a prefix, a bound head) join it; the actor
    # matcher folds ZWNJ and space alike, so joining those costs it nothing
    derived_apart = f"{left} {right}" in rules.keep_apart
    # (b) a prefix written with ZWNJ (بی‌پاسخ), where the joined word is known
    prefix = rules.prefixes.get(left)
    if prefix is not None:
        if right in lex.verbs:
            return None
        min_freq = int(prefix.get("min_freq", 1))
        max_ratio = prefix.get("max_ratio")
        for sep in (ZWNJ, "") if prefix.get("glued") else (ZWNJ,):
            # an inflected form counts through its stem («شبه نظامیان» -> «شبه‌نظامی» + ان)
            f = lex.morph_frequency(left + sep + right)
            if f >= min_freq and (not max_ratio or lex.frequency(right) <= int(max_ratio) * f):
                return sep
        return None
    if left in rules.never_join and not (right in rules.number_heads and left in _NUMBER_WORDS):
        return None
    # (a) a compound head: bound ones join any noun/adjective, free ones need the dictionary
    head_ok = lex.in_dictionary(joined) or lex.plausible(joined)
    if (right in rules.bound_heads and (head_ok or left in lex.nominal or left in _NUMBER_WORDS)) \
            or (right in rules.free_heads and head_ok and not derived_apart):
        # the dictionary's spelling wins: some compounds are written glued (کارشناسی)
        return "" if not lex.in_dictionary(joined) and lex.known(left + right) else ZWNJ
    if derived_apart:
        return None
    if right in rules.never_join:
        return None
    # an NBSP or zero-width space where a known compound belongs stands for a ZWNJ
    if soft and lex.plausible(joined):
        return ZWNJ
    # (c) a frequent ZWNJ compound of the dictionary (پیش‌بینی، قطع‌نامه); not before a
    # verb form other than a 2nd-person one (news has none, and «بینی» «گیری» are heads)
    if right in lex.verbs and not right.endswith("ی"):
        return None
    if lex.frequency(joined) >= rules.lexicon_min_freq:
        return ZWNJ
    # ... or one of them inflected («راه حلی» -> «راه‌حل» + ی)
    for suffix in _COMPOUND_INFLECTIONS:
        if right.endswith(suffix) and len(right) - len(suffix) >= 2 \
                and lex.frequency(joined[: -len(suffix)]) >= rules.lexicon_min_freq:
            return ZWNJ
    return None


def _join_pair(left: str, right: str, lex: Lexicon, soft: bool) -> str | None:
    """The separator "left right" should be written with (ZWNJ, or "" for a glued
    dictionary spelling), or None to keep the space."""
    sets = lex.suffix_sets
    if left in sets["verb_prefixes"] and (left + ZWNJ + right) in lex.verbs:
        return ZWNJ
    if len(left) < 2:
        return None
    # a bare plural ending is never a word of its own: it belongs to the word before;
    # after a non-joining letter the ZWNJ is invisible and the dictionaries (and the
    # text's own glued spellings, «نیروهای») write the word without it
    if right in sets["plural_suffixes"] or right in sets["superlative_suffixes"]:
        return "" if left[-1] in NON_JOINING else ZWNJ
    if not lex.in_dictionary(left):
        return None
    if right in sets["after_heh_suffixes"] and left.endswith("ه"):
        return ZWNJ
    if right in sets["after_yeh_suffixes"] and left.endswith("ی"):
        return ZWNJ
    if left in _PREPOSITIONS:
        return None
    # a compound whose second part is no word of its own (گفت وگو، بین المللی)
    joined = left + ZWNJ + right
    if not lex.plausible(right):
        ok = lex.frequency(joined) >= (1 if soft else _COMPOUND_MIN_FREQ) or lex.plausible(joined)
        return ZWNJ if ok else None
    # two free words ("قره باغ", "رئیس جمهوری") stay apart, since every dictionary
    # downstream spells them that way, unless a compound rule says otherwise
    return _compound_join(left, right, lex, soft)


def _and_compound(left: str, right: str, lex: Lexicon) -> bool:
    """«گفت و گو» -> «گفت‌وگو»: a dictionary compound of the form A‌وB typed as "A و B"."""
    if len(left) < 2 or len(right) < 2 or left in lex.compounds.never_join:
        return False
    joined = left + ZWNJ + "و" + right
    if lex.frequency(joined) >= _AND_COMPOUND_MIN_FREQ:
        return True
    # with an inflection: «گفت و گوی», «گفت و گوها»
    return any(joined.endswith(x) and lex.frequency(joined[: -len(x)]) >= _AND_COMPOUND_MIN_FREQ
               for x in lex.attached_suffixes)


def _words(at: AlignedText, lex: Lexicon, soft_raw: set[int], repairs: list[Repair] | None) -> AlignedText:
    text = at.text
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD_RX.finditer(text)]
    edits: list[tuple[int, int, str, str]] = []
    joined: set[int] = set()  # token indices already handled by a join
    for k in range(len(tokens) - 1):
        s1, e1, w1 = tokens[k]
        s2, e2, w2 = tokens[k + 1]
        if s2 != e1 + 1 or text[e1] != " ":
            continue
        if w2 == "و" and k + 2 < len(tokens):
            s3, _, w3 = tokens[k + 2]
            if text[e2:s3] == " " and _and_compound(w1, w3, lex):
                edits.append((e1, s3, ZWNJ + "و", "zwnj"))
                joined.update((k, k + 1, k + 2))
                continue
        soft = at.offsets[e1] in soft_raw
        sep = _join_pair(w1, w2, lex, soft)
        if sep is not None:
            edits.append((e1, s2, sep, "zwnj" if sep else "space"))
            joined.update((k, k + 1))
    for k, (s, e, word) in enumerate(tokens):
        if k in joined:
            continue
        if lex.plausible(word):
            # before a light verb the word is the noun of a compound verb ("تاکند کرد"):
            # a lost dot is likelier than the rare reading that made it plausible
            nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
            if nxt in lex.light_verbs and not lex.known(word):
                new = _lost_dot(word, lex)
                if new is not None:
                    edits.append((s, e, new, "dot"))
            continue
        if ZWNJ in word and all(lex.known(p) or p in lex.verbs for p in word.split(ZWNJ) if p):
            continue
        new = _glue_fix(word, lex)
        kind = "zwnj"
        if new is None and not lex.in_dictionary(word):
            pieces = _split_phrase(word, lex)
            new, kind = (" ".join(pieces), "space") if pieces else (None, kind)
        if new is None and not lex.in_dictionary(word) and len(word) < _LONG_TOKEN:
            pieces = _segment_short(word, lex)
            new, kind = (" ".join(pieces), "space") if pieces else (None, kind)
        if new is None:
            new, kind = _lost_dot(word, lex), "dot"
        if new is None and len(word) >= _LONG_TOKEN:
            pieces = _segment_long(word, lex)
            new, kind = (" ".join(pieces), "space") if pieces else (None, kind)
        if new is not None and new != word:
            edits.append((s, e, new, kind))
    if not edits:
        return at
    for s, e, new, kind in edits:
        _record(at, s, e, new, kind, repairs)
    return at.replace_spans((s, e, new) for s, e, new, _ in edits)


def normalize_aligned(at: AlignedText, raw: str | None = None, repairs: list[Repair] | None = None,
                      raw_base: int = 0) -> AlignedText:
    """All normalization steps on an aligned text (``raw`` lets soft spaces be recognised)."""
    lex = lexicon()
    at = _characters(at, repairs)
    soft_raw: set[int] = set()
    if raw is not None and _SOFT_SPACE_RX.search(raw):
        # raw offsets of spaces typed as NBSP / zero-width / thin spaces
        soft_raw = {o for o, ch in zip(at.offsets, at.text, strict=False)
                    if ch == " " and 0 <= o - raw_base < len(raw) and raw[o - raw_base] in _SOFT_SPACE_CHARS}
    at = _lines(at, repairs)
    at = _punctuation(at, repairs)
    at = _comma_garble(at, lex, repairs)
    at = _words(at, lex, soft_raw, repairs)
    at = _sub(at, _ZWNJ_LOOSE_RX, "", "zwnj", repairs, record=False)
    at = at.sub(_SPACE_RUN_RX, " ")
    return at


def normalize_text(s: str, base: int = 0, repairs: list[Repair] | None = None) -> AlignedText:
    """Normalize one string (a title, a line); offsets are ``base`` + index into ``s``."""
    return normalize_aligned(AlignedText.from_raw(s, base), raw=s, repairs=repairs, raw_base=base)

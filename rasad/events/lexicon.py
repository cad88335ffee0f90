"""The event lexicon: trigger patterns and clause cues read from ``rasad/data/events/``.

Patterns are written compactly in YAML (see the header of ``triggers.yaml``) and compiled
here into regular expressions that accept the inflections and spelling variants of real
news text, so adding a verb is a data edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT".split()
)
FRAMES = frozenset(
    "partner object from to between against possessive upon to_place from_place from_for "
    "object_before_to object_possessive with_proposal responsible object_attack possessive_pair "
    "to_nominal genitive_after claim_owner from_wide from_thing from_person guest".split()
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"
LETTER = "\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff\u200c"
# between words; an opening guillemet may start the next word («ایران را «شریک ...» خواند»)
SEP = r"[\s\u200c]+«?"
JOIN = r"[\s\u200c]?"  # inside a word written with "_": space, ZWNJ or nothing
NOUN_SUFFIX = r"(?:[\u200c ]?(?:هایی|های|ها))?(?:[\u200c]?(?:ای|ی))?"
PERSON = r"(?:م|ی|یم|ید|ند|د)"
PAST_PERSON = r"(?:م|ی|یم|ید|ند)"
AUX = r"(?:است|ام|ای|ایم|اید|اند|بود(?:م|ی|یم|ید|ند)?|باشد|باشند|شد|شده)"
FUNCTION_WORDS = frozenset("را به بر در از با و که تا".split())
# a quoted phrase inside a clause («پاسخی قاطع», «کی-۱») is part of it: guillemets do not end a gap
GAP_WORD = r"[^\s\u200c،؛:.!؟?\"]+"
# a Persian letter (ZWNJ excluded: a word may start right after one)
_LETTER_RE = re.compile("[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff]")


def _word(word: str) -> str:
    """Regex for one pattern word: ``|`` variants, ``_`` joints, optional noun suffix unless ``!``."""
    exact = "!" in word or word in FUNCTION_WORDS
    word = word.replace("!", "")
    alts = []
    for alt in word.split("|"):
        if not alt:
            continue
        alts.append(JOIN.join(re.escape(part) for part in alt.split("_")))
    body = "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"
    return body if exact else body + NOUN_SUFFIX


def verb_regex(past: str, present: str) -> str:
    """Every common finite form of a verb, with named groups for negation and future.

    Groups: ``neg`` (ن/نمی prefix), ``fut`` (خواه- auxiliary), ``prog`` (می prefix).
    """
    past_re = JOIN.join(re.escape(p) for p in past.split("_"))
    pres_re = "(?:" + "|".join(re.escape(p) for p in present.split("|")) + ")"
    neg = r"(?P<neg>ن)?"
    forms = [
        # future: (ن)خواهد کرد
        rf"(?P<fneg>ن)?(?P<fut>خواه{PERSON}){SEP}{past_re}",
        # past, perfect, progressive past: (ن)(می)کرد(ند), کرده (است)
        rf"{neg}(?:(?P<prog>می)[\u200c ]?)?{past_re}(?:ه(?:[\u200c ]?{AUX})?|{PAST_PERSON})?",
        # present: (ن)می‌کند, subjunctive بکند/نکند
        rf"(?P<pneg>ن)?(?:(?P<pprog>می)[\u200c ]?|ب)?{pres_re}{PERSON}(?P<pres>)",
    ]
    return "(?:" + "|".join(f"(?:{f})" for f in forms) + ")"


@dataclass
class Trigger:
    id: str
    type: str
    mode: str | None
    mutual: bool
    frame: list[str]
    patterns: list[str]
    nominal: bool = False
    target_optional: bool = False
    casualty: str | None = None
    # the doer must be named in the phrase itself («اصابت پهپاد اوکراینی»): an instrument's
    # owner, never the clause's subject (a reporting official is not the attacker)
    own_source: bool = False
    # the subject is the one acted on and the doer is the agent named by «از سوی Y» / «توسط Y»
    passive: bool = False
    # the pattern is the consequence a threat names («در امان نخواهد بود»): the speaker threatens
    # the one it falls on
    consequence: bool = False
    # the act backed is named after «از»: its parties (mediators, «بین X و Y») are the target
    supported_act: bool = False
    # the pattern is a fixed phrase whose verb is its own («سفیر خود را ... فراخواند»): a shorter
    # match of another type ending on that verb is part of it, not a second act
    owns_verb: bool = False
    # «X مسئولیت این حمله را بر عهده گرفت»: the subject claims an attack already told (its
    # target and toll are that attack's), so the act is an ASSAULT the claimant says it made
    claims_attack: bool = False
    regex: re.Pattern[str] | None = None
    # literal strings one of which every match contains: a cheap test before the regex runs
    anchors: tuple[str, ...] = ()


@dataclass
class Lexicon:
    triggers: list[Trigger]
    verbs: dict[str, str]
    cues: dict[str, Any]
    reporting: re.Pattern[str]
    prepositions: frozenset[str] = field(default_factory=frozenset)
    reporting_anchors: tuple[str, ...] = ()
    claiming: re.Pattern[str] | None = None  # claim verbs («مدعی شد»): a subset of ``reporting``
    # reporting verbs whose content may follow bare («X گفت مسکو ...»): a subset of ``reporting``
    bare_reporting: re.Pattern[str] | None = None
    anchor_automaton: Any = None  # ahocorasick.Automaton: anchor -> indexes of triggers it opens
    always_tried: frozenset[int] = frozenset()  # triggers without anchors

    def possible_triggers(self, text: str, start: int, end: int) -> list[Trigger]:
        """Triggers that may match in ``text[start:end]``, in lexicon order (one automaton pass)."""
        idx: set[int] = set(self.always_tried)
        for last, (length, anywhere, word_start) in self.anchor_automaton.iter(text, start, end):
            idx |= anywhere
            if word_start:
                at = last - length + 1
                if at == 0 or not _LETTER_RE.match(text[at - 1]):
                    idx |= word_start
        return [self.triggers[i] for i in sorted(idx)]


def compile_pattern(pattern: str, verbs: dict[str, str], default_gap: int = 4) -> str:
    """One pattern string of the data language -> regex (verb groups renamed per use)."""
    parts: list[str] = []
    for tok in pattern.split():
        if tok.startswith("..."):
            n = int(tok[3:] or default_gap)
            parts.append(f"(?:{GAP_WORD}{SEP}){{0,{n}}}")
            continue
        if tok.startswith("V:"):
            stem = tok[2:]
            if stem not in verbs:
                raise ValueError(f"verb stem {stem!r} has no present stem in verbs:")
            parts.append(verb_regex(stem, verbs[stem]) + "(?P<vend>)")
        else:
            parts.append(_word(tok))
    out = ""
    for i, p in enumerate(parts):
        if i == 0:
            out = p
        elif parts[i - 1].endswith("}") and parts[i - 1].startswith("(?:" + GAP_WORD):
            out += p  # a gap already ends with a separator
        else:
            out += SEP + p
    return rf"(?<![{LETTER}])" + out + rf"(?![{LETTER}])"


def _token_literals(tok: str, verbs: dict[str, str]) -> list[str]:
    """Literal strings one of which any text matched by one pattern token contains.

    A word token's literal starts a word (nothing but space, ZWNJ or punctuation before
    it) and is marked with a leading "^"; a verb's stem may follow a prefix (نکرد، بکند)."""
    if tok.startswith("V:"):
        stem = tok[2:]
        # every verb form holds its past stem (past, perfect, future) or a present stem
        return [stem.split("_")[0], *verbs[stem].split("|")]
    return ["^" + alt.split("_")[0] for alt in tok.replace("!", "").split("|") if alt]


def pattern_anchors(pattern: str, verbs: dict[str, str]) -> list[str]:
    """The most selective token's literals: the one whose shortest literal is longest."""
    best: list[str] = []
    best_score = (-1, 0)
    for tok in pattern.split():
        if tok.startswith("..."):
            continue
        lits = _token_literals(tok, verbs)
        if not lits:
            continue
        # «را», «به» occur in every sentence: any content word is a better anchor
        score = (0 if tok.replace("!", "") in FUNCTION_WORDS else 1, min(len(x.lstrip("^")) for x in lits))
        if score > best_score:
            best, best_score = lits, score
    return best


def anchors_of(patterns: list[str], verbs: dict[str, str]) -> tuple[str, ...]:
    out: list[str] = []
    for p in patterns:
        for lit in pattern_anchors(p, verbs):
            if lit not in out:
                out.append(lit)
    return tuple(out)


def may_match(anchors: tuple[str, ...], text: str) -> bool:
    """False only when no match is possible in ``text`` (no anchor occurs in it)."""
    return not anchors or any(a.lstrip("^") in text for a in anchors)


def anchor_automaton(triggers: list[Trigger]) -> Any:
    """anchor -> (its length, triggers it opens anywhere, triggers it opens only at a word start)."""
    anywhere: dict[str, set[int]] = {}
    word_start: dict[str, set[int]] = {}
    for i, trig in enumerate(triggers):
        for a in trig.anchors:
            if a.startswith("^"):
                word_start.setdefault(a[1:], set()).add(i)
            else:
                anywhere.setdefault(a, set()).add(i)
    automaton = ahocorasick.Automaton()
    for a in set(anywhere) | set(word_start):
        automaton.add_word(a, (len(a), frozenset(anywhere.get(a, ())), frozenset(word_start.get(a, ()))))
    automaton.make_automaton()
    return automaton


def _join_alternatives(regexes: list[str]) -> re.Pattern[str]:
    """Alternation of several patterns; duplicate group names are made unique per branch."""
    branches = []
    for i, rx in enumerate(regexes):
        branches.append(re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m.group(1)}_{i}>", rx))
    return re.compile("|".join(f"(?:{b})" for b in branches))


def _data(name: str) -> Any:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = _data("triggers.yaml")
    cues = _data("cues.yaml")
    verbs: dict[str, str] = {str(k): str(v) for k, v in raw["verbs"].items()}
    triggers: list[Trigger] = []
    for entry in raw["triggers"]:
        trig = Trigger(
            id=entry["id"],
            type=entry["type"],
            mode=entry.get("mode"),
            mutual=bool(entry.get("mutual", False)),
            frame=list(entry.get("frame") or []),
            patterns=list(entry["patterns"]),
            nominal=bool(entry.get("nominal", False)),
            target_optional=bool(entry.get("target_optional", False)),
            casualty=entry.get("casualty"),
            own_source=bool(entry.get("own_source", False)),
            passive=bool(entry.get("passive", False)),
            consequence=bool(entry.get("consequence", False)),
            supported_act=bool(entry.get("supported_act", False)),
            owns_verb=bool(entry.get("owns_verb", False)),
            claims_attack=bool(entry.get("claims_attack", False)),
        )
        trig.regex = _join_alternatives([compile_pattern(p, verbs) for p in trig.patterns])
        trig.anchors = anchors_of(trig.patterns, verbs)
        triggers.append(trig)
    reporting = _join_alternatives([compile_pattern(p, verbs) for p in cues["reporting"]])
    return Lexicon(
        triggers=triggers,
        verbs=verbs,
        cues=cues,
        reporting=reporting,
        prepositions=frozenset(cues["prepositions"]),
        reporting_anchors=anchors_of(cues["reporting"], verbs),
        claiming=_join_alternatives([compile_pattern(p, verbs) for p in cues["claim_verbs"]]),
        bare_reporting=_join_alternatives([compile_pattern(p, verbs) for p in cues["bare_reporting"]]),
        anchor_automaton=anchor_automaton(triggers),
        always_tried=frozenset(i for i, t in enumerate(triggers) if not t.anchors),
    )


def match_flags(m: re.Match[str]) -> dict[str, bool]:
    """Negation / future / progressive read off a trigger match's verb groups."""
    flags = {"negated": False, "future": False, "present": False, "subjunctive": False}
    present_form = False
    for name, value in m.groupdict().items():
        if value is None:
            continue
        base = name.rsplit("_", 1)[0]
        if base == "pres":
            present_form = True
        if base in ("neg", "fneg", "pneg"):
            flags["negated"] = True
        elif base == "fut":
            flags["future"] = True
        elif base == "pprog":
            flags["present"] = True
    # a present stem without «می» is the subjunctive («عقب بکشد», «برگزار کنند»): an act wished,
    # asked for or planned, not one reported (دار- «دارد» is indicative without «می»)
    if present_form and not flags["present"] and not re.search(r"دار(?:م|ی|یم|ید|ند|د)$", m.group(0)):
        flags["subjunctive"] = True
    return flags

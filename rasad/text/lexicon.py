"""Word knowledge for the normalizer: frequencies, verb forms, affixes, loaded once.

Sources: hazm's ``words.dat`` (word, corpus frequency, POS) and ``verbs.dat``
(past#present stems), our reviewed lists under ``rasad/data/text/``, and the Persian
names of the actor dictionary (``rasad/data/actors/**/*.yaml``, optional).
Everything is read lazily on first use and cached for the process.
"""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

ZWNJ = "\u200c"
# letters that never join the next one: a ZWNJ after them changes nothing visible
NON_JOINING = frozenset("اآأإدذرزژوؤ")
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TEXT_DATA = DATA_DIR / "text"

# Frequency given to words known only from our lists or from verb generation: common
# enough to win a segmentation, below the very frequent function words.
LIST_WORD_FREQ = 200_000
VERB_FORM_FREQ = 1_000_000

# Endings of conjugated verbs (present: person endings; past: same, 3sg empty).
_PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
_PAST_ENDINGS = ("م", "ی", "", "یم", "ید", "ند")


def _hazm_data(name: str) -> Path:
    # find the package without importing it: hazm's import pulls in much more than its data
    spec = importlib.util.find_spec("hazm")
    if spec is None or spec.origin is None:
        raise RuntimeError("hazm is not installed; its word lists are needed for normalization")
    return Path(spec.origin).parent / "data" / name


def _read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
        if line:
            out.append(line)
    return out


def alias_key(word: str) -> str:
    """Spelling variants that Persian accepts both ways share one key (تأکید = تاکید)."""
    return word.replace("أ", "ا").replace("ؤ", "و")


@dataclass
class CompoundRules:
    """How spaced compounds are joined (``rasad/data/text/compounds.yaml``)."""

    bound_heads: frozenset[str] = frozenset()
    free_heads: frozenset[str] = frozenset()
    prefixes: dict[str, dict[str, int | bool]] = field(default_factory=dict)
    lexicon_min_freq: int = 50_000
    never_join: frozenset[str] = frozenset()
    keep_apart: frozenset[str] = frozenset()  # "left right" phrases written with a space
    # the part of keep_apart compounds.yaml lists itself: it overrides every join rule; the
    # pairs derived from other dictionaries yield to a prefix or bound head (شبه‌نظامیان)
    listed_apart: frozenset[str] = frozenset()
    number_heads: frozenset[str] = frozenset()  # bound heads that also join after a number
    zwnj_compounds: frozenset[str] = frozenset()  # our list of ZWNJ compounds (راه‌حل)


@dataclass
class Lexicon:
    freq: dict[str, int] = field(default_factory=dict)  # word (and alias key) -> frequency
    dezwnj: dict[str, str] = field(default_factory=dict)  # ZWNJ-less spelling -> proper spelling
    verbs: set[str] = field(default_factory=set)  # conjugated forms, "می‌" written with ZWNJ
    past_stems: set[str] = field(default_factory=set)
    listed: set[str] = field(default_factory=set)  # our lists + actor names: always valid
    light_verbs: set[str] = field(default_factory=set)
    abbreviations: set[str] = field(default_factory=set)
    affixes: dict[str, list[str]] = field(default_factory=dict)
    attached_suffixes: tuple[str, ...] = ()
    suffix_sets: dict[str, frozenset[str]] = field(default_factory=dict)
    suffix_lists: dict[str, tuple[str, ...]] = field(default_factory=dict)  # longest first
    nominal: set[str] = field(default_factory=set)  # hazm POS noun or adjective
    compounds: CompoundRules = field(default_factory=CompoundRules)
    _morph_cache: dict[str, int] = field(default_factory=dict)  # words recur: memoize
    total: float = 1.0

    def known(self, word: str) -> bool:
        """Valid as written: a word with corpus evidence, a verb form, or a listed word."""
        return self.freq.get(word, 0) > 0 or word in self.verbs or word in self.listed

    def plausible(self, word: str) -> bool:
        """Known, or a known stem with an inflection that is written attached (همکار+ی, سر+ان)."""
        return self.morph_frequency(word) > 0

    def morph_frequency(self, word: str) -> int:
        """Frequency of a word, or a tenth of its stem's for an inflected form hazm lists without one."""
        cached = self._morph_cache.get(word)
        if cached is None:
            cached = self._morph_cache[word] = self._morph_frequency(word)
        return cached

    def _morph_frequency(self, word: str) -> int:
        f = self.frequency(word)
        if f:
            return f
        for suffix in self.attached_suffixes:
            if not word.endswith(suffix) or len(word) - len(suffix) < 2:
                continue
            stem = word[: -len(suffix)]
            # ها/های glued to a joining letter needs a ZWNJ (رسانههای): not valid as written
            if suffix[0] == "ه" and stem[-1] not in NON_JOINING:
                continue
            f = self.frequency(stem)
            if f:
                return max(1, f // 10)
        return 0

    def in_dictionary(self, word: str) -> bool:
        """Present at all (hazm also lists many frequency-0 entries, some of them typos)."""
        return word in self.freq or word in self.verbs or word in self.listed

    def frequency(self, word: str) -> int:
        f = self.freq.get(word, 0)
        if word in self.verbs:
            f = max(f, VERB_FORM_FREQ)
        if word in self.listed:
            f = max(f, LIST_WORD_FREQ)
        return f

    def cost(self, word: str) -> float:
        """Negative log probability of a known word (unigram model)."""
        return math.log(self.total) - math.log(self.morph_frequency(word) + 1)


def _conjugate(past: str, present: str) -> set[str]:
    forms: set[str] = set()
    if present:
        # a stem ending in a vowel may take a glide ی before the endings (گو -> گوید,
        # but شو -> شود): generate both, the wrong one is never written anyway
        glides = ("", "ی") if present[-1] in "او" else ("",)
        for end in _PRESENT_ENDINGS:
            for glide in glides:
                body = present + glide + end
                for prefix in ("", "می" + ZWNJ, "نمی" + ZWNJ, "ب", "ن"):
                    forms.add(prefix + body)
    if past:
        for end in _PAST_ENDINGS:
            body = past + end
            for prefix in ("", "می" + ZWNJ, "نمی" + ZWNJ, "ن"):
                forms.add(prefix + body)
        forms.add(past + "ه")
        forms.add("ن" + past + "ه")
    return forms


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is much faster


def _load_yaml(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError):
        return None  # a missing or broken file is its own stage's problem, not ours


@lru_cache(maxsize=1)
def _actor_trees() -> tuple[object, ...]:
    """The parsed actor dictionary files (read once: names and phrases both come from them)."""
    return tuple(_load_yaml(p) for p in sorted((DATA_DIR / "actors").rglob("*.yaml")))


def _actor_names() -> set[str]:
    """Single words of every Persian name/alias in the actor dictionary (absent: empty)."""
    root = DATA_DIR / "actors"
    words: set[str] = set()
    if not root.exists():
        return words

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name_fa", "aliases_fa"):
                    values = value if isinstance(value, list) else [value]
                    for v in values:
                        if isinstance(v, str):
                            words.update(w for w in v.replace(ZWNJ, " ").split() if len(w) > 1)
                            words.update(w for w in v.split() if len(w) > 1)
                else:
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    for tree in _actor_trees():
        collect(tree)
    return words


def _outlet_names() -> set[str]:
    """Words of every outlet name and alias (``data/meta/outlets.yaml``): proper names,
    so the normalizer never "repairs" them into a commoner word (ایلنا is no typo of ایلیا)."""
    tree = _load_yaml(DATA_DIR / "meta" / "outlets.yaml")
    words: set[str] = set()
    if not isinstance(tree, dict):
        return words
    for entry in tree.get("outlets") or []:
        if not isinstance(entry, dict):
            continue
        for name in [entry.get("name"), *(entry.get("aliases") or [])]:
            if isinstance(name, str) and any("\u0621" <= ch <= "\u06cc" for ch in name):
                # single words only: a listed ZWNJ spelling («طلوع‌نیوز») would make the
                # compound rules join the spaced form the text wrote; two-letter pieces
                # («تی», «ان» of «سی ان ان») would win segmentations
                words.update(w for w in name.replace(ZWNJ, " ").split() if len(w) > 2)
    return words


def _persian_strings(node: object) -> list[str]:
    """Every string with a Persian letter anywhere in a parsed YAML tree."""
    out: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if any("\u0621" <= ch <= "\u06cc" for ch in item):
                out.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return out


def _data_phrases() -> tuple[set[str], set[str], set[str]]:
    """Spaced word pairs, ZWNJ words and date words of the actor and date dictionaries.

    Another stage's dictionary that lists a phrase with a space («ایالات متحده») tells
    the normalizer not to join it, unless the same dictionary also lists it with a ZWNJ.
    """
    pairs: set[str] = set()
    zwnj_words: set[str] = set()
    date_words: set[str] = set()
    dates_tree = _load_yaml(DATA_DIR / "dates" / "lexicon.yaml")
    for tree in (*_actor_trees(), dates_tree):
        for value in _persian_strings(tree):
            words = value.split()
            zwnj_words.update(w for w in words if ZWNJ in w)
            pairs.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    if isinstance(dates_tree, dict):
        # month and weekday names and number words: «سی دی» is "the 30th of Dey"
        for section in ("months", "ambiguous_months", "weekdays", "number_words"):
            node = dates_tree.get(section)
            date_words.update(w for v in _persian_strings(node) for w in v.split())
            if isinstance(node, dict):
                date_words.update(k for k in node if isinstance(k, str))
    return pairs, zwnj_words, date_words


def _compound_rules() -> CompoundRules:
    data = yaml.safe_load((TEXT_DATA / "compounds.yaml").read_text(encoding="utf-8"))
    pairs, zwnj_words, date_words = _data_phrases()
    derived = {p for p in pairs if p.replace(" ", ZWNJ) not in zwnj_words}
    return CompoundRules(
        bound_heads=frozenset(data["bound_heads"]),
        free_heads=frozenset(data["free_heads"]),
        prefixes={k: dict(v) for k, v in data["prefixes"].items()},
        lexicon_min_freq=int(data["lexicon_min_freq"]),
        # calendar words («سی دی» is "the 30th of Dey", not «سی‌دی») never join either
        never_join=frozenset(data["never_join"]) | frozenset(date_words),
        keep_apart=frozenset(data["keep_apart"]) | frozenset(derived),
        listed_apart=frozenset(data["keep_apart"]),
        number_heads=frozenset(data.get("number_heads") or ()),
        zwnj_compounds=frozenset(data.get("zwnj_compounds") or ()),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    freq = lex.freq
    with _hazm_data("words.dat").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if not parts[0]:
                continue
            word = parts[0]
            f = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
            freq[word] = max(freq.get(word, 0), f)
            if len(parts) > 2 and ("N" in parts[2].split(",") or "AJ" in parts[2].split(",")):
                lex.nominal.add(word)
    # alias keys (تاکید for تأکید) carry the frequency of the spelling they stand for
    for word, f in list(freq.items()):
        key = alias_key(word)
        if key != word and freq.get(key, 0) < f:
            freq[key] = f
    lex.total = float(sum(freq.values())) or 1.0
    for line in _hazm_data("verbs.dat").read_text(encoding="utf-8").splitlines():
        past, _, present = line.strip().partition("#")
        if past:
            lex.past_stems.add(past)
        lex.verbs |= _conjugate(past, present)
    # the copula and "to be" forms hazm keeps apart
    lex.verbs |= {"است", "هست", "هستند", "نیست", "نیستند", "بود", "بودند"}
    lex.listed = set(_read_list(TEXT_DATA / "extra_words.txt")) | _actor_names() | _outlet_names()
    lex.light_verbs = set(_read_list(TEXT_DATA / "light_verbs.txt"))
    lex.abbreviations = {a.lower() for a in _read_list(TEXT_DATA / "abbreviations.txt")}
    lex.affixes = yaml.safe_load((TEXT_DATA / "affixes.yaml").read_text(encoding="utf-8"))
    for group, items in lex.affixes.items():
        lex.suffix_sets[group] = frozenset(items)
        lex.suffix_lists[group] = tuple(sorted(items, key=len, reverse=True))
    lex.compounds = _compound_rules()
    lex.listed |= lex.compounds.zwnj_compounds
    lex.attached_suffixes = tuple(sorted(lex.affixes.get("attached_suffixes", []), key=len, reverse=True))
    # glued spellings of ZWNJ words (بینالمللی -> بین‌المللی), unless glued is itself a word
    for word in [*freq, *lex.listed, *lex.verbs]:
        # a ZWNJ only after non-joining letters is invisible: the glued spelling is as good
        if ZWNJ in word and any(word[i - 1] not in NON_JOINING for i, ch in enumerate(word) if ch == ZWNJ and i):
            glued = word.replace(ZWNJ, "")
            if not lex.known(glued):
                best = lex.dezwnj.get(glued)
                if best is None or lex.frequency(word) > lex.frequency(best):
                    lex.dezwnj[glued] = word
    return lex

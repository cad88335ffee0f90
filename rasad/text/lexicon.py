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

    for path in sorted(root.rglob("*.yaml")):
        try:
            collect(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError):
            continue  # a broken actor file is the actor stage's problem, not ours
    return words


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
    lex.listed = set(_read_list(TEXT_DATA / "extra_words.txt")) | _actor_names()
    lex.light_verbs = set(_read_list(TEXT_DATA / "light_verbs.txt"))
    lex.abbreviations = {a.lower() for a in _read_list(TEXT_DATA / "abbreviations.txt")}
    lex.affixes = yaml.safe_load((TEXT_DATA / "affixes.yaml").read_text(encoding="utf-8"))
    for group, items in lex.affixes.items():
        lex.suffix_sets[group] = frozenset(items)
        lex.suffix_lists[group] = tuple(sorted(items, key=len, reverse=True))
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

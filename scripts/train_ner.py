"""Train the CRF NER model shipped as rasad/ner/model.crfsuite and write MODEL.md.

Usage:
    .venv/bin/python scripts/train_ner.py [--data ../shared/data/ner] [--max-iterations 150]

Trains on Arman train_fold1 + PEYMA train+dev + ParsTwiNER train+dev, then scores
each corpus's test split (Arman test_fold1, PEYMA test, ParsTwiNER test) with
entity-level exact-match P/R/F1 (conlleval-style), only on the labels that corpus
annotates (rasad.ner.corpora.CORPUS_LABELS). The corpora stay outside the
repository: only the trained weights are written into the package.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

import pycrfsuite

from rasad.ner.corpora import (
    CORPUS_LABELS,
    Sentence,
    read_arman,
    read_parstwiner,
    read_peyma,
    spans_from_tags,
)
from rasad.ner.features import sentence_features

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner"
MODEL_DIR = REPO / "rasad" / "ner"

Reader = Callable[[Path], list[Sentence]]
# corpus name → (reader, folder, training files, test file)
CORPORA: dict[str, tuple[Reader, str, list[str], str]] = {
    "arman": (read_arman, "ArmanPersoNERCorpus", ["train_fold1.txt"], "test_fold1.txt"),
    "peyma": (read_peyma, "PEYMA", ["train.txt", "dev.txt"], "test.txt"),
    "parstwiner": (read_parstwiner, "ParsTwiNER", ["train.txt", "dev.txt"], "test.txt"),
}
TERMS = {
    "arman": "ArmanPersoNERCorpus (Poostchi et al., COLING 2016 / LREC 2018; github.com/HaniehP/PersianNER): "
    "authors release it for academic research use only.",
    "peyma": "PEYMA (Shahshahani et al., arXiv:1801.09936, University of Tehran / ITRC; split from "
    "github.com/overfit-ir/parstwiner, MIT hosting repo): distributed by its authors for research; "
    "treated as research-use data.",
    "parstwiner": "ParsTwiNER (Aghajani, Badri & Beigy, W-NUT 2021; github.com/overfit-ir/parstwiner): MIT.",
}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(
    tagger: pycrfsuite.Tagger, sentences: list[Sentence], labels: frozenset[str]
) -> tuple[dict[str, list[int]], int, float]:
    """Per-label [tp, fp, fn] on exact spans, the token count and the tagging seconds."""
    counts: dict[str, list[int]] = {label: [0, 0, 0] for label in sorted(labels)}
    tokens = 0
    seconds = 0.0
    for sentence in sentences:
        words = [w for w, _ in sentence]
        tokens += len(words)
        began = time.perf_counter()
        predicted_tags = tagger.tag(sentence_features(words))
        seconds += time.perf_counter() - began
        gold = {s for s in spans_from_tags([t for _, t in sentence]) if s[2] in labels}
        predicted = {s for s in spans_from_tags(list(predicted_tags)) if s[2] in labels}
        for span in predicted & gold:
            counts[span[2]][0] += 1
        for span in predicted - gold:
            counts[span[2]][1] += 1
        for span in gold - predicted:
            counts[span[2]][2] += 1
    return counts, tokens, seconds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the three corpora")
    parser.add_argument("--model", type=Path, default=MODEL_DIR / "model.crfsuite")
    parser.add_argument("--card", type=Path, default=MODEL_DIR / "MODEL.md")
    parser.add_argument("--max-iterations", type=int, default=150)
    parser.add_argument(
        "--c1", type=float, default=0.1, help="L1 weight: prunes features, keeps the file small"
    )
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--minfreq", type=float, default=2, help="drop attributes seen fewer times")
    parser.add_argument(
        "--limit", type=int, default=0, help="use only N training sentences per corpus (tests)"
    )
    args = parser.parse_args()

    train: dict[str, list[Sentence]] = {}
    test: dict[str, list[Sentence]] = {}
    for name, (reader, folder, train_files, test_file) in CORPORA.items():
        base = args.data / folder
        train[name] = [s for f in train_files for s in reader(base / f)]
        if args.limit:
            train[name] = train[name][: args.limit]
        test[name] = reader(base / test_file)
        print(f"{name}: {len(train[name])} train sentences, {len(test[name])} test sentences", flush=True)

    trainer = pycrfsuite.Trainer(verbose=False)
    began = time.perf_counter()
    n_train_tokens = 0
    for sentences in train.values():
        for sentence in sentences:
            words = [w for w, _ in sentence]
            n_train_tokens += len(words)
            trainer.append(sentence_features(words), [t for _, t in sentence])
    featurize_seconds = time.perf_counter() - began
    params = {
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.max_iterations,
        "feature.minfreq": args.minfreq,
        "feature.possible_transitions": True,
    }
    trainer.set_params(params)
    args.model.parent.mkdir(parents=True, exist_ok=True)
    tmp_model = args.model.with_suffix(".tmp")
    trainer.train(str(tmp_model))
    os.replace(tmp_model, args.model)
    train_seconds = time.perf_counter() - began
    last = trainer.logparser.last_iteration or {}
    print(
        f"trained in {train_seconds:.0f} s ({featurize_seconds:.0f} s features), "
        f"{args.model.stat().st_size / 1e6:.1f} MB",
        flush=True,
    )

    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.model))
    info = tagger.info()
    rows: list[str] = []
    total = [0, 0, 0]
    n_sentences = 0
    n_tokens = 0
    tag_seconds = 0.0
    for name, sentences in test.items():
        counts, tokens, seconds = evaluate(tagger, sentences, CORPUS_LABELS[name])
        n_sentences += len(sentences)
        n_tokens += tokens
        tag_seconds += seconds
        corpus_total = [sum(c[i] for c in counts.values()) for i in range(3)]
        total = [a + b for a, b in zip(total, corpus_total, strict=True)]
        p, r, f = prf(*corpus_total)
        per_label = ", ".join(f"{label} {prf(*c)[2]:.3f}" for label, c in counts.items())
        rows.append(f"| {name} | {len(sentences)} | {p:.3f} | {r:.3f} | {f:.3f} | {per_label} |")
        print(rows[-1], flush=True)
    p, r, f = prf(*total)
    rows.append(f"| **all** | {n_sentences} | {p:.3f} | {r:.3f} | {f:.3f} | |")
    print(rows[-1])
    speed = n_sentences / tag_seconds if tag_seconds else 0.0
    print(f"tagging: {speed:.0f} sentences/s ({n_tokens / tag_seconds:.0f} tokens/s) incl. features")

    card = f"""# rasad NER model (`model.crfsuite`)

A linear-chain CRF (python-crfsuite) over hand features; built by `scripts/train_ner.py`
on {dt.date.today().isoformat()} ({platform.python_implementation()} {platform.python_version()}, 1 core).
Used through `rasad.ner.predict_spans(text)`; labels PER, ORG, LOC, EVT (IOB2).

## Data and terms
Trained on {sum(len(s) for s in train.values())} sentences / {n_train_tokens} tokens. The corpora are **not**
in this repository; only the learned weights are. Research-use terms apply to the data:
- Arman train_fold1 ({len(train["arman"])} sentences). {TERMS["arman"]}
- PEYMA train+dev ({len(train["peyma"])} sentences). {TERMS["peyma"]}
- ParsTwiNER train+dev ({len(train["parstwiner"])} sentences). {TERMS["parstwiner"]}

Because two of the three corpora are research-use only, treat this model as a research artefact:
check those terms before any commercial use of it.

## Label map (rasad/ner/corpora.py)
| corpus | kept | mapped | dropped |
|---|---|---|---|
| Arman | pers→PER, org→ORG, loc→LOC, event→EVT | fac→LOC | pro |
| PEYMA | PER, ORG, LOC | | DAT, TIM, MON, PCT |
| ParsTwiNER | PER, ORG, LOC, EVE→EVT | POG→ORG (political groups act like organisations) | NAT |

IOB1 openings are turned into IOB2. PEYMA writes a word's internal ZWNJ as a space; the reader
joins such tokens with ZWNJ, as the run-time tokenizer keeps them.

## Features (rasad/ner/features.py)
Token form normalized for features only (ي/ى→ی, ك→ک, ة→ه, Persian/Arabic digits→ASCII, diacritics
and tatweel removed, Latin lowercased); prefixes and suffixes of 1–4 characters; word shape
(digits, Latin, capitalised Latin, Persian, Persian with ZWNJ, punctuation); length; the parts
around a ZWNJ; hazm `words.dat` first POS tag and log10-frequency bucket (or OOV) for the token
and its ±1 neighbours; neighbour forms ±2; neighbour suffixes and shapes ±1; bigrams
w[-1]|w, w|w[+1], w[-2]|w[-1], w[+1]|w[+2]; POS trigram; sentence start/end.

Training: L-BFGS, c1={args.c1}, c2={args.c2}, max {args.max_iterations} iterations (ran
{last.get("num", "?")}), feature.minfreq={args.minfreq}; {len(info.state_features)} non-zero state features over
{info.header.get("num_attrs", "?")} attributes.
Training time {train_seconds:.0f} s (feature extraction {featurize_seconds:.0f} s).
Model size {args.model.stat().st_size / 1e6:.1f} MB.

## Test-split scores (entity level, exact span and type)
Each corpus is scored only on the labels it annotates (PEYMA has no EVT).

| corpus | sentences | P | R | F1 | F1 per label |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Tagging speed on the test splits: {speed:.0f} sentences/s ({n_tokens / tag_seconds:.0f} tokens/s),
feature extraction included, one core.

## Known limits
- Trained on news of 2000s–2010s (Arman, PEYMA) and tweets (ParsTwiNER): names that came up later
  are recognised only from context and shape.
- No GPE/LOC or FAC split: the actors stage decides those types from its knowledge base.
- Tokens split differently from the corpora (glued words without ZWNJ, "می شود" with a space)
  lower recall a little.
"""
    args.card.write_text(card, encoding="utf-8")
    print(f"wrote {args.model} and {args.card}")


if __name__ == "__main__":
    main()

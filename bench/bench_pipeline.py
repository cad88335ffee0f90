"""Benchmark the text layer and the whole extraction, beside hazm on the same documents.

    .venv/bin/python bench/bench_pipeline.py [--docs 1000] [INPUT ...]

Reads the articles (default: examples/ and eval/dev/articles/, all our own), repeats them to
--docs documents, and prints docs/s and peak memory (Python heap per step, process RSS) for: hazm Normalizer().normalize + WordTokenizer().tokenize; rasad's text layer
(clean → normalize → meta → sentences); each later stage alone; the whole `rasad extract` pipeline.
"""

from __future__ import annotations

import argparse
import copy
import gc
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasad.document import Document, IngestError  # noqa: E402
from rasad.ingest import iter_documents  # noqa: E402
from rasad.pipeline import STAGES, TEXT_STAGES, run_stages  # noqa: E402


def measure(name: str, fn: Callable[[], int], traced: Callable[[], int] | None = None) -> tuple[str, float, float, int]:
    """docs/s from an untraced run (tracemalloc slows Python down); peak Python heap from a traced one."""
    gc.collect()
    t0 = time.perf_counter()
    n = fn()
    dt = time.perf_counter() - t0
    gc.collect()
    tracemalloc.start()
    (traced or fn)()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return name, n / dt if dt else float("inf"), peak / 2**20, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "examples"), str(ROOT / "eval" / "dev" / "articles")])
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()

    base = [d for d in iter_documents(args.inputs) if not isinstance(d, IngestError)]
    if not base:
        sys.exit("no documents to benchmark")
    docs: list[Document] = [copy.deepcopy(base[i % len(base)]) for i in range(args.docs)]
    for i, d in enumerate(docs):
        d.id = f"{d.id}-{i}"
    print(f"{len(docs)} documents from {len(base)} distinct inputs; "
          f"mean {sum(len(d.raw) for d in docs) / len(docs):.0f} chars")

    from hazm import Normalizer, WordTokenizer

    normalizer, tokenizer = Normalizer(), WordTokenizer()

    def hazm_run() -> int:
        for d in docs:
            tokenizer.tokenize(normalizer.normalize(d.raw))
        return len(docs)

    def stages_run(stages) -> Callable[[], int]:
        def run() -> int:
            for d in docs:
                run_stages(copy.copy(d), stages)
            return len(docs)
        return run

    # warm lexicons and compiled patterns once, outside the timings
    run_stages(copy.deepcopy(docs[0]))
    tokenizer.tokenize(normalizer.normalize(docs[0].raw))

    rows = [measure("hazm normalize+tokenize", hazm_run),
            measure("rasad text layer", stages_run(TEXT_STAGES))]
    prepared = [run_stages(copy.deepcopy(d), TEXT_STAGES) for d in docs]
    names = [n for n, _ in TEXT_STAGES]
    for name, stage in STAGES:
        if name in names:
            continue
        sample = [copy.deepcopy(d) for d in prepared[:200]]

        def one_stage(stage=stage, batch=prepared) -> int:
            for d in batch:
                stage(d)
            return len(batch)

        # the timed run also leaves this stage's output on `prepared` for the next stage to read;
        # memory is traced on a copy so no document goes through a stage twice
        rows.append(measure(f"  stage {name}", one_stage, lambda s=stage, b=sample: one_stage(s, b)))
    rows.append(measure("rasad extract (whole pipeline)", stages_run(STAGES)))

    print(f"{'what':34} {'docs/s':>10} {'peak MiB':>9}")
    for name, rate, peak, _ in rows:
        print(f"{name:34} {rate:10.1f} {peak:9.1f}")
    ratio = rows[0][1] / rows[1][1]
    print(f"text layer cost vs hazm normalize+tokenize: {ratio:.2f}x (target <= 3x)")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS: {peak_rss:.0f} MiB (lexicons, knowledge base and NER model loaded)")


if __name__ == "__main__":
    main()

"""Corpus benchmark: ingest a synthetic corpus, measure docs/s, memory, query latency.

    .venv/bin/python bench/bench_corpus.py            # 100,000 records
    .venv/bin/python bench/bench_corpus.py -n 20000   # smaller
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasad.corpus import Corpus
from rasad.corpus.synthetic import synthetic_records


def rss_mb() -> float:
    """Current resident memory (from /proc), in MiB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--memory-limit", default=None, help="DuckDB memory_limit (default: the store's)")
    args = ap.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "bench.duckdb"
    marks = {int(args.n * f): f for f in (0.25, 0.5, 0.75, 1.0)}
    rss_at: dict[float, float] = {}
    done = 0

    def progress(k: int) -> None:
        nonlocal done
        before = done
        done += k
        for m, f in marks.items():
            if before < m <= done:
                rss_at[f] = rss_mb()

    rss_start = rss_mb()
    corpus = Corpus(db, memory_limit=args.memory_limit)
    t0 = time.perf_counter()
    report = corpus.ingest(synthetic_records(args.n), batch_size=args.batch, progress=progress, rebuild=False)
    t_ingest = time.perf_counter() - t0
    t1 = time.perf_counter()
    n_events = corpus.rebuild_derived()
    t_merge = time.perf_counter() - t1
    rss_after_merge = rss_mb()
    t2 = time.perf_counter()
    again = corpus.ingest(synthetic_records(min(args.n, 5000)), batch_size=args.batch)
    t_rerun = time.perf_counter() - t2
    counts = corpus.counts()

    queries: list[tuple[str, Callable[[], Any]]] = [
        ("events(actor='پوتین')", lambda: corpus.events(actor="پوتین", limit=50)),
        ("events(actor='Putin', type=CONSULT)", lambda: corpus.events(actor="Putin", type="CONSULT", limit=50)),
        ("events(country='PSE', since, until)", lambda: corpus.events(country="PSE", since="2023-06-01", until="2023-12-31")),
        ("events(outlet='ایرنا')", lambda: corpus.events(outlet="ایرنا", limit=50)),
        ("events(min_corroboration=3)", lambda: corpus.events(min_corroboration=3, limit=50)),
        ("actors(limit=20)", lambda: corpus.actors(limit=20)),
        ("search('گفت‌وگوی تلفنی')", lambda: corpus.search("گفت‌وگوی تلفنی", limit=20)),
        ("search('خان یونس')", lambda: corpus.search("خان یونس", limit=20)),
        ("search('شبکه های اجتماعی') (variant)", lambda: corpus.search("شبکه های اجتماعی", limit=20)),
        ("search('ناموجود') (no hit, full scan)", lambda: corpus.search("واژه‌ناموجود", limit=20)),
    ]
    print(f"\ncorpus benchmark: {args.n:,} synthetic records, batch {args.batch}, db {db}")
    print(f"{'measure':44} {'value':>14}")
    print("-" * 60)
    rows = [
        ("ingest time (s)", f"{t_ingest:,.1f}"),
        ("ingest rate (docs/s)", f"{args.n / t_ingest:,.0f}"),
        ("stored / near-dup copies", f"{report.stored:,} / {report.near_duplicates:,}"),
        ("merge + actors rebuild (s)", f"{t_merge:,.1f}"),
        ("corpus events / events", f"{n_events:,} / {counts['events']:,}"),
        ("re-ingest 5k already stored (s, stored)", f"{t_rerun:,.1f}, {again.stored}"),
        ("db file size (MiB)", f"{db.stat().st_size / 2**20:,.0f}"),
        ("peak RSS (MiB, getrusage)", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f}"),
    ]
    rows.insert(0, ("RSS before ingest (MiB)", f"{rss_start:,.0f}"))
    for f in (0.25, 0.5, 0.75, 1.0):
        rows.append((f"RSS at {int(f * 100)}% of ingest (MiB)", f"{rss_at.get(f, float('nan')):,.0f}"))
    rows.append(("RSS after merge (MiB)", f"{rss_after_merge:,.0f}"))
    for name, val in rows:
        print(f"{name:44} {val:>14}")
    print("-" * 60)
    hist = corpus.con.execute(
        "SELECT least(corroboration, 6) AS c, count(*) FROM corpus_events GROUP BY c ORDER BY c"
    ).fetchall()
    groups = corpus.con.execute(
        "SELECT count(*) FILTER (WHERE n > 1), max(n) FROM (SELECT count(*) AS n FROM documents GROUP BY dup_group)"
    ).fetchall()[0]
    print(f"near-dup share {report.near_duplicates / max(report.stored, 1):.1%}; "
          f"groups with copies {groups[0]:,}, largest group {groups[1]}")
    print("corroboration (distinct outlets) -> corpus events: "
          + ", ".join(f"{'6+' if c == 6 else c}: {k:,}" for c, k in hist))
    print("-" * 60)
    print(f"{'query (median of 5)':44} {'ms':>8} {'rows':>5}")
    for name, fn in queries:
        ms, res = timed(fn)
        print(f"{name:44} {ms:8.1f} {len(res):5d}")
    corpus.close()


if __name__ == "__main__":
    main()

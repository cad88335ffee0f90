"""Check the normalizer against the gold repair pairs of an eval file (development aid).

Usage: .venv/bin/python scripts/check_repairs.py [/work/shared/eval/gold/seeds.yaml] [seeds_dir] [-v]
A pair [wrong, right] counts when ``right`` is in the normalized text and ``wrong`` is
not (the scorer's rule; the title is normalized with the body here since no clean stage
runs). ``-v`` lists every repair made, with raw context, to spot damage.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from rasad.document import Document
from rasad.text import normalize_document


def text_form(s: str) -> str:
    for a, b in {"ي": "ی", "ى": "ی", "ك": "ک", "\xa0": " "}.items():
        s = s.replace(a, b)
    s = s.translate({ord(c): ord("۰") + i for i, c in enumerate("0123456789")})
    return re.sub(r"[ \t\r\n]+", " ", s)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    gold_path = Path(args[0] if args else "/work/shared/eval/gold/seeds.yaml")
    seeds = Path(args[1] if len(args) > 1 else gold_path.parent.parent.parent / "seeds")
    gold = {d["id"]: d for d in yaml.safe_load(gold_path.read_text(encoding="utf-8"))["documents"]}
    hits = total = 0
    for path in sorted(seeds.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        doc = normalize_document(Document(id=path.stem, source=str(path), raw=raw))
        whole = text_form(doc.text)
        for wrong, right in gold.get(path.stem, {}).get("repairs") or []:
            total += 1
            ok = text_form(right) in whole and text_form(wrong) not in whole
            hits += ok
            if not ok:
                print(f"MISS {path.stem}: {wrong} -> {right}")
        if verbose:
            for r in doc.repairs:
                ctx = raw[max(0, r["start"] - 12):r["end"] + 12].replace("\n", " ")
                print(f"  {path.stem[:3]} {r['kind']:<11} {r['before']!r} -> {r['after']!r}  | {ctx}")
    print(f"repairs {hits}/{total} = {hits / max(total, 1):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Consistency checks for an annotated set's gold.yaml against its articles/ (run after editing a gold).

Every boilerplate string, wrong repair form, date text, title and news id must occur in its article;
every entity named in a document must be in the actor table; every event actor must be among the
document's entities. Uses the scorer's own string forms so the checks see text the way score.py does.

    .venv/bin/python eval/check_gold.py eval/dev3 [path/to/score.py]

It reads only the gold and the articles (never a system run), so it is safe on the held-out set.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

if len(sys.argv) < 2:
    sys.exit("usage: check_gold.py SET_FOLDER [path/to/score.py]")
HERE = Path(sys.argv[1]).resolve()
# the 16 PLOVER types of /work/shared/eval/GUIDELINES.md
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
SCORER = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py")


def load_scorer():  # the scorer lives outside the repository; load it by path
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    score = load_scorer()
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    table = gold["actors"]
    problems: list[str] = []
    notes: list[str] = []
    for doc in gold["documents"]:
        raw = (HERE / "articles" / f"{doc['id']}.txt").read_text(encoding="utf-8")
        as_text, as_tight = score.text_form(raw), score.tight(raw)
        for s in doc.get("boilerplate") or []:
            if score.text_form(s) not in as_text:
                problems.append(f"{doc['id']} boilerplate not in article: {s}")
        for wrong, _right in doc.get("repairs") or []:
            if score.text_form(wrong) not in as_text:
                problems.append(f"{doc['id']} repair's wrong form not in article: {wrong}")
        for text, _value in doc.get("dates") or []:
            if score.tight(text) not in as_tight:
                problems.append(f"{doc['id']} date text not in article: {text}")
        for text in doc.get("not_dates") or []:
            if score.tight(text) not in as_tight:
                problems.append(f"{doc['id']} not_date not in article: {text}")
        if doc.get("title") and score.tight(doc["title"]) not in as_tight:
            problems.append(f"{doc['id']} title not in article")
        if doc.get("news_id") and doc["news_id"] not in score.norm(raw):
            problems.append(f"{doc['id']} news_id not in article")
        names = set(doc.get("entities") or []) | set(doc.get("optional_entities") or [])
        for name in sorted(names):
            if name not in table:
                problems.append(f"{doc['id']} entity missing from actor table: {name}")
            elif not any(score.tight(f) in as_tight for f in table[name].get("fa") or []):
                # expected for actors named only by role (resolved by role and date) or by «کشورمان»
                notes.append(f"{doc['id']} no Persian form in text (role-only?): {name}")
        for ev in doc.get("events") or []:
            if ev.get("type") not in PLOVER_TYPES:
                problems.append(f"{doc['id']} unknown event type: {ev.get('type')}")
            for key in ("actors", "source", "target"):
                for name in ev.get(key) or []:
                    if name not in names:
                        problems.append(f"{doc['id']} {ev['type']} actor not among entities: {name}")
    for line in notes:
        print("note:", line)
    for line in problems:
        print("PROBLEM:", line)
    print(f"{len(gold['documents'])} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

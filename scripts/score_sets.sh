#!/usr/bin/env bash
# Score the pipeline on every annotated set with the shared scorer (summary lines only).
#   bash scripts/score_sets.sh            # seeds, eval/dev, eval/dev2, eval/dev3
#   bash scripts/score_sets.sh --holdout  # also the held-out set (report it; never tune on it)
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/eval/score.py
[ -f "$scorer" ] || { echo "needs ../shared/eval/score.py" >&2; exit 1; }
out=$(mktemp -d)
sets=("seeds:../shared/seeds:../shared/eval/gold/seeds.yaml"
      "dev:eval/dev/articles:eval/dev/gold.yaml"
      "dev2:eval/dev2/articles:eval/dev2/gold.yaml"
      "dev3:eval/dev3/articles:eval/dev3/gold.yaml")
[ "${1:-}" = "--holdout" ] && sets+=("holdout:eval/holdout/articles:eval/holdout/gold.yaml")
for entry in "${sets[@]}"; do
  IFS=: read -r name articles gold <<<"$entry"
  .venv/bin/rasad extract "$articles" -o "$out/$name.jsonl" -q
  echo "== $name"
  .venv/bin/python "$scorer" "$gold" "$out/$name.jsonl" | sed 1d
done
rm -rf "$out"

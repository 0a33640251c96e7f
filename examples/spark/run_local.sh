#!/usr/bin/env bash
# Runs the Spark example in local[2] on Corpus/ and checks that its output equals a single-process
# `warta annotate` run on the same records. Installs pyspark into .venv-spark (needs Java 17+).
# Usage (from the package root): bash examples/spark/run_local.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x .build/release/warta ] || swift build -c release
warta=$root/.build/release/warta

if [ ! -x .venv-spark/bin/python ]; then
  python3 -m venv .venv-spark
  .venv-spark/bin/pip install --quiet pyspark
fi

python3 examples/spark/make_records.py Corpus/pages "$work/corpus.jsonl"
"$warta" annotate --quiet "$work/corpus.jsonl" > "$work/single.jsonl"

PYSPARK_PYTHON=$root/.venv-spark/bin/python .venv-spark/bin/python examples/spark/warta_spark.py \
  --master 'local[2]' --partitions 3 --warta "$warta" --out "$work/spark.jsonl" "$work/corpus.jsonl" 2> "$work/spark.log" \
  || { grep -E "Error|Exception" "$work/spark.log" | grep -v "^\s*at " | head -20; exit 1; }

if cmp -s "$work/single.jsonl" "$work/spark.jsonl"; then
  echo "spark local[2]: $(wc -l < "$work/spark.jsonl") records, identical to the single-process run"
else
  echo "spark output differs from the single-process run" >&2
  diff <(cut -c1-200 "$work/single.jsonl") <(cut -c1-200 "$work/spark.jsonl") | head >&2
  exit 1
fi

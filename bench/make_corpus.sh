#!/usr/bin/env bash
# Makes a benchmark corpus of N documents in DIR by replicating examples/ (round robin),
# each copy with its figures' last digits varied so no two files are identical.
#   bench/make_corpus.sh 2000 /tmp/gk-corpus
set -euo pipefail
n=${1:?usage: make_corpus.sh N DIR}
dir=${2:?usage: make_corpus.sh N DIR}
cd "$(dirname "$0")/.."
mkdir -p "$dir"
mapfile -t seeds < <(ls examples/*.txt)
for ((i = 0; i < n; i++)); do
  src=${seeds[$((i % ${#seeds[@]}))]}
  d=$((i % 10))
  # Vary the last digit of two-decimal figures: same structure, different values.
  sed -E "s/([0-9]\.[0-9])[0-9]万元/\1${d}万元/g" "$src" > "$dir/doc_$(printf %05d "$i").txt"
done
echo "wrote $n documents to $dir ($(du -sh "$dir" | cut -f1))"

#!/usr/bin/env bash
# The user's batch command, `gongkai check --format json DIR` with the default packs, for two
# binaries in turn on the same corpora: documents/second (median of RUNS) and max RSS, on a
# corpus of N documents and one of N/4 (memory must not grow with the number of documents).
#   bench/batch_check.sh OLD_BINARY NEW_BINARY [N] [RUNS]
# The corpora (bench/make_corpus.sh) are written under $TMPDIR and removed afterwards.
set -euo pipefail
old=${1:?usage: batch_check.sh OLD_BINARY NEW_BINARY [N] [RUNS]}
new=${2:?usage: batch_check.sh OLD_BINARY NEW_BINARY [N] [RUNS]}
n=${3:-2000}
runs=${4:-5}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for size in "$n" $((n / 4)); do
  bench/make_corpus.sh "$size" "$tmp/corpus-$size" >/dev/null
  rm -f "$tmp"/*.rate "$tmp"/*.rss
  for ((i = 0; i < runs; i++)); do
    for which in old new; do
      bin=$old; [[ $which == new ]] && bin=$new
      /usr/bin/time -f '%e %M' -o "$tmp/t" "$bin" check --format json "$tmp/corpus-$size" >/dev/null 2>&1 || true
      read -r wall rss < <(tail -n 1 "$tmp/t")  # after any "Command exited with …"
      awk -v n="$size" -v w="$wall" 'BEGIN {printf "%.0f\n", n / w}' >>"$tmp/$which.rate"
      echo "$rss" >>"$tmp/$which.rss"
    done
  done
  for which in old new; do
    printf '%s, %d documents: %s documents/s (median of %d; all: %s), max RSS %s KiB\n' "$which" "$size" \
      "$(median <"$tmp/$which.rate")" "$runs" "$(tr '\n' ' ' <"$tmp/$which.rate")" "$(median <"$tmp/$which.rss")"
  done
  rm -rf "$tmp/corpus-$size"
done

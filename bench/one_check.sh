#!/usr/bin/env bash
# One `gongkai check` of a seed document, process start included, for two binaries side by
# side: instructions executed (valgrind callgrind, which machine load does not disturb) and
# the median of RUNS wall times (a microsecond clock around the process, as a shell script
# or CI step would start it), the binaries run in turn so that drift cancels.
#   bench/one_check.sh OLD_BINARY NEW_BINARY [RUNS] [FILE]
set -euo pipefail
old=${1:?usage: one_check.sh OLD_BINARY NEW_BINARY [RUNS] [FILE]}
new=${2:?usage: one_check.sh OLD_BINARY NEW_BINARY [RUNS] [FILE]}
runs=${3:-15}
cd "$(dirname "$0")/.."
file=${4:-$(ls examples/002_*.txt)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

instructions() {  # the Ir total of one run under callgrind
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" "$@" >/dev/null 2>"$tmp/cg.log" || true
  sed -n 's/.*Collected : //p' "$tmp/cg.log"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for bin in "$old" "$new"; do
  printf '%s: %s instructions (check); %s (--help)\n' "$bin" \
    "$(instructions "$bin" check "$file")" "$(instructions "$bin" --help)"
done
for ((i = 0; i < runs; i++)); do
  for which in old new; do
    bin=$old; [[ $which == new ]] && bin=$new
    start=$EPOCHREALTIME  # microseconds, read without starting a process
    "$bin" check "$file" >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f\n", (e - s) * 1000}' >>"$tmp/$which.wall"
  done
done
for which in old new; do
  bin=$old; [[ $which == new ]] && bin=$new
  /usr/bin/time -f '%M' -o "$tmp/t" "$bin" check "$file" >/dev/null 2>&1 || true
  printf '%s: median of %d: wall %s ms (the shell starting the process included), max RSS %s KiB\n' \
    "$which" "$runs" "$(median <"$tmp/$which.wall")" "$(tail -n 1 "$tmp/t")"
done

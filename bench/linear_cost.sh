#!/usr/bin/env bash
# Cost against document size: the seed document repeated 1, 2, 4, … 64 times (one text of
# growing size), each checked once by `gongkai check` with the built-in packs. Prints, per
# size, the wall and CPU time, the peak memory and the CPU time per MB; with --instructions
# also the instructions executed (callgrind), which machine load does not disturb. Cost must
# grow linearly: the last column stays flat.
#
#   bench/linear_cost.sh [--instructions] [SEED] [MAX_COPIES]
#   bench/linear_cost.sh examples/004_900203f525f79846.txt 64     # the default
#
# Needs a build (scripts/build.sh), GNU time (Debian package `time`) and, for
# --instructions, valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
instructions=0
if [ "${1:-}" = "--instructions" ]; then instructions=1; shift; fi
seed="${1:-examples/004_900203f525f79846.txt}"
max="${2:-64}"
program=build/src/gongkai
[ -x "$program" ] || { echo "bench/linear_cost.sh: build first (scripts/build.sh)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '%6s %9s %8s %8s %10s %10s' copies MB wall_s cpu_s peak_MB cpu_s/MB
[ "$instructions" = 1 ] && printf ' %16s %12s' instructions instr/byte
printf '\n'
cp "$seed" "$work/x1.txt"
for ((k = 1; k <= max; k *= 2)); do
  file="$work/x$k.txt"
  if [ "$k" -gt 1 ]; then cat "$work/x$((k / 2)).txt" "$work/x$((k / 2)).txt" > "$file"; fi
  bytes=$(stat -c %s "$file")
  status=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$program" check "$file" > /dev/null || status=$?
  [ "$status" -le 1 ] || { echo "gongkai check failed (exit status $status) on $k copies" >&2; exit 1; }
  read -r wall user sys rss_kb < <(tail -n 1 "$work/time")
  awk -v k="$k" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss_kb" 'BEGIN {
    mb = b / 1048576; cpu = u + s
    printf "%6d %9.2f %8.2f %8.2f %10.1f %10.3f", k, mb, w, cpu, r / 1024, cpu / mb }'
  if [ "$instructions" = 1 ]; then
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$program" check "$file" \
      > /dev/null 2> "$work/callgrind.log" || true
    ir=$(grep -E '^summary:' "$work/callgrind.out" | awk '{print $2}')
    awk -v ir="$ir" -v b="$bytes" 'BEGIN { printf " %16d %12.0f", ir, ir / b }'
  fi
  printf '\n'
done

#!/usr/bin/env bash
# Times `gongkai check` on each PDF of tests/data/pdf (and build/bench-40.pdf, the 45-page
# PDF bench/make_pdf.py prints, when it is there) end to end — process start, poppler,
# the rebuilt text, extraction, every rule, the text report — as the median of N runs
# (default 11), with the page count; and the peak memory of one run (GNU time when present).
#
#   bench/pdf_check.sh            # uses build/src/gongkai
#   bench/pdf_check.sh 21 path/to/gongkai
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-11}"
program="${2:-build/src/gongkai}"
for pdf in tests/data/pdf/*.pdf build/bench-40.pdf; do
  [ -f "$pdf" ] || continue
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$program" check --fail-on never "$pdf" >/dev/null
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  pages=$("$program" inspect --json "$pdf" | grep -c '"offset"' || true)
  memory=""
  if [ -x /usr/bin/time ]; then
    memory=$(/usr/bin/time -f '%M' "$program" check --fail-on never "$pdf" 2>&1 >/dev/null | tail -1)
    memory=", peak ${memory} KB"
  fi
  echo "$(basename "$pdf"): ${pages} pages, median ${median} ms of ${runs} runs${memory}"
done

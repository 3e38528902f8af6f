#!/usr/bin/env bash
# Builds the libFuzzer targets (Clang, ASan, UBSan) in ./build-asan, the instrumented build
# shared with scripts/test-sanitized.sh, and runs each for a bounded time, both at once, one
# per core: fuzz_document (document reader and extractor) and fuzz_rules (rule-language
# compiler, evaluator and formatter); then fuzz_pdf (the PDF reader) and fuzz_office (the
# DOCX and XLSX readers), both at once, for the same time.
#
#   scripts/fuzz.sh            # 45 seconds per target (CI runs scripts/fuzz.sh 30)
#   scripts/fuzz.sh 600        # longer runs by hand
#
# Seed corpora are assembled from examples/, rules/, tests/data/ (the examples and the
# converted documents of tests/data/corpus also cut into small pieces) into build-asan/corpus/<target>; what the fuzzer adds there is kept between
# runs. A crash, hang (over 10 s), leak or sanitizer report fails the script, names the
# saved input and how to replay it; the input then goes to tests/data/fuzz-regressions/
# with a regression test. Needs the Debian packages clang-14 and libclang-rt-14-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-45}"
source scripts/instrumented-build.sh
configure_instrumented_build
build="$GK_INSTRUMENTED_BUILD"
cmake --build "$build" -j"$(nproc)" --target fuzz_document fuzz_rules fuzz_pdf fuzz_office

# Seeds: whole files, and the examples cut into pieces of about 4 KB at line ends.
seed() {  # seed TARGET FILE...
  local dir="$build/corpus/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do
    if [ -f "$f" ]; then cp "$f" "$dir/seed-$(basename "$f")"; fi
  done
}
seed fuzz_document examples/*.txt tests/data/inputs/* tests/data/fuzz-regressions/document/*
for f in examples/*.txt tests/data/corpus/*.txt; do  # converted PDFs: tables without TABs
  split -C 4096 -d -a 3 "$f" "$build/corpus/fuzz_document/piece-$(basename "$f" .txt)-"
done
seed fuzz_pdf tests/data/pdf/*.pdf tests/data/fuzz-regressions/pdf/*
seed fuzz_office tests/data/office/*.docx tests/data/office/*.xlsx tests/data/fuzz-regressions/office/*
seed fuzz_rules rules/*/*.gk tests/data/rules/*.gk tests/data/fuzz-regressions/rules/*

export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"

run() {  # run TARGET MAX_LEN DICT
  local target="$1" artifacts="$build/artifacts/$1/"
  mkdir -p "$artifacts"
  "$build/tests/fuzz/$target" "$build/corpus/$target" ${3:+-dict="$3"} -max_len="$2" -timeout=10 \
    -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$artifacts" >"$build/$target.log" 2>&1
}
status=0
run fuzz_document 65536 tests/fuzz/document.dict & doc_pid=$!
run fuzz_rules 16384 tests/fuzz/rules.dict & rules_pid=$!
wait "$doc_pid" || status=1
wait "$rules_pid" || status=1
run fuzz_pdf 1048576 "" & pdf_pid=$!
run fuzz_office 262144 "" & office_pid=$!
wait "$pdf_pid" || status=1
wait "$office_pid" || status=1

for target in fuzz_document fuzz_rules fuzz_pdf fuzz_office; do
  echo "== $target: $(grep -E '^stat::number_of_executed_units' "$build/$target.log" | awk '{print $2}') runs" \
       "in ${seconds} s, corpus $(ls "$build/corpus/$target" | wc -l) inputs"
done
if [ "$status" -ne 0 ]; then
  for target in fuzz_document fuzz_rules fuzz_pdf fuzz_office; do
    if grep -qE 'ERROR|runtime error' "$build/$target.log"; then
      echo "== $target found a problem (full log: $build/$target.log):" >&2
      grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$build/$target.log" >&2 || true
      echo "   replay: $build/tests/fuzz/$target <the saved input>" >&2
    fi
  done
  exit 1
fi

#!/usr/bin/env bash
# The test suite built with AddressSanitizer and UndefinedBehaviorSanitizer in ./build-asan
# (Clang, GK_FUZZ=ON: the same instrumented build also holds the fuzz targets that
# scripts/fuzz.sh runs, so CI compiles the engine once more, not twice). Any sanitizer
# report — a memory error, a leak, undefined behaviour — fails the test that triggered it.
# Tests labelled `big` (a 100 MiB document, a table of 100,000 rows) are left out: under the
# sanitizers they take minutes and several GB; the normal suite runs them.
# Needs the Debian packages clang-14 and libclang-rt-14-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/instrumented-build.sh
configure_instrumented_build
cmake --build "$GK_INSTRUMENTED_BUILD" -j"$(nproc)" --target "${GK_INSTRUMENTED_TEST_TARGETS[@]}"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
cd "$GK_INSTRUMENTED_BUILD"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --output-on-failure -j"$(nproc)" -LE big

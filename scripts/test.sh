#!/usr/bin/env bash
# The whole test suite (what CI runs): install what is missing, build, run every test through
# ctest; then the suite again under AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/test-sanitized.sh), then a bounded fuzzing run of 45 s per target (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh clang-14 libclang-rt-14-dev
scripts/build.sh
(cd build && ctest --output-on-failure -j"$(nproc)")
scripts/test-sanitized.sh
scripts/fuzz.sh 45

#!/usr/bin/env bash
# Regenerates every golden file from the current build (build/): the golden tests' expected
# outputs, the CSV reports compared byte for byte, and the JSON examples in docs/. Read the
# diff before committing: each change must be one you meant.
set -euo pipefail
cd "$(dirname "$0")/.."
gk=build/src/gongkai
# The baseline of the gate tests: the findings of seed 002 before it was edited, under the
# edited file's name (tests/data/baseline/002-edited.txt is 002 with lines added and one fix).
base=$(mktemp -d)
mkdir -p "$base/tests/data/baseline"
cp examples/002_e5bbbd38b1f7eef3.txt "$base/tests/data/baseline/002-edited.txt"
(cd "$base" && "$OLDPWD/$gk" check --format json tests/data/baseline/002-edited.txt > "$OLDPWD/tests/data/baseline/002-before.json") || true
rm -rf "$base"
(cd build && GK_UPDATE_GOLDEN=1 ctest -R '^golden\.' -j"$(nproc)" >/dev/null) || true
"$gk" check --format csv --out tests/golden/check/examples.csv examples/ >/dev/null || true
"$gk" scorecard --format csv --out tests/golden/scorecard/examples.csv examples/ >/dev/null || true
"$gk" check --lang en --format csv --out tests/golden/check/002-en.csv examples/002_e5bbbd38b1f7eef3.txt >/dev/null || true
python3 tests/docs/check_json_examples.py "$gk" . --write
(cd build && ctest -R '^golden\.|^outputs\.|^docs\.' -j"$(nproc)" 2>&1 | tail -3)

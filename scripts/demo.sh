#!/usr/bin/env bash
# The main job on the bundled examples: install what is missing, build, then check every
# document under examples/ with the built-in 部门决算 pack, print the scorecard and write the
# HTML report to build/report.html. The examples are real published documents with real
# mistakes, so findings are expected: the demo reports them and exits 0; it fails only when
# gongkai itself cannot run (exit status 2).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
status=0
build/src/gongkai scorecard --format text --format html --out build/report.html examples/ || status=$?
if [ "$status" -ge 2 ]; then
  echo "gongkai scorecard failed to run (exit status $status)" >&2
  exit "$status"
fi
echo
echo "HTML report: $(pwd)/build/report.html"

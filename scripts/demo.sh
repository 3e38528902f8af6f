#!/usr/bin/env bash
# The main job on the bundled examples: install what is missing, build, then check every
# document under examples/ with the built-in 部门决算 pack. The examples are real published
# documents with real mistakes, so findings are expected: the demo reports them and exits 0;
# it fails only when gongkai itself cannot run (exit status 2).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
status=0
build/src/gongkai check examples/ || status=$?
if [ "$status" -ge 2 ]; then
  echo "gongkai check failed to run (exit status $status)" >&2
  exit "$status"
fi

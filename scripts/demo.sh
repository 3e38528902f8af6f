#!/usr/bin/env bash
# The main job on the bundled examples: install what is missing, build, then run gongkai
# over examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/src/gongkai inspect examples/

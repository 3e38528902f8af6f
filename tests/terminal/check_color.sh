#!/usr/bin/env bash
# Colour only on a terminal: under `script` (a pseudo-terminal) the text output of check and
# scorecard carries ANSI colours, with --no-color or NO_COLOR it does not, and written to a
# pipe or a file it never does. The progress bar appears on a terminal's standard error only.
#   check_color.sh GONGKAI   (run in the project root)
set -u  # not pipefail: grep -q may close the pipe early
gongkai=$1
esc=$(printf '\033')
fail() { echo "FAILED: $*" >&2; exit 1; }
on_tty() { script -qec "$1" /dev/null; }
command -v script >/dev/null || { echo "SKIPPED: no script(1)"; exit 77; }

on_tty "$gongkai scorecard examples/002_e5bbbd38b1f7eef3.txt" | grep -q "$esc\[" || fail "scorecard: no colour on a terminal"
on_tty "$gongkai check examples/002_e5bbbd38b1f7eef3.txt" | grep -q "$esc\[1;31merror" || fail "check: errors not red on a terminal"
on_tty "$gongkai scorecard --no-color examples/002_e5bbbd38b1f7eef3.txt" | grep -q "$esc\[" && fail "scorecard: colour despite --no-color"
on_tty "NO_COLOR=1 $gongkai check examples/002_e5bbbd38b1f7eef3.txt" | grep -q "$esc\[" && fail "check: colour despite NO_COLOR"
"$gongkai" scorecard examples/ 2>&1 | grep -q "$esc" && fail "scorecard: colour or progress bar into a pipe"
on_tty "$gongkai check --format json --out /dev/null examples/" | grep -q "5/5" || fail "no progress bar on a terminal"
echo "colours and progress bar only on a terminal: ok"

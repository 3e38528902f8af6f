#!/usr/bin/env python3
"""The rule tables of docs/checking.md list exactly the built-in packs' rules.

Usage: check_rule_tables.py GONGKAI SOURCE_DIR [--write]

Each table follows a line `规则一览（由 `rules/PACK/*.gk` 生成）`; its rows (number, title,
category, severity, weight, file) must be those `gongkai rules plan` prints for rules/PACK (in
any order). With --write the tables are rewritten from the plan instead.
"""
import re
import subprocess
import sys

RULE = re.compile(r'^rule (\S+) "(.*)" \(<builtin>/rules/([^/]+)/([^:]+):\d+\) (\S+) (\S+), weight (\S+),')
INTRO = re.compile(r"规则一览（由 `rules/([^/]+)/\*\.gk` 生成）")
SEVERITY = {"error": "error 错误", "warning": "warning 警告", "info": "info 提示"}


def rules_by_pack(gongkai):
    out = subprocess.run([gongkai, "rules", "plan"], capture_output=True, text=True, check=True).stdout
    packs = {}
    for line in out.splitlines():
        m = RULE.match(line)
        if m:
            rule, title, pack, file, category, severity, weight = m.groups()
            row = f"| `{rule}` | {title} | {category} | {SEVERITY[severity]} | {weight} | `{file}` |"
            packs.setdefault(pack, []).append((rule, row))
    return {pack: [row for _, row in sorted(rows)] for pack, rows in packs.items()}


def main():
    gongkai, source = sys.argv[1], sys.argv[2]
    write = "--write" in sys.argv[3:]
    path = f"{source}/docs/checking.md"
    lines = open(path, encoding="utf-8").read().split("\n")
    packs = rules_by_pack(gongkai)
    if not packs:
        sys.exit("rules plan printed no built-in rule")
    failed, seen, out, i = False, set(), [], 0
    while i < len(lines):
        out.append(lines[i])
        m = INTRO.search(lines[i])
        i += 1
        if not m:
            continue
        pack = m.group(1)
        seen.add(pack)
        while i < len(lines) and not lines[i].startswith("| `"):  # blank line, header, rule
            out.append(lines[i])
            i += 1
        rows = []
        while i < len(lines) and lines[i].startswith("| `"):
            rows.append(lines[i])
            i += 1
        expected = packs.get(pack, [])
        if write:
            out.extend(expected)
        elif sorted(rows) != expected:
            failed = True
            print(f"docs/checking.md: the rule table of rules/{pack} differs from the pack:", file=sys.stderr)
            for row in sorted(set(rows) - set(expected)):
                print(f"  in the docs only: {row}", file=sys.stderr)
            for row in sorted(set(expected) - set(rows)):
                print(f"  in the pack only: {row}", file=sys.stderr)
            if set(rows) == set(expected):
                print("  (a row is listed twice)", file=sys.stderr)
    for pack in sorted(set(packs) - seen):
        failed = True
        print(f"docs/checking.md: no rule table for rules/{pack}", file=sys.stderr)
    if write:
        open(path, "w", encoding="utf-8").write("\n".join(out))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

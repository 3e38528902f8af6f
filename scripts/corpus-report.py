#!/usr/bin/env python3
"""What gongkai reads from each document of a folder: tables found (and how many of the nine
决算 tables they cover), parts, rules that cannot verify, failing findings. Used to measure a
change of the reader on the whole corpus (before/after tables in notes and bench/README.md).

usage: scripts/corpus-report.py [--binary build/src/gongkai] DIR_OR_FILE...
"""
import argparse, json, os, re, subprocess, sys

NINE = [  # the nine tables of a 部门决算, as the built-in pack names them (rules/juesuan/pack.gk)
    ("01", r"(?<!财政拨款)收入支出决算总表"), ("02", r"(?<!支出)收入决算表"),
    ("03", r"(?<!拨款)(?<!收入)支出决算表"), ("04", r"财政拨款收入支出决算总表"),
    ("05", r"一般公共预算财政拨款支出决算表"), ("06", r"基本支出决算(明细)?表"),
    ("07", r"三公.{0,2}经费.*决算表"), ("08", r"政府性基金预算财政拨款"),
    ("09", r"国有资本经营预算财政拨款")]

def run(binary, args):
    out = subprocess.run([binary] + args, capture_output=True, text=True)
    return json.loads(out.stdout) if out.stdout.strip() else None

def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for n in sorted(os.listdir(p)):
                yield os.path.join(p, n)
        else:
            yield p

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default="build/src/gongkai")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    print("| file | tables (of the nine) | rows | parts | 无法核实 | errors | warnings |")
    print("|---|---|---|---|---|---|---|")
    for f in files(a.paths):
        model = run(a.binary, ["inspect", "--json", f])
        check = run(a.binary, ["check", "--format", "json", f])
        if not model or not check:
            print(f"| {os.path.basename(f)} | unreadable | | | | | |")
            continue
        titles = [t["title"] for t in model["tables"]]
        found = sorted({code for code, pat in NINE for t in titles if re.search(pat, t)})
        rows = sum(len(t["rows"]) for t in model["tables"])
        parts = sum(1 for s in model["sections"] if s.get("level") == 1)
        packs = [p for p in check["documents"][0]["packs"] if p["applies"] and p["scope"] == 0]
        s = packs[0]["summary"] if packs else {"cannot_verify": "-", "errors": "-", "warnings": "-"}
        print(f"| {os.path.basename(f)} | {len(titles)} ({len(found)}) | {rows} | {parts} | "
              f"{s['cannot_verify']} | {s['errors']} | {s['warnings']} |")

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Every report names the PDF page of a finding: runs gongkai on the seeded-defects 决算 PDF and
checks the seeded "收支总计0万元" (JS-XR-01, page 18, and its line's box) in the JSON findings, SARIF (a region
and properties.page), CSV (the column 页) and HTML (第 18 页) reports, the text report's
"(第18页)", and the pages of `inspect --json`.

    check_pages.py GONGKAI REPO_DIR OUT_DIR
"""
import csv
import json
import os
import subprocess
import sys

gongkai, repo, out = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
pdf = os.path.join(repo, "tests/data/pdf/putuo-caizhengju-2024-final-seeded-defects.pdf")
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def run(*args):
    return subprocess.run([gongkai, *args], capture_output=True, text=True, check=False)


paths = {f: os.path.join(out, "seeded." + f) for f in ("json", "sarif", "csv", "html", "txt")}
result = run("check", "--fail-on", "never", "--format", "json", "--out", paths["json"], "--format", "sarif",
             "--out", paths["sarif"], "--format", "csv", "--out", paths["csv"], "--format", "html", "--out",
             paths["html"], "--format", "text", "--out", paths["txt"], pdf)
expect(result.returncode == 0, f"check exit {result.returncode}: {result.stderr}")

findings = []


def collect(node):
    if isinstance(node, dict):
        if "rule" in node and "outcome" in node and "message" in node:
            findings.append(node)
        for value in node.values():
            collect(value)
    elif isinstance(node, list):
        for value in node:
            collect(value)


collect(json.load(open(paths["json"], encoding="utf-8")))
xr = [f for f in findings if f["rule"] == "JS-XR-01"]
expect(len(xr) == 1 and xr[0].get("page") == 18, f"JSON: JS-XR-01 on page 18, got {xr}")
expect(all(f.get("page") for f in findings if f.get("line")), "JSON: every located finding has a page")
box = xr[0].get("box") if xr else None  # the line "…2024年度收入支出总计0万元" near the top of page 18
expect(box is not None and len(box) == 4 and 140 < box[1] < 160 and box[0] < box[2], f"JSON: the line's box, got {box}")
expect(all(e.get("page") for f in xr for e in f.get("evidence", [])), "JSON: evidence has pages")

sarif = json.load(open(paths["sarif"], encoding="utf-8"))
results = [r for run_ in sarif["runs"] for r in run_["results"] if r["ruleId"] == "JS-XR-01"]
expect(len(results) == 1 and results[0]["properties"].get("page") == 18, "SARIF: properties.page 18")
expect(results and "region" in results[0]["locations"][0]["physicalLocation"], "SARIF: a region")

with open(paths["csv"], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
expect("页" in rows[0], f"CSV: a column 页, got {rows[0]}")
page = rows[0].index("页") if "页" in rows[0] else -1
expect(any(r[4] == "JS-XR-01" and r[page] == "18" for r in rows[1:]), "CSV: JS-XR-01 on page 18")

expect("第 18 页" in open(paths["html"], encoding="utf-8").read(), "HTML: 第 18 页")
expect("[JS-XR-01] (第18页)" in open(paths["txt"], encoding="utf-8").read(), "text: (第18页)")

model = json.loads(run("inspect", "--json", pdf).stdout)
expect(len(model["pages"]) == 26, f"inspect: 26 pages, got {len(model.get('pages', []))}")
expect(all("page" in t for t in model["tables"]), "inspect: every table has its page")

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""SARIF places and fingerprints as code-scanning platforms track them across runs.

usage: check_fingerprints.py GONGKAI SOURCE_DIR WORK_DIR
  - each result's partialFingerprints differ from every other result's in the log, even
    two findings with the same message on different lines;
  - inserting lines above every finding moves their line numbers but keeps every
    fingerprint: the same set before and after;
  - file URIs are relative to %SRCROOT%, the current directory by default or --sarif-root,
    whose absolute file:// URI originalUriBaseIds gives; a file outside it is an absolute
    file:// URI.
"""
import json
import os
import shutil
import subprocess
import sys

EXAMPLE = "examples/002_e5bbbd38b1f7eef3.txt"


def require(condition, message):
    if not condition:
        sys.exit("FAILED: " + message)
    print("ok:", message)


def sarif(gongkai, cwd, *args):
    done = subprocess.run([gongkai, "check", "--format", "sarif", "--fail-on", "never", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        sys.exit(f"gongkai failed ({done.returncode}): {done.stderr}")
    return json.loads(done.stdout)["runs"][0]


def results(run):
    out = []
    for r in run["results"]:
        place = r["locations"][0]["physicalLocation"]
        out.append((r["partialFingerprints"]["gongkai/v2"], r["message"]["text"],
                    place.get("region", {}).get("startLine"), place["artifactLocation"]))
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    gongkai, source, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "docs"))

    every = results(sarif(gongkai, source, "examples/"))
    prints = [(r[3]["uri"], r[0]) for r in every]
    require(len(set(prints)) == len(prints), f"{len(prints)} results, each with its own fingerprint")
    by_message = {}
    for fingerprint, message, line, place in every:
        by_message.setdefault((place["uri"], message), set()).add((line, fingerprint))
    repeated = [v for v in by_message.values() if len({line for line, _ in v}) > 1]
    require(repeated and all(len({f for _, f in v}) == len(v) for v in repeated),
            f"findings with one message on different lines have different fingerprints ({len(repeated)} such messages)")

    with open(os.path.join(source, EXAMPLE), encoding="utf-8") as f:
        text = f.read()
    doc = os.path.join(work, "docs", "a.txt")
    with open(doc, "w", encoding="utf-8") as f:
        f.write(text)
    before = results(sarif(gongkai, work, "docs/a.txt"))
    lines = text.split("\n")
    first = min(r[2] for r in before if r[2])
    with open(doc, "w", encoding="utf-8") as f:
        f.write("\n".join(lines[:first - 1] + ["", "", ""] + lines[first - 1:]))
    after = results(sarif(gongkai, work, "docs/a.txt"))
    require(sorted(r[2] + 3 for r in before if r[2]) == sorted(r[2] for r in after if r[2]),
            "inserting three lines above the findings moves each of them three lines down")
    require(sorted(r[0] for r in before) == sorted(r[0] for r in after),
            f"and keeps all {len(before)} fingerprints")

    run = sarif(gongkai, work, "docs/a.txt")
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    require(base == "file://" + work + "/", f"%SRCROOT% is the current directory by default: {base}")
    place = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    require(place == {"uri": "docs/a.txt", "uriBaseId": "%SRCROOT%"}, f"a file under it is relative: {place}")
    run = sarif(gongkai, work, "--sarif-root", "docs", "docs/a.txt", os.path.join(source, EXAMPLE))
    require(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://" + work + "/docs/", "--sarif-root sets the base")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    require(uris == {"a.txt", "file://" + os.path.join(source, EXAMPLE)},
            f"relative to it, and a file outside it is an absolute file:// URI: {sorted(uris)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

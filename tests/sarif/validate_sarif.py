#!/usr/bin/env python3
"""Checks that a file is a SARIF 2.1.0 log of the shape code-scanning tools read.

Debian ships no SARIF validator and the build may download nothing, so this script asserts,
with the standard library only, the parts of the SARIF 2.1.0 schema
(sarif-schema-2.1.0.json, OASIS) that a log of gongkai uses: required properties, types,
enumerations, index ranges and minimum values. It exits 1 and names every violation.

usage: validate_sarif.py FILE                     (expects a valid log)
       validate_sarif.py --expect-invalid FILE    (expects at least one violation)
       validate_sarif.py --mutations FILE         (FILE is valid, and each of a list of
                                                   single wrong edits of it is rejected)
"""
import copy
import json
import sys

LEVELS = {"none", "note", "warning", "error"}
KINDS = {"notApplicable", "pass", "fail", "review", "open", "informational"}
COLUMN_KINDS = {"utf16CodeUnits", "unicodeCodePoints"}


class Checker:
    def __init__(self):
        self.errors = []

    def fail(self, path, message):
        self.errors.append(f"{path}: {message}")

    def obj(self, value, path):
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, found {type(value).__name__}")
            return False
        return True

    def arr(self, value, path):
        if not isinstance(value, list):
            self.fail(path, f"expected an array, found {type(value).__name__}")
            return False
        return True

    def string(self, value, path, required=True):
        if value is None and not required:
            return
        if not isinstance(value, str):
            self.fail(path, "expected a string")

    def integer(self, value, path, minimum):
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, "expected an integer")
        elif value < minimum:
            self.fail(path, f"must be >= {minimum}, found {value}")

    def known_keys(self, value, path, allowed):
        for key in value:
            if key not in allowed:
                self.fail(path, f"unknown property '{key}'")

    def message(self, value, path):
        if self.obj(value, path):
            if "text" not in value and "id" not in value:
                self.fail(path, "a message needs 'text' or 'id'")
            self.string(value.get("text"), path + ".text", required=False)

    def multiformat(self, value, path):
        if self.obj(value, path):
            if "text" not in value:
                self.fail(path, "missing required 'text'")
            self.string(value.get("text"), path + ".text")

    def log(self, log):
        if not self.obj(log, "$"):
            return
        self.known_keys(log, "$", {"$schema", "version", "runs", "inlineExternalProperties", "properties"})
        if log.get("version") != "2.1.0":
            self.fail("$.version", f"must be \"2.1.0\", found {log.get('version')!r}")
        schema = log.get("$schema")
        if not isinstance(schema, str) or "sarif" not in schema or "2.1.0" not in schema:
            self.fail("$.$schema", "must name the SARIF 2.1.0 schema")
        if "runs" not in log:
            self.fail("$", "missing required 'runs'")
        elif self.arr(log["runs"], "$.runs"):
            for i, run in enumerate(log["runs"]):
                self.run(run, f"$.runs[{i}]")

    def run(self, run, path):
        if not self.obj(run, path):
            return
        if "tool" not in run:
            self.fail(path, "missing required 'tool'")
            return
        rules = self.tool(run["tool"], path + ".tool")
        if "columnKind" in run and run["columnKind"] not in COLUMN_KINDS:
            self.fail(path + ".columnKind", f"not one of {sorted(COLUMN_KINDS)}")
        if "results" in run and self.arr(run["results"], path + ".results"):
            for i, result in enumerate(run["results"]):
                self.result(result, f"{path}.results[{i}]", rules)

    def tool(self, tool, path):
        if not self.obj(tool, path):
            return []
        driver = tool.get("driver")
        if driver is None:
            self.fail(path, "missing required 'driver'")
            return []
        if not self.obj(driver, path + ".driver"):
            return []
        if "name" not in driver:
            self.fail(path + ".driver", "missing required 'name'")
        self.string(driver.get("name"), path + ".driver.name", required=False)
        rules = driver.get("rules", [])
        if self.arr(rules, path + ".driver.rules"):
            ids = set()
            for i, rule in enumerate(rules):
                rpath = f"{path}.driver.rules[{i}]"
                if not self.obj(rule, rpath):
                    continue
                if "id" not in rule:
                    self.fail(rpath, "missing required 'id'")
                self.string(rule.get("id"), rpath + ".id", required=False)
                ids.add(rule.get("id"))
                for key in ("shortDescription", "fullDescription"):
                    if key in rule:
                        self.multiformat(rule[key], f"{rpath}.{key}")
                config = rule.get("defaultConfiguration")
                if config is not None and self.obj(config, rpath + ".defaultConfiguration"):
                    if config.get("level", "warning") not in LEVELS:
                        self.fail(rpath + ".defaultConfiguration.level", f"not one of {sorted(LEVELS)}")
                if "properties" in rule:
                    self.obj(rule["properties"], rpath + ".properties")
            return rules
        return []

    def result(self, result, path, rules):
        if not self.obj(result, path):
            return
        if "message" not in result:
            self.fail(path, "missing required 'message'")
        else:
            self.message(result["message"], path + ".message")
        if "ruleId" not in result and "rule" not in result:
            self.fail(path, "needs 'ruleId'")
        self.string(result.get("ruleId"), path + ".ruleId", required=False)
        level = result.get("level", "warning")
        if level not in LEVELS:
            self.fail(path + ".level", f"{level!r} is not one of {sorted(LEVELS)}")
        kind = result.get("kind", "fail")
        if kind not in KINDS:
            self.fail(path + ".kind", f"{kind!r} is not one of {sorted(KINDS)}")
        if kind != "fail" and level != "none":
            self.fail(path + ".level", "must be 'none' when kind is not 'fail'")
        if "ruleIndex" in result:
            self.integer(result["ruleIndex"], path + ".ruleIndex", -1)
            index = result["ruleIndex"]
            if isinstance(index, int) and index >= 0:
                if index >= len(rules):
                    self.fail(path + ".ruleIndex", f"{index} is past the {len(rules)} rules of the driver")
                elif rules[index].get("id") != result.get("ruleId"):
                    self.fail(path + ".ruleIndex", "names a rule with another id than ruleId")
        if "locations" in result and self.arr(result["locations"], path + ".locations"):
            for i, location in enumerate(result["locations"]):
                self.location(location, f"{path}.locations[{i}]")
        fingerprints = result.get("partialFingerprints")
        if fingerprints is not None and self.obj(fingerprints, path + ".partialFingerprints"):
            for key, value in fingerprints.items():
                self.string(value, f"{path}.partialFingerprints.{key}")

    def location(self, location, path):
        if not self.obj(location, path):
            return
        physical = location.get("physicalLocation")
        if physical is None:
            return
        ppath = path + ".physicalLocation"
        if not self.obj(physical, ppath):
            return
        artifact = physical.get("artifactLocation")
        if artifact is None:
            self.fail(ppath, "missing 'artifactLocation'")
        elif self.obj(artifact, ppath + ".artifactLocation"):
            uri = artifact.get("uri")
            self.string(uri, ppath + ".artifactLocation.uri")
            if isinstance(uri, str) and (uri == "" or any(c in uri for c in ' \\"<>')):
                self.fail(ppath + ".artifactLocation.uri", f"{uri!r} is not a URI reference")
        region = physical.get("region")
        if region is not None and self.obj(region, ppath + ".region"):
            rpath = ppath + ".region"
            if "startLine" not in region and "charOffset" not in region and "byteOffset" not in region:
                self.fail(rpath, "needs 'startLine' (or an offset)")
            for key in ("startLine", "startColumn", "endLine", "endColumn"):
                if key in region:
                    self.integer(region[key], f"{rpath}.{key}", 1)
            if "snippet" in region:
                self.obj(region["snippet"], rpath + ".snippet")


def first_result(log):
    return next(r for run in log["runs"] for r in run.get("results", []) if "region" in
                r["locations"][0]["physicalLocation"])


MUTATIONS = {
    "version 2.0.0": lambda log: log.update(version="2.0.0"),
    "no runs": lambda log: log.pop("runs"),
    "no tool": lambda log: log["runs"][0].pop("tool"),
    "driver without name": lambda log: log["runs"][0]["tool"]["driver"].pop("name"),
    "rule without id": lambda log: log["runs"][0]["tool"]["driver"]["rules"][0].pop("id"),
    "level fatal": lambda log: first_result(log).update(level="fatal"),
    "message as a string": lambda log: first_result(log).update(message="text"),
    "no message": lambda log: first_result(log).pop("message"),
    "no ruleId": lambda log: first_result(log).pop("ruleId"),
    "ruleIndex past the rules": lambda log: first_result(log).update(ruleIndex=10**6),
    "startLine 0": lambda log: first_result(log)["locations"][0]["physicalLocation"]["region"].update(startLine=0),
    "startColumn as text": lambda log: first_result(log)["locations"][0]["physicalLocation"]["region"].update(startColumn="1"),
    "uri with a space": lambda log: first_result(log)["locations"][0]["physicalLocation"]["artifactLocation"].update(uri="a b.txt"),
}


def mutations(path):
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    checker = Checker()
    checker.log(log)
    if checker.errors:
        print(f"{path}: not valid to begin with: {checker.errors[0]}", file=sys.stderr)
        return 1
    missed = []
    for name, mutate in MUTATIONS.items():
        broken = copy.deepcopy(log)
        mutate(broken)
        checker = Checker()
        checker.log(broken)
        if not checker.errors:
            missed.append(name)
    for name in missed:
        print(f"{path}: the wrong edit '{name}' was not rejected", file=sys.stderr)
    if missed:
        return 1
    print(f"{path}: valid, and all {len(MUTATIONS)} wrong edits rejected")
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--mutations":
        return mutations(argv[2])
    expect_invalid = len(argv) == 3 and argv[1] == "--expect-invalid"
    if len(argv) != (3 if expect_invalid else 2):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[-1], encoding="utf-8") as f:
        try:
            log = json.load(f)
        except json.JSONDecodeError as e:
            log = None
            errors = [f"not JSON: {e}"]
    checker = Checker()
    if log is not None:
        checker.log(log)
        errors = checker.errors
    if expect_invalid:
        if not errors:
            print(f"{argv[-1]}: expected violations of SARIF 2.1.0, found none", file=sys.stderr)
            return 1
        print(f"{argv[-1]}: rejected as expected ({len(errors)} violations, first: {errors[0]})")
        return 0
    for e in errors:
        print(f"{argv[-1]}: {e}", file=sys.stderr)
    if errors:
        return 1
    results = sum(len(r.get("results", [])) for r in log["runs"])
    print(f"{argv[-1]}: valid SARIF 2.1.0 ({results} results)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Checks that a file is a SARIF 2.1.0 log of the shape code-scanning tools read.

Debian ships no SARIF validator and the build may download nothing, so this script asserts,
with the standard library only, the parts of the SARIF 2.1.0 schema
(sarif-schema-2.1.0.json, OASIS) that a log of gongkai uses: required properties, types,
enumerations, index ranges and minimum values. It also asserts what GitHub code scanning
requires beyond the schema: the driver's informationUri, every rule's help (text and
markdown), artifact URIs relative to a base that originalUriBaseIds defines, and
partialFingerprints on every result, distinct for each result. It exits 1 and names every
violation.

usage: validate_sarif.py FILE                     (expects a valid log)
       validate_sarif.py --suppressed N FILE      (a valid log with exactly N results
                                                   suppressed, each "external" with a
                                                   justification: waived or baseline findings)
       validate_sarif.py --expect-invalid FILE    (expects at least one violation)
       validate_sarif.py --mutations FILE         (FILE is valid, and each of a list of
                                                   single wrong edits of it is rejected)
A valid log also meets GitHub's requirements; --expect-invalid checks the schema only.
"""
import copy
import json
import re
import sys

LEVELS = {"none", "note", "warning", "error"}
KINDS = {"notApplicable", "pass", "fail", "review", "open", "informational"}
SUPPRESSION_KINDS = {"inSource", "external"}
SUPPRESSION_STATUSES = {"accepted", "underReview", "rejected"}
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

    def artifact_location(self, artifact, path):
        if not self.obj(artifact, path):
            return
        self.known_keys(artifact, path, {"uri", "uriBaseId", "index", "description", "properties"})
        uri = artifact.get("uri")
        self.string(uri, path + ".uri", required=False)
        if isinstance(uri, str) and (uri == "" or any(c in uri for c in ' \\"<>')):
            self.fail(path + ".uri", f"{uri!r} is not a URI reference")
        self.string(artifact.get("uriBaseId"), path + ".uriBaseId", required=False)
        if "description" in artifact:
            self.message(artifact["description"], path + ".description")

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
        bases = run.get("originalUriBaseIds", {})
        if self.obj(bases, path + ".originalUriBaseIds"):
            for name, base in bases.items():
                self.artifact_location(base, f"{path}.originalUriBaseIds.{name}")
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
                for key in ("shortDescription", "fullDescription", "help"):
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
        if "suppressions" in result and self.arr(result["suppressions"], path + ".suppressions"):
            for i, suppression in enumerate(result["suppressions"]):
                self.suppression(suppression, f"{path}.suppressions[{i}]")
        fingerprints = result.get("partialFingerprints")
        if fingerprints is not None and self.obj(fingerprints, path + ".partialFingerprints"):
            for key, value in fingerprints.items():
                self.string(value, f"{path}.partialFingerprints.{key}")

    def suppression(self, suppression, path):
        if not self.obj(suppression, path):
            return
        self.known_keys(suppression, path, {"guid", "kind", "status", "justification", "location", "properties"})
        if suppression.get("kind") not in SUPPRESSION_KINDS:
            self.fail(path + ".kind", f"{suppression.get('kind')!r} is not one of {sorted(SUPPRESSION_KINDS)}")
        if "status" in suppression and suppression["status"] not in SUPPRESSION_STATUSES:
            self.fail(path + ".status", f"{suppression['status']!r} is not one of {sorted(SUPPRESSION_STATUSES)}")
        self.string(suppression.get("justification"), path + ".justification", required=False)
        if "properties" in suppression:
            self.obj(suppression["properties"], path + ".properties")

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
        else:
            self.artifact_location(artifact, ppath + ".artifactLocation")
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


def is_absolute_uri(uri):
    return isinstance(uri, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", uri) is not None


def github(log, checker):
    """GitHub code scanning's requirements beyond the schema."""
    for r, run in enumerate(log.get("runs", [])):
        path = f"$.runs[{r}]"
        driver = run.get("tool", {}).get("driver", {})
        if not is_absolute_uri(driver.get("informationUri")):
            checker.fail(path + ".tool.driver", "needs 'informationUri', an absolute URI")
        for i, rule in enumerate(driver.get("rules", [])):
            help_ = rule.get("help")
            if not isinstance(help_, dict) or not help_.get("text") or not help_.get("markdown"):
                checker.fail(f"{path}.tool.driver.rules[{i}]", "needs 'help' with 'text' and 'markdown'")
        bases = run.get("originalUriBaseIds", {})
        seen = {}
        for i, result in enumerate(run.get("results", [])):
            rpath = f"{path}.results[{i}]"
            for location in result.get("locations", []):
                artifact = location.get("physicalLocation", {}).get("artifactLocation", {})
                uri, base = artifact.get("uri", ""), artifact.get("uriBaseId")
                if is_absolute_uri(uri) or uri.startswith("/"):
                    checker.fail(rpath, f"artifact URI {uri!r} is absolute; it must be relative to a uriBaseId")
                elif base not in bases or not is_absolute_uri(bases[base].get("uri")) or \
                        not bases[base]["uri"].endswith("/"):
                    checker.fail(rpath, f"uriBaseId {base!r} is not defined by originalUriBaseIds as a folder URI")
            prints = result.get("partialFingerprints")
            if not isinstance(prints, dict) or not prints:
                checker.fail(rpath, "needs 'partialFingerprints'")
                continue
            uri = result.get("locations", [{}])[0].get("physicalLocation", {}).get("artifactLocation", {}).get("uri")
            key = (uri, tuple(sorted(prints.items())))
            if key in seen:
                checker.fail(rpath, f"the same partialFingerprints as results[{seen[key]}]")
            seen.setdefault(key, i)


def validate(log, with_github):
    checker = Checker()
    checker.log(log)
    if with_github and not checker.errors:
        github(log, checker)
    return checker.errors


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
    "help as a string": lambda log: log["runs"][0]["tool"]["driver"]["rules"][0].update(help="text"),
    # GitHub's requirements
    "rule without help": lambda log: log["runs"][0]["tool"]["driver"]["rules"][0].pop("help"),
    "help without markdown": lambda log: log["runs"][0]["tool"]["driver"]["rules"][0]["help"].pop("markdown"),
    "no informationUri": lambda log: log["runs"][0]["tool"]["driver"].pop("informationUri"),
    "absolute file URI": lambda log: first_result(log)["locations"][0]["physicalLocation"]["artifactLocation"].update(
        uri="file:///tmp/a.txt"),
    "undefined uriBaseId": lambda log: log["runs"][0].pop("originalUriBaseIds"),
    "no partialFingerprints": lambda log: first_result(log).pop("partialFingerprints"),
    "suppression of an unknown kind": lambda log: first_result(log).update(suppressions=[{"kind": "waived"}]),
    "suppressions as an object": lambda log: first_result(log).update(suppressions={"kind": "external"}),
    "two results share fingerprints": lambda log: log["runs"][0]["results"][1].update(
        partialFingerprints=log["runs"][0]["results"][0]["partialFingerprints"],
        locations=log["runs"][0]["results"][0]["locations"]),
}


def mutations(path):
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    errors = validate(log, True)
    if errors:
        print(f"{path}: not valid to begin with: {errors[0]}", file=sys.stderr)
        return 1
    missed = []
    for name, mutate in MUTATIONS.items():
        broken = copy.deepcopy(log)
        mutate(broken)
        if not validate(broken, True):
            missed.append(name)
    for name in missed:
        print(f"{path}: the wrong edit '{name}' was not rejected", file=sys.stderr)
    if missed:
        return 1
    print(f"{path}: valid, and all {len(MUTATIONS)} wrong edits rejected")
    return 0


def suppressed(expected, path):
    with open(path, encoding="utf-8") as f:
        log = json.load(f)
    errors = validate(log, True)
    for e in errors:
        print(f"{path}: {e}", file=sys.stderr)
    results = [r for run in log["runs"] for r in run.get("results", [])]
    marked = [r for r in results if r.get("suppressions")]
    for r in marked:
        for s in r["suppressions"]:
            if s.get("kind") != "external" or not s.get("justification"):
                errors.append(f"{r['ruleId']}: a suppression without kind external and a justification")
    if len(marked) != expected:
        errors.append(f"{len(marked)} suppressed results, expected {expected}")
        print(f"{path}: {errors[-1]}", file=sys.stderr)
    if errors:
        return 1
    print(f"{path}: valid, {len(marked)} of {len(results)} results suppressed")
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--mutations":
        return mutations(argv[2])
    if len(argv) == 4 and argv[1] == "--suppressed":
        return suppressed(int(argv[2]), argv[3])
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
    if log is not None:
        errors = validate(log, not expect_invalid)
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

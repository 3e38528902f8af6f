#!/usr/bin/env python3
"""The JSON examples of the documentation are real output, so they cannot drift.

usage: check_json_examples.py GONGKAI SOURCE_DIR [--write]

Each ```json block of docs/*.md preceded by a line `<!-- example from: gongkai ARGS -->` is
compared with what `gongkai ARGS` prints in SOURCE_DIR: every object of the example has
exactly the keys of the real object, in the same order, with equal values; every array of the
example is the real array or a selection of its elements, in order (the example is real output
with some array elements left out). A key gongkai adds, renames or reorders, or a value that
changes, fails the test until the documentation shows it.

With --write, each example is rewritten from the real output, keeping the array elements the
example keeps (found by their "rule", "name", "pack", "scope", "file", "line" … values), so
an example is brought up to date with one command and then checked by the suite.
"""
import json
import os
import re
import shlex
import subprocess
import sys

MARKER = re.compile(r"<!-- example from: gongkai (.*?) -->\n+```json\n(.*?)```", re.S)
IDENTITY = ("name", "pack", "scope", "rule", "file", "line", "column", "category", "grade", "kind", "text")


class Number(str):
    """A JSON number kept as written ("100.0" stays "100.0")."""


class Object(list):
    """A JSON object as its (key, value) pairs, in order."""


def parse(text):
    return json.loads(text, object_pairs_hook=Object, parse_float=Number, parse_int=Number)


def identity(value):
    if isinstance(value, Object):
        return tuple((k, v) for k, v in value if k in IDENTITY and not isinstance(v, list))
    return value


def is_object(value):
    return isinstance(value, Object)


def compare(example, real, path, errors):
    if is_object(example) or is_object(real):
        if not (is_object(example) and is_object(real)):
            errors.append(f"{path}: an object in one, not in the other")
            return
        keys, real_keys = [k for k, _ in example], [k for k, _ in real]
        if keys != real_keys:
            errors.append(f"{path}: keys {keys} differ from the real {real_keys}")
            return
        for (k, v), (_, w) in zip(example, real):
            compare(v, w, f"{path}.{k}", errors)
    elif isinstance(example, list):
        if not isinstance(real, list):
            errors.append(f"{path}: an array in the example only")
            return
        start = 0
        for i, item in enumerate(example):
            for j in range(start, len(real)):
                trial = []
                compare(item, real[j], f"{path}[{j}]", trial)
                if not trial:
                    start = j + 1
                    break
            else:
                near = next((j for j in range(len(real)) if is_object(item) and is_object(real[j])
                             and set(identity(item)) <= set(identity(real[j]))), None)
                if near is not None:  # the same element, changed: say how
                    compare(item, real[near], f"{path}[{near}]", errors)
                else:
                    errors.append(f"{path}[{i}]: no element of the real array (in order) matches {render(item, 0)[:200]}")
                return
    elif example != real or type(example) is not type(real):
        errors.append(f"{path}: {example!r} in the example, {real!r} in the real output")


def trim(example, real):
    """The real output, keeping the array elements the example keeps."""
    if is_object(real) and is_object(example):
        kept = dict(example)
        return Object((k, trim(kept[k], v) if k in kept else v) for k, v in real)
    if isinstance(real, list) and isinstance(example, list) and not is_object(real):
        wanted = [identity(e) for e in example]
        out = [r for r in real if identity(r) in wanted]
        return [trim(example[wanted.index(identity(r))], r) for r in out]
    return real


def render(value, level):
    pad, inner = "  " * level, "  " * (level + 1)
    if is_object(value) and not value:
        return "{}"
    if is_object(value):
        return "{\n" + ",\n".join(f"{inner}{json.dumps(k, ensure_ascii=False)}: {render(v, level + 1)}"
                                  for k, v in value) + f"\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + render(v, level + 1) for v in value) + f"\n{pad}]"
    if isinstance(value, Number):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    gongkai, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    write = sys.argv[3:] == ["--write"]
    docs = os.path.join(source, "docs")
    failed, checked = False, 0
    for name in sorted(os.listdir(docs)):
        if not name.endswith(".md"):
            continue
        path = os.path.join(docs, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        edits = []
        for m in MARKER.finditer(text):
            args = shlex.split(m.group(1))
            done = subprocess.run([gongkai, *args], cwd=source, capture_output=True, text=True, timeout=300)
            if done.returncode not in (0, 1):
                sys.exit(f"{name}: gongkai {m.group(1)}: exit {done.returncode}\n{done.stderr}")
            real, example = parse(done.stdout), parse(m.group(2))
            if write:
                edits.append((m.start(2), m.end(2), render(trim(example, real), 0) + "\n"))
                continue
            errors = []
            compare(example, real, "$", errors)
            checked += 1
            for e in errors:
                print(f"{name}: example of `gongkai {m.group(1)}`: {e}", file=sys.stderr)
            failed = failed or bool(errors)
            if not errors:
                print(f"{name}: the example of `gongkai {m.group(1)}` is real output")
        if edits:
            for start, end, new in reversed(edits):
                text = text[:start] + new + text[end:]
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"{name}: {len(edits)} example(s) rewritten")
    if not write and checked < 2:
        sys.exit(f"only {checked} JSON examples are marked in docs/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The tutorial does what it says: its steps are done literally, in order, and each output it
shows is the output the program gives.

usage: check_tutorial.py GONGKAI SOURCE_DIR WORKDIR

WORKDIR is made empty and laid out like the source directory the tutorial assumes: examples/
(a link to SOURCE_DIR/examples) and build/src/gongkai (a link to GONGKAI). Then, in the order
of docs/tutorial.md:
- a fenced block after `<!-- tutorial: write NAME -->` is written to WORKDIR/NAME;
- each line of a ```sh block is run by the shell in WORKDIR (comments after `#` included);
- a ```text block right after a ```sh block is what those commands print (standard output
  and error together): compared verbatim, or, after `<!-- tutorial: output excerpt -->`,
  its lines must appear in the output in that order, each whole.
A command that dies by a signal or exits with a status above 2 fails the test as well.
"""
import os
import re
import shutil
import subprocess
import sys

BLOCK = re.compile(r"(?:<!-- tutorial: (write \S+|output excerpt) -->\n)?```(\w+)\n(.*?)```", re.S)


def main():
    gongkai, source, work = sys.argv[1:4]
    source = os.path.abspath(source)
    tutorial = open(os.path.join(source, "docs", "tutorial.md"), encoding="utf-8").read()
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "build", "src"))
    os.symlink(os.path.join(source, "examples"), os.path.join(work, "examples"))
    os.symlink(os.path.abspath(gongkai), os.path.join(work, "build", "src", "gongkai"))

    failures, commands_run, outputs_checked = [], 0, 0
    last_output, last_end = None, -1
    for m in BLOCK.finditer(tutorial):
        marker, lang, body = m.group(1), m.group(2), m.group(3)
        line = tutorial.count("\n", 0, m.start()) + 1
        if marker and marker.startswith("write "):
            with open(os.path.join(work, marker[len("write "):]), "w", encoding="utf-8") as f:
                f.write(body)
        elif lang == "sh":
            last_output = ""
            for command in body.splitlines():
                if not command.strip():
                    continue
                run = subprocess.run(command, shell=True, cwd=work, capture_output=True, text=True)
                commands_run += 1
                last_output += run.stdout + run.stderr
                if run.returncode < 0 or run.returncode > 2:
                    failures.append(f"tutorial.md:{line}: `{command}` exited with {run.returncode}")
            last_end = m.end()
            continue
        elif lang == "text" and last_output is not None and tutorial[last_end:m.start()].strip() in (
                "", "<!-- tutorial: output excerpt -->"):
            outputs_checked += 1
            if marker == "output excerpt":
                lines, at = last_output.splitlines(), 0
                for want in body.splitlines():
                    while at < len(lines) and lines[at] != want:
                        at += 1
                    if at == len(lines):
                        failures.append(f"tutorial.md:{line}: this line is not in the output:\n  {want}\n"
                                        f"the output was:\n{last_output}")
                        break
                    at += 1
            elif body != last_output:
                failures.append(f"tutorial.md:{line}: the tutorial shows\n{body}but the program printed\n{last_output}")
        last_output = None
    if commands_run < 5 or outputs_checked < 4:
        failures.append(f"only {commands_run} commands and {outputs_checked} outputs found: are the blocks tagged?")
    for f in failures:
        print(f)
    print(f"tutorial: {commands_run} commands run, {outputs_checked} outputs compared, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

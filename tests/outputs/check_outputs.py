#!/usr/bin/env python3
"""What `check` and `scorecard` do with their outputs and inputs when something is wrong: no
data lost, no silent failure, nothing from a hostile file reaching the terminal raw.

usage: check_outputs.py GONGKAI SOURCE_DIR WORK_DIR TEST
TEST is one of:
  out-is-db          --out naming the --db file (any spelling, or a hard link) is refused and
                     the database stays intact
  db-is-input        --db naming an input is reported as a --db problem
  same-file-twice    --out a.json and --out ./a.json in one run are refused
  write-error-file   a report that cannot be written (/dev/full) is a coded error, exit 2
  write-error-stdout standard output that cannot be written is a coded error, exit 2
  kept-when-db-fails an earlier report is kept when the database cannot be opened
  kept-when-killed   an earlier report is kept when the run is interrupted (SIGINT, SIGTERM,
                     SIGKILL) mid-batch; a complete run replaces it, with ordinary permissions
  locked-folder      in a folder where no file may be created, a writable report is written
                     in place and a new one is a coded error
  control-chars      a document with ESC is refused, one with form feeds read; file names
                     with ESC and BEL reach no output raw
  csv-formula        a file name starting with a tab is not a formula in the CSV
  directory-entries  a locked subdirectory, broken and looping links and a pipe named *.txt
                     inside a directory are each reported, exit 2
  fifo-argument      a pipe named on the command line is refused at once
  double-dash        `--` ends the options: a file named -5+5.txt can be checked
"""
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time

EXAMPLE = "examples/002_e5bbbd38b1f7eef3.txt"


def require(condition, message):
    if not condition:
        sys.exit("FAILED: " + message)
    print("ok:", message)


def gongkai(args, cwd, timeout=120, **kw):
    return subprocess.run([GONGKAI, *args], cwd=cwd, capture_output=True, timeout=timeout, **kw)


def text(b):
    return b.decode("utf-8", "replace")


def fresh_dir(work, name):
    path = os.path.join(work, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def leftovers(folder):
    return [n for n in os.listdir(folder) if ".gongkai-" in n]


def test_out_is_db(source, work):
    d = fresh_dir(work, "out-is-db")
    db = os.path.join(d, "h.db")
    for _ in range(3):
        gongkai(["scorecard", "--db", db, "examples/"], source)
    os.link(db, os.path.join(d, "link.db"))
    for out in (db, os.path.join(d, ".", "h.db"), os.path.join(d, "link.db")):
        done = gongkai(["check", "--db", db, "--format", "json", "--out", out, "examples/"], source)
        require(done.returncode == 2, f"--out {out} with --db {db}: exit {done.returncode}")
        require("is the history database (--db" in text(done.stderr), f"the message says why: {text(done.stderr).splitlines()[0]}")
    con = sqlite3.connect(db)
    require(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "the database is intact")
    require(con.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 3, "it still holds its three runs")


def test_db_is_input(source, work):
    for db in (EXAMPLE, "./" + EXAMPLE):
        done = gongkai(["check", "--db", db, "examples/"], source)
        err = text(done.stderr)
        require(done.returncode == 2 and f"--db '{db}' is one of the inputs" in err and "--out" not in err,
                f"--db {db} is reported as --db: {err.splitlines()[0] if err else ''}")
    with open(os.path.join(source, EXAMPLE), "rb") as f:
        require(f.read(20).decode("utf-8", "ignore") != "SQLite", "the input was not touched")


def test_same_file_twice(source, work):
    d = fresh_dir(work, "same-file")
    done = gongkai(["check", "--format", "json", "--out", "a.json", "--format", "csv", "--out", "./a.json",
                    os.path.join(source, "examples")], d)
    require(done.returncode == 2, f"exit {done.returncode}")
    require("two outputs write to one file: 'a.json' and './a.json'" in text(done.stderr), text(done.stderr).splitlines()[0])
    require(not os.path.exists(os.path.join(d, "a.json")), "nothing was written")


def test_write_error_file(source, work):
    for command, fmt in (("check", "json"), ("scorecard", "csv"), ("check", "html"), ("scorecard", "sarif")):
        done = gongkai([command, "--format", fmt, "--out", "/dev/full", "examples/"], source)
        err = text(done.stderr)
        require(done.returncode == 2 and "/dev/full: error: cannot write: No space left on device [E-WRITE]" in err,
                f"{command} --format {fmt} --out /dev/full: exit {done.returncode}: {err.strip()}")


def test_write_error_stdout(source, work):
    for args in (["scorecard", "examples/"], ["check", "--format", "json", "examples/"], ["check", EXAMPLE]):
        with open("/dev/full", "wb") as full:
            done = subprocess.run([GONGKAI, *args], cwd=source, stdout=full, stderr=subprocess.PIPE, timeout=120)
        err = text(done.stderr)
        require(done.returncode == 2 and "standard output: error: cannot write: No space left on device [E-WRITE]" in err,
                f"{' '.join(args)} > /dev/full: exit {done.returncode}: {err.strip()}")


def test_kept_when_db_fails(source, work):
    d = fresh_dir(work, "kept-db")
    report = os.path.join(d, "report.json")
    with open(report, "w") as f:
        f.write("EARLIER\n")
    done = gongkai(["check", "--db", d, "--format", "json", "--out", report, "examples/"], source)
    require(done.returncode == 2 and "history database" in text(done.stderr), f"the database is reported: {text(done.stderr).strip()}")
    with open(report) as f:
        require(f.read() == "EARLIER\n", "the earlier report is unchanged")
    require(leftovers(d) == [], f"no temporary file is left: {leftovers(d)}")


def many_documents(work, count):
    """A folder of `count` documents: hard links to one copy of an example (no disk used)."""
    d = fresh_dir(work, "batch")
    first = os.path.join(d, "00000.txt")
    shutil.copy(os.path.join(SOURCE, EXAMPLE), first)
    for k in range(1, count):
        os.link(first, os.path.join(d, f"{k:05}.txt"))
    return d


def test_kept_when_killed(source, work):
    batch = many_documents(work, 3000)
    d = fresh_dir(work, "kept-killed")
    report, csv = os.path.join(d, "report.json"), os.path.join(d, "s.csv")
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        for path in (report, csv):
            with open(path, "w") as f:
                f.write("EARLIER\n")
        p = subprocess.Popen([GONGKAI, "scorecard", "--jobs", "1", "--format", "json", "--out", report,
                              "--format", "csv", "--out", csv, batch], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while len(leftovers(d)) < 2 and time.time() < deadline and p.poll() is None:
            time.sleep(0.01)
        require(p.poll() is None and len(leftovers(d)) == 2, f"the run writes temporary files beside the reports: {leftovers(d)}")
        time.sleep(0.3)
        p.send_signal(sig)
        p.wait(timeout=60)
        require(p.returncode == -sig, f"{signal.Signals(sig).name} ended the run ({p.returncode})")
        for path in (report, csv):
            with open(path) as f:
                require(f.read() == "EARLIER\n", f"after {signal.Signals(sig).name} {os.path.basename(path)} is the earlier report")
        if sig != signal.SIGKILL:
            require(leftovers(d) == [], f"after {signal.Signals(sig).name} no temporary file is left")
    for name in leftovers(d):
        os.remove(os.path.join(d, name))
    old_mask = os.umask(0o022)
    try:
        os.remove(report)
        done = gongkai(["scorecard", "--format", "json", "--out", report, "--format", "csv", "--out", csv, "examples/"],
                       source)
    finally:
        os.umask(old_mask)
    require(done.returncode in (0, 1), f"a complete run succeeds ({done.returncode})")
    with open(report) as f:
        require(f.read().startswith("{"), "it wrote the new report")
    require(stat.S_IMODE(os.stat(report).st_mode) == 0o644, f"a new report has ordinary permissions ({oct(os.stat(report).st_mode)})")
    with open(csv, encoding="utf-8-sig") as f:
        require(f.read().startswith("文件"), "and replaced the earlier one")
    require(leftovers(d) == [], "no temporary file is left")
    shutil.rmtree(batch)


def test_control_chars(source, work):
    d = fresh_dir(work, "controls")
    with open(os.path.join(source, EXAMPLE), "rb") as f:
        body = f.read()
    lines = body.split(b"\n")
    with open(os.path.join(d, "escape.txt"), "wb") as f:
        f.write(b"\n".join(lines[:5] + [b"\x1b]0;pwned\x07\x1b[2J"] + lines[5:]))
    with open(os.path.join(d, "pages.txt"), "wb") as f:
        f.write(b"\n".join(lines[:40] + [b"\x0c"] + lines[40:]))
    hostile = "x\x1b]0;pwned\x07\x1b[2J.txt"
    shutil.copy(os.path.join(source, EXAMPLE), os.path.join(d, hostile))
    for args in (["check", "--no-color", "--fail-on", "never", "."], ["scorecard", "--no-color", "--fail-on", "never", "."],
                 ["check", "--no-color", "--fail-on", "never", "missing\x1b[2J.txt"], ["inspect", "pages.txt"],
                 ["check", "--out", "no/such\x1b[2J/dir.txt", "pages.txt"]):
        done = gongkai(args, d)
        raw = [c for c in (done.stdout + done.stderr) if c < 0x20 and c not in (0x09, 0x0A)] + \
              [c for c in done.stdout + done.stderr if c == 0x7F]
        require(raw == [], f"{' '.join(a.encode('unicode_escape').decode() for a in args)}: no raw control "
                           f"character in the output ({bytes(raw)!r})")
    done = gongkai(["check", "--no-color", "--fail-on", "never", "."], d)
    err, out = text(done.stderr), text(done.stdout)
    require("escape.txt: error: control byte 0x1B (ESC) at offset" in err and "[E-READ-CONTROL]" in err,
            "a document with ESC is refused with E-READ-CONTROL")
    require("./pages.txt: 部门决算" in out, "a document with a form feed is read and checked")
    require("x␛]0;pwned␇␛[2J.txt" in out, "the hostile file name is shown with its controls visible")


def test_csv_formula(source, work):
    d = fresh_dir(work, "csv-formula")
    name = "\t=HYPERLINK(1).txt"
    shutil.copy(os.path.join(source, EXAMPLE), os.path.join(d, name))
    done = gongkai(["check", "--format", "csv", "--fail-on", "never", name], d)
    rows = text(done.stdout).lstrip("\ufeff").split("\r\n")[1:]
    require(rows and all(r.startswith("'\t=HYPERLINK") for r in rows if r), f"the file name is text, not a formula: {rows[0]!r}")


def as_unprivileged():
    """The prefix running a command as an ordinary user (root reads a locked directory)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_directory_entries(source, work):
    d = fresh_dir(work, "entries")
    os.chmod(os.path.dirname(d), 0o755)
    os.chmod(d, 0o755)
    shutil.copy(os.path.join(source, EXAMPLE), os.path.join(d, "good.txt"))
    os.makedirs(os.path.join(d, "locked"))
    shutil.copy(os.path.join(source, EXAMPLE), os.path.join(d, "locked", "inside.txt"))
    os.chmod(os.path.join(d, "locked"), 0)
    os.symlink("nowhere.txt", os.path.join(d, "broken.txt"))
    os.symlink("loop.txt", os.path.join(d, "loop.txt"))
    os.mkfifo(os.path.join(d, "pipe.txt"))
    os.symlink(".", os.path.join(d, "self.md"))  # a link to a directory: not followed, not reported
    for name in ("good.txt",):
        os.chmod(os.path.join(d, name), 0o644)
    done = subprocess.run(as_unprivileged() + [GONGKAI, "check", "--no-color", d], capture_output=True, timeout=60)
    err = text(done.stderr)
    require(done.returncode == 2, f"exit {done.returncode}: {err}")
    for name, why in (("locked", "Permission denied"), ("broken.txt", "No such file or directory"),
                      ("loop.txt", "Too many levels of symbolic links"), ("pipe.txt", "not a regular file (a pipe)")):
        require(f"{os.path.join(d, name)}: error: cannot open: {why} [E-READ-OPEN]" in err, f"{name} is reported: {why}")
    require("self.md" not in err, "a link to a directory is not followed")
    require("good.txt: 部门决算" in text(done.stdout), "the readable document is checked")
    os.chmod(os.path.join(d, "locked"), 0o755)


def test_locked_folder(source, work):
    d = fresh_dir(work, "locked-folder")
    os.chmod(d, 0o755)
    report = os.path.join(d, "report.json")
    user = as_unprivileged()
    with open(report, "w") as f:
        f.write("EARLIER\n")
    if user:
        os.chown(report, 65534, 65534)
    else:
        os.chmod(d, 0o555)
    try:
        done = subprocess.run(user + [GONGKAI, "check", "--format", "json", "--out", report, os.path.join(source, EXAMPLE)],
                              capture_output=True, timeout=120)
        require(done.returncode == 1, f"a writable report in a folder that is not is written in place ({done.returncode}: "
                                      f"{text(done.stderr).strip()})")
        with open(report) as f:
            require(f.read().startswith("{"), "with the new report")
        new = os.path.join(d, "new.json")
        done = subprocess.run(user + [GONGKAI, "check", "--format", "json", "--out", new, os.path.join(source, EXAMPLE)],
                              capture_output=True, timeout=120)
        require(done.returncode == 2 and f"{new}: error: cannot write: Permission denied [E-WRITE]" in text(done.stderr),
                f"a new report there is a coded error: {text(done.stderr).strip()}")
    finally:
        os.chmod(d, 0o755)


def test_fifo_argument(source, work):
    d = fresh_dir(work, "fifo")
    fifo = os.path.join(d, "pipe.txt")
    os.mkfifo(fifo)
    start = time.time()
    done = gongkai(["check", fifo, EXAMPLE], source, timeout=30)
    err = text(done.stderr)
    require(done.returncode == 2 and f"{fifo}: error: cannot open: not a regular file (a pipe) [E-READ-OPEN]" in err,
            f"the pipe is refused: {err.strip()}")
    require(time.time() - start < 20, "at once, without waiting for a writer")


def test_double_dash(source, work):
    d = fresh_dir(work, "double-dash")
    shutil.copy(os.path.join(source, EXAMPLE), os.path.join(d, "-5+5.txt"))
    done = gongkai(["check", "-5+5.txt"], d)
    require(done.returncode == 2 and "unknown option '-5+5.txt'" in text(done.stderr), "without --, it is an option")
    for command in ("check", "scorecard"):
        done = gongkai([command, "--fail-on", "never", "--", "-5+5.txt"], d)
        require(done.returncode == 0 and "-5+5.txt" in text(done.stdout), f"{command} -- -5+5.txt checks the file")
    done = gongkai(["inspect", "--", "-5+5.txt"], d)
    require(done.returncode == 0 and "title:" in text(done.stdout), "inspect -- -5+5.txt reads the file")
    done = gongkai(["check", "--", "--help"], d)
    require(done.returncode == 2 and "--help: error: cannot open" in text(done.stderr), "after --, --help is a file name")


def main():
    global GONGKAI, SOURCE
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    GONGKAI, SOURCE, work, test = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3]), sys.argv[4]
    os.makedirs(work, exist_ok=True)
    tests = {name[5:].replace("_", "-"): fn for name, fn in globals().items() if name.startswith("test_")}
    tests[test](SOURCE, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The history database of `--db`, tested through Python's own sqlite3 module.

usage: check_history.py GONGKAI SOURCE_DIR WORK_DIR TEST
TEST is one of:
  schema             a first run creates every table, WAL mode and user_version 1, and stores
                     the batch (documents, scores, findings as many as the JSON output lists)
  second-run         a second run of the same documents adds a run of its own (nothing reused)
  concurrent-writers four processes write to one database at once: all succeed, every run is
                     complete, and PRAGMA integrity_check says ok
  queries            every ```sql block of docs/history-db.md runs and returns rows; the
                     ranking of one year names each department once (main documents of one
                     pack, not their appended reports) and never a blank one
  bad-database       a database that cannot be written is reported with exit status 2
"""
import json
import os
import re
import sqlite3
import subprocess
import sys

TABLES = {"runs", "run_packs", "documents", "scores", "category_scores", "rule_results", "findings"}


def gongkai(args, source, expect=(0, 1)):
    done = subprocess.run([GONGKAI, *args], cwd=source, capture_output=True, text=True, timeout=600)
    if done.returncode not in expect:
        sys.exit(f"gongkai {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return done


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def one(db, sql, *params):
    return db.execute(sql, params).fetchone()[0]


def require(condition, message):
    if not condition:
        sys.exit("FAILED: " + message)
    print("ok:", message)


def check_run_complete(db, run_id, documents, findings):
    require(one(db, "SELECT COUNT(*) FROM documents WHERE run_id = ?", run_id) == documents,
            f"run {run_id} has its {documents} documents")
    n = one(db, "SELECT COUNT(*) FROM findings f JOIN scores s ON s.id = f.score_id "
                "JOIN documents d ON d.id = s.document_id WHERE d.run_id = ?", run_id)
    require(n == findings, f"run {run_id} has its {findings} findings (found {n})")


def expected_findings(source):
    out = gongkai(["check", "--format", "json", "examples/"], source).stdout
    return sum(len(d["findings"]) for d in json.loads(out)["documents"])


def test_schema(source, db_path):
    fresh(db_path)
    gongkai(["scorecard", "--db", db_path, "examples/"], source)
    db = sqlite3.connect(db_path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    require(TABLES <= tables, f"every table is created ({sorted(tables)})")
    require(one(db, "PRAGMA journal_mode") == "wal", "the database is in WAL mode")
    require(one(db, "PRAGMA user_version") == 1, "schema version 1")
    require(one(db, "SELECT COUNT(*) FROM runs") == 1, "one run")
    require(one(db, "SELECT command FROM runs") == "scorecard", "the run names its command")
    packs = [r[0] for r in db.execute("SELECT name || ' ' || version FROM run_packs ORDER BY position")]
    require("部门决算 2026.1" in packs and len(packs) == len(set(packs)), f"the run names its packs and versions: {packs}")
    check_run_complete(db, 1, 5, expected_findings(source))
    row = db.execute("SELECT d.department, d.year, s.score, s.grade, length(d.content_hash) FROM scores s "
                     "JOIN documents d ON d.id = s.document_id WHERE d.file LIKE '%002_%'").fetchone()
    require(row == ("醴陵市医疗保障局", 2024, 90.4, "优", 16), f"document 002 stored with department, year, score, grade, hash: {row}")
    scored = one(db, "SELECT COUNT(*) FROM scores WHERE status = 'scored'")
    require(one(db, "SELECT COUNT(*) FROM category_scores c JOIN scores s ON s.id = c.score_id WHERE s.status = 'scored'") == 4 * scored,
            f"four category scores for each of the {scored} scores")


def test_second_run(source, db_path):
    fresh(db_path)
    gongkai(["scorecard", "--db", db_path, "examples/"], source)
    gongkai(["check", "--db", db_path, "--format", "json", "--out", os.devnull, "examples/"], source)
    db = sqlite3.connect(db_path)
    require(one(db, "SELECT COUNT(*) FROM runs") == 2, "two runs give two run rows")
    require(one(db, "SELECT COUNT(*) FROM documents") == 10, "each run stores its own documents")
    same = one(db, "SELECT COUNT(*) FROM documents a JOIN documents b ON a.file = b.file AND a.run_id = 1 AND b.run_id = 2 "
                   "WHERE a.content_hash = b.content_hash")
    require(same == 5, "unchanged documents have the same content hash in both runs")
    findings = expected_findings(source)
    check_run_complete(db, 1, 5, findings)
    check_run_complete(db, 2, 5, findings)


def test_concurrent(source, db_path):
    fresh(db_path)
    commands = [["scorecard", "--jobs", "1", "--db", db_path, "examples/"] for _ in range(2)]
    commands += [["check", "--jobs", "1", "--db", db_path, "--format", "json", "--out", os.devnull, "examples/"] for _ in range(2)]
    running = [subprocess.Popen([GONGKAI, *c], cwd=source, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
               for c in commands]
    for p in running:
        _, err = p.communicate(timeout=600)
        require(p.returncode in (0, 1), f"a concurrent writer succeeded (exit {p.returncode}) {err.strip()}")
    db = sqlite3.connect(db_path)
    require(one(db, "PRAGMA integrity_check") == "ok", "PRAGMA integrity_check is ok")
    require(one(db, "SELECT COUNT(*) FROM runs") == 4, "four runs stored")
    findings = expected_findings(source)
    for (run_id,) in db.execute("SELECT id FROM runs").fetchall():
        check_run_complete(db, run_id, 5, findings)


def test_queries(source, db_path):
    fresh(db_path)
    # A document in which no department is found: 002 with its department's name removed.
    nameless = os.path.join(os.path.dirname(db_path), "无部门.txt")
    with open(os.path.join(source, "examples", "002_e5bbbd38b1f7eef3.txt"), encoding="utf-8") as f:
        text = f.read().replace("醴陵市医疗保障局", "").replace("醴陵市", "")
    with open(nameless, "w", encoding="utf-8") as f:
        f.write(text)
    gongkai(["scorecard", "--db", db_path, "examples/", nameless], source)
    gongkai(["scorecard", "--db", db_path, "examples/", nameless], source)
    with open(os.path.join(source, "docs", "history-db.md"), encoding="utf-8") as f:
        blocks = re.findall(r"```sql\n(.*?)```", f.read(), re.S)
    require(len(blocks) >= 5, f"docs/history-db.md has {len(blocks)} example queries")
    db = sqlite3.connect(db_path)
    for sql in blocks:
        rows = db.execute(sql).fetchall()
        first = " ".join(sql.split())[:70]
        require(len(rows) > 0, f"{len(rows)} rows from: {first}…")
        if "RANK()" in sql:
            names = [r[1] for r in rows]
            require(all(n for n in names), f"the ranking names no blank department: {names}")
            require(len(names) == len(set(names)), f"the ranking names each department once: {names}")
            require(nameless in names, f"a document without a department is ranked under its file's name: {names}")


def test_bad_database(source, work):
    done = gongkai(["scorecard", "--db", work, "examples/"], source, expect=(2,))
    require("history database" in done.stderr, f"a directory as database is reported: {done.stderr.strip()}")
    not_sqlite = os.path.join(work, "not-a-database.db")
    with open(not_sqlite, "w") as f:
        f.write("这不是数据库\n" * 100)
    done = gongkai(["scorecard", "--db", not_sqlite, "examples/"], source, expect=(2,))
    require("history database" in done.stderr, f"a file that is not SQLite is reported: {done.stderr.strip()}")


def main():
    global GONGKAI
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    GONGKAI, source, work, test = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    GONGKAI = os.path.abspath(GONGKAI)
    os.makedirs(work, exist_ok=True)
    db_path = os.path.abspath(os.path.join(work, test + ".db"))
    {"schema": lambda: test_schema(source, db_path),
     "second-run": lambda: test_second_run(source, db_path),
     "concurrent-writers": lambda: test_concurrent(source, db_path),
     "queries": lambda: test_queries(source, db_path),
     "bad-database": lambda: test_bad_database(source, os.path.abspath(work))}[test]()
    return 0


if __name__ == "__main__":
    sys.exit(main())

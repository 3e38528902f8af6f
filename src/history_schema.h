// The schema of the history database (`--db FILE`, docs/history-db.md): every run of check or
// scorecard with the packs it used, the documents it read (department, year, content hash),
// their scores per scope and pack with category scores and rule outcomes, and the findings.
// Version 1 (PRAGMA user_version).
#pragma once

namespace gk::cli {

inline constexpr int kHistorySchemaVersion = 1;

inline constexpr const char* kHistorySchema = R"SQL(
CREATE TABLE IF NOT EXISTS runs (
  id              INTEGER PRIMARY KEY,
  started_at      TEXT NOT NULL,     -- UTC, ISO 8601: 2026-11-23T13:55:30Z
  finished_at     TEXT NOT NULL,
  command         TEXT NOT NULL,     -- check | scorecard
  gongkai_version TEXT NOT NULL,
  files           INTEGER NOT NULL,  -- inputs in the batch
  unreadable      INTEGER NOT NULL   -- of which could not be read
);
CREATE TABLE IF NOT EXISTS run_packs (
  run_id   INTEGER NOT NULL REFERENCES runs(id),
  position INTEGER NOT NULL,         -- load order, from 0
  name     TEXT NOT NULL,
  version  TEXT NOT NULL,
  title    TEXT NOT NULL,
  rules    INTEGER NOT NULL,
  PRIMARY KEY (run_id, position)
);
CREATE TABLE IF NOT EXISTS documents (
  id           INTEGER PRIMARY KEY,
  run_id       INTEGER NOT NULL REFERENCES runs(id),
  position     INTEGER NOT NULL,     -- input order within the run, from 0
  file         TEXT NOT NULL,
  content_hash TEXT,                 -- FNV-1a 64 of the decoded text, 16 hex digits; NULL when unreadable
  title        TEXT NOT NULL,
  department   TEXT NOT NULL,        -- '' when the document does not say
  year         INTEGER,
  kind         TEXT NOT NULL,        -- 部门决算, 整体支出绩效自评报告, …; '' when unreadable
  read_error   TEXT                  -- E-READ-… when unreadable, else NULL
);
CREATE TABLE IF NOT EXISTS scores (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id),
  scope          INTEGER NOT NULL,   -- 0 the document, k its k-th appended report
  scope_kind     TEXT NOT NULL,
  scope_title    TEXT NOT NULL,
  pack           TEXT NOT NULL,
  pack_version   TEXT NOT NULL,
  status         TEXT NOT NULL,      -- scored | pack_not_applicable | no_counted_rules
  score          REAL,               -- as shown, one decimal; NULL unless scored
  grade          TEXT NOT NULL,
  errors         INTEGER NOT NULL,
  warnings       INTEGER NOT NULL,
  infos          INTEGER NOT NULL,
  cannot_verify  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS category_scores (
  score_id INTEGER NOT NULL REFERENCES scores(id),
  category TEXT NOT NULL,
  weight   REAL NOT NULL,
  score    REAL,                     -- one decimal; NULL when no rule of the category counted
  PRIMARY KEY (score_id, category)
);
CREATE TABLE IF NOT EXISTS rule_results (
  score_id      INTEGER NOT NULL REFERENCES scores(id),
  rule          TEXT NOT NULL,
  outcome       TEXT NOT NULL,       -- pass | fail | cannot_verify | not_applicable | error
  items         INTEGER NOT NULL,    -- counted items
  passed        INTEGER NOT NULL,
  PRIMARY KEY (score_id, rule)
);
CREATE TABLE IF NOT EXISTS findings (
  id        INTEGER PRIMARY KEY,
  score_id  INTEGER NOT NULL REFERENCES scores(id),
  rule      TEXT NOT NULL,
  severity  TEXT NOT NULL,           -- error | warning | info | note
  category  TEXT NOT NULL,
  outcome   TEXT NOT NULL,           -- fail | cannot_verify | error
  message   TEXT NOT NULL,
  item      TEXT NOT NULL,
  line      INTEGER,
  col       INTEGER,
  section   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_by_department ON documents(department, year);
CREATE INDEX IF NOT EXISTS documents_by_run ON documents(run_id);
CREATE INDEX IF NOT EXISTS scores_by_document ON scores(document_id);
CREATE INDEX IF NOT EXISTS rule_results_by_rule ON rule_results(rule, outcome);
CREATE INDEX IF NOT EXISTS findings_by_score ON findings(score_id);
CREATE INDEX IF NOT EXISTS findings_by_rule ON findings(rule);
)SQL";

}  // namespace gk::cli

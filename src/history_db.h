// The history database (`--db FILE`): each run of check or scorecard is stored in SQLite with
// its packs, documents, scores, category scores, rule outcomes and findings, so scores can
// be compared across years and departments with plain SQL (docs/history-db.md). A run is a
// run: re-checking an unchanged document stores it again. The run is written in one
// transaction when the batch ends (only compact records are kept until then, never the
// documents); the database is in WAL mode with a busy timeout, so concurrent runs on one file
// wait for each other instead of failing or corrupting it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "report.h"

namespace gk::cli {

class HistoryStore {
 public:
  /// Opens (creating when needed) the database at `path` and its schema. Null after printing
  /// `gongkai COMMAND: history database FILE: reason` to stderr.
  static std::unique_ptr<HistoryStore> open(const std::string& command, const std::string& path);
  ~HistoryStore();

  /// Keeps what the database needs of one checked file.
  void add(const CheckedFile& file);
  /// Writes the run, its packs and every file added, in one transaction. False after
  /// printing the reason to stderr.
  bool commit(const RunInfo& run);

  struct Records;

 private:
  HistoryStore() = default;
  struct Connection;
  std::unique_ptr<Connection> db_;
  std::unique_ptr<Records> records_;
  std::string command_, path_, started_at_;
};

/// The current time in UTC as ISO 8601 ("2026-11-23T13:55:30Z").
std::string utc_now();

}  // namespace gk::cli

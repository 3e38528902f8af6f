// The scorecard of a batch as plain rows, shared by its writers (text, JSON, CSV, HTML):
// one row per document × scope × pack with its score, grade, category scores and counts
// by severity, rows for scopes no pack checks and for unreadable files; and per rule
// across the batch, how many documents fail it or could not be verified.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report.h"

namespace gk::cli {

/// Why a row has no score ("scored" when it has one).
enum class RowStatus { Scored, PackNotApplies, NoCountedRules, NoPack, Unreadable };
const char* to_string(RowStatus status);   ///< scored, pack_not_applicable, no_counted_rules, no_pack, unreadable
const char* to_chinese(RowStatus status);  ///< 已评分, 不适用, 无可评分的规则, 无规则包适用, 无法读取

struct ScoreRow {
  std::string file;
  size_t scope = 0;         ///< 0 the document itself, k its k-th appended report
  std::string scope_title;  ///< title of that scope
  std::string department;
  std::optional<int> year;
  std::string kind;         ///< 部门决算, 整体支出绩效自评报告, …
  std::string pack;         ///< "" when no pack checks the scope
  std::string version;
  RowStatus status = RowStatus::Scored;
  std::optional<Decimal> score;  ///< shown (one decimal)
  std::string grade;
  std::vector<std::optional<Decimal>> categories;  ///< shown, parallel to ScorecardTable::categories
  eval::SeverityCounts findings;
  std::string message;      ///< unreadable: why
};

/// One rule across the batch.
struct RuleTally {
  const check::Rule* rule = nullptr;
  std::string pack;
  size_t failing = 0;        ///< documents (scopes) where the rule's outcome is fail
  size_t cannot_verify = 0;  ///< … cannot verify
  size_t errors = 0;         ///< … error
  size_t counted = 0;        ///< … where the rule counted toward the score
};

class ScorecardTable {
 public:
  explicit ScorecardTable(const std::vector<const check::Pack*>& packs);
  void add(const CheckedFile& file);

  /// Category columns: every pack's categories in load order, each once.
  const std::vector<std::string>& categories() const { return categories_; }
  const std::vector<ScoreRow>& rows() const { return rows_; }
  /// Every rule of every pack, in pack order.
  const std::vector<RuleTally>& rules() const { return rules_; }
  /// The rules that fail or could not be verified somewhere, most failing first (ties in
  /// pack order).
  std::vector<const RuleTally*> most_failed() const;
  size_t files() const { return files_; }
  size_t unreadable() const { return unreadable_; }

 private:
  std::vector<std::string> categories_;
  std::vector<ScoreRow> rows_;
  std::vector<RuleTally> rules_;
  size_t files_ = 0, unreadable_ = 0;
};

/// "examples/a.txt" for the document itself, "examples/a.txt 附件1" for an appended report.
std::string row_label(const ScoreRow& row);

}  // namespace gk::cli

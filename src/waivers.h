// The waiver file of `gongkai check --waivers FILE`: findings an officer has accepted, each
// with its reason and, usually, the date it runs out. One waiver is a block that starts with
// the rule's id in brackets, followed by `key = value` lines (docs/checking.md, 5.1):
//
//   # 豁免清单
//   [JS-AR-01]
//   文档 = examples/002_*.txt
//   原因 = 预算数为调整后预算，经财政局确认
//   到期 = 2027-06-30
//
// Keys, in Chinese or English: 文档/document (a file name or path pattern), 部门/department
// (the department the document names), 原因/reason (required), 到期/expires (YYYY-MM-DD,
// optional). A waiver needs 文档 or 部门 (or both, which must both match). `=` may also be
// `：`, `:` or `＝`; `[…]` may be `【…】`; lines starting with `#` or `;` are comments.
// Mistakes are coded diagnostics at their line and column (E-WAIVER-*), all reported.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/language.h"

namespace gk::cli {

/// One waiver of the file.
struct Waiver {
  std::string file;         ///< the waiver file, as given
  uint32_t line = 0;        ///< the line of its `[rule]` header
  std::string header;       ///< that line's text, for notes about the waiver
  std::string rule;         ///< rule id; `*` and `?` match any characters
  std::string document;     ///< file pattern, "" when not given
  std::string department;   ///< department name, "" when not given
  std::string reason;
  std::string expires;      ///< YYYY-MM-DD, "" when it does not run out
  bool expired = false;     ///< the date has passed: the waiver no longer applies

  /// `file:line`, how reports name the waiver.
  std::string place() const;
  /// Whether the waiver covers a finding of rule `rule_id` in the document `path`, whose
  /// department is `department_name` (expiry not considered).
  bool covers(std::string_view rule_id, const std::string& path, std::string_view department_name) const;
};

/// Reads the waiver file `path`; `today` (YYYY-MM-DD) decides which waivers have expired.
/// Null after printing every mistake to stderr.
std::optional<std::vector<Waiver>> read_waivers(const std::string& path, std::string_view today, Language lang);

/// Today's date on this machine, YYYY-MM-DD.
std::string today_date();

/// Whether `text` matches the shell-style `pattern`: `*` any run of characters but `/`,
/// `**` any run of characters, `?` one character but `/`.
bool pattern_matches(std::string_view pattern, std::string_view text);

}  // namespace gk::cli

// What `gongkai rules test` prints: each case that failed (its outcome, or the expectation on
// message, count or lines that its findings did not meet), a summary per pack with the rules
// whose tests are incomplete, with --strict incomplete tests counted as failures, and with
// --coverage the branches no case exercised (eval/test_coverage.h; text output only). Text or JSON.
#pragma once

#include "packs.h"
#include "syntax/language.h"

namespace gk::cli {

struct RulesTestSettings {
  bool json = false;
  bool strict = false;    ///< no test, or a rule without a holding pass and fail case, fails
  bool coverage = false;  ///< list the branches never exercised
  Language lang = Language::Zh;
};

/// Runs the tests of every pack and prints the report; returns the exit status: 0 all well,
/// 1 a case failed (or, with `strict`, tests are missing), as documented in docs/authoring.md.
int report_rule_tests(const PackSet& packs, const RulesTestSettings& settings);

}  // namespace gk::cli

// Running the `test` blocks that live with the rules: each case is a snippet (or a fixture
// file beside the rule file) with the outcome the rule must give on it. A snippet is read
// as a document of its own ("\n" in it starts a new line, "\t" is a tab) and evaluated in snippet mode.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/pack.h"
#include "eval/evaluator.h"

namespace gk::eval {

struct RuleTestResult {
  std::string rule;          ///< the rule number
  ast::TestOutcome expected = ast::TestOutcome::Pass;
  std::optional<Outcome> actual;  ///< nullopt when the input could not be read
  std::string message;       ///< the actual finding's message, or why it could not run
  std::string file;          ///< the rule file holding the case
  Location location;         ///< of the case in that file
  bool passed = false;
};

/// A snippet as the document it stands for: a written "\n" starts a new line, "\t" is a tab.
std::string snippet_text(const std::string& written);

/// "pass" / "fail" / "na" as written in a test block.
const char* to_string(ast::TestOutcome outcome);

/// Runs every test case of `pack`, in file order.
std::vector<RuleTestResult> run_rule_tests(const check::Pack& pack);

}  // namespace gk::eval

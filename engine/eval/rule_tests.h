// Running the `test` blocks that live with the rules: each case is a snippet (or a fixture
// file beside the rule file) with the outcome the rule must give on it, and optionally what
// its findings must say (message text, number of failing items, their lines). A snippet is read
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
  /// What the failing items gave: their messages, how many there are, and the lines of the
  /// input they stand on (ascending, each once; items without a place add none).
  std::vector<std::string> failing_messages;
  size_t failing_count = 0;
  std::vector<uint32_t> failing_lines;
  /// The case's expectations that these did not meet, in source order. Only looked at
  /// when the outcome is the expected one.
  std::vector<const ast::TestExpectation*> unmet;
  bool passed = false;       ///< the expected outcome, and every expectation met
};

/// A snippet as the document it stands for: a written "\n" starts a new line, "\t" is a tab.
std::string snippet_text(const std::string& written);

/// "pass" / "fail" / "na" as written in a test block.
const char* to_string(ast::TestOutcome outcome);

/// Whether the failing items of `result` meet `expectation`.
bool meets(const RuleTestResult& result, const ast::TestExpectation& expectation);

/// Called with each case's input document and the rule's result on it, after the case has
/// run (rules test --coverage looks at what the rule did).
/// Also told each when/require decision while the case runs.
struct CaseObserver : StepObserver {
  virtual void observe(const check::Rule& rule, const doc::Document& input, bool snippet) = 0;
};

/// Runs every test case of `pack`, in file order.
std::vector<RuleTestResult> run_rule_tests(const check::Pack& pack, CaseObserver* observer = nullptr);

}  // namespace gk::eval

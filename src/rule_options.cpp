#include "rule_options.h"

#include <algorithm>
#include <vector>

#include "base/unicode.h"
#include "eval/rule_tests.h"

namespace gk::cli {

std::string test_keyword(eval::Outcome outcome) {
  switch (outcome) {
    case eval::Outcome::Pass: return "pass";
    case eval::Outcome::Fail: return "fail";
    case eval::Outcome::NotApplicable: return "na";
    default: return eval::to_string(outcome);
  }
}

std::string expected_label(ast::TestOutcome outcome, Language lang) {
  const std::string word = eval::to_string(outcome);
  if (lang == Language::En) return word;
  switch (outcome) {
    case ast::TestOutcome::Pass: return word + "（通过）";
    case ast::TestOutcome::Fail: return word + "（不通过）";
    case ast::TestOutcome::NotApplicable: return word + "（不适用）";
  }
  return word;
}

size_t id_distance(std::string_view a, std::string_view b) {
  return unicode::edit_distance(a, b, /*fold_ascii_case=*/true);
}

}  // namespace gk::cli

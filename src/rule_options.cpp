#include "rule_options.h"

#include <algorithm>
#include <vector>

#include "base/unicode.h"
#include "eval/rule_tests.h"

namespace gk::cli {

std::optional<Language> parse_language(std::string_view value) {
  if (value == "zh") return Language::Zh;
  if (value == "en") return Language::En;
  return std::nullopt;
}

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
  auto code_points = [](std::string_view s) {
    std::vector<char32_t> out;
    for (size_t p = 0; p < s.size();) {
      char32_t cp = unicode::next_code_point(s, p);
      if (cp >= U'a' && cp <= U'z') cp = cp - U'a' + U'A';
      out.push_back(cp);
    }
    return out;
  };
  const auto x = code_points(a), y = code_points(b);
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()];
}

}  // namespace gk::cli

// Small pieces shared by the commands for rule authors (`rules test`, `rules check`,
// `explain`): the words used for test outcomes.
#pragma once

#include <string>
#include <string_view>

#include "eval/evaluator.h"
#include "syntax/ast.h"
#include "syntax/language.h"

namespace gk::cli {

/// An outcome in the words of a test block where it has one ("pass", "fail", "na"),
/// otherwise eval::to_string ("cannot_verify", "error").
std::string test_keyword(eval::Outcome outcome);

/// "fail（不通过）" in Chinese, "fail" in English: an expected outcome as shown to people.
std::string expected_label(ast::TestOutcome outcome, Language lang);

/// Edit distance over code points, ASCII letters compared without case ("did you mean").
size_t id_distance(std::string_view a, std::string_view b);

}  // namespace gk::cli

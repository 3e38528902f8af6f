// The texts a regular expression cannot match without: "占(?!用|有|地)…\d+" cannot match a
// sentence without 占, and "^(\d+年度?)?支出决算情况" none without 支出决算情况. Worked out once
// per pattern when the pack is compiled, it lets evaluation skip ICU on the many sentences,
// titles and row labels that cannot match (the answer is the same, only faster).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gk::check {

/// Texts of which every text the (normalised, case-insensitive) pattern matches in holds at
/// least one; empty when nothing is certain (or the pattern uses syntax this reading does not
/// follow). ASCII letters are kept in lower case and compared without case.
std::vector<std::string> required_texts(std::string_view normalized);

/// Whether `text` holds one of `texts` (as required_texts gives them): false means the
/// pattern cannot match `text`.
bool holds_any(std::string_view text, const std::vector<std::string>& texts);

}  // namespace gk::check

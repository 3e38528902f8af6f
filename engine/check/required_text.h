// The texts a regular expression cannot match without: "占(?!用|有|地)…\d+" cannot match a
// sentence without 占, and "^(\d+年度?)?支出决算情况" none without 支出决算情况. Worked out once
// per pattern when the pack is compiled, it lets evaluation skip ICU on the many sentences,
// titles and row labels that cannot match (the answer is the same, only faster).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gk::check {

/// What a text must hold for a pattern to match in it: each entry is a choice of texts, one
/// of which the text must hold (ASCII letters kept in lower case, compared without case).
using RequiredTexts = std::vector<std::vector<std::string>>;

/// What every text the (normalised, case-insensitive) pattern matches in holds; empty when
/// nothing is certain (or the pattern uses syntax this reading does not follow).
RequiredTexts required_texts(std::string_view normalized);

/// Whether `text` holds what is required: false means the pattern cannot match `text`.
bool holds_required(std::string_view text, const RequiredTexts& required);

}  // namespace gk::check

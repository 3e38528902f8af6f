// "Did you mean" for keywords: a plain word written where the parser expected a keyword
// (`requre`, `severty`, `rul`, 要球) is compared with the English and Chinese spellings of
// the keywords expected there, so that the syntax error can name the one meant.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gk::syntax {

/// Edits between `a` and `b` over code points, a swap of two neighbours counting as one
/// (`tset` is one edit from `test`); ASCII letters compare without case.
size_t typo_distance(std::string_view a, std::string_view b);

/// The spelling of one of the keyword kinds `expected` that `word` most likely misspells:
/// at most one edit away (two for spellings of six or more characters), the word at least
/// two characters long; of equally near ones, the one sharing the longest start with the
/// word. Nothing when no spelling is that close, or two keywords are equally close.
std::optional<std::string> likely_keyword(std::string_view word, const std::vector<size_t>& expected);

}  // namespace gk::syntax

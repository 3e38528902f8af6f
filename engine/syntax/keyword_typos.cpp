#include "syntax/keyword_typos.h"

#include <algorithm>

#include "base/unicode.h"
#include "syntax/syntax_messages.h"

namespace gk::syntax {

namespace {

/// The code points of `text`, ASCII letters in lower case.
std::u32string folded_code_points(std::string_view text) {
  std::u32string points;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t point = unicode::next_code_point(text, pos);
    if (point >= 'A' && point <= 'Z') point += 'a' - 'A';
    points.push_back(point);
  }
  return points;
}

/// Longer words are not typos of keywords; this also bounds the table below.
constexpr size_t kLongestWord = 32;

}  // namespace

size_t typo_distance(std::string_view a, std::string_view b) {
  const std::u32string x = folded_code_points(a), y = folded_code_points(b);
  // d[i][j]: edits between the first i points of x and the first j of y (optimal string
  // alignment: insertions, deletions, substitutions and swaps of neighbours).
  std::vector<std::vector<size_t>> d(x.size() + 1, std::vector<size_t>(y.size() + 1));
  for (size_t i = 0; i <= x.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= y.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.size()][y.size()];
}

std::optional<std::string> likely_keyword(std::string_view word, const std::vector<size_t>& expected) {
  const size_t length = unicode::length(word);
  if (length < 2 || length > kLongestWord) return std::nullopt;
  const std::u32string folded = folded_code_points(word);
  // Nearest first; of equally near spellings, the one sharing the longest start with the
  // word (`wher` is `where`, not `when`).
  std::optional<std::string> best;
  std::pair<size_t, size_t> best_rank{SIZE_MAX, 0};  // distance, minus the shared start
  bool tie = false;
  for (size_t type : expected) {
    for (const std::string& spelling : keyword_spellings(type)) {
      const size_t limit = unicode::length(spelling) >= 6 ? 2 : 1;
      const size_t distance = typo_distance(word, spelling);
      if (distance == 0 || distance > limit) continue;
      const std::u32string other = folded_code_points(spelling);
      const size_t shared = static_cast<size_t>(
          std::mismatch(folded.begin(), folded.end(), other.begin(), other.end()).first - folded.begin());
      const std::pair<size_t, size_t> rank{distance, kLongestWord - shared};
      if (rank > best_rank) continue;
      if (rank == best_rank) {
        tie = tie || spelling != *best;  // 标题 spells both `title` and `heading`
        continue;
      }
      best = spelling, best_rank = rank, tie = false;
    }
  }
  if (tie) return std::nullopt;
  return best;
}

}  // namespace gk::syntax

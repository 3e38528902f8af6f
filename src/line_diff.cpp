#include "line_diff.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace gk::cli {
namespace {

/// Lines compared in full at most (per text, after the common start and end are set aside).
constexpr size_t kMaxCompared = 3000;
constexpr size_t kContext = 1;

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    lines.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return lines;
}

enum class Op { Same, Remove, Add };

/// The edit script from a to b, by longest common subsequence of the lines between the
/// common start and the common end.
std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  const size_t n = a.size() - prefix - suffix, m = b.size() - prefix - suffix;
  std::vector<Op> ops(prefix, Op::Same);
  // lcs[i][j]: the longest common subsequence of the middle lines from i and from j on.
  std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
      ops.push_back(Op::Same), ++i, ++j;
    } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
      ops.push_back(Op::Remove), ++i;
    } else {
      ops.push_back(Op::Add), ++j;
    }
  }
  ops.insert(ops.end(), suffix, Op::Same);
  return ops;
}

std::string range(size_t first, size_t count) {
  return fmt::format("{},{}", count == 0 ? first - 1 : first, count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, Language lang, size_t max_hunks) {
  if (before == after) return "";
  const auto a = split_lines(before), b = split_lines(after);
  size_t first = 0;
  while (first < a.size() && first < b.size() && a[first] == b[first]) ++first;
  if (a.size() - first > kMaxCompared || b.size() - first > kMaxCompared) {
    std::string out = fmt::format("@@ -{} +{} @@\n", first + 1, first + 1);
    if (first < a.size()) out += fmt::format("-{}\n", a[first]);
    if (first < b.size()) out += fmt::format("+{}\n", b[first]);
    return out + "…\n";
  }
  const std::vector<Op> ops = edit_script(a, b);
  // Hunks: runs of changes with kContext lines around them, merged when close together.
  std::vector<std::pair<size_t, size_t>> hunks;  // [begin, end) in ops
  for (size_t k = 0; k < ops.size(); ++k) {
    if (ops[k] == Op::Same) continue;
    const size_t begin = k >= kContext ? k - kContext : 0;
    size_t end = k;
    while (end < ops.size() && ops[end] != Op::Same) ++end;
    end = std::min(ops.size(), end + kContext);
    if (!hunks.empty() && begin <= hunks.back().second) hunks.back().second = end;
    else hunks.emplace_back(begin, end);
    k = end - 1;
  }
  std::string out;
  size_t line_a = 0, line_b = 0, k = 0;  // position in a, b before ops[k]
  for (size_t h = 0; h < hunks.size() && h < max_hunks; ++h) {
    for (; k < hunks[h].first; ++k) {
      if (ops[k] != Op::Add) ++line_a;
      if (ops[k] != Op::Remove) ++line_b;
    }
    size_t count_a = 0, count_b = 0;
    std::string body;
    for (; k < hunks[h].second; ++k) {
      switch (ops[k]) {
        case Op::Same: body += fmt::format(" {}\n", a[line_a + count_a]), ++count_a, ++count_b; break;
        case Op::Remove: body += fmt::format("-{}\n", a[line_a + count_a]), ++count_a; break;
        case Op::Add: body += fmt::format("+{}\n", b[line_b + count_b]), ++count_b; break;
      }
    }
    out += fmt::format("@@ -{} +{} @@\n", range(line_a + 1, count_a), range(line_b + 1, count_b)) + body;
    line_a += count_a;
    line_b += count_b;
  }
  if (hunks.size() > max_hunks) {
    const size_t more = hunks.size() - max_hunks;
    out += lang == Language::Zh ? fmt::format("……（另有 {} 处不同）\n", more) : fmt::format("… ({} more)\n", more);
  }
  return out;
}

}  // namespace gk::cli

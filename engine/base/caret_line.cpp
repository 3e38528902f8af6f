#include "base/caret_line.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/unicode.h"

namespace gk {
namespace {

/// Characters shown before the caret when a long line is cut.
constexpr uint32_t kShownBeforeCaret = 40;

}  // namespace

std::string caret_lines(std::string_view line, uint32_t column, uint32_t marked) {
  const auto total = static_cast<uint32_t>(unicode::length(line));
  uint32_t first = 1;  // the first column shown
  if (total > kMaxShownCodePoints && column > kShownBeforeCaret) {
    first = std::min(column - kShownBeforeCaret, total - kMaxShownCodePoints + 1);
  }
  const uint32_t last = std::min(total, first + kMaxShownCodePoints - 1);
  const std::string before = first > 1 ? "..." : "";
  std::string shown, pad(before.size(), ' ');
  size_t width = 0;
  size_t pos = 0;
  for (uint32_t col = 1; pos < line.size() && col <= last; ++col) {
    const size_t start = pos;
    const char32_t cp = unicode::next_code_point(line, pos);
    if (col < first) continue;
    shown.append(line.substr(start, pos - start));
    const size_t cells = unicode::is_wide(cp) ? 2 : 1;
    if (col < column) {
      pad += cp == U'\t' ? std::string("\t") : std::string(cells, ' ');
    } else if (col - column < marked) {
      width += cells;
    }
  }
  width = std::max<size_t>(width, 1);
  const std::string after = last < total ? "..." : "";
  return fmt::format("  {}{}{}\n  {}^{}\n", before, shown, after, pad, std::string(width - 1, '~'));
}

}  // namespace gk

#include "base/caret_line.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/unicode.h"

namespace gk {
namespace {

/// Characters shown before the caret when a long line is cut.
constexpr uint32_t kShownBeforeCaret = 40;

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

/// The byte offset `count` code points after `from` (or the end of `text`).
size_t forward(std::string_view text, size_t from, size_t count) {
  while (from < text.size() && count > 0) {
    ++from;
    while (from < text.size() && !starts_code_point(text[from])) ++from;
    --count;
  }
  return from;
}

/// The byte offset `count` code points before `from` (or 0).
size_t backward(std::string_view text, size_t from, size_t count) {
  while (from > 0 && count > 0) {
    --from;
    while (from > 0 && !starts_code_point(text[from])) --from;
    --count;
  }
  return from;
}

/// Terminal cells of `text`: a tab stays a tab, wide characters take two cells.
std::string padding(std::string_view text) {
  std::string pad;
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = unicode::next_code_point(text, pos);
    pad += cp == U'\t' ? std::string("\t") : std::string(unicode::is_wide(cp) ? 2 : 1, ' ');
  }
  return pad;
}

}  // namespace

ShownPart shown_part(std::string_view line, size_t caret) {
  caret = std::min(caret, line.size());
  size_t first = 0, last = forward(line, 0, kMaxShownCodePoints);
  if (last < line.size()) {
    first = backward(line, caret, kShownBeforeCaret);
    last = forward(line, first, kMaxShownCodePoints);
    if (last == line.size()) first = backward(line, last, kMaxShownCodePoints);
  }
  return {first, last};
}

std::string caret_lines_at(std::string_view line, size_t caret, size_t marked_end) {
  caret = std::min(caret, line.size());
  marked_end = std::clamp(marked_end, caret, line.size());
  const auto [first, last] = shown_part(line, caret);
  const std::string before = first > 0 ? "..." : "";
  const std::string after = last < line.size() ? "..." : "";
  const std::string pad = padding(line.substr(first, caret - first));
  const std::string_view marked = line.substr(caret, std::min(marked_end, last) - std::min(caret, last));
  const size_t width = std::max<size_t>(1, unicode::display_width(marked));
  return fmt::format("  {}{}{}\n  {}{}^{}\n", before, line.substr(first, last - first), after,
                     std::string(before.size(), ' '), pad, std::string(width - 1, '~'));
}

std::string caret_lines(std::string_view line, uint32_t column, uint32_t marked) {
  const size_t caret = forward(line, 0, column > 0 ? column - 1 : 0);
  return caret_lines_at(line, caret, forward(line, caret, marked));
}

}  // namespace gk

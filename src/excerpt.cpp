#include "excerpt.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/unicode.h"

namespace gk::cli {

std::string where(const SourceText& source, Span span) {
  const Location at = source.locate(span.begin);
  return fmt::format("{}:{}", at.line, at.column);
}

std::string source_excerpt(const SourceText& source, Span span) {
  const Location at = source.locate(span.begin);
  const Span line = source.line_span(at.line);
  const std::string_view text = source.slice(line);
  const std::string_view before = source.slice({line.begin, std::max(line.begin, span.begin)});
  const uint32_t end = std::min(span.end, line.end);
  const std::string_view marked = end > span.begin ? source.slice({span.begin, end}) : "";
  std::string pad;
  for (size_t pos = 0; pos < before.size();) {
    const char32_t cp = unicode::next_code_point(before, pos);
    pad += cp == U'\t' ? "\t" : (unicode::is_wide(cp) ? "  " : " ");
  }
  const size_t width = std::max<size_t>(1, unicode::display_width(marked));
  return fmt::format("  {}\n  {}^{}\n", text, pad, std::string(width - 1, '~'));
}

}  // namespace gk::cli

#include "excerpt.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/caret_line.h"
#include "base/unicode.h"

namespace gk::cli {

std::string where(const SourceText& source, Span span) {
  const Location at = source.locate(span.begin);
  return fmt::format("{}:{}", at.line, at.column);
}

std::string source_excerpt(const SourceText& source, Span span) {
  const Location at = source.locate(span.begin);
  const Span line = source.line_span(at.line);
  const uint32_t end = std::min(span.end, line.end);
  const std::string_view marked = end > span.begin ? source.slice({span.begin, end}) : "";
  return caret_lines(source.slice(line), at.column, static_cast<uint32_t>(unicode::length(marked)));
}

}  // namespace gk::cli

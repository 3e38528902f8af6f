#include "excerpt.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/caret_line.h"

namespace gk::cli {

std::string where(const SourceText& source, Span span) {
  const Location at = source.locate(span.begin);
  return fmt::format("{}:{}", at.line, at.column);
}

std::string page_note(const SourceText& source, Span span, bool chinese) {
  const uint32_t page = source.page_of(span.begin);
  if (page == 0) return "";
  return chinese ? fmt::format(" (第{}页)", page) : fmt::format(" (page {})", page);
}

std::string source_excerpt(const SourceText& source, Span span) {
  const Span line = source.line_span(source.locate(span.begin).line);
  const size_t caret = std::max(span.begin, line.begin) - line.begin;
  const size_t marked_end = std::min(std::max(span.end, span.begin), line.end) - line.begin;
  return caret_lines_at(source.slice(line), caret, std::max(marked_end, caret));
}

}  // namespace gk::cli

#include "base/diagnostics.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/unicode.h"

namespace gk {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

void DiagnosticSink::report(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::Error) ++errors_;
  diagnostics_.push_back(std::move(diagnostic));
}

namespace {
uint32_t code_points(std::string_view text) {
  uint32_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}
}  // namespace

void DiagnosticSink::report(Severity severity, std::string code, std::string message,
                            const SourceText& source, Span span, std::vector<std::string> notes) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  d.file = source.name();
  d.location = source.locate(span.begin);
  d.line_text = std::string(source.line_text(d.location.line));
  const Span line = source.line_span(d.location.line);
  const uint32_t end = std::min(span.end, line.end);
  d.caret_width = end > span.begin ? code_points(source.slice({span.begin, end})) : 1;
  d.notes = std::move(notes);
  report(std::move(d));
}

std::string render(const Diagnostic& d) {
  std::string out;
  const std::string code = d.code.empty() ? "" : fmt::format(" [{}]", d.code);
  if (d.location.line == 0) {
    out = fmt::format("{}: {}: {}{}\n", d.file, to_string(d.severity), d.message, code);
  } else {
    out = fmt::format("{}:{}:{}: {}: {}{}\n", d.file, d.location.line, d.location.column,
                      to_string(d.severity), d.message, code);
    if (!d.line_text.empty()) {
      // The caret sits under its column on a terminal: wide (CJK) characters take two
      // cells, and tabs are kept so terminals expand them alike.
      std::string pad;
      uint32_t col = 1;
      size_t pos = 0;
      while (pos < d.line_text.size() && col < d.location.column) {
        const char32_t cp = unicode::next_code_point(d.line_text, pos);
        pad += cp == U'\t' ? "\t" : (unicode::is_wide(cp) ? "  " : " ");
        ++col;
      }
      size_t width = 0;
      for (uint32_t n = 0; pos < d.line_text.size() && n < d.caret_width; ++n) {
        const char32_t cp = unicode::next_code_point(d.line_text, pos);
        width += unicode::is_wide(cp) ? 2 : 1;
      }
      width = std::max<size_t>(width, 1);
      out += fmt::format("  {}\n  {}^{}\n", d.line_text, pad, std::string(width - 1, '~'));
    }
  }
  for (const auto& note : d.notes) out += fmt::format("  note: {}\n", note);
  return out;
}

}  // namespace gk

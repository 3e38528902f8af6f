#include "base/diagnostics.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/caret_line.h"
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

bool DiagnosticSink::keep(const Diagnostic& diagnostic) {
  if (diagnostic.severity == Severity::Error) ++errors_;
  if (diagnostics_.size() < kMaxDiagnostics || diagnostic.code == "E-TOO-MANY") return true;
  if (dropped_++ == 0) {
    Diagnostic note;
    note.severity = Severity::Note;
    note.code = "E-TOO-MANY";
    note.file = diagnostic.file;
    note_ = diagnostics_.size();
    diagnostics_.push_back(std::move(note));
  }
  diagnostics_[note_].message =
      fmt::format("还有 {0} 个问题未列出（只列出前 {1} 个）/ {0} more problems not shown "
                  "(only the first {1} are listed)", dropped_, kMaxDiagnostics);
  return false;
}

void DiagnosticSink::report(Diagnostic diagnostic) {
  if (keep(diagnostic)) diagnostics_.push_back(std::move(diagnostic));
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
  d.file = source.name();
  if (!keep(d)) return;  // before the line is located and copied
  d.message = std::move(message);
  d.location = source.locate(span.begin);
  d.line_text = std::string(source.line_text(d.location.line));
  const Span line = source.line_span(d.location.line);
  const uint32_t end = std::min(span.end, line.end);
  d.caret_width = end > span.begin ? code_points(source.slice({span.begin, end})) : 1;
  d.notes = std::move(notes);
  diagnostics_.push_back(std::move(d));
}

std::string render(const Diagnostic& d) {
  std::string out;
  const std::string file = unicode::visible_controls(d.file, false);
  const std::string code = d.code.empty() ? "" : fmt::format(" [{}]", d.code);
  if (d.location.line == 0) {
    out = fmt::format("{}: {}: {}{}\n", file, to_string(d.severity), d.message, code);
  } else {
    out = fmt::format("{}:{}:{}: {}: {}{}\n", file, d.location.line, d.location.column,
                      to_string(d.severity), d.message, code);
    if (!d.line_text.empty()) out += caret_lines(d.line_text, d.location.column, d.caret_width);
  }
  for (const auto& note : d.notes) out += fmt::format("  note: {}\n", note);
  return unicode::visible_controls(out);
}

}  // namespace gk

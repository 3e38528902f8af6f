// User-facing problems (bad documents, bad rule files) as coded diagnostics collected in a
// sink and all reported; internal faults are exceptions that never cross module borders.
// One location format everywhere: `file:line:col: severity: message [code]`, then the line
// and a caret.
#pragma once

#include <string>
#include <vector>

#include "base/source.h"

namespace gk {

enum class Severity { Error, Warning, Note };
const char* to_string(Severity severity);

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;      ///< stable identifier, e.g. "E-READ-ENCODING", "E101"
  std::string message;   ///< plain language, no location
  std::string file;      ///< path as the user gave it
  Location location;     ///< line 0 means "the whole file"
  std::string line_text; ///< the source line, for the caret display (may be empty)
  uint32_t caret_width = 1;  ///< code points to underline
  std::vector<std::string> notes;  ///< extra lines, e.g. "did you mean ‘三公说明’?"
};

/// An error about a whole input file (no line): the readers' E-READ-*, E-PDF-*, E-OFFICE-*.
inline Diagnostic file_error(std::string code, std::string message, std::string file) {
  Diagnostic d;
  d.code = std::move(code);
  d.message = std::move(message);
  d.file = std::move(file);
  return d;
}

/// At most this many diagnostics are kept by one sink; the rest are only counted, in a last
/// note (code E-TOO-MANY). A rule file of a megabyte of unknown characters would otherwise
/// give a million diagnostics, each with its line.
inline constexpr size_t kMaxDiagnostics = 100;

/// Collects diagnostics; never throws, never prints.
class DiagnosticSink {
 public:
  void report(Diagnostic diagnostic);
  /// Convenience: a diagnostic at `span` of `source`.
  void report(Severity severity, std::string code, std::string message, const SourceText& source,
              Span span, std::vector<std::string> notes = {});
  bool has_errors() const { return errors_ > 0; }
  /// Every error reported, those not kept included.
  size_t error_count() const { return errors_; }
  /// The first kMaxDiagnostics diagnostics, then the E-TOO-MANY note when there were more.
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  /// False (after counting it in the note) when `diagnostic` is one too many to keep.
  bool keep(const Diagnostic& diagnostic);

  std::vector<Diagnostic> diagnostics_;
  size_t errors_ = 0;
  size_t dropped_ = 0;
  size_t note_ = 0;  ///< index of the E-TOO-MANY note
};

/// Renders `file:line:col: severity: message [code]`, the source line and a caret line
/// (base/caret_line.h), then each note as "  note: …". Without a location: `file: severity: message [code]`.
std::string render(const Diagnostic& diagnostic);

}  // namespace gk

// Showing a place in a source text the way every command does: `line:column`, and the
// source line with a caret (and tildes) under the marked span, aligned for wide characters.
// Used for findings in documents (findings.cpp) and for test cases in rule files (rules test).
#pragma once

#include <string>

#include "base/source.h"

namespace gk::cli {

/// "line:column" of the start of `span` (1-based, columns in code points).
std::string where(const SourceText& source, Span span);

/// " (第N页)" (or " (page N)" in English) for a span of a text read from a PDF; "" otherwise.
std::string page_note(const SourceText& source, Span span, bool chinese = true);

/// The source line of `span` and a caret line under it, each indented two spaces and ending
/// in a line break. A span running past the end of its line is marked to the line's end; a
/// very long line is shown as a window around the caret (base/caret_line.h).
std::string source_excerpt(const SourceText& source, Span span);

}  // namespace gk::cli

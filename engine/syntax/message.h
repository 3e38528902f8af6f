// Messages of rules (`else "{item}决算为 {v}，但未说明"`) are templates: plain text with
// `{expression}` parts filled in when a finding is written. This splits a message string
// into its parts, each with its span in the rule file; an expression part is then read
// with parse_embedded_expression(). `{{` and `}}` stand for literal braces.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"
#include "syntax/ast.h"
#include "syntax/language.h"

namespace gk {

/// One part of a message template.
struct MessagePart {
  enum class Kind { Text, Expression };
  Kind kind = Kind::Text;
  std::string text;  ///< the literal text, or the expression as written (without braces)
  Span span;         ///< in the rule file; for an expression, the text between the braces
};

/// Splits `message` into text and `{expression}` parts. A `{` without its `}` is reported
/// (E007) and the rest of the message is kept as text.
std::vector<MessagePart> split_message(const ast::StringLit& message, const SourceText& source,
                                       DiagnosticSink& sink, Language lang = Language::Zh);

/// Parses ahead the `{…}` parts of every `else` message of `file` (read from `source`) into
/// its message_expressions. False, leaving them empty, when a message or a part gives any
/// diagnostic: each is then read, and reported, where the checker reads it.
bool read_message_expressions(ast::File& file, const SourceText& source);

}  // namespace gk

// Reads rule files into the AST. Every syntax error of a file is reported into the sink
// (code, file:line:col, a plain Chinese or English message), and reading goes on after
// each one; declarations touched by an error are left out of the returned tree. Problems
// of structure that the grammar allows (an item given twice in a rule, a rule without
// `require`) are reported too. Names and types are not checked here.
//
// Diagnostic codes: E001 syntax error, E002 string without closing quote, E003 unknown
// character, E004 item given twice, E005 rule without `require`, E006 rule number
// without '-', E007 (split_message) `{` without `}` in a message, E008 an expression nested
// deeper than kMaxExpressionDepth (syntax/nesting.h; the file is then not parsed at all).
#pragma once

#include <memory>

#include "base/diagnostics.h"
#include "base/source.h"
#include "syntax/ast.h"
#include "syntax/language.h"

namespace gk {

/// Parses a whole rule file. Always returns a tree; when `sink` received errors it holds
/// only the declarations that were read cleanly and must not be evaluated.
std::unique_ptr<ast::File> parse_rule_file(const SourceText& source, DiagnosticSink& sink,
                                           Language lang = Language::Zh);

/// Parses the expression written at `span` of `source` (e.g. a `{…}` part of a message);
/// spans in the result and in diagnostics are positions in `source`. Null after an error.
ast::ExprPtr parse_embedded_expression(const SourceText& source, Span span, DiagnosticSink& sink,
                                       Language lang = Language::Zh);

namespace syntax {

/// A name or a chain of fields (`合计`, `r.名称`, the usual `{…}` of a message) written at
/// `span`, read straight from the scanner's tokens: the tree the parser would give, without
/// running it. Null for any other text, which parse_embedded_expression hands to the parser.
ast::ExprPtr read_name_path(const SourceText& source, Span span);

}  // namespace syntax

}  // namespace gk

// Internal to engine/syntax: a rule file's parse tree with all of its tokens, comments
// included, for the formatter, which works on the text as written (keyword spellings,
// full-width punctuation, comments) rather than on the AST.
#pragma once

#include <functional>
#include <vector>

#include "GongkaiParser.h"
#include "base/diagnostics.h"
#include "base/source.h"
#include "syntax/language.h"

namespace gk::syntax {

/// One token as written.
struct WrittenToken {
  size_t type = 0;  ///< a GongkaiLexer token type (antlr4::Token::EOF at the end)
  Span span;        ///< its bytes in the file
};

struct ConcreteFile {
  const SourceText& source;
  gkgen::GongkaiParser::FileContext* tree = nullptr;
  /// Every token of the file in order, hidden ones (comments) included and EOF last; the
  /// index of a token here is its antlr4 token index.
  std::vector<WrittenToken> tokens;
};

/// Parses a whole rule file and, when the lexer and parser report nothing, calls `use` with
/// its tree and tokens (valid only during the call). False when there were syntax errors;
/// they are reported into `sink`.
bool with_concrete_file(const SourceText& source, DiagnosticSink& sink, Language lang,
                        const std::function<void(const ConcreteFile&)>& use);

}  // namespace gk::syntax

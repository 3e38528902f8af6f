// What converting a parse tree to the AST needs besides the tree itself: the rule file's
// text, the byte offset of every code point (the parser counts positions in code points),
// and the sink for problems of structure found on the way (an item given twice, a rule
// without `require`). Tokens and tree nodes are taken as template parameters, so this
// header names no parser type.
#pragma once

#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"
#include "syntax/ast.h"
#include "syntax/language.h"

namespace gk::syntax {

/// Thrown while converting a declaration whose tree lacks a part after a syntax error; the
/// declaration is left out of the AST (the error itself has been reported already).
struct IncompleteTree {};

/// `part` itself when present; throws IncompleteTree when it is missing.
template <class T>
T* need(T* part) {
  if (part == nullptr) throw IncompleteTree{};
  return part;
}

/// `node` as the labelled alternative `Alternative` (e.g. AndExprContext) when it is that
/// one, else null. Alternatives are the leaves of the parse tree's classes, so comparing the
/// exact type says the same as a dynamic_cast, at a fraction of its cost.
template <class Alternative, class Node>
Alternative* as_alternative(Node* node) {
  if (node == nullptr || typeid(*node) != typeid(Alternative)) return nullptr;
  return static_cast<Alternative*>(node);
}

/// A UTF-8 text decoded for the lexer, with the byte offset of each code point.
struct DecodedText {
  std::u32string code_points;          ///< bad UTF-8 bytes become U+FFFD, one per byte
  std::vector<uint32_t> byte_offsets;  ///< one per code point plus the end; file offsets
};

/// Decodes `utf8`, which starts at byte `base_offset` of its file.
DecodedText decode_for_lexer(std::string_view utf8, uint32_t base_offset);

/// Spans, names and literals of the tokens of one rule file, and its structure problems.
class TransformContext {
 public:
  TransformContext(const SourceText& source, const std::vector<uint32_t>& byte_offsets,
                   DiagnosticSink& sink, Language language);

  /// The byte span of code points [first, last]; throws IncompleteTree for a token the
  /// error recovery made up (it has no position).
  Span span(size_t first, size_t last) const;
  /// The span of a token (anything with getStartIndex/getStopIndex).
  template <class Token>
  Span token_span(Token* token) const {
    need(token);
    return span(token->getStartIndex(), token->getStopIndex());
  }
  /// The span of a tree node, from its first to its last token.
  template <class Node>
  Span node_span(Node* node) const {
    need(node);
    const auto* stop = node->getStop();
    if (stop == nullptr || stop->getTokenIndex() < node->getStart()->getTokenIndex()) {
      return token_span(node->getStart());
    }
    return token_span(node->getStart()).merge(token_span(stop));
  }

  std::string_view text(Span span) const { return source_.slice(span); }
  ast::Identifier identifier(Span span) const { return {std::string(text(span)), span}; }
  ast::DecimalText decimal(Span span) const { return {std::string(text(span)), span}; }
  /// A string literal written "…" or “…” (or unclosed, after a reported error).
  ast::StringLit string_literal(Span span) const;
  template <class Token>
  ast::StringLit string_literal_of(Token* token) const {
    return string_literal(token_span(token));
  }

  Language language() const { return language_; }
  /// Reports a problem of structure (an error) at `span`.
  void report(const char* code, std::string message, Span span) const;

 private:
  const SourceText& source_;
  const std::vector<uint32_t>& byte_offsets_;
  DiagnosticSink& sink_;
  Language language_;
};

/// Remembers the once-only items of one rule or pack (`when`, `title`…) and reports repeats.
class OnceOnlyItems {
 public:
  OnceOnlyItems(const TransformContext& cx, bool in_rule) : cx_(cx), in_rule_(in_rule) {}
  /// True the first time the item with keyword `keyword_type` is seen; reports a repeat
  /// at `keyword_span` and returns false after that.
  bool first(size_t keyword_type, Span keyword_span);

 private:
  const TransformContext& cx_;
  bool in_rule_;
  std::vector<size_t> seen_;
};

}  // namespace gk::syntax

// Internals of the formatter: the tokens of a rule file with their comments (format.cpp),
// and the builder of the layout, one function per construct: declarations and blocks in
// format_decl.cpp, expressions, lists and single tokens in format_expr.cpp.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/concrete.h"
#include "syntax/layout.h"

namespace gk::syntax::formatting {

using layout::Doc;
using P = gkgen::GongkaiParser;

/// The tokens of a file and where its comments and blank lines are. A comment on the line
/// of the token before it trails that token; any other comment is an own-line comment and
/// leads the next token (or the end of the file).
class Tokens {
 public:
  explicit Tokens(const ConcreteFile& file);

  size_t type(size_t token) const { return file_.tokens[token].type; }
  std::string_view text(size_t token) const { return file_.source.slice(file_.tokens[token].span); }
  /// A comment's text without trailing spaces.
  std::string comment_text(size_t comment) const;
  /// The own-line comments before a token, in order.
  const std::vector<size_t>& leading(size_t token) const { return leading_[token]; }
  /// The comment at the end of the token's line, if any.
  std::optional<size_t> trailing(size_t token) const;
  /// An empty line between this token or comment and what precedes it.
  bool blank_before(size_t token) const { return blank_before_[token]; }
  /// Terminal columns of a token's text.
  int width(size_t token) const;
  /// The index of the end of the file.
  size_t end() const { return file_.tokens.size() - 1; }

 private:
  const ConcreteFile& file_;
  std::vector<std::vector<size_t>> leading_;
  std::vector<size_t> trailing_;  ///< npos when none
  std::vector<bool> blank_before_;
};

/// A piece of layout with its first and last token, so that pieces can be joined with the
/// canonical space between those tokens.
struct Piece {
  Doc doc;
  size_t first = kNone;
  size_t last = kNone;
  static constexpr size_t kNone = static_cast<size_t>(-1);
};

/// Whether a blank line goes before an item of a block: never, where the author left one,
/// or always.
enum class Blank { Never, Keep, Always };

class Builder {
 public:
  explicit Builder(const Tokens& tokens) : tokens_(tokens), taken_(tokens.end() + 1) {}

  /// The layout of the whole file.
  Doc file(P::FileContext* tree);

  // Tokens and expressions (format_expr.cpp).
  /// A token with its comments: the own-line comments before it (unless its block has
  /// placed them already) and the comment after it.
  Piece token(size_t index);
  Piece token(antlr4::Token* token) { return this->token(token->getTokenIndex()); }
  Piece terminal(antlr4::tree::TerminalNode* node) { return token(node->getSymbol()); }
  /// Any subtree: its tokens with canonical spaces; conditions and lists as they break.
  Piece tree(antlr4::tree::ParseTree* node);
  /// `a, b, c` from children [begin, end): each item with its comma, filled in lines.
  Doc comma_fill(const std::vector<antlr4::tree::ParseTree*>& children, size_t begin, size_t end);
  /// Pieces joined with canonical spaces.
  Piece join(std::vector<Piece> pieces) const;
  Piece text(std::string text) const { return {Doc::text(std::move(text)), Piece::kNone, Piece::kNone}; }
  /// Spaces up to `width` after something `used` columns wide (none when it is wider).
  Piece padding(int used, int width) const { return text(std::string(used < width ? width - used : 0, ' ')); }
  /// The piece with line breaks inside continuing at the column where it starts.
  static Piece aligned(Piece piece) {
    piece.doc = Doc::align(std::move(piece.doc));
    return piece;
  }

 private:
  // Declarations and blocks (format_decl.cpp).
  /// One item of a block: its first token and how to lay it out.
  struct Item {
    size_t first;
    std::function<Doc()> build;
  };
  Doc declaration(P::DeclarationContext* ctx, int keyword_width, int name_width);
  Doc pack(P::PackDeclContext* ctx);
  Doc place(P::PlaceDeclContext* ctx, int keyword_width, int name_width);
  Doc list(P::ListDeclContext* ctx, int keyword_width, int name_width);
  Doc fact(P::FactDeclContext* ctx);
  Doc rule(P::RuleDeclContext* ctx);
  Doc rule_item(P::RuleItemContext* ctx);
  Doc test(P::TestDeclContext* ctx);
  /// `{`, the items on lines of their own indented two spaces, `}`.
  Doc block(antlr4::tree::TerminalNode* open, const std::vector<Item>& items,
            antlr4::tree::TerminalNode* close);
  /// The own-line comments before `token`, each after a blank line where `blank` wants one
  /// (the first) or the author left one (the others); then, with `blank_after`, a blank
  /// line before the token itself on the same terms. The token's comments count as placed.
  Doc comments_before(size_t token, Blank blank, bool blank_after = true);
  /// `keyword name` padded to the widths of its group, then `=`.
  Piece vocabulary_head(antlr4::Token* keyword, antlr4::Token* name, antlr4::tree::TerminalNode* assign,
                        int keyword_width, int name_width);

  // Expressions (format_expr.cpp).
  /// `a or b or c`, `a and b`: on one line, or broken before each operator.
  Piece chain(antlr4::ParserRuleContext* ctx);
  /// `[…]` or `(…)`: children[open] is the opening bracket, the last child the closing one.
  Piece brackets(const std::vector<antlr4::tree::ParseTree*>& children, size_t open, bool list);

  const Tokens& tokens_;
  std::vector<bool> taken_;  ///< tokens whose leading comments a block has placed
};

}  // namespace gk::syntax::formatting

// The formatter's layout of tokens and expressions: canonical spaces between tokens,
// conditions that break before `or`/`and`, lists filled within the line width.
#include "syntax/format_internal.h"

namespace gk::syntax::formatting {

namespace {

bool is_full_width_comma(const Tokens& tokens, size_t token) {
  return tokens.type(token) == P::COMMA && tokens.text(token) != ",";
}

/// The space between two adjacent tokens: none inside brackets, before `,` `.` or a unit,
/// after `.` or a full-width comma, between a function and its `(`; one space otherwise.
std::string space_between(const Tokens& tokens, size_t a, size_t b) {
  switch (tokens.type(b)) {
    case P::COMMA: case P::RPAREN: case P::RBRACK: case P::DOT: case P::UNIT: return "";
    case P::LPAREN:
      if (tokens.type(a) == P::IDENT) return "";  // a call: `amount(`
      break;
    default: break;
  }
  switch (tokens.type(a)) {
    case P::LPAREN: case P::LBRACK: case P::DOT: return "";
    default: break;
  }
  return is_full_width_comma(tokens, a) ? "" : " ";
}

/// The separator after a comma in a list: a space (none after `，`) or a line break.
Doc list_separator(const Tokens& tokens, size_t comma) {
  return Doc::line(is_full_width_comma(tokens, comma) ? "" : " ");
}

}  // namespace

Piece Builder::token(size_t index) {
  Doc doc;
  if (!taken_[index] && !tokens_.leading(index).empty()) {
    for (size_t comment : tokens_.leading(index)) {
      doc += Doc::hard_line();
      doc += Doc::text(tokens_.comment_text(comment));
    }
    doc += Doc::hard_line();
  }
  taken_[index] = true;
  doc += Doc::text(std::string(tokens_.text(index)));
  if (auto comment = tokens_.trailing(index)) doc += Doc::comment(tokens_.comment_text(*comment));
  return {std::move(doc), index, index};
}

Piece Builder::join(std::vector<Piece> pieces) const {
  Piece out;
  for (auto& p : pieces) {
    if (p.first == Piece::kNone) {  // plain text (padding): no space of its own
      out.doc += std::move(p.doc);
      continue;
    }
    if (out.last != Piece::kNone) out.doc += Doc::text(space_between(tokens_, out.last, p.first));
    if (out.first == Piece::kNone) out.first = p.first;
    out.last = p.last;
    out.doc += std::move(p.doc);
  }
  return out;
}

Piece Builder::tree(antlr4::tree::ParseTree* node) {
  if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(node)) {
    if (terminal->getSymbol()->getType() == antlr4::Token::EOF) return {};
    return this->terminal(terminal);
  }
  if (dynamic_cast<P::OrExprContext*>(node) || dynamic_cast<P::AndExprContext*>(node)) {
    return chain(dynamic_cast<antlr4::ParserRuleContext*>(node));
  }
  // `[a, b, c]` filled within the line, `(expression)`: aligned after the opening bracket.
  if (auto* list = dynamic_cast<P::ListLiteralContext*>(node)) return brackets(list->children, 0, true);
  if (auto* paren = dynamic_cast<P::ParenExprContext*>(node)) return brackets(paren->children, 0, false);
  if (auto* negate = dynamic_cast<P::NegateExprContext*>(node)) {  // `-x`: no space
    Piece minus = terminal(negate->MINUS());
    Piece operand = tree(negate->operand);
    minus.doc += std::move(operand.doc);
    minus.last = operand.last;
    return minus;
  }
  std::vector<Piece> pieces;
  for (auto* child : node->children) pieces.push_back(tree(child));
  return join(std::move(pieces));
}

/// `a or b or c` (or `and`): on one line when it fits, otherwise broken before each
/// operator with the operands aligned under the first.
Piece Builder::chain(antlr4::ParserRuleContext* ctx) {
  const bool is_or = dynamic_cast<P::OrExprContext*>(ctx) != nullptr;
  std::vector<antlr4::ParserRuleContext*> operands;
  std::vector<antlr4::tree::TerminalNode*> operators;
  for (antlr4::ParserRuleContext* at = ctx;;) {
    if (auto* e = dynamic_cast<P::OrExprContext*>(at); e && is_or) {
      operands.push_back(e->rhs);
      operators.push_back(e->OR());
      at = e->lhs;
    } else if (auto* a = dynamic_cast<P::AndExprContext*>(at); a && !is_or) {
      operands.push_back(a->rhs);
      operators.push_back(a->AND());
      at = a->lhs;
    } else {
      operands.push_back(at);
      break;
    }
  }
  Piece first = tree(operands.back());
  Doc doc = std::move(first.doc);
  size_t last = first.last;
  for (size_t i = operators.size(); i-- > 0;) {
    Piece rest = join({terminal(operators[i]), tree(operands[i])});
    doc += Doc::line();
    doc += std::move(rest.doc);
    last = rest.last;
  }
  return {Doc::group(Doc::align(std::move(doc))), first.first, last};
}

Piece Builder::brackets(const std::vector<antlr4::tree::ParseTree*>& children, size_t open, bool list) {
  const size_t close = children.size() - 1;
  Piece out = tree(children[open]);
  Doc inside = list ? comma_fill(children, open + 1, close) : tree(children[open + 1]).doc;
  Piece end = tree(children[close]);
  out.doc += Doc::align(std::move(inside));
  out.doc += std::move(end.doc);
  out.last = end.last;
  return out;
}

Doc Builder::comma_fill(const std::vector<antlr4::tree::ParseTree*>& children, size_t begin, size_t end) {
  std::vector<Doc> parts;
  Doc item;
  bool open = false;  // an item is being built
  for (size_t i = begin; i < end; ++i) {
    auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(children[i]);
    if (terminal && terminal->getSymbol()->getType() == P::COMMA) {
      const size_t comma = terminal->getSymbol()->getTokenIndex();
      item += this->terminal(terminal).doc;
      parts.push_back(std::move(item));
      item = Doc();
      open = false;
      if (i + 1 < end) parts.push_back(list_separator(tokens_, comma));
      continue;
    }
    item += tree(children[i]).doc;
    open = true;
  }
  if (open) parts.push_back(std::move(item));
  return Doc::fill(std::move(parts));
}

}  // namespace gk::syntax::formatting

// Expression depth on the token stream: a stack of operator counts, one per open bracket.
#include "syntax/nesting.h"

#include <fmt/format.h>

#include "GongkaiLexer.h"

namespace gk::syntax {
namespace {

using L = gkgen::GongkaiLexer;

bool is_operator(size_t type) {
  switch (type) {
    case L::OR: case L::AND: case L::NOT: case L::WITHIN:
    case L::EQ: case L::NE: case L::LT: case L::LE: case L::GT: case L::GE:
    case L::MATCH: case L::NOT_MATCH: case L::PLUS: case L::MINUS: case L::STAR:
    case L::SLASH: case L::DOT:
      return true;
    default:
      return false;
  }
}

/// Tokens that are part of an expression without adding to its depth.
bool is_operand(size_t type) {
  return type == L::NUMBER || type == L::UNIT || type == L::STRING || type == L::UNCLOSED_STRING ||
         type == L::IDENT || type == L::TRUE || type == L::FALSE || type == L::COLON;
}

/// Depth bookkeeping: operators counted per bracket level since its last comma.
class DepthCounter {
 public:
  size_t depth() const { return counts_.size() - 1 + operators_; }

  void open() { counts_.push_back(0); }
  void close() {
    if (counts_.size() == 1) return;  // an unbalanced bracket: the parser reports it
    operators_ -= counts_.back();
    counts_.pop_back();
  }
  void next_item() {
    operators_ -= counts_.back();
    counts_.back() = 0;
  }
  void add_operator() {
    ++counts_.back();
    ++operators_;
  }
  /// A keyword or brace that ends every expression (require, let, when, `{`, `}`…).
  void reset() {
    counts_.assign(1, 0);
    operators_ = 0;
  }

 private:
  std::vector<size_t> counts_ = {0};
  size_t operators_ = 0;
};

}  // namespace

std::optional<size_t> find_excess_nesting(const std::vector<size_t>& token_types, size_t limit) {
  DepthCounter counter;
  for (size_t i = 0; i < token_types.size(); ++i) {
    const size_t type = token_types[i];
    if (i > 0 && token_types[i - 1] == L::DOT) continue;  // a field name, keywords included
    if (type == L::LPAREN || type == L::LBRACK) {
      counter.open();
    } else if (type == L::RPAREN || type == L::RBRACK) {
      counter.close();
    } else if (type == L::COMMA) {
      counter.next_item();
    } else if (is_operator(type)) {
      counter.add_operator();
    } else if (!is_operand(type)) {
      counter.reset();
    }
    if (counter.depth() > limit) return i;
  }
  return std::nullopt;
}

std::string too_deep_message(size_t limit, Language language) {
  if (language == Language::Zh) {
    return fmt::format("表达式嵌套太深：括号、not、- 与运算符合计超过 {} 层；请用“令”分成几步。"
                       "此文件不再往下读", limit);
  }
  return fmt::format("expression nested too deeply: more than {} levels of brackets, not, - and "
                     "operators; split it into steps with let. This file is not read any further",
                     limit);
}

}  // namespace gk::syntax

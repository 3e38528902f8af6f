#include "syntax/ast.h"

#include <algorithm>

namespace gk::ast {

uint32_t StringLit::source_offset(size_t index) const {
  // Each escape before `index` took two source bytes (\") for one byte of value.
  const auto shifted = std::lower_bound(escapes.begin(), escapes.end(), index) - escapes.begin();
  return content.begin + static_cast<uint32_t>(index + static_cast<size_t>(shifted));
}

Span StringLit::source_span(size_t begin, size_t end) const {
  return {source_offset(begin), source_offset(end)};
}

const Expr* File::message_expression(Span part) const {
  const auto it = std::lower_bound(message_expressions.begin(), message_expressions.end(), part.begin,
                                   [](const MessageExpression& m, uint32_t begin) { return m.part.begin < begin; });
  return it != message_expressions.end() && it->part == part ? it->expr.get() : nullptr;
}

}  // namespace gk::ast

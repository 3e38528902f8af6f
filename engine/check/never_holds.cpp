#include "check/never_holds.h"

#include <string>
#include <vector>

#include "base/decimal.h"
#include "eval/builtins.h"
#include "syntax/ast_dump.h"

namespace gk::check {
namespace {

using ast::CompareOp;

/// The exact value of a number written in the rule (`5`, `-0.5万元`, `10%`): amounts in 元,
/// percentages as fractions, bare numbers as they are — the units rules compare in.
std::optional<Decimal> constant(const ast::Expr& e) {
  if (const auto* unary = e.as<ast::UnaryExpr>(); unary && unary->op == ast::UnaryOp::Negate) {
    if (auto inner = constant(*unary->operand)) return -*inner;
    return std::nullopt;
  }
  const auto* number = e.as<ast::NumberLit>();
  if (!number) return std::nullopt;
  const auto value = Decimal::parse(number->digits);
  if (!value) return std::nullopt;
  switch (number->unit) {
    case ast::Unit::None: case ast::Unit::Yuan: return *value;
    case ast::Unit::TenThousandYuan: return value->shifted(4);
    case ast::Unit::HundredMillionYuan: return value->shifted(8);
    case ast::Unit::Percent: return value->shifted(-2);
  }
  return std::nullopt;
}

bool compares(CompareOp op, const Decimal& a, const Decimal& b) {
  switch (op) {
    case CompareOp::Equal: return a == b;
    case CompareOp::NotEqual: return a != b;
    case CompareOp::Less: return a < b;
    case CompareOp::LessEqual: return a <= b;
    case CompareOp::Greater: return a > b;
    case CompareOp::GreaterEqual: return a >= b;
  }
  return true;
}

/// `b op a` for `a op' b`: the operator with its sides swapped.
CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Less: return CompareOp::Greater;
    case CompareOp::LessEqual: return CompareOp::GreaterEqual;
    case CompareOp::Greater: return CompareOp::Less;
    case CompareOp::GreaterEqual: return CompareOp::LessEqual;
    default: return op;
  }
}

bool is_count(const ast::Expr& e) {
  const auto* call = e.as<ast::CallExpr>();
  if (!call) return false;
  const eval::Builtin* builtin = eval::find_builtin(call->callee.text);
  return builtin && builtin->id == eval::BuiltinId::Count;
}

/// What an expression says, without its positions: equal for the same text however spaced.
std::string shape(const ast::Expr& e, const SourceText& file) {
  return ast::dump(e, file, {.positions = false});
}

bool comparison_never_holds(const ast::CompareExpr& c, const SourceText& file) {
  if (c.tolerance) return false;
  const auto lhs = constant(*c.lhs), rhs = constant(*c.rhs);
  if (lhs && rhs) return !compares(c.op, *lhs, *rhs);
  // A count is never below zero.
  const bool count_left = is_count(*c.lhs) && rhs;
  const bool count_right = is_count(*c.rhs) && lhs;
  if (count_left || count_right) {
    const CompareOp op = count_left ? c.op : swapped(c.op);
    const Decimal& bound = count_left ? *rhs : *lhs;
    const Decimal zero = Decimal::from_int(0);
    return (op == CompareOp::Less && bound <= zero) ||
           ((op == CompareOp::LessEqual || op == CompareOp::Equal) && bound < zero);
  }
  // x < x, x > x, x != x.
  if (c.op == CompareOp::Less || c.op == CompareOp::Greater || c.op == CompareOp::NotEqual) {
    return shape(*c.lhs, file) == shape(*c.rhs, file);
  }
  return false;
}

/// The operands of a chain of `and`, in order.
void conjuncts(const ast::Expr& e, std::vector<const ast::Expr*>& out) {
  if (const auto* b = e.as<ast::BinaryExpr>(); b && b->op == ast::BinaryOp::And) {
    conjuncts(*b->lhs, out);
    conjuncts(*b->rhs, out);
    return;
  }
  out.push_back(&e);
}

/// Some operand is `not X` and another one is X.
bool contradicts_itself(const std::vector<const ast::Expr*>& operands, const SourceText& file) {
  std::vector<std::string> shapes;
  for (const auto* e : operands) shapes.push_back(shape(*e, file));
  for (const auto* e : operands) {
    const auto* negation = e->as<ast::UnaryExpr>();
    if (!negation || negation->op != ast::UnaryOp::Not) continue;
    const std::string negated = shape(*negation->operand, file);
    for (const auto& s : shapes)
      if (s == negated) return true;
  }
  return false;
}

}  // namespace

std::optional<Span> never_holding_part(const ast::Expr& e, const SourceText& file) {
  if (const auto* b = e.as<ast::BoolLit>()) return b->value ? std::nullopt : std::optional(e.span);
  if (const auto* u = e.as<ast::UnaryExpr>(); u && u->op == ast::UnaryOp::Not) {
    const auto* inner = u->operand->as<ast::BoolLit>();
    return inner && inner->value ? std::optional(e.span) : std::nullopt;
  }
  if (const auto* c = e.as<ast::CompareExpr>()) {
    return comparison_never_holds(*c, file) ? std::optional(e.span) : std::nullopt;
  }
  const auto* b = e.as<ast::BinaryExpr>();
  if (!b) return std::nullopt;
  if (b->op == ast::BinaryOp::Or) {
    if (never_holding_part(*b->lhs, file) && never_holding_part(*b->rhs, file)) return e.span;
    return std::nullopt;
  }
  if (b->op != ast::BinaryOp::And) return std::nullopt;
  std::vector<const ast::Expr*> operands;
  conjuncts(e, operands);
  for (const auto* operand : operands)
    if (auto part = never_holding_part(*operand, file)) return part;
  if (contradicts_itself(operands, file)) return e.span;
  return std::nullopt;
}

}  // namespace gk::check

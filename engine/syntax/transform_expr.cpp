// Parse tree → AST for expressions: one function per grammar rule, loosest binding first.
#include <fmt/format.h>

#include "GongkaiParser.h"
#include "syntax/transform_context.h"

namespace gk::syntax {

using P = gkgen::GongkaiParser;

ast::ExprPtr transform_expr(const TransformContext& cx, P::ExprContext* ctx);

namespace {

ast::ExprPtr make_expr(ast::Expr::Node node, Span span) {
  auto expr = std::make_unique<ast::Expr>();
  expr->node = std::move(node);
  expr->span = span;
  return expr;
}

ast::ExprPtr binary(ast::BinaryOp op, ast::ExprPtr lhs, ast::ExprPtr rhs, Span span) {
  return make_expr(ast::BinaryExpr{op, std::move(lhs), std::move(rhs)}, span);
}

ast::ExprPtr transform_conjunction(const TransformContext& cx, P::ConjunctionContext* ctx);
ast::ExprPtr transform_negation(const TransformContext& cx, P::NegationContext* ctx);
ast::ExprPtr transform_comparison(const TransformContext& cx, P::ComparisonContext* ctx);
ast::ExprPtr transform_sum(const TransformContext& cx, P::SumContext* ctx);
ast::ExprPtr transform_product(const TransformContext& cx, P::ProductContext* ctx);
ast::ExprPtr transform_unary(const TransformContext& cx, P::UnaryContext* ctx);
ast::ExprPtr transform_postfix(const TransformContext& cx, P::PostfixContext* ctx);
ast::ExprPtr transform_primary(const TransformContext& cx, P::PrimaryContext* ctx);

ast::ExprPtr transform_conjunction(const TransformContext& cx, P::ConjunctionContext* ctx) {
  if (auto* e = as_alternative<P::AndExprContext>(need(ctx))) {
    return binary(ast::BinaryOp::And, transform_conjunction(cx, e->lhs),
                  transform_negation(cx, e->rhs), cx.node_span(ctx));
  }
  return transform_negation(cx, need(as_alternative<P::NegationExprContext>(ctx))->negation());
}

ast::ExprPtr transform_negation(const TransformContext& cx, P::NegationContext* ctx) {
  if (auto* e = as_alternative<P::NotExprContext>(need(ctx))) {
    return make_expr(ast::UnaryExpr{ast::UnaryOp::Not, transform_negation(cx, e->operand)},
                     cx.node_span(ctx));
  }
  return transform_comparison(cx,
                              need(as_alternative<P::ComparisonExprContext>(ctx))->comparison());
}

ast::CompareOp compare_op(size_t token_type) {
  switch (token_type) {
    case P::EQ: return ast::CompareOp::Equal;
    case P::NE: return ast::CompareOp::NotEqual;
    case P::LT: return ast::CompareOp::Less;
    case P::LE: return ast::CompareOp::LessEqual;
    case P::GT: return ast::CompareOp::Greater;
    case P::GE: return ast::CompareOp::GreaterEqual;
  }
  throw IncompleteTree{};
}

ast::ExprPtr transform_comparison(const TransformContext& cx, P::ComparisonContext* ctx) {
  ast::ExprPtr lhs = transform_sum(cx, need(ctx)->lhs);
  if (ctx->tail == nullptr) return lhs;
  const Span span = cx.node_span(ctx);
  if (auto* t = as_alternative<P::OrderingTailContext>(ctx->tail)) {
    ast::ExprPtr tolerance = t->tolerance ? transform_sum(cx, t->tolerance) : nullptr;
    return make_expr(ast::CompareExpr{compare_op(need(t->op)->getType()), std::move(lhs),
                                      transform_sum(cx, t->rhs), std::move(tolerance)},
                     span);
  }
  auto* m = need(as_alternative<P::MatchTailContext>(ctx->tail));
  return make_expr(ast::MatchExpr{need(m->op)->getType() == P::NOT_MATCH, std::move(lhs),
                                  transform_sum(cx, m->pattern)},
                   span);
}

ast::ExprPtr transform_sum(const TransformContext& cx, P::SumContext* ctx) {
  if (auto* e = as_alternative<P::AddExprContext>(need(ctx))) {
    const auto op = need(e->op)->getType() == P::PLUS ? ast::BinaryOp::Add
                                                      : ast::BinaryOp::Subtract;
    return binary(op, transform_sum(cx, e->lhs), transform_product(cx, e->rhs),
                  cx.node_span(ctx));
  }
  return transform_product(cx, need(as_alternative<P::ProductExprContext>(ctx))->product());
}

ast::ExprPtr transform_product(const TransformContext& cx, P::ProductContext* ctx) {
  if (auto* e = as_alternative<P::MultiplyExprContext>(need(ctx))) {
    const auto op = need(e->op)->getType() == P::STAR ? ast::BinaryOp::Multiply
                                                      : ast::BinaryOp::Divide;
    return binary(op, transform_product(cx, e->lhs), transform_unary(cx, e->rhs),
                  cx.node_span(ctx));
  }
  return transform_unary(cx, need(as_alternative<P::UnaryExprContext>(ctx))->unary());
}

ast::ExprPtr transform_unary(const TransformContext& cx, P::UnaryContext* ctx) {
  if (auto* e = as_alternative<P::NegateExprContext>(need(ctx))) {
    return make_expr(ast::UnaryExpr{ast::UnaryOp::Negate, transform_unary(cx, e->operand)},
                     cx.node_span(ctx));
  }
  return transform_postfix(cx, need(as_alternative<P::PostfixExprContext>(ctx))->postfix());
}

ast::ExprPtr transform_postfix(const TransformContext& cx, P::PostfixContext* ctx) {
  if (auto* e = as_alternative<P::MemberExprContext>(need(ctx))) {
    ast::Identifier field = cx.identifier(cx.node_span(need(e->field)));
    return make_expr(ast::MemberExpr{transform_postfix(cx, e->object), std::move(field)},
                     cx.node_span(ctx));
  }
  return transform_primary(cx, need(as_alternative<P::PrimaryExprContext>(ctx))->primary());
}

ast::Unit unit_of(std::string_view written) {
  if (written == "元") return ast::Unit::Yuan;
  if (written == "万元") return ast::Unit::TenThousandYuan;
  if (written == "亿元") return ast::Unit::HundredMillionYuan;
  return ast::Unit::Percent;  // % or ％
}

ast::ExprPtr number_literal(const TransformContext& cx, P::NumberLiteralContext* ctx) {
  ast::NumberLit number;
  number.digits = std::string(cx.text(cx.token_span(ctx->value)));
  if (ctx->unit != nullptr) {
    number.unit_span = cx.token_span(ctx->unit);
    number.unit = unit_of(cx.text(number.unit_span));
  }
  return make_expr(std::move(number), cx.node_span(ctx));
}

std::vector<ast::ExprPtr> transform_all(const TransformContext& cx,
                                        const std::vector<P::ExprContext*>& items) {
  std::vector<ast::ExprPtr> exprs;
  for (auto* item : items) exprs.push_back(transform_expr(cx, item));
  return exprs;
}

ast::ExprPtr call(const TransformContext& cx, P::CallExprContext* ctx) {
  ast::CallExpr call{cx.identifier(cx.token_span(ctx->callee)), transform_all(cx, ctx->args)};
  return make_expr(std::move(call), cx.node_span(ctx));
}

/// any/任一, all/全部, first/首个; another word before `(x in …)` is reported by the checker
/// as an unknown function, like any other call.
std::optional<ast::Quantifier> quantifier_named(std::string_view word) {
  if (word == "any" || word == "任一") return ast::Quantifier::Any;
  if (word == "all" || word == "全部") return ast::Quantifier::All;
  if (word == "first" || word == "首个") return ast::Quantifier::First;
  return std::nullopt;
}

ast::ExprPtr quantifier(const TransformContext& cx, P::QuantifierExprContext* ctx) {
  ast::Identifier keyword = cx.identifier(cx.token_span(ctx->quantifier));
  const auto kind = quantifier_named(keyword.text);
  if (!kind) {  // e.g. count(x in …)
    cx.report("E010",
              cx.language() == Language::Zh
                  ? fmt::format("“{}(… 在 …)”：只有 任一/any、全部/all、首个/first 能这样写", keyword.text)
                  : fmt::format("‘{}(… in …)’: only any, all and first take a variable and a list",
                                keyword.text),
              keyword.span);
    throw IncompleteTree{};
  }
  ast::QuantifierExpr q{*kind, std::move(keyword), cx.identifier(cx.token_span(ctx->variable)),
                        transform_expr(cx, ctx->iterable),
                        ctx->condition ? transform_expr(cx, ctx->condition) : nullptr};
  return make_expr(std::move(q), cx.node_span(ctx));
}

ast::ExprPtr transform_primary(const TransformContext& cx, P::PrimaryContext* ctx) {
  const Span span = cx.node_span(ctx);
  if (auto* e = as_alternative<P::NumberLiteralContext>(ctx)) return number_literal(cx, e);
  if (auto* e = as_alternative<P::StringLiteralContext>(ctx)) {
    return make_expr(cx.string_literal_of(e->text), span);
  }
  if (auto* e = as_alternative<P::BoolLiteralContext>(ctx)) {
    return make_expr(ast::BoolLit{need(e->value)->getType() == P::TRUE}, span);
  }
  if (auto* e = as_alternative<P::CallExprContext>(ctx)) return call(cx, e);
  if (auto* e = as_alternative<P::QuantifierExprContext>(ctx)) return quantifier(cx, e);
  if (auto* e = as_alternative<P::NameRefContext>(ctx)) {
    return make_expr(ast::NameRef{std::string(cx.text(cx.token_span(e->name)))}, span);
  }
  if (auto* e = as_alternative<P::ListLiteralContext>(ctx)) {
    return make_expr(ast::ListLit{transform_all(cx, e->items)}, span);
  }
  return transform_expr(cx, need(as_alternative<P::ParenExprContext>(ctx))->inner);
}

}  // namespace

ast::ExprPtr transform_expr(const TransformContext& cx, P::ExprContext* ctx) {
  if (auto* e = as_alternative<P::OrExprContext>(need(ctx))) {
    return binary(ast::BinaryOp::Or, transform_expr(cx, e->lhs),
                  transform_conjunction(cx, e->rhs), cx.node_span(ctx));
  }
  auto* conjunction = need(as_alternative<P::ConjunctionExprContext>(ctx))->conjunction();
  return transform_conjunction(cx, conjunction);
}

}  // namespace gk::syntax

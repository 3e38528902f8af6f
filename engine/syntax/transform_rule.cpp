// Parse tree → AST for rules (tests: transform_test.cpp). A rule's items may come in any order: the
// header items (category, severity, weight, basis) and `for`/`when` at most once each,
// `let` and `require` any number of times; let/when/require keep their written order.
#include "GongkaiParser.h"
#include "syntax/syntax_messages.h"
#include "syntax/transform_context.h"

namespace gk::syntax {

using P = gkgen::GongkaiParser;

// Defined in transform_expr.cpp.
ast::ExprPtr transform_expr(const TransformContext& cx, P::ExprContext* ctx);

/// The rule number after `rule`, `test` or `disable`; a plain word is reported (E006). Also
/// used by transform_test.cpp and transform_decl.cpp.
ast::RuleId transform_rule_id(const TransformContext& cx, P::RuleIdContext* ctx) {
  const Span span = cx.node_span(ctx);
  if (ctx->STRING() != nullptr) return {cx.string_literal(span).value, span};
  if (ctx->IDENT() != nullptr) {
    cx.report("E006", malformed_rule_number(cx.text(span), cx.language()), span);
  }
  return {std::string(cx.text(span)), span};
}

namespace {

ast::RuleSeverity severity_level(size_t token_type) {
  switch (token_type) {
    case P::ERROR: return ast::RuleSeverity::Error;
    case P::WARNING: return ast::RuleSeverity::Warning;
    case P::INFO: return ast::RuleSeverity::Info;
  }
  throw IncompleteTree{};
}

ast::ForClause transform_for(const TransformContext& cx, P::ForItemContext* ctx) {
  ast::ForClause clause;
  clause.variable = cx.identifier(cx.token_span(ctx->variable));
  clause.iterable = transform_expr(cx, ctx->iterable);
  if (ctx->filter != nullptr) clause.filter = transform_expr(cx, ctx->filter);
  clause.span = cx.node_span(ctx);
  return clause;
}

/// The let/when/require step of `item`, or nullopt for a header item.
std::optional<ast::RuleStep> transform_step(const TransformContext& cx, P::RuleItemContext* item) {
  const Span span = cx.node_span(item);
  if (auto* e = as_alternative<P::LetItemContext>(item)) {
    ast::LetStep let{cx.identifier(cx.token_span(e->name)), transform_expr(cx, e->value)};
    return ast::RuleStep{std::move(let), span};
  }
  if (auto* e = as_alternative<P::WhenItemContext>(item)) {
    return ast::RuleStep{ast::WhenStep{transform_expr(cx, e->condition)}, span};
  }
  if (auto* e = as_alternative<P::RequireItemContext>(item)) {
    ast::RequireStep require{transform_expr(cx, e->condition), std::nullopt, nullptr};
    if (e->message != nullptr) require.message = cx.string_literal_of(e->message);
    if (e->place != nullptr) require.place = transform_expr(cx, e->place);
    return ast::RuleStep{std::move(require), span};
  }
  return std::nullopt;
}

/// Fills the header item (category, severity, weight, basis, for) that `item` is.
void add_header_item(const TransformContext& cx, ast::RuleDecl& rule, P::RuleItemContext* item) {
  if (auto* category = as_alternative<P::CategoryItemContext>(item)) {
    rule.category = cx.identifier(cx.token_span(category->name));
  } else if (auto* severity = as_alternative<P::SeverityItemContext>(item)) {
    rule.severity = ast::SeveritySetting{severity_level(need(severity->level)->getType()),
                                         cx.token_span(severity->level)};
  } else if (auto* weight = as_alternative<P::WeightItemContext>(item)) {
    rule.weight = cx.decimal(cx.token_span(weight->value));
  } else if (auto* basis = as_alternative<P::BasisItemContext>(item)) {
    rule.basis = cx.string_literal_of(basis->text);
  } else if (auto* for_item = as_alternative<P::ForItemContext>(item)) {
    rule.loops.push_back(transform_for(cx, for_item));
  } else {
    throw IncompleteTree{};
  }
}

bool may_repeat(size_t keyword_type) {
  return keyword_type == P::LET || keyword_type == P::REQUIRE || keyword_type == P::FOR;
}

bool has_require(const ast::RuleDecl& rule) {
  for (const auto& step : rule.steps) {
    if (std::holds_alternative<ast::RequireStep>(step.step)) return true;
  }
  return false;
}

}  // namespace

ast::RuleDecl transform_rule(const TransformContext& cx, P::RuleDeclContext* ctx) {
  ast::RuleDecl rule;
  rule.override_used = ctx->OVERRIDE() != nullptr;
  rule.id = transform_rule_id(cx, ctx->id);
  rule.title = cx.string_literal_of(ctx->title);
  rule.span = cx.node_span(ctx);
  OnceOnlyItems items(cx, /*in_rule=*/true);
  for (auto* item : ctx->ruleItem()) {
    const antlr4::Token* keyword = need(item)->getStart();
    const size_t type = keyword->getType();
    if (!may_repeat(type) && !items.first(type, cx.token_span(keyword))) continue;
    if (auto step = transform_step(cx, item)) {
      rule.steps.push_back(std::move(*step));
    } else {
      add_header_item(cx, rule, item);
    }
  }
  if (!has_require(rule)) {
    cx.report("E005", rule_without_require(rule.id.text, cx.language()), rule.id.span);
  }
  return rule;
}

}  // namespace gk::syntax

// Parse tree → AST for a whole file and its pack header, vocabulary and facts. Rules and
// tests are in transform_rule.cpp, expressions in transform_expr.cpp.
#include <algorithm>

#include "GongkaiParser.h"
#include "syntax/transform_context.h"

namespace gk::syntax {

using P = gkgen::GongkaiParser;

// Defined in transform_expr.cpp and transform_rule.cpp.
ast::ExprPtr transform_expr(const TransformContext& cx, P::ExprContext* ctx);
ast::RuleDecl transform_rule(const TransformContext& cx, P::RuleDeclContext* ctx);
ast::TestDecl transform_test(const TransformContext& cx, P::TestDeclContext* ctx);
ast::RuleId transform_rule_id(const TransformContext& cx, P::RuleIdContext* ctx);

namespace {

std::vector<ast::StringLit> string_list(const TransformContext& cx,
                                        const std::vector<antlr4::Token*>& tokens) {
  std::vector<ast::StringLit> strings;
  for (auto* token : tokens) strings.push_back(cx.string_literal_of(token));
  return strings;
}

std::optional<ast::Identifier> optional_name(const TransformContext& cx, antlr4::Token* token) {
  if (token == nullptr) return std::nullopt;
  return cx.identifier(cx.token_span(token));
}

// ---- pack

ast::CategoryWeight transform_category_weight(const TransformContext& cx,
                                              P::CategoryWeightContext* ctx) {
  return {cx.identifier(cx.token_span(need(ctx)->category)),
          cx.decimal(cx.token_span(ctx->weight)), cx.node_span(ctx)};
}

ast::Grade transform_grade(const TransformContext& cx, P::GradeContext* ctx) {
  ast::Grade grade{cx.identifier(cx.token_span(need(ctx)->name)), std::nullopt,
                   cx.node_span(ctx)};
  if (ctx->minimum != nullptr) grade.minimum = cx.decimal(cx.token_span(ctx->minimum));
  return grade;
}

void add_pack_item(const TransformContext& cx, ast::PackDecl& pack, P::PackItemContext* item) {
  if (auto* title = as_alternative<P::PackTitleContext>(item)) {
    pack.title = cx.string_literal_of(title->text);
  } else if (auto* applies = as_alternative<P::PackAppliesContext>(item)) {
    pack.applies = transform_expr(cx, applies->condition);
  } else if (auto* kinds = as_alternative<P::PackKindsContext>(item)) {
    pack.kinds = string_list(cx, kinds->kinds);
  } else if (auto* score = as_alternative<P::PackScoreContext>(item)) {
    for (auto* weight : score->weights) pack.score.push_back(transform_category_weight(cx, weight));
  } else if (auto* grades = as_alternative<P::PackGradesContext>(item)) {
    for (auto* grade : grades->grades) pack.grades.push_back(transform_grade(cx, grade));
  } else {
    throw IncompleteTree{};
  }
}

ast::PackDecl transform_pack(const TransformContext& cx, P::PackDeclContext* ctx) {
  ast::PackDecl pack;
  pack.name = cx.identifier(cx.token_span(ctx->name));
  if (ctx->version != nullptr) pack.version = cx.string_literal_of(ctx->version);
  pack.span = cx.node_span(ctx);
  OnceOnlyItems items(cx, /*in_rule=*/false);
  for (auto* item : ctx->packItem()) {
    const antlr4::Token* keyword = need(item)->getStart();
    // 标题 and title are one item.
    const size_t type = keyword->getType() == P::TITLE_OR_HEADING ? size_t{P::TITLE}
                                                                   : keyword->getType();
    if (items.first(type, cx.token_span(keyword))) add_pack_item(cx, pack, item);
  }
  return pack;
}

// ---- vocabulary and facts

ast::Selector transform_selector(const TransformContext& cx, P::SelectorContext* ctx) {
  const Span span = cx.node_span(ctx);
  if (auto* e = as_alternative<P::HeadingSelectorContext>(ctx)) {
    return {ast::SelectorKind::Heading, cx.string_literal_of(e->pattern), span};
  }
  if (auto* e = as_alternative<P::CaptionSelectorContext>(ctx)) {
    return {ast::SelectorKind::Caption, cx.string_literal_of(e->pattern), span};
  }
  if (auto* e = as_alternative<P::ColumnsSelectorContext>(ctx)) {
    return {ast::SelectorKind::Columns, cx.string_literal_of(e->pattern), span};
  }
  auto* e = need(as_alternative<P::CodeSelectorContext>(ctx));
  if (e->code != nullptr) return {ast::SelectorKind::Code, cx.string_literal_of(e->code), span};
  const Span number = cx.token_span(e->number);  // code 01: the digits as written
  ast::StringLit code{std::string(cx.text(number)), number, number, {}};
  return {ast::SelectorKind::Code, std::move(code), span};
}

ast::VocabularyKind place_kind(size_t token_type) {
  switch (token_type) {
    case P::PART: return ast::VocabularyKind::Part;
    case P::SECTION: return ast::VocabularyKind::Section;
    case P::TABLE: return ast::VocabularyKind::Table;
  }
  throw IncompleteTree{};
}

ast::VocabularyDecl transform_vocabulary(const TransformContext& cx,
                                         P::VocabularyDeclContext* ctx) {
  ast::VocabularyDecl vocabulary;
  vocabulary.span = cx.node_span(ctx);
  if (auto* list = as_alternative<P::ListDeclContext>(ctx)) {
    vocabulary.kind = ast::VocabularyKind::List;
    vocabulary.name = cx.identifier(cx.token_span(list->name));
    vocabulary.items = string_list(cx, list->items);
    return vocabulary;
  }
  auto* place = need(as_alternative<P::PlaceDeclContext>(ctx));
  vocabulary.kind = place_kind(need(place->kind)->getType());
  vocabulary.name = cx.identifier(cx.token_span(place->name));
  for (auto* selector : place->selectors) {
    vocabulary.selectors.push_back(transform_selector(cx, selector));
  }
  vocabulary.scope = optional_name(cx, place->scope);
  return vocabulary;
}

ast::FactDecl transform_fact(const TransformContext& cx, P::FactDeclContext* ctx) {
  ast::FactDecl fact;
  fact.name = cx.identifier(cx.token_span(ctx->name));
  fact.scope = optional_name(cx, ctx->scope);
  fact.templates = string_list(cx, ctx->templates);
  fact.span = cx.node_span(ctx);
  return fact;
}

ast::UseDecl transform_use(const TransformContext& cx, P::UseDeclContext* ctx) {
  ast::UseDecl use;
  if (ctx->name) use.pack = cx.identifier(cx.token_span(ctx->name));
  else use.path = cx.string_literal_of(need(ctx->path));
  use.span = cx.node_span(ctx);
  return use;
}

ast::DisableDecl transform_disable(const TransformContext& cx, P::DisableDeclContext* ctx) {
  ast::DisableDecl disable;
  disable.rule = transform_rule_id(cx, ctx->id);
  if (ctx->reason) disable.reason = cx.string_literal_of(ctx->reason);
  disable.span = cx.node_span(ctx);
  return disable;
}

ast::Declaration transform_declaration(const TransformContext& cx, P::DeclarationContext* ctx) {
  if (auto* e = ctx->packDecl()) return transform_pack(cx, e);
  if (auto* e = ctx->useDecl()) return transform_use(cx, e);
  if (auto* e = ctx->disableDecl()) return transform_disable(cx, e);
  if (auto* e = ctx->vocabularyDecl()) return transform_vocabulary(cx, e);
  if (auto* e = ctx->factDecl()) return transform_fact(cx, e);
  if (auto* e = ctx->ruleDecl()) return transform_rule(cx, e);
  return transform_test(cx, need(ctx->testDecl()));
}

// ---- declarations with a syntax error

/// `token` when the parser read it from the text as a `type` (not made up in recovery).
antlr4::Token* read_token(antlr4::Token* token, size_t type) {
  if (token == nullptr || token->getType() != type || token->getStartIndex() == INVALID_INDEX)
    throw IncompleteTree{};
  return token;
}

/// What a declaration with a syntax error still says for sure: the name of a part, section,
/// table, list or fact (with the templates read before the error), the number and title of
/// a rule.
/// Kept so that its uses and its tests are not reported as unknown: one error per mistake.
/// Throws IncompleteTree when even that is missing.
ast::Declaration name_of_broken(const TransformContext& cx, P::DeclarationContext* ctx) {
  if (auto* place = as_alternative<P::PlaceDeclContext>(ctx->vocabularyDecl())) {
    ast::VocabularyDecl vocabulary;
    vocabulary.kind = place_kind(need(place->kind)->getType());
    vocabulary.name = cx.identifier(cx.token_span(read_token(place->name, P::IDENT)));
    vocabulary.span = vocabulary.name.span;
    return vocabulary;
  }
  if (auto* list = as_alternative<P::ListDeclContext>(ctx->vocabularyDecl())) {
    ast::VocabularyDecl vocabulary;
    vocabulary.kind = ast::VocabularyKind::List;
    vocabulary.name = cx.identifier(cx.token_span(read_token(list->name, P::IDENT)));
    vocabulary.span = vocabulary.name.span;
    return vocabulary;
  }
  if (auto* fact_ctx = ctx->factDecl()) {
    ast::FactDecl fact;
    fact.name = cx.identifier(cx.token_span(read_token(fact_ctx->name, P::IDENT)));
    fact.span = fact.name.span;
    for (auto* text : fact_ctx->templates)
      if (text != nullptr && text->getType() == P::STRING && text->getStartIndex() != INVALID_INDEX)
        fact.templates.push_back(cx.string_literal_of(text));
    return fact;
  }
  if (auto* rule_ctx = ctx->ruleDecl(); rule_ctx != nullptr && rule_ctx->id != nullptr) {
    ast::RuleDecl rule;
    if (auto* id = rule_ctx->id->RULE_ID()) {
      rule.id = {id->getText(), cx.token_span(read_token(id->getSymbol(), P::RULE_ID))};
      rule.id.text = std::string(cx.text(rule.id.span));
    } else if (auto* text = rule_ctx->id->STRING()) {
      const Span span = cx.token_span(read_token(text->getSymbol(), P::STRING));
      rule.id = {cx.string_literal(span).value, span};
    } else {
      throw IncompleteTree{};
    }
    rule.span = rule.id.span;
    if (auto* title = rule_ctx->title; title != nullptr && title->getType() == P::STRING &&
                                        title->getStartIndex() != INVALID_INDEX)
      rule.title = cx.string_literal_of(title);
    return rule;
  }
  throw IncompleteTree{};
}

}  // namespace

/// The declarations read cleanly, and of those in which a syntax error occurred (`broken`)
/// only their names (name_of_broken).
ast::File transform_file(const TransformContext& cx, P::FileContext* ctx,
                         const std::vector<antlr4::ParserRuleContext*>& broken) {
  ast::File file;
  for (auto* declaration : need(ctx)->declaration()) {
    if (std::find(broken.begin(), broken.end(), declaration) != broken.end()) {
      try {
        file.declarations.push_back(name_of_broken(cx, declaration));
      } catch (const IncompleteTree&) {
        // Nothing sure is left of it.
      }
      continue;
    }
    try {
      file.declarations.push_back(transform_declaration(cx, declaration));
    } catch (const IncompleteTree&) {
      // Left out: its syntax error has been reported.
    }
  }
  return file;
}

}  // namespace gk::syntax

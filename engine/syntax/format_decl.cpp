// The formatter's layout of declarations: blank lines and comments between them, aligned
// vocabulary groups, fact templates one per line, and the blocks of packs, rules and tests.
#include <algorithm>

#include "syntax/format_internal.h"

namespace gk::syntax::formatting {

namespace {

using antlr4::tree::TerminalNode;

/// Vocabulary names whose widths differ by more than this are not aligned (four Chinese
/// characters): a group of very different names would otherwise be spread out.
constexpr int kMaxAlignSpread = 8;

/// Pack values start at least this many columns after their key's start: `applies` and a space.
constexpr int kPackValueColumn = 8;

size_t first_token(antlr4::ParserRuleContext* ctx) { return ctx->getStart()->getTokenIndex(); }

size_t last_token(antlr4::ParserRuleContext* ctx) { return ctx->getStop()->getTokenIndex(); }

/// The keyword and name of a vocabulary declaration.
std::pair<antlr4::Token*, antlr4::Token*> keyword_and_name(P::VocabularyDeclContext* ctx) {
  if (auto* list = dynamic_cast<P::ListDeclContext*>(ctx)) return {list->LIST()->getSymbol(), list->name};
  auto* place = dynamic_cast<P::PlaceDeclContext*>(ctx);
  return {place->kind, place->name};
}

bool is_header_item(P::RuleItemContext* item) {
  return dynamic_cast<P::CategoryItemContext*>(item) || dynamic_cast<P::SeverityItemContext*>(item) ||
         dynamic_cast<P::WeightItemContext*>(item);
}

}  // namespace

Doc Builder::comments_before(size_t token, Blank blank, bool blank_after) {
  Doc out;
  bool first = true;
  auto wants_blank = [&](size_t at) {
    const Blank b = first ? blank : Blank::Keep;
    first = false;
    return b == Blank::Always || (b == Blank::Keep && tokens_.blank_before(at));
  };
  for (size_t comment : tokens_.leading(token)) {
    if (wants_blank(comment)) out += Doc::blank_line();
    out += Doc::text(tokens_.comment_text(comment));
    out += Doc::hard_line();
  }
  if (wants_blank(token) && blank_after) out += Doc::blank_line();
  taken_[token] = true;
  return out;
}

Doc Builder::file(P::FileContext* tree) {
  const auto declarations = tree->declaration();
  // A vocabulary group: vocabulary lines with no blank line or comment between them.
  auto continues_group = [&](size_t i) {
    const size_t first = first_token(declarations[i]);
    return i > 0 && declarations[i - 1]->vocabularyDecl() && declarations[i]->vocabularyDecl() &&
           tokens_.leading(first).empty() && !tokens_.blank_before(first);
  };
  Doc out;
  int keyword_width = 0, name_width = 0;
  for (size_t i = 0; i < declarations.size(); ++i) {
    auto* d = declarations[i];
    if (d->vocabularyDecl() && !continues_group(i)) {
      int min_name = 1 << 30, max_name = 0;
      keyword_width = 0;
      for (size_t j = i; j < declarations.size() && (j == i || continues_group(j)); ++j) {
        const auto [keyword, name] = keyword_and_name(declarations[j]->vocabularyDecl());
        keyword_width = std::max(keyword_width, tokens_.width(keyword->getTokenIndex()));
        min_name = std::min(min_name, tokens_.width(name->getTokenIndex()));
        max_name = std::max(max_name, tokens_.width(name->getTokenIndex()));
      }
      name_width = max_name - min_name <= kMaxAlignSpread ? max_name : 0;
    }
    // One-line declarations keep the blank lines written between them (none by default);
    // `use` and `disable` lines group among themselves.
    auto one_line = [](P::DeclarationContext* x) { return x->vocabularyDecl() || x->factDecl(); };
    auto reuse = [](P::DeclarationContext* x) { return x->useDecl() || x->disableDecl(); };
    const bool compact = one_line(d) || reuse(d);
    const bool after_compact = i > 0 && ((one_line(d) && one_line(declarations[i - 1])) ||
                                         (reuse(d) && reuse(declarations[i - 1])));
    const Blank blank = i == 0 ? Blank::Never : compact && after_compact ? Blank::Keep : Blank::Always;
    if (i > 0) out += Doc::hard_line();
    out += comments_before(first_token(d), blank);
    out += declaration(d, keyword_width, name_width);
  }
  const size_t end = tokens_.end();
  if (!tokens_.leading(end).empty()) {
    out += Doc::hard_line();
    out += comments_before(end, declarations.empty() ? Blank::Never : Blank::Keep, false);
  }
  return out;
}

Doc Builder::declaration(P::DeclarationContext* ctx, int keyword_width, int name_width) {
  if (auto* e = ctx->packDecl()) return pack(e);
  if (auto* e = ctx->vocabularyDecl()) {
    if (auto* list_decl = dynamic_cast<P::ListDeclContext*>(e)) return list(list_decl, keyword_width, name_width);
    return place(dynamic_cast<P::PlaceDeclContext*>(e), keyword_width, name_width);
  }
  if (auto* e = ctx->factDecl()) return fact(e);
  if (auto* e = ctx->ruleDecl()) return rule(e);
  if (auto* e = ctx->useDecl()) return join({terminal(e->USE()), tree(e->children[1])}).doc;
  if (auto* e = ctx->disableDecl()) {
    std::vector<Piece> line{terminal(e->DISABLE()), tree(e->ruleId())};
    if (e->reason) line.push_back(token(e->reason));
    return join(std::move(line)).doc;
  }
  return test(ctx->testDecl());
}

Doc Builder::block(TerminalNode* open, const std::vector<Item>& items, TerminalNode* close) {
  Doc out = terminal(open).doc;
  const size_t end = close->getSymbol()->getTokenIndex();
  if (items.empty() && tokens_.leading(end).empty()) {
    out += terminal(close).doc;
    return out;
  }
  Doc body;
  for (size_t k = 0; k < items.size(); ++k) {
    body += Doc::hard_line();
    body += comments_before(items[k].first, k == 0 ? Blank::Never : Blank::Keep);
    body += items[k].build();
  }
  if (!tokens_.leading(end).empty()) {
    body += Doc::hard_line();
    body += comments_before(end, items.empty() ? Blank::Never : Blank::Keep, false);
  }
  out += Doc::nest(2, std::move(body));
  out += Doc::hard_line();
  out += terminal(close).doc;
  return out;
}

// ---- pack 部门决算 version "2026.1" { title … }

Doc Builder::pack(P::PackDeclContext* ctx) {
  std::vector<Piece> head{terminal(ctx->PACK()), token(ctx->name)};
  if (ctx->VERSION()) {
    head.push_back(terminal(ctx->VERSION()));
    head.push_back(token(ctx->version));
  }
  // Values start in one column: one space after the widest first keyword, and never before
  // the column `applies` would need, so that packs with and without it look alike.
  // `applies when` goes past that column in English and is then followed by one space.
  const auto items = ctx->packItem();
  int column = kPackValueColumn;
  for (auto* item : items) column = std::max(column, tokens_.width(first_token(item)) + 1);
  std::vector<Item> laid_out;
  for (auto* item : items) {
    laid_out.push_back({first_token(item), [this, item, column] {
      Piece key;
      Doc value;
      if (auto* applies = dynamic_cast<P::PackAppliesContext*>(item)) {
        key = join({terminal(applies->APPLIES()), terminal(applies->WHEN())});
        value = aligned(tree(applies->condition)).doc;
      } else if (auto* title = dynamic_cast<P::PackTitleContext*>(item)) {
        key = tree(title->titleKeyword());
        value = token(title->text).doc;
      } else {
        key = tree(item->children.front());
        value = Doc::align(comma_fill(item->children, 1, item->children.size()));
      }
      const int key_width = tokens_.width(key.first) + (key.first == key.last ? 0 : 1 + tokens_.width(key.last));
      key.doc += Doc::text(std::string(static_cast<size_t>(std::max(column - key_width, 1)), ' '));
      key.doc += std::move(value);
      return std::move(key.doc);
    }});
  }
  Doc out = join(std::move(head)).doc;
  out += Doc::text(" ");
  out += block(ctx->LBRACE(), laid_out, ctx->RBRACE());
  return out;
}

// ---- part 情况说明 = heading "…" or heading "…" in 部分     list 项目 = ["…", "…"]

Piece Builder::vocabulary_head(antlr4::Token* keyword, antlr4::Token* name, TerminalNode* assign,
                               int keyword_width, int name_width) {
  Piece k = token(keyword);
  Piece n = token(name);
  return join({std::move(k), padding(tokens_.width(keyword->getTokenIndex()), keyword_width), std::move(n),
               padding(tokens_.width(name->getTokenIndex()), name_width), terminal(assign)});
}

Doc Builder::place(P::PlaceDeclContext* ctx, int keyword_width, int name_width) {
  std::vector<Piece> line{vocabulary_head(ctx->kind, ctx->name, ctx->ASSIGN(), keyword_width, name_width)};
  const auto& children = ctx->children;
  size_t i = 3;  // the first selector, after `kind name =`
  line.push_back(tree(children[i++]));
  Doc rest;  // `or selector` and `in scope`, each where the line may break
  for (; i + 1 < children.size(); i += 2) {
    rest += Doc::line();
    rest += join({tree(children[i]), tree(children[i + 1])}).doc;
  }
  Doc out = join(std::move(line)).doc;
  out += Doc::nest(2, std::move(rest));
  return Doc::group(std::move(out));
}

Doc Builder::list(P::ListDeclContext* ctx, int keyword_width, int name_width) {
  Piece head = vocabulary_head(ctx->LIST()->getSymbol(), ctx->name, ctx->ASSIGN(), keyword_width, name_width);
  return join({std::move(head), brackets(ctx->children, 3, true)}).doc;
}

// ---- fact 预算执行 in 情况说明 = "…" or "…": one template per line

Doc Builder::fact(P::FactDeclContext* ctx) {
  std::vector<Piece> head;
  const auto& children = ctx->children;
  size_t i = 0;
  for (; children[i] != ctx->ASSIGN(); ++i) head.push_back(tree(children[i]));
  head.push_back(tree(children[i++]));
  Doc templates;
  for (; i < children.size(); ++i) {
    templates += Doc::hard_line();
    auto* terminal = dynamic_cast<TerminalNode*>(children[i]);
    if (terminal->getSymbol()->getType() == P::OR) {
      templates += join({this->terminal(terminal), tree(children[i + 1])}).doc;
      ++i;
    } else {
      templates += tree(children[i]).doc;
    }
  }
  Doc out = join(std::move(head)).doc;
  out += Doc::nest(2, std::move(templates));
  return out;
}

// ---- rule ID "title" { category … severity … weight …  basis …  for/let/when/require }

Doc Builder::rule(P::RuleDeclContext* ctx) {
  std::vector<Piece> head;
  if (ctx->OVERRIDE()) head.push_back(terminal(ctx->OVERRIDE()));
  head.push_back(terminal(ctx->RULE()));
  head.push_back(tree(ctx->ruleId()));
  head.push_back(token(ctx->title));
  Doc out = join(std::move(head)).doc;
  // `category`, `severity` and `weight` written one after another share a line, unless a
  // comment comes between them.
  std::vector<std::vector<P::RuleItemContext*>> lines;
  for (auto* item : ctx->ruleItem()) {
    const bool joins = is_header_item(item) && !lines.empty() && is_header_item(lines.back().back()) &&
                       tokens_.leading(first_token(item)).empty() &&
                       !tokens_.trailing(last_token(lines.back().back()));
    if (joins) lines.back().push_back(item);
    else lines.push_back({item});
  }
  std::vector<Item> items;
  for (const auto& line : lines) {
    items.push_back({first_token(line.front()), [this, line] {
      Doc doc;
      for (size_t k = 0; k < line.size(); ++k) {
        if (k > 0) doc += Doc::text("  ");
        doc += rule_item(line[k]);
      }
      return doc;
    }});
  }
  out += Doc::text(" ");
  out += block(ctx->LBRACE(), items, ctx->RBRACE());
  return out;
}

Doc Builder::rule_item(P::RuleItemContext* ctx) {
  if (auto* e = dynamic_cast<P::ForItemContext*>(ctx)) {
    Doc out = join({terminal(e->FOR()), token(e->variable), terminal(e->IN()), aligned(tree(e->iterable))}).doc;
    if (e->WHERE()) {
      Doc where = Doc::line();
      where += join({terminal(e->WHERE()), aligned(tree(e->filter))}).doc;
      out += Doc::nest(2, std::move(where));
    }
    return Doc::group(std::move(out));
  }
  if (auto* e = dynamic_cast<P::LetItemContext*>(ctx)) {
    return join({terminal(e->LET()), token(e->name), terminal(e->ASSIGN()), aligned(tree(e->value))}).doc;
  }
  if (auto* e = dynamic_cast<P::WhenItemContext*>(ctx)) {
    return join({terminal(e->WHEN()), aligned(tree(e->condition))}).doc;
  }
  if (auto* e = dynamic_cast<P::RequireItemContext*>(ctx)) {
    Doc out = join({terminal(e->REQUIRE()), aligned(tree(e->condition))}).doc;
    if (e->ELSE()) {
      out += Doc::hard_line();
      out += join({terminal(e->ELSE()), token(e->message)}).doc;
    }
    if (e->AT()) {
      out += Doc::hard_line();
      out += join({terminal(e->AT()), aligned(tree(e->place))}).doc;
    }
    return out;
  }
  return tree(ctx).doc;  // category, severity, weight, basis
}

// ---- test ID { pass "…"  fail "…" count 1  na "…" }: the outcomes padded to one width,
// a case's expectations after it on its line

Doc Builder::test(P::TestDeclContext* ctx) {
  Doc out = join({terminal(ctx->TEST()), tree(ctx->ruleId())}).doc;
  const auto cases = ctx->testCase();
  int width = 0;
  for (auto* c : cases) width = std::max(width, tokens_.width(c->outcome->getTokenIndex()));
  std::vector<Item> items;
  for (auto* c : cases) {
    items.push_back({first_token(c), [this, c, width] {
      std::vector<Piece> pieces{token(c->outcome), padding(tokens_.width(c->outcome->getTokenIndex()), width),
                                tree(c->input)};
      for (auto* e : c->expectations) pieces.push_back(tree(e));  // on the case's line
      return join(std::move(pieces)).doc;
    }});
  }
  out += Doc::text(" ");
  out += block(ctx->LBRACE(), items, ctx->RBRACE());
  return out;
}

}  // namespace gk::syntax::formatting

// compile_pack: reads every file of a pack, registers its names, then checks each
// declaration in turn. All problems are reported; nothing is evaluated here.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "base/unicode.h"
#include "check/compiler.h"
#include "check/plan_dump.h"
#include "check/required_text.h"
#include "document/kind.h"
#include "syntax/parser.h"

namespace gk::check {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "";
}

const Rule* Pack::find_rule(std::string_view id) const {
  for (const auto& r : rules)
    if (r.info.id == id) return &r;
  return nullptr;
}

const SourceText& Pack::file_of(const Rule& rule) const { return files[rule.file]; }

const Scope::Local* Scope::find(std::string_view name) const {
  for (auto it = locals.rbegin(); it != locals.rend(); ++it)
    if (it->name == name) return &*it;
  return nullptr;
}

uint32_t Scope::add(std::string name, Type type) {
  locals.push_back({std::move(name), type, slots});
  return slots++;
}

// ---------------------------------------------------------------------------------------
// Messages and suggestions

std::string PackCompiler::say(std::string_view zh, std::string_view en) const {
  return std::string(lang_ == Language::Zh ? zh : en);
}

void PackCompiler::error(std::string code, Span span, std::string message,
                         std::vector<std::string> notes) {
  sink_.report(gk::Severity::Error, std::move(code), std::move(message), pack_.files[file_], span,
               std::move(notes));
}

void PackCompiler::warning(std::string code, Span span, std::string message,
                           std::vector<std::string> notes) {
  sink_.report(gk::Severity::Warning, std::move(code), std::move(message), pack_.files[file_], span,
               std::move(notes));
}

std::vector<std::string> PackCompiler::suggest(std::string_view name,
                                               const std::vector<std::string>& candidates) const {
  // A long name is no typo, and the edit distance costs the product of the lengths.
  constexpr size_t kMaxSuggestedLength = 64;
  const size_t length = unicode::length(name);
  if (length > kMaxSuggestedLength) return {};
  const size_t limit = std::max<size_t>(1, length / 3);
  std::string best;
  size_t best_distance = limit + 1;
  for (const auto& c : candidates) {
    const size_t c_length = unicode::length(c);
    if (std::max(c_length, length) - std::min(c_length, length) > limit) continue;
    const size_t d = unicode::edit_distance(name, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  if (best.empty()) return {};
  return {lang_ == Language::Zh ? fmt::format("是不是“{}”？", best)
                                : fmt::format("did you mean ‘{}’?", best)};
}

// ---------------------------------------------------------------------------------------
// Declarations

void PackCompiler::run(const std::string& default_name) {
  pack_.name = default_name;
  register_names();
  // The header first, whichever file holds it: rules are checked against its categories.
  // A used pack's header comes first and gives what the pack's own header leaves unsaid.
  for (size_t t = 0; t < pack_.trees.size(); ++t) {
    file_ = pack_.tree_files[t];
    tree_ = pack_.trees[t].get();
    used_ = pack_.tree_used[t];
    for (const auto& d : pack_.trees[t]->declarations)
      if (const auto* p = std::get_if<ast::PackDecl>(&d)) compile_header(*p);
  }
  for (size_t t = 0; t < pack_.trees.size(); ++t) {
    file_ = pack_.tree_files[t];
    tree_ = pack_.trees[t].get();
    used_ = pack_.tree_used[t];
    for (const auto& d : pack_.trees[t]->declarations) {
      if (const auto* r = std::get_if<ast::RuleDecl>(&d)) compile_rule(*r);
      if (const auto* x = std::get_if<ast::TestDecl>(&d)) check_tests(*x);
    }
  }
  for (size_t t = 0; t < pack_.trees.size(); ++t) {
    file_ = pack_.tree_files[t];
    tree_ = pack_.trees[t].get();
    used_ = pack_.tree_used[t];
    for (const auto& d : pack_.trees[t]->declarations)
      if (const auto* x = std::get_if<ast::DisableDecl>(&d)) compile_disable(*x);
  }
}

void PackCompiler::register_names() {
  const ast::PackDecl* header = nullptr;
  for (size_t t = 0; t < pack_.trees.size(); ++t) {
    file_ = pack_.tree_files[t];
    for (const auto& d : pack_.trees[t]->declarations) {
      const ast::Identifier* name = nullptr;
      Pack::Symbol symbol{};
      if (const auto* p = std::get_if<ast::PackDecl>(&d)) {
        if (pack_.tree_used[t]) continue;
        if (header) {
          error("E117", p->name.span,
                say("一个规则包只能有一个 pack（规则包）声明", "a pack can have only one `pack` declaration"));
        }
        header = p;
        continue;
      }
      if (const auto* v = std::get_if<ast::VocabularyDecl>(&d)) {
        name = &v->name;
        symbol = {Pack::Symbol::Kind::Vocabulary, static_cast<uint32_t>(pack_.vocabulary.size())};
        Vocabulary entry;
        entry.decl = v;
        entry.kind = v->kind;
        entry.name = v->name.text;
        pack_.vocabulary.push_back(std::move(entry));
      } else if (const auto* r = std::get_if<ast::RuleDecl>(&d)) {
        rule_ids_.push_back(r->id.text);  // tests may come before their rule
        continue;
      } else if (const auto* f = std::get_if<ast::FactDecl>(&d)) {
        name = &f->name;
        symbol = {Pack::Symbol::Kind::Fact, static_cast<uint32_t>(pack_.facts.size())};
        Fact fact;
        fact.decl = f;
        fact.name = f->name.text;
        pack_.facts.push_back(std::move(fact));
      } else {
        continue;
      }
      const bool reserved = name->text == "doc" || name->text == "文档" || eval::find_builtin(name->text);
      // A reserved name is reported, and still declared: its uses are not mistakes too.
      const bool added = pack_.symbols.emplace(name->text, symbol).second;
      if (reserved || !added) {
        error("E108", name->span,
              reserved ? say(fmt::format("“{}”是内置的名称，请换一个名字", name->text),
                             fmt::format("‘{}’ is a built-in name; choose another", name->text))
                       : say(fmt::format("名称“{}”已定义过", name->text),
                             fmt::format("‘{}’ is already defined", name->text)));
      }
    }
  }
  // Files of the vocabulary and facts, then their bodies (scopes may name later entries).
  for (size_t t = 0; t < pack_.trees.size(); ++t) {
    file_ = pack_.tree_files[t];
    for (const auto& d : pack_.trees[t]->declarations) {
      if (const auto* v = std::get_if<ast::VocabularyDecl>(&d)) {
        for (auto& e : pack_.vocabulary)
          if (e.decl == v) compile_vocabulary(e);
      } else if (const auto* f = std::get_if<ast::FactDecl>(&d)) {
        for (auto& e : pack_.facts)
          if (e.decl == f) compile_fact(e);
      }
    }
  }
}

void PackCompiler::compile_header(const ast::PackDecl& decl) {
  if (!used_) {
    pack_.name = decl.name.text;
    pack_.header_file = file_;
    if (decl.version) pack_.version = decl.version->value;
    if (decl.title) pack_.title = decl.title->value;
  }
  // What the header says replaces what a used pack's header said.
  if (!decl.kinds.empty()) pack_.kinds.clear();
  if (!decl.score.empty()) pack_.score.clear();
  if (!decl.grades.empty()) pack_.grades.clear();
  for (const auto& k : decl.kinds) {
    if (const auto kind = doc::document_kind_named(k.value)) {
      pack_.kinds.push_back(doc::to_chinese(*kind));
      continue;
    }
    std::vector<std::string> names;
    for (const auto kind : doc::kAllDocumentKinds) names.push_back(doc::to_chinese(kind));
    error("E120", k.span,
          say(fmt::format("没有“{}”这种文档类型；可用的类型：{}", k.value, fmt::join(names, "、")),
              fmt::format("there is no document kind ‘{}’; the kinds are: {}", k.value, fmt::join(names, ", "))),
          suggest(k.value, names));
  }
  for (const auto& w : decl.score) {
    const auto weight = Decimal::parse(w.weight.text);
    pack_.score.push_back({w.category.text, weight.value_or(Decimal())});
  }
  for (const auto& g : decl.grades) {
    Grade grade{g.name.text, std::nullopt};
    if (g.minimum) grade.minimum = Decimal::parse(g.minimum->text);
    pack_.grades.push_back(grade);
  }
  if (decl.applies) {
    Scope scope;
    pack_.applies = check_condition(*decl.applies, scope);
    pack_.header_file = file_;
  }
}

std::optional<uint32_t> PackCompiler::resolve_scope(const ast::Identifier& name) {
  const auto it = pack_.symbols.find(name.text);
  if (it != pack_.symbols.end() && it->second.kind == Pack::Symbol::Kind::Vocabulary) {
    const auto& entry = pack_.vocabulary[it->second.index];
    if (entry.decl->kind == ast::VocabularyKind::Part ||
        entry.decl->kind == ast::VocabularyKind::Section)
      return it->second.index;
  }
  std::vector<std::string> places;
  for (const auto& e : pack_.vocabulary)
    if (e.decl->kind == ast::VocabularyKind::Part || e.decl->kind == ast::VocabularyKind::Section)
      places.push_back(e.name);
  error("E110", name.span,
        say(fmt::format("“in {}”：范围必须是已定义的部分或章节", name.text),
            fmt::format("‘in {}’: the scope must be a part or section defined in the pack", name.text)),
        suggest(name.text, places));
  return std::nullopt;
}

void PackCompiler::compile_vocabulary(Vocabulary& entry) {
  const auto& decl = *entry.decl;
  for (const auto& item : decl.items) entry.items.push_back(item.value);
  const bool table = decl.kind == ast::VocabularyKind::Table;
  for (const auto& s : decl.selectors) {
    CompiledSelector selector;
    selector.kind = s.kind;
    const bool fits = table ? s.kind != ast::SelectorKind::Heading : s.kind == ast::SelectorKind::Heading;
    // (a part or section given `caption`, `code` or `columns` gets the message for sections)
    if (!fits) {
      error("E114", s.span,
            table ? say("表要用“表名”(caption)、“表号”(code) 或“表头”(columns) 来找，不能用“标题”(heading)",
                        "tables are found by `caption`, `code` or `columns`, not `heading`")
                  : say("部分和章节要用“标题”(heading) 来找", "parts and sections are found by `heading`"));
      continue;
    }
    if (s.kind == ast::SelectorKind::Code) {
      std::string code = s.pattern.value;
      const bool digits = !code.empty() && code.size() <= 2 &&
                          std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!digits) {
        error("E114", s.pattern.span,
              say("表号应为一到两位数字，如 \"01\"", "a table code is one or two digits, e.g. \"01\""));
        continue;
      }
      if (code.size() == 1) code.insert(code.begin(), '0');
      selector.code = code;
    } else {
      const auto regex = compile_regex(s.pattern);
      if (!regex) continue;
      selector.regex = *regex;
    }
    entry.selectors.push_back(std::move(selector));
  }
  if (decl.scope) entry.scope = resolve_scope(*decl.scope);
}

void PackCompiler::compile_fact(Fact& fact) {
  const auto& decl = *fact.decl;
  if (decl.scope) fact.scope = resolve_scope(*decl.scope);
  for (const auto& literal : decl.templates) {
    std::vector<TemplateProblem> problems;
    auto compiled = FactTemplate::compile(literal.value, lang_, problems);
    for (const auto& p : problems) {
      const Span span = literal.source_span(p.begin, std::max(p.end, p.begin + 1) > literal.value.size()
                                                         ? literal.value.size() : std::max(p.end, p.begin + 1));
      error("E107", span.empty() ? literal.span : span,
            say("句式有误：", "bad sentence template: ") + p.message);
    }
    const auto field_type = [](HoleKind kind) {
      switch (kind) {
        case HoleKind::Amount: return TypeKind::Money;
        case HoleKind::Percentage: return TypeKind::Ratio;
        case HoleKind::Number: return TypeKind::Plain;
        case HoleKind::Count: return TypeKind::Count;
        case HoleKind::Text: case HoleKind::Choice: break;
      }
      return TypeKind::Text;
    };
    const auto field_named = [&](const std::string& name) {
      return std::find_if(fact.fields.begin(), fact.fields.end(),
                          [&](const FactField& f) { return f.name == name; });
    };
    if (!compiled) {
      // Its fields are still declared (of the Error type when their kind is the mistake),
      // so the rules reading them report nothing more than the mistake itself.
      for (const auto& hole : declared_holes(literal.value, lang_)) {
        if (field_named(hole.name) != fact.fields.end()) continue;
        fact.fields.push_back({hole.name, hole.kind ? field_type(*hole.kind) : TypeKind::Error});
      }
      continue;
    }
    std::vector<uint32_t> mapping;
    for (const auto& hole : compiled->holes()) {
      const TypeKind type = field_type(hole.kind);
      auto it = field_named(hole.name);
      if (it == fact.fields.end()) {
        fact.fields.push_back({hole.name, type});
        it = fact.fields.end() - 1;
      } else if (it->type == TypeKind::Error) {
        it->type = type;  // first seen in a template with a mistake
      } else if (it->type != type) {
        error("E107", literal.source_span(hole.begin, hole.end),
              say(fmt::format("空位“{}”在另一个句式里是{}，这里是{}", hole.name,
                              describe(it->type, lang_), describe(type, lang_)),
                  fmt::format("hole ‘{}’ is {} in another template but {} here", hole.name,
                              describe(it->type, lang_), describe(type, lang_))));
      }
      mapping.push_back(static_cast<uint32_t>(it - fact.fields.begin()));
    }
    std::vector<std::string> choices;
    std::string anchor = longest_han_run(literal.value);
    if (anchor.empty()) {
      for (const auto& hole : compiled->holes())
        if (hole.kind == HoleKind::Choice) {
          if (std::none_of(hole.choices.begin(), hole.choices.end(), [](const auto& c) { return c.empty(); }))
            choices = hole.choices;
          break;
        }
    }
    fact.required.push_back(required_texts(compiled->regex()));
    fact.templates.push_back(std::move(*compiled));
    fact.hole_fields.push_back(std::move(mapping));
    fact.anchors.push_back(std::move(anchor));
    fact.choice_anchors.push_back(std::move(choices));
  }
}

plan::Node PackCompiler::check_condition(const ast::Expr& expr, Scope& scope) {
  Checked checked = check(expr, scope);
  const Type type = checked.type;
  if (!type.is(TypeKind::Bool)) {
    error("E112", expr.span,
          say(fmt::format("这里需要一个条件（真或假），却是{}", describe(type, lang_)),
              fmt::format("a condition (true or false) is needed here, but this is {}",
                          describe(type, lang_))));
  }
  return std::move(checked.node);
}

/// The place of `at`: anything read from the document (a table, row, cell, fact field,
/// figure); a constant has no place to show.
plan::Node PackCompiler::check_place(const ast::Expr& expr, Scope& scope) {
  Checked checked = check(expr, scope);
  using plan::Op;
  const Op op = checked.node.op;
  if (op == Op::Number || op == Op::Text || op == Op::Bool || op == Op::List) {
    error("E124", expr.span,
          say("“位于”(at) 后面要写文档中的位置（表、表行、单元格、事实的字段、表的单位等），常量没有位置",
              "`at` needs a place in the document (a table, row, cell, fact field, a table's unit…); "
              "a constant has no place"));
  }
  return std::move(checked.node);
}

void PackCompiler::compile_rule(const ast::RuleDecl& decl) {
  const Rule* existing = pack_.find_rule(decl.id.text);
  const bool replaces = existing && existing->used && !used_ && decl.override_used;
  const bool duplicate = existing && !replaces;
  if (duplicate) {  // still checked below, so its other mistakes are reported too
    error("E109", decl.id.span,
          say(fmt::format("规则编号“{}”重复", decl.id.text),
              fmt::format("rule number ‘{}’ is used twice", decl.id.text)),
          existing->used && !used_
              ? std::vector<std::string>{say("要替换引用的规则包中的这条规则，写成 override rule（替换 规则）",
                                             "to replace the used pack's rule, write `override rule`")}
              : std::vector<std::string>{});
  } else if (decl.override_used && !existing) {
    error("E121", decl.id.span,
          say(fmt::format("“替换”(override) 的规则“{}”不在引用的规则包中", decl.id.text),
              fmt::format("`override rule {}`: no used pack has a rule of this number", decl.id.text)),
          suggest(decl.id.text, used_rule_ids()));
  }
  Rule rule;
  rule.decl = &decl;
  rule.file = file_;
  auto& info = rule.info;
  info.id = decl.id.text;
  info.title = decl.title.value;
  info.pack = pack_.name;
  info.file = pack_.files[file_].name();
  info.location = pack_.files[file_].locate(decl.span.begin);
  info.category = decl.category ? decl.category->text : "其他";
  if (decl.category && !pack_.score.empty()) {
    std::vector<std::string> categories;
    for (const auto& c : pack_.score) categories.push_back(c.category);
    if (std::find(categories.begin(), categories.end(), info.category) == categories.end() &&
        reported_.insert("category:" + info.category).second) {  // once per category
      error("E111", decl.category->span,
            say(fmt::format("类别“{}”不在规则包的评分类别中（{}）", info.category,
                            fmt::join(categories, "、")),
                fmt::format("category ‘{}’ is not one of the pack's score categories ({})",
                            info.category, fmt::join(categories, ", "))),
            suggest(info.category, categories));
    }
  }
  if (decl.severity) {
    info.severity = decl.severity->level == ast::RuleSeverity::Error     ? Severity::Error
                    : decl.severity->level == ast::RuleSeverity::Warning ? Severity::Warning
                                                                         : Severity::Info;
  }
  if (decl.weight) {
    const auto w = Decimal::parse(decl.weight->text);
    if (!w || w->sign() <= 0) {
      error("E119", decl.weight->span, say("权重必须大于零", "a weight must be above zero"));
    } else {
      info.weight = *w;
    }
  }
  if (decl.basis) info.basis = decl.basis->value;
  Scope scope;
  for (const auto& f : decl.loops) {
    Checked iterable = check(*f.iterable, scope);
    if (!iterable.type.is(TypeKind::List)) {
      error("E113", f.iterable->span,
            say(fmt::format("“对于”后面要给一个列表，这里是{}", describe(iterable.type, lang_)),
                fmt::format("`for … in` needs a list, but this is {}", describe(iterable.type, lang_))));
    }
    Loop loop;
    loop.variable = f.variable.text;
    loop.iterable = std::move(iterable.node);
    loop.span = f.span;
    loop.slot = scope.add(f.variable.text, iterable.type.kind == TypeKind::List
                                               ? iterable.type.item()
                                               : Type::of(TypeKind::Error));
    if (f.filter) loop.filter = check_condition(*f.filter, scope);
    rule.loops.push_back(std::move(loop));
  }
  compile_steps(decl, rule, scope);
  // The parts that read no variable (plan::Node::invariant), worked out once per rule.
  Pack::for_each_plan(rule, [](plan::Node& node) { plan::mark_invariant(node); });
  rule.slots = scope.slots;
  rule.used = used_;
  if (!duplicate) place_rule(decl, std::move(rule));
}

void PackCompiler::compile_steps(const ast::RuleDecl& decl, Rule& rule, Scope& scope) {
  for (const auto& step : decl.steps) {
    Step planned;
    planned.span = step.span;
    if (const auto* let = std::get_if<ast::LetStep>(&step.step)) {
      Checked value = check(*let->value, scope);
      if (scope.find(let->name.text) || pack_.symbols.count(let->name.text)) {
        error("E118", let->name.span,
              say(fmt::format("名称“{}”已有含义，请换一个名字", let->name.text),
                  fmt::format("‘{}’ already names something; choose another name", let->name.text)));
      }
      planned.kind = Step::Kind::Let;
      planned.name = let->name.text;
      planned.expr = std::move(value.node);
      planned.slot = scope.add(let->name.text, value.type);
    } else if (const auto* when = std::get_if<ast::WhenStep>(&step.step)) {
      planned.kind = Step::Kind::When;
      planned.expr = check_condition(*when->condition, scope);
    } else if (const auto* require = std::get_if<ast::RequireStep>(&step.step)) {
      planned.kind = Step::Kind::Require;
      planned.expr = check_condition(*require->condition, scope);
      if (require->message) planned.message = compile_message(*require->message, scope);
      if (require->place) planned.place = check_place(*require->place, scope);
    }
    planned.written = one_line(pack_.files[file_].slice(planned.expr.span));
    rule.steps.push_back(std::move(planned));
  }
}

std::unique_ptr<MessageTemplate> PackCompiler::compile_message(const ast::StringLit& message,
                                                               Scope& scope) {
  auto compiled = std::make_unique<MessageTemplate>();
  compiled->parts = split_message(message, pack_.files[file_], sink_, lang_);
  for (const auto& part : compiled->parts) {
    if (part.kind != MessagePart::Kind::Expression) continue;
    // Parsed ahead with a stored tree, or now.
    const ast::Expr* expr = tree_->message_expression(part.span);
    ast::ExprPtr parsed;
    if (!expr) {
      parsed = parse_embedded_expression(pack_.files[file_], part.span, sink_, lang_);
      expr = parsed.get();
    }
    std::optional<plan::Node> planned;
    if (expr) planned = check(*expr, scope).node;
    compiled->expressions.push_back(std::move(planned));
  }
  return compiled;
}

void PackCompiler::check_tests(const ast::TestDecl& decl) {
  if (used_) return;  // a used pack's tests are its own: run where that pack is tested
  pack_.tests.push_back(&decl);
  if (std::find(rule_ids_.begin(), rule_ids_.end(), decl.rule.text) == rule_ids_.end()) {
    error("E116", decl.rule.span,
          say(fmt::format("测试针对的规则“{}”不存在", decl.rule.text),
              fmt::format("the test names rule ‘{}’, which does not exist", decl.rule.text)),
          suggest(decl.rule.text, rule_ids_));
  }
}

}  // namespace gk::check

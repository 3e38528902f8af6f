#include "rule_dependencies.h"

#include <algorithm>
#include <optional>
#include <variant>

namespace gk::cli {

namespace {

/// Walks a rule's expressions and records each pack declaration they name.
class DependencyWalk {
 public:
  DependencyWalk(const check::Pack& pack, RuleDependencies& out) : pack_(pack), out_(out) {}

  /// A `for` variable or a `let` name: a use of it is no declaration.
  void add_local(const std::string& name) { locals_.push_back(name); }

  void expression(const ast::Expr* expr) {
    if (expr == nullptr) return;
    std::visit([&](const auto& node) { visit(node); }, expr->node);
  }

 private:
  void visit(const ast::NameRef& ref) {
    if (std::find(locals_.begin(), locals_.end(), ref.name) != locals_.end()) return;
    const auto it = pack_.symbols.find(ref.name);
    if (it == pack_.symbols.end()) return;
    if (it->second.kind == check::Pack::Symbol::Kind::Fact) {
      const check::Fact& fact = pack_.facts[it->second.index];
      if (add(out_.facts, fact.name)) scope(fact.scope);
      return;
    }
    vocabulary(it->second.index);
  }
  void visit(const ast::ListLit& list) {
    for (const auto& item : list.items) expression(item.get());
  }
  void visit(const ast::UnaryExpr& unary) { expression(unary.operand.get()); }
  void visit(const ast::BinaryExpr& binary) {
    expression(binary.lhs.get());
    expression(binary.rhs.get());
  }
  void visit(const ast::CompareExpr& compare) {
    expression(compare.lhs.get());
    expression(compare.rhs.get());
    expression(compare.tolerance.get());
  }
  void visit(const ast::MatchExpr& match) {
    expression(match.subject.get());
    expression(match.pattern.get());
  }
  void visit(const ast::CallExpr& call) {
    for (const auto& arg : call.args) expression(arg.get());
  }
  void visit(const ast::MemberExpr& member) { expression(member.object.get()); }
  template <class Literal>
  void visit(const Literal&) {}

  /// A part, section, table or list, then the scope it is looked for in.
  void vocabulary(uint32_t index) {
    const check::Vocabulary& entry = pack_.vocabulary[index];
    std::vector<std::string>* kind = &out_.lists;
    switch (entry.decl->kind) {
      case ast::VocabularyKind::Part: kind = &out_.parts; break;
      case ast::VocabularyKind::Section: kind = &out_.sections; break;
      case ast::VocabularyKind::Table: kind = &out_.tables; break;
      case ast::VocabularyKind::List: break;
    }
    if (add(*kind, entry.name)) scope(entry.scope);
  }
  void scope(std::optional<uint32_t> index) {
    if (index) vocabulary(*index);
  }
  /// False when `name` is there already (so a scope that names itself ends the walk).
  static bool add(std::vector<std::string>& names, const std::string& name) {
    if (std::find(names.begin(), names.end(), name) != names.end()) return false;
    names.push_back(name);
    return true;
  }

  const check::Pack& pack_;
  RuleDependencies& out_;
  std::vector<std::string> locals_;
};

}  // namespace

RuleDependencies rule_dependencies(const check::Pack& pack, const check::Rule& rule) {
  RuleDependencies out;
  if (rule.decl == nullptr) return out;
  DependencyWalk walk(pack, out);
  const ast::RuleDecl& decl = *rule.decl;
  if (decl.for_clause) {
    walk.expression(decl.for_clause->iterable.get());
    walk.add_local(decl.for_clause->variable.text);
    walk.expression(decl.for_clause->filter.get());
  }
  for (const auto& step : decl.steps) {
    if (const auto* let = std::get_if<ast::LetStep>(&step.step)) {
      walk.expression(let->value.get());
      walk.add_local(let->name.text);
    } else if (const auto* when = std::get_if<ast::WhenStep>(&step.step)) {
      walk.expression(when->condition.get());
    } else if (const auto* require = std::get_if<ast::RequireStep>(&step.step)) {
      walk.expression(require->condition.get());
    }
  }
  for (const auto& message : rule.messages) {
    if (message == nullptr) continue;
    for (const auto& expr : message->expressions) walk.expression(expr.get());
  }
  return out;
}

}  // namespace gk::cli

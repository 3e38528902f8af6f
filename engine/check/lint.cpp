#include "check/lint.h"

#include <set>
#include <string>

#include <fmt/format.h>

#include "check/never_holds.h"

namespace gk::check {
namespace {

/// Every name an expression refers to.
void collect_names(const ast::Expr& e, std::set<std::string>& out) {
  std::visit(
      [&](const auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, ast::NameRef>) {
          out.insert(node.name);
        } else if constexpr (std::is_same_v<T, ast::ListLit>) {
          for (const auto& item : node.items) collect_names(*item, out);
        } else if constexpr (std::is_same_v<T, ast::UnaryExpr>) {
          collect_names(*node.operand, out);
        } else if constexpr (std::is_same_v<T, ast::BinaryExpr> || std::is_same_v<T, ast::CompareExpr>) {
          collect_names(*node.lhs, out);
          collect_names(*node.rhs, out);
          if constexpr (std::is_same_v<T, ast::CompareExpr>)
            if (node.tolerance) collect_names(*node.tolerance, out);
        } else if constexpr (std::is_same_v<T, ast::MatchExpr>) {
          collect_names(*node.subject, out);
          collect_names(*node.pattern, out);
        } else if constexpr (std::is_same_v<T, ast::CallExpr>) {
          for (const auto& a : node.args) collect_names(*a, out);
        } else if constexpr (std::is_same_v<T, ast::MemberExpr>) {
          collect_names(*node.object, out);
        } else if constexpr (std::is_same_v<T, ast::QuantifierExpr>) {
          collect_names(*node.iterable, out);
          if (node.condition) collect_names(*node.condition, out);
        }
      },
      e.node);
}

/// Every vocabulary entry and fact a plan refers to, by name.
void collect_plan_names(const plan::Node& root, std::set<std::string>& out) {
  plan::for_each_node(root, [&](const plan::Node& n) {
    if (n.op == plan::Op::Place || n.op == plan::Op::Facts) out.insert(n.text);
  });
}

class Linter {
 public:
  Linter(const Pack& pack, DiagnosticSink& sink, Language lang) : pack_(pack), sink_(sink), lang_(lang) {}

  void run() {
    std::set<std::string> used;
    if (pack_.applies) collect_plan_names(*pack_.applies, used);
    for (const auto& v : pack_.vocabulary)
      if (v.scope) used.insert(pack_.vocabulary[*v.scope].name);
    for (const auto& f : pack_.facts)
      if (f.scope) used.insert(pack_.vocabulary[*f.scope].name);
    for (const auto& rule : pack_.rules) lint_rule(rule, used);
    for (const auto& v : pack_.vocabulary)
      if (!used.count(v.name)) unused(v.decl->name, file_declaring(v.decl));
    for (const auto& f : pack_.facts)
      if (!used.count(f.name)) unused(f.decl->name, file_declaring(f.decl));
  }

 private:
  std::string say(std::string_view zh, std::string_view en) const {
    return std::string(lang_ == Language::Zh ? zh : en);
  }

  void warn(const SourceText& file, std::string code, Span span, std::string message) {
    if (in_used_pack(file)) return;  // the used pack is linted where it is written
    sink_.report(gk::Severity::Warning, std::move(code), std::move(message), file, span);
  }

  bool in_used_pack(const SourceText& file) const {
    for (size_t t = 0; t < pack_.trees.size(); ++t)
      if (pack_.tree_used[t] && &pack_.files[pack_.tree_files[t]] == &file) return true;
    return false;
  }

  /// The rule file holding a vocabulary or fact declaration.
  template <class Decl>
  const SourceText& file_declaring(const Decl* decl) const {
    for (size_t t = 0; t < pack_.trees.size(); ++t)
      for (const auto& d : pack_.trees[t]->declarations)
        if (std::get_if<Decl>(&d) == decl) return pack_.files[pack_.tree_files[t]];
    return pack_.files.front();
  }

  void unused(const ast::Identifier& name, const SourceText& file) {
    warn(file, "W201", name.span,
         say(fmt::format("“{}”已定义，但没有规则用到它", name.text),
             fmt::format("‘{}’ is defined but no rule uses it", name.text)));
  }

  void lint_rule(const Rule& rule, std::set<std::string>& used) {
    const auto& decl = *rule.decl;
    const SourceText& file = pack_.file_of(rule);
    for (const auto& loop : decl.loops) {
      collect_names(*loop.iterable, used);
      if (loop.filter) {
        collect_names(*loop.filter, used);
        if (auto part = never_holding_part(*loop.filter, file)) never_holds(file, *part);
      }
    }
    if (!decl.basis) {
      warn(file, "W202", decl.id.span,
           say(fmt::format("规则 {} 没有写“依据”(basis)：写明所依据的文件或模板条款，便于核对", decl.id.text),
               fmt::format("rule {} has no `basis`: name the regulation or template clause it enforces",
                           decl.id.text)));
    }
    for (const auto& step : decl.steps) {
      if (const auto* let = std::get_if<ast::LetStep>(&step.step)) collect_names(*let->value, used);
      if (const auto* when = std::get_if<ast::WhenStep>(&step.step)) {
        collect_names(*when->condition, used);
        if (auto part = never_holding_part(*when->condition, file)) never_holds(file, *part);
      }
      if (const auto* require = std::get_if<ast::RequireStep>(&step.step)) {
        collect_names(*require->condition, used);
        if (require->place) collect_names(*require->place, used);
        if (!require->message) {
          warn(file, "W203", step.span,
               say("这条“要求”没有“否则”说明：不通过时只能显示规则标题",
                   "this `require` has no `else` message: a failure will only show the rule title"));
        }
      }
    }
    for (const auto& step : rule.steps)  // names used only in messages
      if (step.message)
        for (const auto& e : step.message->expressions)
          if (e) collect_plan_names(*e, used);
  }

  void never_holds(const SourceText& file, Span span) {
    warn(file, "W204", span,
         say("这个条件永远不成立，规则永远不会适用", "this condition never holds, so the rule never applies"));
  }

  const Pack& pack_;
  DiagnosticSink& sink_;
  Language lang_;
};

}  // namespace

void lint_pack(const Pack& pack, DiagnosticSink& sink, Language lang) { Linter(pack, sink, lang).run(); }

}  // namespace gk::check

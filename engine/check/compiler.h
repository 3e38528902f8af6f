// Internals of compile_pack: the pass over a pack's declarations and the type checker of
// its expressions, sharing one diagnostic context (the file being read, the language).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "check/pack.h"
#include "check/plan.h"
#include "check/types.h"
#include "eval/builtins.h"

namespace gk::check {

/// Names visible in an expression: `for`/`let`/quantifier variables, innermost last,
/// each with the slot it is kept in while a rule runs.
struct Scope {
  struct Local {
    std::string name;
    Type type;
    uint32_t slot = 0;
  };
  std::vector<Local> locals;
  uint32_t slots = 0;  ///< slots handed out so far in this rule
  const Local* find(std::string_view name) const;
  /// A new variable in the next slot.
  uint32_t add(std::string name, Type type);
};

/// An expression checked: its type and its plan.
struct Checked {
  Type type;
  plan::Node node;
};

/// The longest run of Han characters of a template outside its holes: every sentence the
/// template reads contains it (patterns.cpp).
std::string longest_han_run(std::string_view text);

class PackCompiler {
 public:
  PackCompiler(Pack& pack, DiagnosticSink& sink, Language lang)
      : pack_(pack), sink_(sink), lang_(lang) {}
  void run(const std::string& default_name);

  // Used by the expression checker (check_expr.cpp).
  Checked check(const ast::Expr& expr, Scope& scope);

 private:
  // Declarations (compile_pack.cpp).
  void register_names();
  void compile_header(const ast::PackDecl& decl);
  void compile_vocabulary(Vocabulary& entry);
  void compile_fact(Fact& fact);
  void compile_rule(const ast::RuleDecl& decl);
  void compile_steps(const ast::RuleDecl& decl, Rule& rule, Scope& scope);
  std::unique_ptr<MessageTemplate> compile_message(const ast::StringLit& message, Scope& scope);
  plan::Node check_condition(const ast::Expr& expr, Scope& scope);
  plan::Node check_place(const ast::Expr& expr, Scope& scope);
  void check_tests(const ast::TestDecl& decl);
  void compile_disable(const ast::DisableDecl& decl);
  std::vector<std::string> used_rule_ids() const;
  /// Puts a compiled rule in the pack: added, or replacing a used rule (`override rule`).
  void place_rule(const ast::RuleDecl& decl, Rule rule);
  std::optional<uint32_t> resolve_scope(const ast::Identifier& name);

  // Expressions (check_expr.cpp).
  Checked check_name(const ast::Expr& expr, const ast::NameRef& name, const Scope& scope);
  Checked check_number(const ast::Expr& expr, const ast::NumberLit& number);
  Checked check_list(const ast::Expr& expr, const ast::ListLit& list, Scope& scope);
  Checked check_unary(const ast::Expr& expr, const ast::UnaryExpr& unary, Scope& scope);
  Checked check_binary(const ast::Expr& expr, const ast::BinaryExpr& binary, Scope& scope);
  Checked check_compare(const ast::Expr& expr, const ast::CompareExpr& compare, Scope& scope);
  Checked check_match(const ast::Expr& expr, const ast::MatchExpr& match, Scope& scope);
  Checked check_call(const ast::Expr& expr, const ast::CallExpr& call, Scope& scope);
  Checked check_member(const ast::Expr& expr, const ast::MemberExpr& member, Scope& scope);
  Checked check_quantifier(const ast::Expr& expr, const ast::QuantifierExpr& q, Scope& scope);
  /// Reports an argument of the wrong kind; compiles a literal pattern argument into `node`.
  void check_argument(const eval::Param& param, size_t index, const ast::Expr& arg,
                      const Type& type, plan::Node& node, std::string_view called);
  /// Money/ratio against a bare non-zero number: the unit must be written.
  void require_unit(const ast::Expr& literal_side, const Type& other);
  /// A percentage compared with a bare number such as 50 (meant 50%): a warning.
  void warn_bare_ratio(const ast::Expr& literal_side, const ast::Expr& other_side, const Type& other);
  bool figures_combine(const ast::Expr& expr, const Type& a, const Type& b, bool sum);

 public:
  // Shared helpers (compile_pack.cpp).
  std::string say(std::string_view zh, std::string_view en) const;
  void error(std::string code, Span span, std::string message,
             std::vector<std::string> notes = {});
  void warning(std::string code, Span span, std::string message,
               std::vector<std::string> notes = {});
  /// "did you mean ‘X’?" when a candidate is close to `name`.
  std::vector<std::string> suggest(std::string_view name,
                                   const std::vector<std::string>& candidates) const;
  /// Compiles a pattern literal; reports a bad pattern at its position. nullopt on error.
  std::optional<uint32_t> compile_regex(const ast::StringLit& literal);
  Language language() const { return lang_; }

 private:
  Pack& pack_;
  DiagnosticSink& sink_;
  Language lang_;
  uint32_t file_ = 0;  ///< index into pack_.files of the declarations being read
  const ast::File* tree_ = nullptr;  ///< the tree of those declarations
  bool used_ = false;  ///< the declarations being read are those of a used pack
  /// Mistakes reported already ("name:X", "category:Y"): each is reported where first met,
  /// not again at every use.
  std::set<std::string> reported_;
  std::vector<std::string> rule_ids_;  ///< every rule number written, for test blocks
};

}  // namespace gk::check

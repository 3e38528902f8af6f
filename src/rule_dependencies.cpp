#include "rule_dependencies.h"

#include <algorithm>
#include <optional>

namespace gk::cli {
namespace {

/// Records each vocabulary entry and fact a rule's plan reads, then the scopes they are
/// looked for in. Variables are slots in the plan, so no name is mistaken for one.
class DependencyWalk {
 public:
  DependencyWalk(const check::Pack& pack, RuleDependencies& out) : pack_(pack), out_(out) {}

  void plan(const plan::Node& root) {
    plan::for_each_node(root, [&](const plan::Node& node) {
      if (node.op == plan::Op::Place) vocabulary(node.index);
      if (node.op == plan::Op::Facts) {
        const check::Fact& fact = pack_.facts[node.index];
        if (add(out_.facts, fact.name)) scope(fact.scope);
      }
    });
  }

 private:
  /// A part, section, table or list, then the scope it is looked for in.
  void vocabulary(uint32_t index) {
    const check::Vocabulary& entry = pack_.vocabulary[index];
    std::vector<std::string>* kind = &out_.lists;
    switch (entry.kind) {
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
};

}  // namespace

RuleDependencies rule_dependencies(const check::Pack& pack, const check::Rule& rule) {
  RuleDependencies out;
  DependencyWalk walk(pack, out);
  check::Pack::for_each_plan(rule, [&](const plan::Node& node) { walk.plan(node); });
  return out;
}

}  // namespace gk::cli

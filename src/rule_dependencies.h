// What a rule reads from its pack, for `gongkai explain`: the facts, parts, sections,
// tables and lists its `for`, `let`, `when`, `require` and messages name, and, through the
// `in SCOPE` of each, the parts and sections those are looked for in.
#pragma once

#include <string>
#include <vector>

#include "check/pack.h"

namespace gk::cli {

/// The declarations a rule depends on, each kind in the order first met.
struct RuleDependencies {
  std::vector<std::string> facts;
  std::vector<std::string> parts;
  std::vector<std::string> sections;
  std::vector<std::string> tables;
  std::vector<std::string> lists;
};

RuleDependencies rule_dependencies(const check::Pack& pack, const check::Rule& rule);

}  // namespace gk::cli

// A trace of one rule on one document (`gongkai check --why`): what each place and fact the
// rule reads matched and where, each item of its `for`, each `where`, `let`, `when` and
// `require` with the value it gave, and the outcome — in the order evaluation met them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/source.h"

namespace gk::eval {

struct TraceEvent {
  enum class Kind : uint8_t { Place, Fact, Loop, Item, Filter, Let, When, Require, At, Outcome };
  Kind kind;
  uint32_t depth = 0;  ///< nesting: 0 for the rule, 1 inside the first `for`, …
  std::string what;    ///< the expression as written in the rule file, or a name
  std::string value;   ///< what it gave, as messages show it
  Span at;             ///< in the document: the value's first evidence, or the item
};

struct Trace {
  std::vector<TraceEvent> events;
};

}  // namespace gk::eval

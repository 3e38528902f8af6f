// Properties of a plan worked out once, when the pack is compiled.
#include "check/plan.h"

namespace gk::plan {

uint64_t mark_invariant(Node& node) {
  auto bit = [](uint32_t slot) { return slot < 64 ? uint64_t{1} << slot : ~uint64_t{0}; };
  uint64_t free = node.op == Op::Slot ? bit(node.index) : 0;
  for (auto& arg : node.args) free |= mark_invariant(arg);
  const bool binds = node.op == Op::Any || node.op == Op::All || node.op == Op::First;
  if (binds && node.index < 64) free &= ~bit(node.index);  // the quantifier's own variable
  node.invariant = free == 0;
  return free;
}

}  // namespace gk::plan

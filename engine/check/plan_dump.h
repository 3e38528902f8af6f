// The resolved plan of a pack as stable text (`gongkai rules plan`): what each rule reads
// and computes once names are resolved — variables as slots ($0), vocabulary and facts by
// index and name, built-ins by their table entry, pattern literals with the number of
// their compiled regex (~#3). For rule authors who want to see how a rule was understood,
// and for golden tests of the checker.
#pragma once

#include <string>

#include "check/pack.h"

namespace gk::check {

std::string dump_plan(const Pack& pack);
/// Rule text as one line: runs of spaces and line breaks become one space ("when a >\n b"
/// → "when a > b"), for messages and traces that quote an expression.
std::string one_line(std::string_view text);
/// One expression plan as an S-expression: (compare == (field 预算 $0:f) 0万元).
std::string dump_node(const Pack& pack, const plan::Node& node);

}  // namespace gk::check

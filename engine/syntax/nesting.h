// The nesting limit of rule expressions (E008), checked on the tokens before parsing: the
// parser, the converter to the AST, the type checker and the evaluator all recurse once per
// level of an expression, so a rule nested thousands of levels deep (10,000 brackets, a
// chain of 100,000 `+`) would overflow the stack. An expression's depth counts its open
// brackets, the prefix operators (`not`, `-`) and the binary operators and `.` written
// between commas at each bracket level; it bounds the depth of the expression's tree.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "syntax/language.h"

namespace gk::syntax {

/// The deepest expression a rule file may hold.
inline constexpr size_t kMaxExpressionDepth = 200;

/// The index in `token_types` (the parser's token kinds of the default channel, in order)
/// where an expression first goes deeper than `limit`, or nullopt.
std::optional<size_t> find_excess_nesting(const std::vector<size_t>& token_types,
                                          size_t limit = kMaxExpressionDepth);

/// The E008 message: how deep expressions may go, and what to do instead.
std::string too_deep_message(size_t limit, Language language);

}  // namespace gk::syntax

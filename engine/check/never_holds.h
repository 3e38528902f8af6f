// Conditions that can never hold, for the lint warning W204 (check/lint.h). Only what is
// certain from the text of the condition, whatever the document: `false`, `not true`, a
// comparison of two constants that is false (`1 > 2`, `5% == 0.5`), a count compared below
// zero (`count(x) < 0`), an expression compared with itself by `<`, `>` or `!=`, a
// conjunction holding an expression and its negation (`a and not a`, compared as written),
// and an `or` none of whose sides can hold. Comparisons with `within` are left alone.
#pragma once

#include <optional>

#include "base/source.h"
#include "syntax/ast.h"

namespace gk::check {

/// The part of `condition` that keeps it from ever holding (possibly all of it), or nullopt
/// when it may hold. `file` is the rule file the condition is written in.
std::optional<Span> never_holding_part(const ast::Expr& condition, const SourceText& file);

}  // namespace gk::check

// Internals shared by the built-ins' evaluations (builtins_*.cpp): the checks every
// built-in makes on its arguments, and table cells as values.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "eval/builtins.h"
#include "eval/context.h"

namespace gk::eval::builtin_fns {

/// `v` itself when it is Missing, a Missing "not found" when it is a section or table the
/// document lacks; nullopt when it can be used.
std::optional<Value> missing_in(Context& context, const Value& v);
/// The scope named by an optional first argument: the whole document without one.
Value optional_scope(const Call& call);
/// The figure of `row` in the column that argument `column` of the call names (a 栏次
/// number, or a pattern on the header's lowest or whole path).
Value row_value(Call& call, const Value& row, size_t column);
/// The same where the cell is kept for the document, without copying it; a Missing is put in
/// `missing` and that is returned.
const Value& row_value_ref(Call& call, const Value& row, size_t column, Value& missing);
/// Whether argument `index` of the call names this column.
bool column_matches(Call& call, size_t index, const doc::TableColumn& column);
Value count_value(size_t n);

}  // namespace gk::eval::builtin_fns

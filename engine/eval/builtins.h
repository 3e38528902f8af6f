// The built-in functions of the rule language: one explicit table, each entry one unit —
// its English and Chinese names, the kinds of arguments it takes, the type it returns, a
// one-line description with an example (docs/rule-language.md is written from the same
// list), and its evaluation. The checker reads the signatures; the evaluator calls the
// entry's function with the arguments already evaluated (or, for a lazy entry such as
// if(), with the plan node, so it evaluates only what it needs).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "check/plan.h"
#include "check/types.h"
#include "syntax/language.h"

namespace gk::eval {

class Context;
struct Value;

enum class BuiltinId : uint8_t {
  Exists, Count, Sum, Min, Max, Abs, Round, If, Text, Name, Mentions, Amount, Amounts,
  Percentage, Quantity, Cell, Row, Rows, Value, Column, Children, Sections, Sentences,
  Heading, Breakdowns, Shares, Cells, Values, Numbered, Number, Lookup, Capture,
};

/// What an argument may be. A bit set of TypeKinds, plus `pattern` for a regular
/// expression (text; a literal is compiled when the pack is).
struct Param {
  uint32_t kinds = 0;     ///< bit (1 << TypeKind)
  bool pattern = false;
  bool optional = false;  ///< may be left out (trailing parameters only)
  bool repeated = false;  ///< the last parameter may be given any number of times (≥ 1)
};

/// One call being evaluated: the context, the plan node, and its evaluated arguments.
struct Call {
  Context& context;
  const plan::Node& node;
  std::span<Value> args;  ///< evaluated, unless the builtin is lazy
  /// Whether argument `index` (a pattern: compiled literal, list item or literal text)
  /// is found in `text`; true when the argument was left out.
  bool matches(size_t index, std::string_view text) const;
};

using Evaluate = Value (*)(Call& call);

struct Builtin {
  BuiltinId id;
  const char* en;
  const char* zh;
  std::vector<Param> params;
  const char* summary_zh;
  const char* summary_en;
  const char* example;
  Evaluate evaluate;
  bool lazy = false;  ///< arguments are not evaluated before the call (if())
  /// Its value depends on the document and on the part its only argument names, nothing
  /// else (sentences(s), sections(s) …): worked out once per document and part.
  bool per_part = false;
};

std::span<const Builtin> builtins();
const Builtin* find_builtin(std::string_view name);
const Builtin& builtin(BuiltinId id);

/// The type a call returns given its argument types (the arguments already checked).
check::Type builtin_result(BuiltinId id, std::span<const check::Type> args);

constexpr uint32_t bit(check::TypeKind kind) { return 1u << static_cast<uint32_t>(kind); }
/// "文本、章节" / "text or a section": the kinds a parameter accepts, for messages.
std::string describe_kinds(uint32_t kinds, Language lang);

// The evaluations, by family (builtins_figures.cpp, builtins_text.cpp, builtins_tables.cpp).
namespace builtin_fns {
Value exists(Call&);
Value count(Call&);
Value sum(Call&);
Value min(Call&);
Value max(Call&);
Value abs(Call&);
Value round(Call&);
Value if_(Call&);
Value number(Call&);
Value text(Call&);
Value name(Call&);
Value mentions(Call&);
Value amount(Call&);
Value amounts(Call&);
Value percentage(Call&);
Value quantity(Call&);
Value sections(Call&);
Value sentences(Call&);
Value heading(Call&);
Value breakdowns(Call&);
Value shares(Call&);
Value numbered(Call&);
Value capture(Call&);
Value cell(Call&);
Value row(Call&);
Value rows(Call&);
Value value(Call&);
Value column(Call&);
Value children(Call&);
Value cells(Call&);
Value values(Call&);
Value lookup(Call&);
}  // namespace builtin_fns

}  // namespace gk::eval

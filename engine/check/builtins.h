// The built-in functions of the rule language: one explicit list, each with its English
// and Chinese names, the kinds of arguments it takes, the type it returns, and a one-line
// description with an example (docs/rule-language.md is written from the same list). The
// checker uses this table; engine/eval implements each entry.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "check/types.h"
#include "syntax/language.h"

namespace gk::check {

enum class BuiltinId : uint8_t {
  Exists, Count, Sum, Min, Max, Abs, Round, If, Text, Name, Mentions, Amount, Amounts,
  Percentage, Quantity, Cell, Row, Rows, Value, Column, Children, Sections, Sentences,
  Heading, Breakdowns, Shares, Cells, Values, Numbered, Number,
};

/// What an argument may be. A bit set of TypeKinds, plus `pattern` for a regular
/// expression (text; a literal is compiled when the pack is).
struct Param {
  uint32_t kinds = 0;     ///< bit (1 << TypeKind)
  bool pattern = false;
  bool optional = false;  ///< may be left out (trailing parameters only)
  bool repeated = false;  ///< the last parameter may be given any number of times (≥ 1)
};

struct Builtin {
  BuiltinId id;
  const char* en;
  const char* zh;
  std::vector<Param> params;
  const char* summary_zh;
  const char* summary_en;
  const char* example;
};

std::span<const Builtin> builtins();
const Builtin* find_builtin(std::string_view name);

/// The type a call returns given its argument types (the arguments already checked).
Type builtin_result(BuiltinId id, std::span<const Type> args);

constexpr uint32_t bit(TypeKind kind) { return 1u << static_cast<uint32_t>(kind); }
/// "文本、章节" / "text or a section": the kinds a parameter accepts, for messages.
std::string describe_kinds(uint32_t kinds, Language lang);

}  // namespace gk::check

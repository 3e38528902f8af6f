// The resolved plan of a rule: what the checker hands the evaluator. Every name is resolved
// to an index — a vocabulary entry, a fact, a variable slot, a field, a built-in — and every
// pattern literal to a compiled regular expression held by its node, so evaluation never
// looks anything up by string and never walks the syntax tree. Spans point back into the
// rule file for traces and the plan dump (`gongkai rules plan`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "base/source.h"

namespace gk::plan {

enum class Op : uint8_t {
  Slot,       ///< a `for`/`let`/quantifier variable: `index` is its slot
  Document,   ///< `doc`
  Place,      ///< a part, section, table or list of the vocabulary: `index`
  Facts,      ///< every instance of a fact: `index`
  Number,     ///< `number` with `unit`
  Text,       ///< `text`; `regex` when the literal is used as a pattern
  Bool,       ///< `boolean`
  List,       ///< `[a, b]`: args
  Negate,     ///< -args[0]
  Not,        ///< not args[0]
  Arith,      ///< args[0] `arith` args[1]
  And,        ///< args[0] and args[1] (three-valued, short-circuit)
  Or,         ///< args[0] or args[1]
  Compare,    ///< args[0] `compare` args[1] [within args[2]]
  Match,      ///< args[0] ~ args[1] (`negated` for !~); args[1] is a Text with its regex
  Call,       ///< built-in `builtin` on args
  Field,      ///< field `index` (check::FieldId) of args[0]
  FactField,  ///< field `index` of the fact args[0]
  Any,        ///< any(x in args[0] where args[1]): `index` is x's slot
  All,        ///< all(x in args[0] where args[1])
  First,      ///< first(x in args[0] where args[1])
};

enum class Unit : uint8_t { None, Yuan, TenThousandYuan, HundredMillionYuan, Percent };
enum class Arith : uint8_t { Add, Subtract, Multiply, Divide };
enum class Compare : uint8_t { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

inline constexpr uint32_t kNoRegex = UINT32_MAX;

/// One node of an expression plan.
struct Node {
  Op op = Op::Bool;
  uint8_t code = 0;     ///< Arith, Compare, Unit (Number), BuiltinId (Call), negated (Match)
  uint32_t index = 0;   ///< slot, vocabulary, fact, field, as `op` says
  uint32_t regex = kNoRegex;  ///< Text used as a pattern: index into Pack::regexes
  /// Bool: the value. Compare, Arith: a bare number meets a table figure, so it must not
  /// be an amount or a percentage when run (their unit is to be written).
  bool boolean = false;
  /// Reads no variable bound outside it (a `for` item, a `let`, an enclosing quantifier's
  /// variable): the same value for every item of a rule on one document, so it may be
  /// worked out once per rule (set by mark_invariant).
  bool invariant = false;
  Decimal number;
  std::string text;
  std::vector<Node> args;
  Span span;            ///< in the rule file

  Arith arith() const { return static_cast<Arith>(code); }
  Compare compare() const { return static_cast<Compare>(code); }
  Unit unit() const { return static_cast<Unit>(code); }
};

/// Sets `invariant` on `node` and every node inside it; returns the slots `node` reads that
/// it does not bind itself (a bit per slot; all bits when a slot is past 63).
uint64_t mark_invariant(Node& node);

/// Calls `f` on `node` and on every node inside it, outermost first.
template <class F>
void for_each_node(const Node& node, const F& f) {
  f(node);
  for (const auto& arg : node.args) for_each_node(arg, f);
}

}  // namespace gk::plan

// Evaluation of expressions. Logic is three-valued: a Missing operand makes a comparison
// Missing ("cannot verify"), except where the other side of `and`/`or` already decides.
#include <cstddef>
#include <memory>
#include <new>
#include <span>

#include <fmt/format.h>

#include "base/unicode.h"
#include "eval/builtins.h"
#include "eval/context.h"

namespace gk::eval {
namespace {

using VK = Value::Kind;

Value merged_bool(bool b, const Value& x, const Value& y) {
  Value v = Value::of_bool(b);
  v.add_evidence(x.evidence);
  v.add_evidence(y.evidence);
  return v;
}

/// Where each figure of a clash was read, when it was read in one place: "（“表 / 行 / 列”
/// 是百分比）" — a table figure's kind comes from its column, so say which.
std::string clash_places(const Value& a, const Value& b) {
  std::string out;
  for (const Value* v : {&a, &b}) {
    if (v->kind != VK::Figure || v->evidence.size() != 1 || v->evidence[0].label.empty()) continue;
    if (!out.empty()) out += "，";
    out += fmt::format("“{}”是{}", v->evidence[0].label, to_string(v->figure.dimension));
  }
  return out.empty() ? out : "（" + out + "）";
}

[[noreturn]] void arithmetic_error(const FigureError& error, const Value& a, const Value& b) {
  throw RuleError{error.message + clash_places(a, b)};
}

/// A bare number of the rule (a count needs no unit) that met a table figure read as an
/// amount or a percentage: 100 could be 元 or 万元, 80 could be 80% or 8000%.
void check_bare_number(const plan::Node& node, const Value& a, const Value& b) {
  if (!node.boolean) return;  // the checker marks where a bare number meets a table figure
  for (size_t side = 0; side < 2; ++side) {
    const plan::Node& literal = node.args[side];
    if (literal.op != plan::Op::Number || literal.unit() != plan::Unit::None) continue;
    const Value& other = side == 0 ? b : a;
    if (other.kind != VK::Figure) continue;
    const Dimension d = other.figure.dimension;
    if (d != Dimension::Money && d != Dimension::Ratio) continue;
    const std::string where = other.evidence.size() == 1 ? other.evidence[0].label : "表中的数";
    const std::string number = literal.number.to_string();
    throw RuleError{fmt::format("“{}”是{}，与它比较或相加减的数 {} 要写明单位，如 {}{}", where,
                                to_string(d), number, number,
                                d == Dimension::Money ? other.figure.display_unit() : "%")};
  }
}

/// A bare tolerance (`within 1`) of a table figure read as an amount: 1 元 or 1 万元? (The
/// checker asks for the unit when the left side is an amount already; a percentage's bare
/// tolerance is in percentage points.)
void check_bare_tolerance(const plan::Node& tolerance, const Value& left) {
  if (tolerance.op != plan::Op::Number || tolerance.unit() != plan::Unit::None ||
      tolerance.number.is_zero() || left.figure.dimension != Dimension::Money) {
    return;
  }
  const std::string where = left.evidence.size() == 1 ? left.evidence[0].label : "表中的数";
  const std::string number = tolerance.number.to_string();
  throw RuleError{fmt::format("“{}”是金额，容差 {} 要写明单位，如 within {}{}", where, number,
                              number, left.figure.display_unit())};
}

bool same_values(const Value& a, const Value& b);

bool same_lists(const Value& a, const Value& b) {
  if (a.items.size() != b.items.size()) return false;
  for (size_t i = 0; i < a.items.size(); ++i)
    if (!same_values(a.items[i], b.items[i])) return false;
  return true;
}

bool same_values(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case VK::Bool: return a.boolean == b.boolean;
    case VK::Figure: return approximately_equal(a.figure, b.figure);
    case VK::Text: return unicode::nfkc(a.text) == unicode::nfkc(b.text);
    case VK::List: return same_lists(a, b);
    default: return a.ids == b.ids;
  }
}

}  // namespace

namespace {

/// Whether a node that reads no variable is worth remembering: only what costs more than a
/// copy (built-ins, pattern matches, quantifiers).
bool worth_remembering(const plan::Node& node) {
  using plan::Op;
  return node.invariant && (node.op == Op::Call || node.op == Op::Match || node.op == Op::Any ||
                            node.op == Op::All || node.op == Op::First);
}

}  // namespace

Value Context::eval(const plan::Node& node) {
  if (!remember_ || !worth_remembering(node)) return eval_node(node);
  if (auto found = remembered_.find(&node); found != remembered_.end()) return found->second;
  Value v = eval_node(node);  // a run-time error is not remembered: it is raised again
  remembered_.emplace(&node, v);
  return v;
}

const Value* Context::part_value(const plan::Node& node) {
  if (node.op != plan::Op::Call || node.args.size() > 1) return nullptr;
  const Builtin& entry = builtin(static_cast<BuiltinId>(node.code));
  if (!entry.per_part) return nullptr;
  Value scratch;
  const Value* part = nullptr;
  if (!node.args.empty()) {
    part = &eval_ref(node.args[0], scratch);
    if (part->is_missing() || part->kind == VK::List) return nullptr;
  }
  Value document;
  document.kind = VK::Document;
  const std::optional<uint32_t> root = scope_root(part ? *part : document);
  if (!root) return nullptr;
  const uint64_t key = (uint64_t{node.code} << 32) | *root;
  if (auto found = part_values_.find(key); found != part_values_.end()) return &found->second;
  std::vector<Value> args;
  if (part) args.push_back(*part);
  Call call{*this, node, args};
  return &part_values_.emplace(key, entry.evaluate(call)).first->second;
}

void Context::work_out(uint32_t slot) {
  const plan::Node* expr = pending_[slot];
  pending_[slot] = nullptr;  // a let reads only earlier variables: no cycle
  try {
    bind(slot, eval(*expr));
  } catch (...) {
    pending_[slot] = expr;  // read again, it fails again
    throw;
  }
}

const Value& Context::eval_ref(const plan::Node& node, Value& scratch) {
  if (node.op == plan::Op::Slot) return variable(node.index);
  if (const Value* kept = part_value(node)) return *kept;
  if (!remember_ || !worth_remembering(node)) return scratch = eval_node(node);
  if (auto found = remembered_.find(&node); found != remembered_.end()) return found->second;
  return remembered_.emplace(&node, eval_node(node)).first->second;  // stays put until start_rule
}

Value Context::eval_node(const plan::Node& node) {
  using plan::Op;
  switch (node.op) {
    case Op::Slot: return variable(node.index);
    case Op::Document: {
      Value v;
      v.kind = VK::Document;
      return v;
    }
    case Op::Place: return place(node.index);
    case Op::Facts: return eval_facts(node.index);
    case Op::Number: return eval_number(node);
    case Op::Text: return Value::of_text(node.text);
    case Op::Bool: return Value::of_bool(node.boolean);
    case Op::List: {
      std::vector<Value> items;
      items.reserve(node.args.size());
      for (const auto& e : node.args) items.push_back(eval(e));
      return Value::list(std::move(items));
    }
    case Op::Negate:
    case Op::Not: return eval_unary(node);
    case Op::And:
    case Op::Or: return eval_logical(node);
    case Op::Arith: return eval_arith(node);
    case Op::Compare: return eval_compare(node);
    case Op::Match: return eval_match(node);
    case Op::Call: return eval_call(node);
    case Op::Field: {
      Value scratch;
      const Value& object = eval_ref(node.args[0], scratch);
      if (object.is_missing()) return object;
      return field(object, static_cast<check::FieldId>(node.index));
    }
    case Op::FactField: {
      Value scratch;
      const Value& object = eval_ref(node.args[0], scratch);
      if (object.is_missing()) return object;
      return fact_field(object, node.index);
    }
    case Op::Any:
    case Op::All:
    case Op::First: return eval_quantifier(node);
  }
  throw RuleError{"unknown expression"};
}

Value Context::eval_facts(uint32_t fact) {
  const auto& found = facts(fact);
  std::vector<Value> items;
  items.reserve(found.size());
  for (uint32_t i = 0; i < found.size(); ++i) items.push_back(Value::of_ids(VK::Fact, {fact, i}));
  return Value::list(std::move(items));
}

Value Context::eval_number(const plan::Node& node) {
  const Decimal& d = node.number;
  switch (node.unit()) {
    case plan::Unit::None: return Value::of_figure(Figure::plain(d, true));
    case plan::Unit::Percent: return Value::of_figure(Figure::percentage(d, true));
    case plan::Unit::Yuan: return Value::of_figure(Figure::money(d, doc::MoneyUnit::Yuan, true));
    case plan::Unit::TenThousandYuan:
      return Value::of_figure(Figure::money(d, doc::MoneyUnit::WanYuan, true));
    case plan::Unit::HundredMillionYuan:
      return Value::of_figure(Figure::money(d, doc::MoneyUnit::YiYuan, true));
  }
  return Value::of_figure(Figure::plain(d, true));
}

Value Context::eval_unary(const plan::Node& node) {
  Value v = eval(node.args[0]);
  if (v.is_missing()) return v;
  if (node.op == plan::Op::Not) {
    v.boolean = !truth(v);
    v.kind = VK::Bool;
    return v;
  }
  if (v.kind != VK::Figure) throw RuleError{"负号只能用于数"};
  v.figure = negate(v.figure);
  return v;
}

Value Context::eval_logical(const plan::Node& node) {
  const bool deciding = node.op == plan::Op::Or;  // `or` is decided by true
  Value a = eval(node.args[0]);
  if (!a.is_missing() && truth(a) == deciding) return a;
  Value b = eval(node.args[1]);
  if (!b.is_missing() && truth(b) == deciding) return b;
  if (a.is_missing()) return a;
  if (b.is_missing()) return b;
  return merged_bool(!deciding, a, b);
}

Value Context::eval_arith(const plan::Node& node) {
  Value a = eval(node.args[0]);
  if (a.is_missing()) return a;
  Value b = eval(node.args[1]);
  if (b.is_missing()) return b;
  if (a.kind != VK::Figure || b.kind != VK::Figure) throw RuleError{"只有数才能做加减乘除"};
  check_bare_number(node, a, b);
  FigureError error;
  std::optional<Figure> result;
  switch (node.arith()) {
    case plan::Arith::Add: result = add(a.figure, b.figure, &error); break;
    case plan::Arith::Subtract: result = subtract(a.figure, b.figure, &error); break;
    case plan::Arith::Multiply: result = multiply(a.figure, b.figure, &error); break;
    case plan::Arith::Divide: result = divide(a.figure, b.figure, &error); break;
  }
  if (!result) {
    if (!error.zero_divisor) arithmetic_error(error, a, b);
    Value m = Value::missing(fmt::format("{}（{} ÷ {}）", error.message, show(a), show(b)));
    m.add_evidence(a.evidence);
    m.add_evidence(b.evidence);
    return m;
  }
  Value v = Value::of_figure(*result, a.evidence);
  v.add_evidence(b.evidence);
  return v;
}

Value Context::eval_compare(const plan::Node& node) {
  using plan::Compare;
  Value scratch_a, scratch_b;
  const Value& a = eval_ref(node.args[0], scratch_a);
  if (a.is_missing()) return a;
  const Value& b = eval_ref(node.args[1], scratch_b);
  if (b.is_missing()) return b;
  bool result = false;
  if (a.kind == VK::Figure && b.kind == VK::Figure) {
    check_bare_number(node, a, b);
    FigureError error;
    const Figure& x = a.figure;
    const Figure& y = b.figure;
    if (!combinable(x, y, &error)) arithmetic_error(error, a, b);  // dimensions must match
    if (node.args.size() > 2) {
      Value t = eval(node.args[2]);
      if (t.is_missing()) return t;
      check_bare_tolerance(node.args[2], a);
      const bool near = equal_within(x, y, t.figure);
      switch (node.compare()) {
        case Compare::Equal: result = near; break;
        case Compare::NotEqual: result = !near; break;
        case Compare::Less: result = compare_values(x, y) < 0 && !near; break;
        case Compare::LessEqual: result = compare_values(x, y) <= 0 || near; break;
        case Compare::Greater: result = compare_values(x, y) > 0 && !near; break;
        case Compare::GreaterEqual: result = compare_values(x, y) >= 0 || near; break;
      }
    } else {
      switch (node.compare()) {
        case Compare::Equal: result = approximately_equal(x, y); break;
        case Compare::NotEqual: result = !approximately_equal(x, y); break;
        case Compare::Less: result = less(x, y); break;
        case Compare::LessEqual: result = less_equal(x, y); break;
        case Compare::Greater: result = less(y, x); break;
        case Compare::GreaterEqual: result = less_equal(y, x); break;
      }
    }
  } else {
    const bool same = same_values(a, b);
    if (node.compare() == Compare::Equal) {
      result = same;
    } else if (node.compare() == Compare::NotEqual) {
      result = !same;
    } else {
      throw RuleError{"只有数才能比较大小"};
    }
  }
  return merged_bool(result, a, b);
}

Value Context::eval_match(const plan::Node& node) {
  Value scratch;
  const Value& subject = eval_ref(node.args[0], scratch);
  if (subject.is_missing()) return subject;
  const plan::Node& pattern = node.args[1];
  const std::string& text = subject.kind == VK::Text ? normalized(subject.text) : normalized(show(subject));
  const bool found = pattern.regex != plan::kNoRegex ? find(pattern.regex, text)
                                                      : find(pattern, Value::of_text(pattern.text), text);
  Value v = Value::of_bool(found != (node.code != 0));
  v.evidence = subject.evidence;
  return v;
}

Value Context::eval_call(const plan::Node& node) {
  const Builtin& entry = builtin(static_cast<BuiltinId>(node.code));
  if (entry.lazy || node.args.empty()) {
    Call call{*this, node, {}};
    return entry.evaluate(call);
  }
  // Most calls have a few arguments: they live on the stack.
  constexpr size_t kOnStack = 4;
  if (node.args.size() > kOnStack) {
    std::vector<Value> args;
    args.reserve(node.args.size());
    for (const auto& a : node.args) args.push_back(eval(a));
    Call call{*this, node, args};
    return entry.evaluate(call);
  }
  // Raw room, each argument made in place: a default Value costs as much to make and drop.
  alignas(Value) std::byte room[kOnStack * sizeof(Value)];
  Value* args = reinterpret_cast<Value*>(room);
  size_t made = 0;
  struct Drop {
    Value* args;
    size_t& made;
    ~Drop() { std::destroy_n(args, made); }
  } drop{args, made};
  for (; made < node.args.size(); ++made) new (args + made) Value(eval(node.args[made]));
  Call call{*this, node, std::span<Value>(args, made)};
  return entry.evaluate(call);
}

/// any/all/first(x in list where condition): the variable takes each item in turn. An item
/// whose condition cannot be verified makes the answer unverifiable only when no other item
/// decides it.
Value Context::eval_quantifier(const plan::Node& node) {
  Value scratch;
  // The list by reference where it is kept, unless it is the variable this binds.
  const Value& list = node.args[0].op == plan::Op::Slot && node.args[0].index == node.index
                          ? (scratch = eval(node.args[0]))
                          : eval_ref(node.args[0], scratch);
  if (list.is_missing()) return list;
  if (list.found_nothing()) return Value::missing(fmt::format("未找到“{}”", show(list)));
  const bool want_all = node.op == plan::Op::All;
  std::optional<Value> unknown;
  for (const Value& item : list.items) {
    bind_ref(node.index, item);
    Value holds = node.args.size() > 1 ? eval(node.args[1]) : Value::of_bool(true);
    if (holds.is_missing()) {
      if (!unknown) unknown = std::move(holds);
      continue;
    }
    if (truth(holds) == want_all) continue;
    if (node.op == plan::Op::First) return item;
    Value v = Value::of_bool(!want_all);
    v.evidence = holds.evidence.empty() ? item.evidence : holds.evidence;
    return v;
  }
  if (unknown) return *unknown;
  if (node.op == plan::Op::First)
    return Value::missing(fmt::format("“{}”中没有符合条件的一项", show(list)));
  return Value::of_bool(want_all);
}

// ---------------------------------------------------------------------------------------

std::string Context::show(const Value& v) const {
  switch (v.kind) {
    case VK::Missing: return "（未找到）";
    case VK::Bool: return v.boolean ? "是" : "否";
    case VK::Figure: return v.figure.to_display();
    case VK::Text: return v.text;
    case VK::Section:
      if (!v.text.empty()) return v.text;
      return v.ids.empty() ? "" : doc_.sections[v.ids.front()].title;
    case VK::Table:
      if (!v.text.empty()) return v.text;
      return v.ids.empty() ? "" : doc_.tables[v.ids.front()].title;
    case VK::Row: return doc_.tables[v.ids[0]].rows[v.ids[1]].label;
    case VK::Fact: return facts_[v.ids[0]]->at(v.ids[1]).item_text;
    case VK::Breakdown: return doc_.amounts[doc_.breakdowns[v.ids[0]].total].label;
    case VK::Share: {
      const auto& part = doc_.breakdowns[v.ids[0]].parts[v.ids[1]];
      return doc_.amounts[part.amount].label;
    }
    case VK::TocEntry: return doc_.toc[v.ids[0]].title;
    case VK::Item: return v.text;
    case VK::Document: return doc_.title;
    case VK::List: {
      std::string out;
      for (const auto& item : v.items) {
        if (!out.empty()) out += "、";
        out += show(item);
      }
      return out;
    }
  }
  return "";
}

}  // namespace gk::eval

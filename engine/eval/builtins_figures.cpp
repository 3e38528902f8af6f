// The built-ins on figures and lists: exists, count, sum, min, max, abs, round, if, number.
#include <algorithm>
#include <variant>

#include <fmt/format.h>

#include "eval/builtins_internal.h"

namespace gk::eval::builtin_fns {
namespace {

using VK = Value::Kind;

/// The figures of a list (or of figure arguments), or the first Missing among them.
std::variant<std::vector<const Value*>, Value> figures_of(std::span<const Value> args) {
  std::vector<const Value*> out;
  auto take = [&](const Value& v) -> std::optional<Value> {
    if (v.is_missing()) return v;
    if (v.kind != VK::Figure) throw RuleError{"这里需要数"};
    out.push_back(&v);
    return std::nullopt;
  };
  for (const auto& a : args) {
    if (a.kind == VK::List) {
      for (const auto& item : a.items)
        if (auto m = take(item)) return *m;
    } else if (auto m = take(a)) {
      return *m;
    }
  }
  return out;
}

Value sum_of(const std::vector<const Value*>& figures) {
  if (figures.empty()) return Value::of_figure(Figure::plain(Decimal(), true));
  Value total = *figures.front();
  for (size_t i = 1; i < figures.size(); ++i) {
    FigureError error;
    auto s = add(total.figure, figures[i]->figure, &error);
    if (!s) throw RuleError{error.message};
    total.figure = *s;
    total.add_evidence(figures[i]->evidence);
  }
  return total;
}

Value sum_of_list(std::span<const Value> list) {
  auto figures = figures_of(list);
  if (auto* m = std::get_if<Value>(&figures)) return *m;
  return sum_of(std::get<0>(figures));
}

Value extreme(Call& call, bool smallest) {
  auto figures = figures_of(call.args);
  if (auto* m = std::get_if<Value>(&figures)) return *m;
  const auto& list = std::get<0>(figures);
  if (list.empty()) return Value::missing("列表为空");
  const Value* best = list.front();
  for (const Value* v : list) {
    const int c = compare_values(v->figure, best->figure);
    if (smallest ? c < 0 : c > 0) best = v;
  }
  return *best;
}

}  // namespace

Value count_value(size_t n) {
  return Value::of_figure(Figure::count(Decimal::from_int(static_cast<int64_t>(n)), "", true));
}

Value exists(Call& call) {
  const Context& cx = call.context;
  const Value& v = call.args[0];
  if (v.is_missing() && v.uncertain) return v;  // whether it is there cannot be told
  const bool found = !v.is_missing() && !v.found_nothing() && !(v.kind == VK::List && v.items.empty());
  Value result = Value::of_bool(found);
  if (found && v.kind == VK::Section) result.evidence = cx.heading_evidence_list(v.primary());
  if (found && v.kind == VK::Table) {
    const doc::Table& t = cx.doc().tables[v.primary()];
    result.evidence = Evidence{t.title_span, t.title, "", ""};
  }
  if (found && v.kind != VK::Section && v.kind != VK::Table) result.evidence = v.evidence;
  return result;
}

Value count(Call& call) {
  const Context& cx = call.context;
  const Value& v = call.args[0];
  if (v.is_missing()) return v;
  Value result = count_value(v.kind == VK::List ? v.items.size() : v.ids.size());
  for (const auto& item : v.items) {
    result.add_evidence(item.evidence);
    // A fact, row or breakdown counted is evidence by where it is.
    if (!item.evidence.empty()) continue;
    if (const Span at = cx.location_of(item); !at.empty()) result.add_evidence(Evidence{at, "", "", ""});
  }
  if (v.kind == VK::Table)
    for (uint32_t t : v.ids)
      result.evidence.push_back({cx.doc().tables[t].title_span, cx.doc().tables[t].title, "", ""});
  if (v.kind == VK::Section)
    for (uint32_t s : v.ids) result.evidence.push_back(cx.heading_evidence(s));
  return result;
}

Value sum(Call& call) {
  const Value& list = call.args[0];
  if (list.is_missing()) return list;
  if (call.args.size() == 2) {  // rows and a column: the cells as kept, not copied
    std::vector<const Value*> cells;
    Value missing;
    for (const auto& row : list.items) {
      const Value& cell = row_value_ref(call, row, 1, missing);
      if (cell.is_missing()) return cell;
      if (cell.kind != VK::Figure) throw RuleError{"这里需要数"};
      cells.push_back(&cell);
    }
    return sum_of(cells);
  }
  if (!list.items.empty() && list.items.front().kind == VK::Share) {
    std::vector<Value> amounts;
    for (const auto& share : list.items)
      amounts.push_back(call.context.amount_value(
          call.context.doc().breakdowns[share.ids[0]].parts[share.ids[1]].amount));
    const Value all = Value::list(std::move(amounts));
    return sum_of_list(std::span<const Value>(&all, 1));
  }
  return sum_of_list(call.args);
}

Value min(Call& call) { return extreme(call, true); }
Value max(Call& call) { return extreme(call, false); }

Value abs(Call& call) {
  Value& v = call.args[0];
  if (v.is_missing()) return v;
  v.figure = absolute(v.figure);
  return v;
}

Value round(Call& call) {
  Value& v = call.args[0];
  if (v.is_missing()) return v;
  const auto places = call.args[1].figure.value.rescale(0, Rounding::HalfUp).units();
  v.figure = round_to(v.figure, static_cast<int>(places));
  return v;
}

/// Lazy: only the chosen branch is evaluated.
Value if_(Call& call) {
  Context& cx = call.context;
  Value condition = cx.eval(call.node.args[0]);
  if (condition.is_missing()) return condition;
  return cx.eval(call.node.args[cx.truth(condition) ? 1 : 2]);
}

Value number(Call& call) {
  Value& v = call.args[0];
  if (v.is_missing()) return v;
  v.figure = as_plain(v.figure);
  return v;
}

}  // namespace gk::eval::builtin_fns

// The built-in functions at run time (their signatures are in check/builtins.cpp).
#include <algorithm>

#include <fmt/format.h>

#include "base/unicode.h"
#include "document/numbered_items.h"
#include "eval/context.h"

namespace gk::eval {
namespace {

using VK = Value::Kind;
using check::BuiltinId;

Value count_value(size_t n) {
  return Value::of_figure(Figure::count(Decimal::from_int(static_cast<int64_t>(n)), "", true));
}

/// The figures of a list (or of figure arguments), or the first Missing among them.
std::variant<std::vector<const Value*>, Value> figures_of(const std::vector<Value>& args) {
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

}  // namespace

namespace {

/// A table cell as a value: its figure in the table's declared unit (万元 when the table
/// does not say), an empty cell as an exact zero, text as Missing.
Value cell_value(const doc::Document& doc, uint32_t table, uint32_t row, size_t column) {
  const doc::Table& t = doc.tables[table];
  const doc::TableRow& r = t.rows[row];
  const std::string where = fmt::format("{} / {} / {}", t.title, r.label,
                                        column < t.columns.size() ? t.columns[column].name : "");
  if (column >= r.cells.size()) return Value::missing(fmt::format("“{}”没有这一格", where));
  const doc::TableCell& cell = r.cells[column];
  if (cell.ambiguous)
    return Value::missing(fmt::format("“{}”：{} 属于哪一列无法确定（转换丢掉了空白格）", where, cell.text));
  const doc::MoneyUnit unit = t.declared_unit.value_or(doc::MoneyUnit::WanYuan);
  Figure f;
  switch (cell.kind) {
    case doc::CellKind::Number: f = Figure::money(*cell.value, unit); break;
    case doc::CellKind::Percentage: f = Figure::percentage(*cell.value); break;
    case doc::CellKind::Empty: f = Figure::money(Decimal(), unit, true); break;
    case doc::CellKind::Text:
      return Value::missing(fmt::format("“{}”不是数字：{}", where, cell.text));
  }
  Evidence e{cell.span.empty() ? r.span : cell.span, where, f.display_number(), f.display_unit()};
  return Value::of_figure(std::move(f), {std::move(e)});
}

}  // namespace

Value Context::call(BuiltinId id, const ast::CallExpr& call, std::vector<Value>& args) {
  auto missing_in = [&](const Value& v) -> std::optional<Value> {
    if (v.is_missing()) return v;
    if (v.found_nothing()) return Value::missing(fmt::format("未找到“{}”", show(v)));
    return std::nullopt;
  };
  auto pattern_matches = [&](size_t index, std::string_view text) {
    return index >= args.size() || find(*call.args[index], args[index], text);
  };
  auto scope_of = [&](const Value& v) -> std::optional<uint32_t> { return scope_root(v); };
  // The scope named by an optional first argument: the whole document without one.
  auto optional_scope = [&]() -> Value {
    if (!args.empty()) return args[0];
    Value document;
    document.kind = VK::Document;
    return document;
  };
  // A column argument: a 栏次 number, or a pattern on the header (lowest or whole path).
  auto column_matches = [&](size_t index, const doc::TableColumn& column) {
    if (args[index].kind == VK::Figure)
      return column.lanci && Decimal::from_int(*column.lanci) == args[index].figure.value;
    return pattern_matches(index, column.name) || pattern_matches(index, column.path);
  };

  switch (id) {
    case BuiltinId::Exists: {
      const Value& v = args[0];
      bool found = !v.is_missing() && !v.found_nothing() && !(v.kind == VK::List && v.items.empty());
      Value result = Value::of_bool(found);
      if (found && v.kind == VK::Section) result.evidence = {heading_evidence(v.primary())};
      if (found && v.kind == VK::Table)
        result.evidence = {Evidence{doc_.tables[v.primary()].title_span, doc_.tables[v.primary()].title, "", ""}};
      if (found && v.kind != VK::Section && v.kind != VK::Table) result.evidence = v.evidence;
      return result;
    }
    case BuiltinId::Count: {
      const Value& v = args[0];
      if (v.is_missing()) return v;
      Value result = count_value(v.kind == VK::List ? v.items.size() : v.ids.size());
      for (const auto& item : v.items) result.add_evidence(item.evidence);
      if (v.kind == VK::Table)
        for (uint32_t t : v.ids)
          result.evidence.push_back({doc_.tables[t].title_span, doc_.tables[t].title, "", ""});
      if (v.kind == VK::Section)
        for (uint32_t s : v.ids) result.evidence.push_back(heading_evidence(s));
      return result;
    }
    case BuiltinId::Sum: {
      if (args[0].is_missing()) return args[0];
      if (args.size() == 2) {  // rows and a column
        std::vector<Value> cells;
        for (const auto& row : args[0].items) {
          std::vector<Value> a{row, args[1]};
          cells.push_back(this->call(BuiltinId::Value, call, a));
        }
        const std::vector<Value> list{Value::list(std::move(cells))};  // figures point into it
        auto figures = figures_of(list);
        if (auto* m = std::get_if<Value>(&figures)) return *m;
        return sum_of(std::get<0>(figures));
      }
      std::vector<Value> list = args;
      if (!args[0].items.empty() && args[0].items.front().kind == VK::Share) {
        std::vector<Value> amounts;
        for (const auto& share : args[0].items)
          amounts.push_back(amount_value(doc_.breakdowns[share.ids[0]].parts[share.ids[1]].amount));
        list = {Value::list(std::move(amounts))};
      }
      auto figures = figures_of(list);
      if (auto* m = std::get_if<Value>(&figures)) return *m;
      return sum_of(std::get<0>(figures));
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      auto figures = figures_of(args);
      if (auto* m = std::get_if<Value>(&figures)) return *m;
      const auto& list = std::get<0>(figures);
      if (list.empty()) return Value::missing("列表为空");
      const Value* best = list.front();
      for (const Value* v : list) {
        const int c = compare_values(v->figure, best->figure);
        if (id == BuiltinId::Min ? c < 0 : c > 0) best = v;
      }
      return *best;
    }
    case BuiltinId::Abs:
      if (args[0].is_missing()) return args[0];
      args[0].figure = absolute(args[0].figure);
      return args[0];
    case BuiltinId::Round: {
      if (args[0].is_missing()) return args[0];
      const auto places = args[1].figure.value.rescale(0, Rounding::HalfUp).units();
      args[0].figure = round_to(args[0].figure, static_cast<int>(places));
      return args[0];
    }
    case BuiltinId::If: return args[0];  // handled lazily in eval_call
    case BuiltinId::Text: {
      if (auto m = missing_in(args[0])) return *m;
      const Value& v = args[0];
      std::string text;
      if (v.kind == VK::Fact) {
        const auto& f = facts_[v.ids[0]]->at(v.ids[1]);
        return Value::of_text(f.text, {Evidence{f.span, "", "", ""}});
      }
      if (v.kind == VK::Row) {
        const auto& row = doc_.tables[v.ids[0]].rows[v.ids[1]];
        text = row.label;
        for (const auto& c : row.cells) text += " " + c.text;
        return Value::of_text(text, {Evidence{row.span, row.label, "", ""}});
      }
      if (v.kind == VK::Table) {
        const auto& t = doc_.tables[v.primary()];
        text = t.title;
        for (const auto& n : t.notes) text += "\n" + n.text;
        return Value::of_text(text, {Evidence{t.title_span, t.title, "", ""}});
      }
      const uint32_t root = v.kind == VK::Document ? 0 : v.primary();
      for (uint32_t s = root; s < subtree_end(root); ++s) {
        if (s != root) text += doc_.sections[s].title + "\n";
        for (uint32_t p : doc_.sections[s].paragraphs) text += doc_.paragraphs[p].text + "\n";
      }
      Value result = Value::of_text(std::move(text));
      if (root != 0) result.evidence = {heading_evidence(root)};
      return result;
    }
    case BuiltinId::Name: {
      const Value& v = args[0];
      if (v.is_missing()) return v;
      if (v.kind == VK::Figure && v.evidence.size() == 1 && !v.evidence.front().label.empty())
        return Value::of_text(v.evidence.front().label, v.evidence);  // the document's own words
      return Value::of_text(show(v), v.evidence);
    }
    case BuiltinId::Mentions: {
      if (args[0].kind == VK::Text) {
        for (size_t i = 1; i < args.size(); ++i)
          if (!pattern_matches(i, unicode::nfkc(args[0].text))) return Value::of_bool(false);
        Value v = Value::of_bool(true);
        v.evidence = args[0].evidence;
        return v;
      }
      if (args[0].is_missing()) return args[0];
      const auto root = scope_of(args[0]);
      if (!root) return Value::missing(fmt::format("未找到“{}”", show(args[0])));
      auto all_match = [&](std::string_view text) {
        for (size_t i = 1; i < args.size(); ++i)
          if (!pattern_matches(i, text)) return false;
        return true;
      };
      for (uint32_t s = *root + 1; s < subtree_end(*root); ++s)  // run-in headings count
        if (all_match(doc_.sections[s].title))
          return Value{VK::Bool, true, {}, {}, {}, {}, {heading_evidence(s)}};
      for (uint32_t i = 0; i < doc_.sentences.size(); ++i) {
        if (!within(section_of_sentence(i), *root)) continue;
        const auto& sentence = doc_.sentences[i];
        if (all_match(sentence.text))
          return Value{VK::Bool, true, {}, {}, {}, {}, {Evidence{sentence.span, "", "", ""}}};
      }
      return Value::of_bool(false);
    }
    case BuiltinId::Amount:
    case BuiltinId::Amounts:
    case BuiltinId::Percentage:
    case BuiltinId::Quantity: {
      if (args[0].is_missing()) return args[0];
      std::vector<uint32_t> roots;  // one scope, or each section of a list
      if (args[0].kind == VK::List) {
        for (const auto& s : args[0].items)
          if (auto r = scope_of(s)) roots.push_back(*r);
      } else if (auto r = scope_of(args[0])) {
        roots.push_back(*r);
      } else {
        return Value::missing(fmt::format("未找到“{}”", show(args[0])));
      }
      auto in_scope = [&](uint32_t section) {
        return std::any_of(roots.begin(), roots.end(), [&](uint32_t r) { return within(section, r); });
      };
      const auto kind = id == BuiltinId::Percentage ? doc::QuantityKind::Percentage
                        : id == BuiltinId::Quantity ? doc::QuantityKind::Count
                                                    : doc::QuantityKind::Amount;
      std::vector<Value> found;
      for (uint32_t a = 0; a < doc_.amounts.size(); ++a) {
        const auto& amount = doc_.amounts[a];
        if (amount.quantity.kind != kind) continue;
        if (!in_scope(section_of_sentence(amount.sentence))) continue;
        if (!pattern_matches(1, amount.label)) continue;
        found.push_back(amount_value(a));
        if (id != BuiltinId::Amounts) return found.front();
      }
      if (id == BuiltinId::Amounts) return Value::list(std::move(found));
      const char* what = id == BuiltinId::Percentage ? "百分比" : id == BuiltinId::Quantity ? "数量" : "金额";
      return Value::missing(args.size() > 1
                                ? fmt::format("在“{}”中未找到“{}”的{}", show(args[0]), show(args[1]), what)
                                : fmt::format("在“{}”中未找到{}", show(args[0]), what));
    }
    case BuiltinId::Cell:
    case BuiltinId::Row:
    case BuiltinId::Rows:
    case BuiltinId::Column: {
      if (auto m = missing_in(args[0])) return *m;
      const uint32_t t = args[0].primary();
      const doc::Table& table = doc_.tables[t];
      if (!table.unread.empty())
        return Value::missing(fmt::format("“{}”的行未能读出：{}", table.title, table.unread));
      auto row_matches = [&](const doc::TableRow& r) {
        if (id == BuiltinId::Column || (id == BuiltinId::Rows && args.size() < 2)) return true;
        return pattern_matches(1, r.label) || (!r.subject_code.empty() && pattern_matches(1, r.subject_code));
      };
      std::vector<Value> rows;
      for (uint32_t r = 0; r < table.rows.size(); ++r) {
        if (!row_matches(table.rows[r])) continue;
        rows.push_back(Value::of_ids(VK::Row, {t, r}));
        if (id == BuiltinId::Row || id == BuiltinId::Cell) break;
      }
      if (id == BuiltinId::Rows) return Value::list(std::move(rows));
      if (id == BuiltinId::Column) {
        std::vector<Value> cells;
        for (auto& r : rows) {
          std::vector<Value> a{r, args[1]};
          cells.push_back(this->call(BuiltinId::Value, call, a));
        }
        return Value::list(std::move(cells));
      }
      if (rows.empty())
        return Value::missing(fmt::format("“{}”中没有“{}”这一行", table.title, show(args[1])));
      if (id == BuiltinId::Row) return rows.front();
      for (size_t c = 0; c < table.columns.size(); ++c)
        if (column_matches(2, table.columns[c])) return cell_value(doc_, t, rows.front().ids[1], c);
      return Value::missing(fmt::format("“{}”中没有“{}”这一列", table.title, show(args[2])));
    }
    case BuiltinId::Value: {
      if (args[0].is_missing()) return args[0];
      const uint32_t t = args[0].ids[0];
      const doc::Table& table = doc_.tables[t];
      for (size_t c = 0; c < table.columns.size(); ++c)
        if (column_matches(1, table.columns[c])) return cell_value(doc_, t, args[0].ids[1], c);
      return Value::missing(fmt::format("“{}”中没有“{}”这一列", table.title, show(args[1])));
    }
    case BuiltinId::Children: {
      if (auto m = missing_in(args[0])) return *m;
      std::vector<Value> out;
      if (args[0].kind == VK::Section) {
        for (uint32_t c : doc_.sections[args[0].primary()].children) out.push_back(Value::of_ids(VK::Section, {c}));
        return Value::list(std::move(out));
      }
      const uint32_t t = args[0].ids[0];
      const auto& parent = doc_.tables[t].rows[args[0].ids[1]];
      if (parent.subject_code.empty()) return Value::list({});
      for (uint32_t r = 0; r < doc_.tables[t].rows.size(); ++r) {
        const auto& row = doc_.tables[t].rows[r];
        if (row.subject_code.size() == parent.subject_code.size() + 2 &&
            row.subject_code.starts_with(parent.subject_code))
          out.push_back(Value::of_ids(VK::Row, {t, r}));
      }
      return Value::list(std::move(out));
    }
    case BuiltinId::Sections: {
      const Value scope = optional_scope();
      if (scope.is_missing()) return scope;
      const auto root = scope_of(scope);
      if (!root) return Value::missing(fmt::format("未找到“{}”", show(scope)));
      std::vector<Value> out;
      for (uint32_t s = *root + 1; s < subtree_end(*root); ++s) out.push_back(Value::of_ids(VK::Section, {s}));
      return Value::list(std::move(out));
    }
    case BuiltinId::Sentences: {
      if (args[0].is_missing()) return args[0];
      const auto root = scope_of(args[0]);
      if (!root) return Value::missing(fmt::format("未找到“{}”", show(args[0])));
      std::vector<Value> out;
      for (uint32_t i = 0; i < doc_.sentences.size(); ++i)
        if (within(section_of_sentence(i), *root))
          out.push_back(Value::of_text(doc_.sentences[i].text, {Evidence{doc_.sentences[i].span, "", "", ""}}));
      return Value::list(std::move(out));
    }
    case BuiltinId::Heading: {
      if (args[0].is_missing()) return args[0];
      Value v = Value::of_ids(VK::Section, {});
      v.text = args[0].text;
      if (const auto section = section_titled(args[0].text)) v.ids.push_back(*section);
      return v;
    }
    case BuiltinId::Breakdowns:
    case BuiltinId::Shares: {  // the breakdowns in the scope, or all their parts
      if (args[0].is_missing()) return args[0];
      const auto root = scope_of(args[0]);
      if (!root) return Value::missing(fmt::format("未找到“{}”", show(args[0])));
      std::vector<Value> out;
      for (uint32_t b = 0; b < doc_.breakdowns.size(); ++b) {
        if (!within(doc_.breakdowns[b].section, *root)) continue;
        if (id == BuiltinId::Breakdowns) {
          out.push_back(Value::of_ids(VK::Breakdown, {b}));
          continue;
        }
        for (uint32_t i = 0; i < doc_.breakdowns[b].parts.size(); ++i)
          out.push_back(Value::of_ids(VK::Share, {b, i}));
      }
      return Value::list(std::move(out));
    }
    case BuiltinId::Cells: {
      if (args[0].is_missing()) return args[0];
      const uint32_t t = args[0].ids[0];
      const doc::Table& table = doc_.tables[t];
      std::vector<Value> out;
      for (size_t c = 0; c < table.columns.size(); ++c)
        if (column_matches(1, table.columns[c])) out.push_back(cell_value(doc_, t, args[0].ids[1], c));
      return Value::list(std::move(out));
    }
    case BuiltinId::Numbered: {
      const Value scope = optional_scope();
      if (scope.is_missing()) return scope;
      const auto root = scope_of(scope);
      if (!root) return Value::missing(fmt::format("未找到“{}”", show(scope)));
      std::vector<Value> out;
      for (const auto& item : doc::numbered_items(doc_)) {
        const uint32_t section = item.heading ? item.index : doc_.paragraphs[item.index].section;
        if (!within(section, *root) || (item.heading && item.index == *root)) continue;
        Value v = Value::of_ids(VK::Item, {item.heading ? 1u : 0u, item.index,
                                           static_cast<uint32_t>(item.numbering.value),
                                           static_cast<uint32_t>(item.expected),
                                           static_cast<uint32_t>(item.numbering.style)});
        v.text = item.title;
        v.evidence = {Evidence{item.span, item.title, "", ""}};
        out.push_back(std::move(v));
      }
      return Value::list(std::move(out));
    }
    case BuiltinId::Number: {
      if (args[0].is_missing()) return args[0];
      args[0].figure = as_plain(args[0].figure);
      return args[0];
    }
    case BuiltinId::Values: {
      if (args[0].is_missing()) return args[0];
      std::vector<Value> out;
      for (const auto& row : args[0].items) {
        std::vector<Value> a{row, args[1]};
        out.push_back(this->call(BuiltinId::Value, call, a));
      }
      return Value::list(std::move(out));
    }
  }
  throw RuleError{"unknown built-in"};
}

}  // namespace gk::eval

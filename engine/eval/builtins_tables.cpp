// The built-ins on tables: cell, row, rows, column, value, cells, values, children, lookup;
// and the checks every built-in makes on its arguments.
#include <array>
#include <optional>

#include <fmt/format.h>

#include "base/unicode.h"
#include "document/table_vocabulary.h"
#include "eval/builtins_internal.h"

namespace gk::eval {

bool Call::matches(size_t index, std::string_view text) const {
  return index >= args.size() || context.find(node.args[index], args[index], text);
}

namespace builtin_fns {
namespace {

using VK = Value::Kind;

/// A figure under a column: a percentage when the cell prints % or the header names a rate,
/// an exact count when the header names a count unit (辆, 人次, 分 …), else an amount in the
/// table's declared unit (万元 when the table does not say). An empty cell is an exact zero.
Figure column_figure(const doc::ColumnReading& reading, const Decimal& written, bool empty,
                     doc::MoneyUnit unit) {
  switch (reading.figures) {
    case doc::ColumnFigures::Percentages: return Figure::percentage(written, empty);
    case doc::ColumnFigures::Counts: return Figure::count(written, reading.measure, true);
    case doc::ColumnFigures::Amounts: break;
  }
  return Figure::money(written, unit, empty);
}

/// A table cell as a value: its figure as its column holds it (column_figure), text as
/// Missing.
Value read_cell(Context& cx, uint32_t table, uint32_t row, size_t column) {
  const doc::Table& t = cx.doc().tables[table];
  const doc::TableRow& r = t.rows[row];
  const std::string where = fmt::format("{} / {} / {}", t.title, r.label,
                                        column < t.columns.size() ? t.columns[column].name : "");
  if (column >= r.cells.size()) return Value::missing(fmt::format("“{}”没有这一格", where));
  const doc::TableCell& cell = r.cells[column];
  if (cell.ambiguous)
    return Value::unsure(fmt::format("“{}”：{} 属于哪一列无法确定（转换丢掉了空白格）", where, cell.text));
  const doc::MoneyUnit unit = t.declared_unit.value_or(doc::MoneyUnit::WanYuan);
  Figure f;
  switch (cell.kind) {
    case doc::CellKind::Number:
      f = column_figure(cx.table_reading(table).columns[column], *cell.value, false, unit);
      break;
    case doc::CellKind::Percentage: f = Figure::percentage(*cell.value); break;
    case doc::CellKind::Empty:
      f = column_figure(cx.table_reading(table).columns[column], Decimal(), true, unit);
      break;
    case doc::CellKind::Text:
      return Value::missing(fmt::format("“{}”不是数字：{}", where, cell.text));
  }
  Evidence e{cell.span.empty() ? r.span : cell.span, where, f.display_number(), f.display_unit()};
  return Value::of_figure(std::move(f), std::move(e));
}

/// The cell as read_cell gives it, read once per document.
const Value& cell_value(Context& cx, uint32_t table, uint32_t row, size_t column) {
  auto& cells = cx.table_reading(table).cells;
  const uint64_t key = uint64_t{row} * cx.doc().tables[table].columns.size() + column;
  if (auto found = cells.find(key); found != cells.end()) return found->second;
  return cells.emplace(key, read_cell(cx, table, row, column)).first->second;
}

/// The table of a table argument, or the Missing to return (not found, rows not read).
std::variant<uint32_t, Value> readable_table(Context& cx, const Value& v) {
  if (auto m = missing_in(cx, v)) return *m;
  const uint32_t t = v.primary();
  const doc::Table& table = cx.doc().tables[t];
  if (!table.unread.empty())
    return Value::unsure(fmt::format("“{}”的行未能读出：{}", table.title, table.unread));
  return t;
}

/// rows(), row(), cell(): the rows whose label or subject code matches argument 1.
std::variant<std::vector<Value>, Value> matching_rows(Call& call, bool first_only) {
  auto table = readable_table(call.context, call.args[0]);
  if (auto* m = std::get_if<Value>(&table)) return *m;
  const uint32_t t = std::get<uint32_t>(table);
  const doc::Table& tab = call.context.doc().tables[t];
  std::vector<Value> rows;
  for (uint32_t r = 0; r < tab.rows.size(); ++r) {
    const doc::TableRow& row = tab.rows[r];
    if (!call.matches(1, row.label) && (row.subject_code.empty() || !call.matches(1, row.subject_code)))
      continue;
    rows.push_back(Value::of_ids(VK::Row, {t, r}));
    if (first_only) break;
  }
  return rows;
}

Value no_row(Call& call) {
  const Context& cx = call.context;
  return Value::missing(fmt::format("“{}”中没有“{}”这一行", cx.doc().tables[call.args[0].primary()].title,
                                    cx.show(call.args[1])));
}

/// A name as 科目 names are compared: NFKC, no spaces, no leading code, no trailing
/// （类）/（款）/（项） tag.
std::string subject_name_key(std::string_view name) {
  std::string out;
  for (char c : unicode::nfkc(name))
    if (c != ' ') out.push_back(c);
  size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (digits > 0 && digits < out.size()) out.erase(0, digits);
  for (const char* tag : {"(类)", "(款)", "(项)"})
    if (out.ends_with(tag)) out.erase(out.size() - std::string_view(tag).size());
  return out;
}

/// Row `row` of table `table`'s name as subject_name_key gives it, worked out once per document.
const std::string& row_name_key(Context& cx, uint32_t table, uint32_t row) {
  auto& keys = cx.table_reading(table).name_keys;
  if (keys.empty())
    for (const auto& r : cx.doc().tables[table].rows) keys.push_back(subject_name_key(r.label));
  return keys[row];
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::optional<Value> missing_in(Context& cx, const Value& v) {
  if (v.is_missing()) return v;
  if (v.found_nothing()) return Value::not_there(fmt::format("未找到“{}”", cx.show(v)));
  return std::nullopt;
}

Value optional_scope(const Call& call) {
  if (!call.args.empty()) return call.args[0];
  Value document;
  document.kind = VK::Document;
  return document;
}

bool column_matches(Call& call, size_t index, const doc::TableColumn& column) {
  const Value& arg = call.args[index];
  if (arg.kind == VK::Figure) return column.lanci && Decimal::from_int(*column.lanci) == arg.figure.value;
  return call.matches(index, column.name) || call.matches(index, column.path);
}

namespace {

/// The columns argument `index` of the call names in table `t`, in order. A pattern literal
/// of the rule picks the same columns of a table every time: those are worked out once per
/// document; any other argument's are put in `scratch`.
const std::vector<uint32_t>& picked_columns(Call& call, size_t index, uint32_t t,
                                            std::vector<uint32_t>& scratch) {
  const plan::Node& pattern = call.node.args[index];
  const bool literal = pattern.regex != plan::kNoRegex && call.args[index].kind != VK::Figure;
  if (literal) {  // the same columns of this table every time
    auto& picked = call.context.table_reading(t).picked;
    if (auto found = picked.find(&pattern); found != picked.end()) return found->second;
  }
  scratch.clear();
  const doc::Table& table = call.context.doc().tables[t];
  for (uint32_t c = 0; c < table.columns.size(); ++c)
    if (column_matches(call, index, table.columns[c])) scratch.push_back(c);
  if (!literal) return scratch;
  return call.context.table_reading(t).picked.emplace(&pattern, scratch).first->second;
}

}  // namespace

const Value& row_value_ref(Call& call, const Value& row, size_t column, Value& missing) {
  if (row.is_missing()) return row;
  const uint32_t t = row.ids[0];
  const doc::Table& table = call.context.doc().tables[t];
  std::vector<uint32_t> scratch;
  const auto& picked = picked_columns(call, column, t, scratch);
  if (!picked.empty()) return cell_value(call.context, t, row.ids[1], picked.front());
  missing = Value::missing(fmt::format("“{}”中没有“{}”这一列", table.title, call.context.show(call.args[column])));
  return missing;
}

Value row_value(Call& call, const Value& row, size_t column) {
  Value missing;
  return row_value_ref(call, row, column, missing);
}

Value rows(Call& call) {
  if (call.args.size() < 2) {  // every data row
    auto table = readable_table(call.context, call.args[0]);
    if (auto* m = std::get_if<Value>(&table)) return *m;
    const uint32_t t = std::get<uint32_t>(table);
    std::vector<Value> out;
    for (uint32_t r = 0; r < call.context.doc().tables[t].rows.size(); ++r)
      out.push_back(Value::of_ids(VK::Row, {t, r}));
    return Value::list(std::move(out));
  }
  auto found = matching_rows(call, false);
  if (auto* m = std::get_if<Value>(&found)) return *m;
  return Value::list(std::move(std::get<0>(found)));
}

Value row(Call& call) {
  auto found = matching_rows(call, true);
  if (auto* m = std::get_if<Value>(&found)) return *m;
  auto& rows = std::get<0>(found);
  if (rows.empty()) return no_row(call);
  return rows.front();
}

Value cell(Call& call) {
  auto found = matching_rows(call, true);
  if (auto* m = std::get_if<Value>(&found)) return *m;
  auto& rows = std::get<0>(found);
  if (rows.empty()) return no_row(call);
  return row_value(call, rows.front(), 2);
}

Value column(Call& call) {
  auto table = readable_table(call.context, call.args[0]);
  if (auto* m = std::get_if<Value>(&table)) return *m;
  const uint32_t t = std::get<uint32_t>(table);
  std::vector<Value> cells;
  for (uint32_t r = 0; r < call.context.doc().tables[t].rows.size(); ++r)
    cells.push_back(row_value(call, Value::of_ids(VK::Row, {t, r}), 1));
  return Value::list(std::move(cells));
}

Value value(Call& call) { return row_value(call, call.args[0], 1); }

Value cells(Call& call) {
  const Value& row = call.args[0];
  if (row.is_missing()) return row;
  const uint32_t t = row.ids[0];
  std::vector<Value> out;
  std::vector<uint32_t> scratch;
  for (uint32_t c : picked_columns(call, 1, t, scratch)) out.push_back(cell_value(call.context, t, row.ids[1], c));
  return Value::list(std::move(out));
}

Value values(Call& call) {
  const Value& list = call.args[0];
  if (list.is_missing()) return list;
  std::vector<Value> out;
  for (const auto& row : list.items) out.push_back(row_value(call, row, 1));
  return Value::list(std::move(out));
}

Value children(Call& call) {
  Context& cx = call.context;
  if (auto m = missing_in(cx, call.args[0])) return *m;
  const Value& parent_value = call.args[0];
  const doc::Document& doc = cx.doc();
  std::vector<Value> out;
  if (parent_value.kind == VK::Section) {
    for (uint32_t c : doc.sections[parent_value.primary()].children) out.push_back(Value::of_ids(VK::Section, {c}));
    return Value::list(std::move(out));
  }
  const uint32_t t = parent_value.ids[0];
  const auto& parent = doc.tables[t].rows[parent_value.ids[1]];
  if (parent.subject_code.empty()) return Value::list({});
  for (uint32_t r = 0; r < doc.tables[t].rows.size(); ++r) {
    const auto& row = doc.tables[t].rows[r];
    if (row.subject_code.size() == parent.subject_code.size() + 2 &&
        row.subject_code.starts_with(parent.subject_code))
      out.push_back(Value::of_ids(VK::Row, {t, r}));
  }
  return Value::list(std::move(out));
}

/// The first row whose 科目代码 is the key (digits), or whose whole name is the key: 事业单位
/// 医疗 is not found in 行政事业单位医疗. Among a table's rows, or a list of rows (children(款)).
Value lookup(Call& call) {
  Context& cx = call.context;
  const Value& key = call.args[1];
  if (key.is_missing()) return key;
  // The rows to look among: a list of rows as given, or each row of a table by index.
  const std::vector<Value>* listed = nullptr;
  uint32_t table = 0;
  size_t count = 0;
  if (call.args[0].kind == VK::List) {
    listed = &call.args[0].items;
    count = listed->size();
  } else {
    auto readable = readable_table(cx, call.args[0]);
    if (auto* m = std::get_if<Value>(&readable)) return *m;
    table = std::get<uint32_t>(readable);
    count = cx.doc().tables[table].rows.size();
  }
  const auto where = [&] {
    return listed ? std::string("这些行") : fmt::format("“{}”", cx.doc().tables[table].title);
  };
  std::string code_key;
  for (char c : unicode::nfkc(key.text))
    if (c != ' ') code_key.push_back(c);
  const bool code = all_digits(code_key);
  const std::string wanted = code ? std::string() : subject_name_key(key.text);
  std::optional<std::array<uint32_t, 2>> found;
  size_t same_name = 0;
  bool unsure_labels = false;
  for (size_t i = 0; i < count; ++i) {
    if (listed && (*listed)[i].kind != VK::Row) continue;
    const std::array<uint32_t, 2> at = listed ? std::array{(*listed)[i].ids[0], (*listed)[i].ids[1]}
                                              : std::array{table, static_cast<uint32_t>(i)};
    const doc::TableRow& row = cx.doc().tables[at[0]].rows[at[1]];
    unsure_labels = unsure_labels || row.label_uncertain;
    if (code ? row.subject_code != code_key : row_name_key(cx, at[0], at[1]) != wanted) continue;
    if (code) return Value::of_ids(VK::Row, {at[0], at[1]});
    if (!found) found = at;
    ++same_name;
  }
  if (same_name > 1)  // 行政运行 under several 款: which one is meant cannot be told
    return Value::unsure(fmt::format("{}中有 {} 行名为“{}”，无法确定是哪一行", where(), same_name, key.text));
  if (found) return Value::of_ids(VK::Row, {(*found)[0], (*found)[1]});
  if (unsure_labels && !code)  // a name wrapped in its cell may have been split otherwise
    return Value::unsure(fmt::format("{}中没有名称为“{}”的行；但有的行名是由转换后分成几行的文字拼成的，可能拼错", where(),
                                     key.text));
  Value missing = Value::missing(fmt::format("{}中没有{}为“{}”的行", where(), code ? "科目代码" : "名称", key.text));
  missing.evidence = key.evidence;
  return missing;
}

}  // namespace builtin_fns
}  // namespace gk::eval

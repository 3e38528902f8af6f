// Data rows: side-by-side halves split apart, label, 科目代码 and level, 行次; empties dropped.
#include <algorithm>
#include <iterator>

#include "document/tables_internal.h"

namespace gk::doc::tables {
namespace {

/// What the shared columns say about their cells.
struct ColumnRoles {
  std::vector<bool> code;         ///< 科目代码 / 编码
  std::vector<bool> line_number;  ///< 行次
};

ColumnRoles roles_of(const std::vector<TableColumn>& columns) {
  ColumnRoles roles;
  for (const auto& column : columns) {
    roles.code.push_back(is_code_header(column.name));
    roles.line_number.push_back(column.name == "行次");
  }
  return roles;
}

SubjectLevel subject_level(std::string_view text) {
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return SubjectLevel::None;
  }
  switch (text.size()) {
    case 3: return SubjectLevel::Lei;
    case 5: return SubjectLevel::Kuan;
    case 7: return SubjectLevel::Xiang;
    default: return SubjectLevel::None;
  }
}

/// An identifier written as digits is text, not a figure to add up.
void make_identifier(TableCell& cell) {
  cell.kind = CellKind::Text;
  cell.value.reset();
}

/// A code written in its 类 / 款 / 项 parts ("201 06 01"), joined; other text unchanged.
std::string joined_code(const std::string& text) {
  static constexpr size_t kPartSizes[] = {3, 2, 2};
  std::string code;
  size_t part = 0, start = 0;
  while (start <= text.size() && part < 3) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end - start != kPartSizes[part]) return text;
    code.append(text, start, end - start);
    ++part;
    start = end + 1;
  }
  return start > text.size() ? code : text;
}

void read_code(TableRow& row, TableCell& cell) {
  const std::string code = joined_code(cell.text);
  const SubjectLevel level = subject_level(code);
  if (level == SubjectLevel::None) return;
  row.subject_code = code;
  row.subject_level = level;
  make_identifier(cell);
}

void read_line_number(TableRow& row, TableCell& cell) {
  const auto number = small_integer(cell.text);
  if (!number) return;
  row.line_number = *number;
  make_identifier(cell);
}

bool is_label_cell(const TableRow& row, size_t i, const ColumnRoles& roles) {
  const TableCell& cell = row.cells[i];
  if (cell.kind != CellKind::Text || roles.line_number[i]) return false;
  return !(roles.code[i] && joined_code(cell.text) == row.subject_code);
}

/// Fills code, 行次 and label from the cells (the label is the first text cell that is
/// neither a code nor a 行次).
void read_identifiers(TableRow& row, const ColumnRoles& roles) {
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (roles.code[i] && row.subject_code.empty()) read_code(row, row.cells[i]);
    if (roles.line_number[i] && !row.line_number) read_line_number(row, row.cells[i]);
  }
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!is_label_cell(row, i, roles)) continue;
    row.label = row.cells[i].text;
    break;
  }
}

bool is_empty_row(const TableRow& row, const ColumnRoles& roles) {
  if (!row.label.empty() || !row.subject_code.empty()) return false;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!roles.line_number[i] && row.cells[i].kind != CellKind::Empty) return false;
  }
  return true;
}

/// Group `side` of `raw` (columns [begin, end)) as a row of `width` shared columns.
TableRow group_row(RawRow& raw, size_t begin, size_t end, size_t width, uint32_t side) {
  TableRow row;
  row.side = side;
  row.cells.reserve(width);
  for (size_t i = 0; i < width; ++i) {
    if (begin + i < end) {
      row.cells.push_back(std::move(raw.cells[begin + i]));
      row.span = row.span.merge(row.cells.back().span);
    } else {
      row.cells.push_back(empty_cell(raw.span.end));
    }
  }
  if (side == 0 && end == raw.cells.size()) row.span = raw.span;
  if (row.span.empty()) row.span = raw.span;
  return row;
}

}  // namespace

void add_data_rows(std::vector<RawRow>& data, const std::vector<size_t>& group_starts,
                   Table& table) {
  const ColumnRoles roles = roles_of(table.columns);
  const size_t width = table.columns.size();
  std::vector<std::vector<TableRow>> sides(group_starts.size());
  for (auto& raw : data) {
    for (size_t g = 0; g < group_starts.size(); ++g) {
      const size_t end = g + 1 < group_starts.size() ? group_starts[g + 1] : raw.cells.size();
      TableRow row = group_row(raw, group_starts[g], end, width, static_cast<uint32_t>(g));
      read_identifiers(row, roles);
      if (!is_empty_row(row, roles)) sides[g].push_back(std::move(row));
    }
  }
  for (auto& side : sides) {
    std::move(side.begin(), side.end(), std::back_inserter(table.rows));
  }
}

}  // namespace gk::doc::tables

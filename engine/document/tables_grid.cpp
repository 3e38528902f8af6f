// A table's grid: rectangular rows, header rows through 栏次, column names, paths, groups.
#include <algorithm>
#include <optional>

#include "document/tables_internal.h"

namespace gk::doc::tables {
namespace {

constexpr size_t kMaxHeaderRows = 4;
constexpr size_t kLanciSearchRows = 6;
constexpr size_t kMinLanciSequence = 3;

using HeaderTexts = std::vector<std::vector<std::string>>;  ///< [header row][column]

bool is_figure(const TableCell& cell) {
  return cell.kind == CellKind::Number || cell.kind == CellKind::Percentage;
}

bool has_figures(const RawRow& row) {
  return std::any_of(row.cells.begin(), row.cells.end(), is_figure);
}

/// A header row has no figures; written one cell per line, it also has every cell (a
/// shorter row is a form line or a stray label, not a header).
bool is_header_like(const RawRow& row, TableLayout layout, size_t width) {
  if (has_figures(row)) return false;
  return layout == TableLayout::TabSeparated || row.written_cells == width;
}

/// Width up to the last column with any text, then every row padded or cut to it.
size_t make_rectangular(std::vector<RawRow>& rows) {
  size_t width = 0;
  for (const auto& row : rows) {
    for (size_t c = row.cells.size(); c > width; --c) {
      if (row.cells[c - 1].kind != CellKind::Empty) width = c;
    }
  }
  for (auto& row : rows) {
    row.written_cells = row.cells.size();
    row.cells.resize(width, empty_cell(row.span.end));
  }
  return width;
}

/// A 栏次 row: says 栏次, or (below a first header row) numbers its columns 1, 2, 3, ….
bool is_lanci_row(const RawRow& row, size_t index) {
  for (const auto& cell : row.cells) {
    if (cell.text == "栏次") return true;
  }
  if (index == 0) return false;
  int expected = 1;
  for (const auto& cell : row.cells) {
    if (cell.kind == CellKind::Empty) continue;
    if (small_integer(cell.text) != expected) return false;
    ++expected;
  }
  return expected > static_cast<int>(kMinLanciSequence);
}

std::optional<size_t> find_lanci_row(const std::vector<RawRow>& rows) {
  for (size_t r = 0; r < std::min(rows.size(), kLanciSearchRows); ++r) {
    if (is_lanci_row(rows[r], r)) return r;
    if (has_figures(rows[r])) break;
  }
  return std::nullopt;
}

/// Rows before the data: through the 栏次 row, else the leading header-like rows (one
/// row when the table has no figures early on).
size_t count_header_rows(const std::vector<RawRow>& rows, std::optional<size_t> lanci,
                         TableLayout layout, size_t width) {
  if (lanci) return *lanci + 1;
  size_t count = 0;
  while (count < rows.size() && count <= kMaxHeaderRows &&
         is_header_like(rows[count], layout, width)) {
    ++count;
  }
  if (count < rows.size() && count <= kMaxHeaderRows) return count;
  return is_header_like(rows[0], layout, width) ? std::min<size_t>(1, rows.size() - 1) : 0;
}

HeaderTexts own_header_texts(const std::vector<RawRow>& rows, size_t count, size_t width) {
  HeaderTexts texts(count, std::vector<std::string>(width));
  for (size_t r = 0; r < count; ++r) {
    for (size_t c = 0; c < width; ++c) texts[r][c] = without_spaces(rows[r].cells[c].text);
  }
  return texts;
}

bool has_text_below(const HeaderTexts& own, size_t row, size_t column) {
  for (size_t r = row + 1; r < own.size(); ++r) {
    if (!own[r][column].empty()) return true;
  }
  return false;
}

/// A header cell spanning several columns is written once, at its left; it is carried
/// right over empty cells that have headers below them, within the same parent cell.
HeaderTexts spread_headers(const HeaderTexts& own) {
  HeaderTexts spread = own;
  for (size_t r = 0; r < own.size(); ++r) {
    for (size_t c = 1; c < own[r].size(); ++c) {
      if (!own[r][c].empty() || spread[r][c - 1].empty() || !has_text_below(own, r, c)) continue;
      const bool same_parent =
          r == 0 || (own[r - 1][c].empty() && spread[r - 1][c] == spread[r - 1][c - 1]);
      if (same_parent) spread[r][c] = spread[r][c - 1];
    }
  }
  return spread;
}

TableColumn make_column(const HeaderTexts& own, const HeaderTexts& spread, size_t c) {
  TableColumn column;
  for (size_t r = 0; r < own.size(); ++r) {
    if (!own[r][c].empty()) column.name = own[r][c];
    const std::string& text = spread[r][c];
    if (text.empty() || (r > 0 && text == spread[r - 1][c])) continue;
    column.path += column.path.empty() ? text : "/" + text;
  }
  return column;
}

std::vector<TableColumn> full_columns(const std::vector<RawRow>& rows, size_t label_rows,
                                      size_t width) {
  const HeaderTexts own = own_header_texts(rows, label_rows, width);
  const HeaderTexts spread = spread_headers(own);
  std::vector<TableColumn> columns;
  for (size_t c = 0; c < width; ++c) columns.push_back(make_column(own, spread, c));
  return columns;
}

void set_lanci(const RawRow& lanci_row, std::vector<TableColumn>& columns) {
  for (size_t c = 0; c < columns.size(); ++c) {
    if (auto number = small_integer(lanci_row.cells[c].text)) columns[c].lanci = *number;
  }
}

/// Column positions where a repeated label header starts a side-by-side group
/// ("项目" twice, or 科目代码 two or three times); {0} for an ordinary table.
std::vector<size_t> find_group_starts(const std::vector<RawRow>& rows, size_t label_rows) {
  for (size_t r = 0; r < label_rows; ++r) {
    std::vector<size_t> items, codes;
    for (size_t c = 0; c < rows[r].cells.size(); ++c) {
      const std::string text = without_spaces(rows[r].cells[c].text);
      if (text == "项目") items.push_back(c);
      if (is_code_header(text)) codes.push_back(c);
    }
    std::vector<size_t>& starts = items.size() >= 2 ? items : codes;
    if (starts.size() < 2 || starts.size() > 3) continue;
    starts.front() = 0;
    return starts;
  }
  return {0};
}

/// The table's columns: position i comes from the first group at least i + 1 wide.
std::vector<TableColumn> shared_columns(const std::vector<TableColumn>& full,
                                        const std::vector<size_t>& starts) {
  std::vector<TableColumn> shared;
  for (size_t g = 0; g < starts.size(); ++g) {
    const size_t end = g + 1 < starts.size() ? starts[g + 1] : full.size();
    for (size_t c = starts[g] + shared.size(); c < end; ++c) shared.push_back(full[c]);
  }
  return shared;
}

}  // namespace

void build_grid(RawBlock& block, Table& table) {
  auto& rows = block.rows;
  const size_t width = make_rectangular(rows);
  const auto lanci = find_lanci_row(rows);
  const size_t header_count = count_header_rows(rows, lanci, block.layout, width);
  const size_t label_rows = lanci ? *lanci : header_count;
  auto full = full_columns(rows, label_rows, width);
  if (lanci) set_lanci(rows[*lanci], full);
  const auto starts = find_group_starts(rows, label_rows);
  table.columns = shared_columns(full, starts);
  for (size_t r = 0; r < header_count; ++r) table.header_rows.push_back(std::move(rows[r].cells));
  rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(header_count));
  add_data_rows(rows, starts, table);
}

}  // namespace gk::doc::tables

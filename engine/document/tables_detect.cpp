// Finding table-shaped runs of lines in either layout, rejecting lone tabbed prose lines.
#include <algorithm>
#include <optional>

#include "base/unicode.h"
#include "document/structure.h"
#include "document/tables_internal.h"

namespace gk::doc::tables {
namespace {

/// What a physical line can be in a table.
enum class LineKind {
  Gap,   ///< blank, no TAB: separates rows of one cell per line
  Text,  ///< ordinary text
  Cell,  ///< TAB first, at most one non-empty field: one cell of a cell-per-line row
  Row,   ///< a tab-separated row
};

constexpr size_t kMaxCellLineFields = 3;
constexpr size_t kMaxGapInsideRegion = 2;
constexpr size_t kMaxJoinedTextLength = 20;  ///< code points of a text line inside a cell

struct Scan {
  const SourceText& source;
  Lines lines;
  std::vector<LineKind> kinds;
  std::vector<std::vector<TableCell>> fields;  ///< cells of each tabbed line's fields
};

size_t non_empty_count(const std::vector<TableCell>& cells, size_t from = 0) {
  size_t n = 0;
  for (size_t i = from; i < cells.size(); ++i) n += cells[i].kind != CellKind::Empty;
  return n;
}

LineKind kind_of(const Line& line, const std::vector<TableCell>& fields) {
  if (!line.tabbed) return line.blank ? LineKind::Gap : LineKind::Text;
  const bool tab_first = fields.size() >= 2 && fields[0].kind == CellKind::Empty;
  if (tab_first && fields.size() <= kMaxCellLineFields && non_empty_count(fields, 1) <= 1) {
    return LineKind::Cell;
  }
  return LineKind::Row;
}

/// A single cell-looking line touching a tab-separated row is a row of that table.
void join_lone_cells_to_rows(std::vector<LineKind>& kinds) {
  const size_t n = kinds.size();
  for (size_t i = 0; i < n; ++i) {
    if (kinds[i] != LineKind::Cell) continue;
    const bool prev_cell = i > 0 && kinds[i - 1] == LineKind::Cell;
    const bool next_cell = i + 1 < n && kinds[i + 1] == LineKind::Cell;
    const bool prev_row = i > 0 && kinds[i - 1] == LineKind::Row;
    const bool next_row = i + 1 < n && kinds[i + 1] == LineKind::Row;
    if (!prev_cell && !next_cell && (prev_row || next_row)) kinds[i] = LineKind::Row;
  }
}

Scan classify(const SourceText& source, Lines lines) {
  Scan scan{source, lines, {}, {}};
  scan.kinds.reserve(lines.size());
  scan.fields.resize(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].tabbed) {
      scan.fields[i].reserve(lines[i].fields.size());
      for (const Span field : lines[i].fields) scan.fields[i].push_back(make_cell(source, field));
    }
    scan.kinds.push_back(kind_of(lines[i], scan.fields[i]));
  }
  join_lone_cells_to_rows(scan.kinds);
  return scan;
}

bool looks_like_table(const std::vector<RawRow>& rows, TableLayout layout) {
  size_t wide_rows = 0;
  bool numeric = false;
  for (const auto& row : rows) {
    wide_rows += non_empty_count(row.cells) >= 2;
    for (const auto& cell : row.cells) {
      numeric = numeric || cell.kind == CellKind::Number || cell.kind == CellKind::Percentage;
    }
  }
  if (wide_rows >= 2) return true;
  if (rows.size() >= 2 && wide_rows >= 1 && numeric) return true;
  // A lone tab-separated line of labels and figures (chart data under 附表).
  return layout == TableLayout::TabSeparated && rows.size() == 1 &&
         non_empty_count(rows[0].cells) >= 3 && numeric;
}

RawBlock make_block(TableLayout layout, std::vector<RawRow> rows) {
  RawBlock block;
  block.layout = layout;
  block.first_line = rows.front().first_line;
  block.last_line = rows.back().last_line;
  block.rows = std::move(rows);
  return block;
}

// --- tab-separated ---------------------------------------------------------------------

RawRow tab_row(const Scan& scan, size_t i) {
  RawRow row;
  row.cells = scan.fields[i];
  row.span = scan.lines[i].span;
  row.first_line = row.last_line = static_cast<uint32_t>(i);
  return row;
}

/// Takes the run of rows starting at `i` (single blank lines allowed inside); returns the
/// index after it.
size_t take_tab_run(const Scan& scan, size_t i, std::vector<RawBlock>& blocks) {
  std::vector<RawRow> rows;
  const size_t n = scan.kinds.size();
  while (i < n && scan.kinds[i] == LineKind::Row) {
    rows.push_back(tab_row(scan, i++));
    if (i + 1 < n && scan.kinds[i] == LineKind::Gap && scan.kinds[i + 1] == LineKind::Row) ++i;
  }
  if (looks_like_table(rows, TableLayout::TabSeparated)) {
    blocks.push_back(make_block(TableLayout::TabSeparated, std::move(rows)));
  }
  return i;
}

// --- one cell per line -----------------------------------------------------------------

enum class GroupKind { Cells, Mixed, Other };

size_t group_end(const Scan& scan, size_t begin) {
  size_t end = begin;
  while (end < scan.kinds.size() && scan.kinds[end] != LineKind::Gap) ++end;
  return end;
}

bool short_text_line(const Scan& scan, size_t i) {
  return unicode::length(scan.lines[i].view.text) <= kMaxJoinedTextLength;
}

/// Cells: only cell lines. Mixed: cell lines with short text lines that continue a cell
/// (never last). Other: anything else.
GroupKind group_kind(const Scan& scan, size_t begin, size_t end) {
  size_t cells = 0;
  for (size_t i = begin; i < end; ++i) {
    const LineKind kind = scan.kinds[i];
    if (kind == LineKind::Cell) ++cells;
    else if (kind != LineKind::Text || !short_text_line(scan, i)) return GroupKind::Other;
  }
  if (cells == end - begin) return GroupKind::Cells;
  if (cells == 0 || scan.kinds[end - 1] != LineKind::Cell) return GroupKind::Other;
  return GroupKind::Mixed;
}

/// The field holding a cell line's content (its one non-empty field, else the first after
/// the TAB).
Span cell_field(const Scan& scan, size_t i) {
  const auto& fields = scan.fields[i];
  for (size_t f = 1; f < fields.size(); ++f) {
    if (fields[f].kind != CellKind::Empty) return scan.lines[i].fields[f];
  }
  return scan.lines[i].fields[1];
}

/// One row of a cell-per-line table: each cell line starts a cell; a text line continues
/// the cell before it (or starts one at the top of the row).
RawRow cell_row(const Scan& scan, size_t begin, size_t end) {
  RawRow row;
  std::optional<Span> pending;
  for (size_t i = begin; i < end; ++i) {
    const bool starts_cell = scan.kinds[i] == LineKind::Cell;
    if (starts_cell && pending) row.cells.push_back(make_cell(scan.source, *pending));
    if (starts_cell || !pending) {
      pending = starts_cell ? cell_field(scan, i) : scan.lines[i].span;
    } else {
      pending = pending->merge(scan.lines[i].span);
    }
  }
  if (pending) row.cells.push_back(make_cell(scan.source, *pending));
  row.span = scan.lines[begin].span.merge(scan.lines[end - 1].span);
  row.first_line = static_cast<uint32_t>(begin);
  row.last_line = static_cast<uint32_t>(end - 1);
  return row;
}

/// A one-cell row that titles what follows rather than belonging to a table: a numbered
/// heading ("（一）2021年度整体支出情况") or a name ending in 表.
bool is_heading_row(const Scan& scan, const RawRow& row) {
  if (row.cells.size() != 1) return false;
  const MatchingView view = matching_view(scan.source, row.cells[0].span);
  return parse_number_prefix(view).has_value() || view.text.ends_with("表");
}

bool has_several_cells(const RawRow& row) { return row.cells.size() > 1; }

/// One segment of a region, without its leading and trailing one-cell rows, if it looks
/// like a table.
void add_segment(std::vector<RawRow> rows, std::vector<RawBlock>& blocks) {
  const auto first = std::find_if(rows.begin(), rows.end(), has_several_cells);
  const auto last = std::find_if(rows.rbegin(), rows.rend(), has_several_cells);
  if (first == rows.end()) return;
  std::vector<RawRow> kept(std::make_move_iterator(first), std::make_move_iterator(last.base()));
  if (looks_like_table(kept, TableLayout::CellPerLine)) {
    blocks.push_back(make_block(TableLayout::CellPerLine, std::move(kept)));
  }
}

/// Splits a region's rows at heading rows; each part that looks like a table is a block.
void add_segments(const Scan& scan, std::vector<RawRow> rows, std::vector<RawBlock>& blocks) {
  std::vector<RawRow> segment;
  for (auto& row : rows) {
    if (is_heading_row(scan, row)) {
      add_segment(std::move(segment), blocks);
      segment.clear();
    } else {
      segment.push_back(std::move(row));
    }
  }
  add_segment(std::move(segment), blocks);
}

/// Takes the region of cell-line groups starting at `begin`; returns the index after it.
size_t take_cell_region(const Scan& scan, size_t begin, std::vector<RawBlock>& blocks) {
  std::vector<RawRow> rows;
  size_t end = group_end(scan, begin);
  size_t next = begin;
  while (true) {
    rows.push_back(cell_row(scan, begin, end));
    next = end;
    while (next < scan.kinds.size() && scan.kinds[next] == LineKind::Gap) ++next;
    if (next == scan.kinds.size() || next - end > kMaxGapInsideRegion) break;
    const size_t next_end = group_end(scan, next);
    if (group_kind(scan, next, next_end) == GroupKind::Other) break;
    begin = next;
    end = next_end;
  }
  add_segments(scan, std::move(rows), blocks);
  return end;
}

}  // namespace

std::vector<RawBlock> find_blocks(const SourceText& source, Lines lines) {
  const Scan scan = classify(source, lines);
  std::vector<RawBlock> blocks;
  size_t i = 0;
  while (i < lines.size()) {
    const LineKind kind = scan.kinds[i];
    if (kind == LineKind::Row) {
      i = take_tab_run(scan, i, blocks);
    } else if (kind == LineKind::Cell &&
               group_kind(scan, i, group_end(scan, i)) == GroupKind::Cells) {
      i = take_cell_region(scan, i, blocks);
    } else {
      ++i;
    }
  }
  return blocks;
}

}  // namespace gk::doc::tables

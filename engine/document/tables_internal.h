// Internals of table extraction shared by its translation units (not a public API): the raw
// blocks found in the lines, the grid built from them, and the text around a table.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "document/lines.h"
#include "document/model.h"

namespace gk::doc::tables {

/// One row as written: its cells in order (spans, matching-view text, kind and value).
struct RawRow {
  std::vector<TableCell> cells;
  Span span;
  uint32_t first_line = 0;  ///< index into the lines
  uint32_t last_line = 0;
  size_t written_cells = 0;  ///< cells before the row was padded to the table's width
};

/// A run of lines laid out as a table, before headers and columns are known.
struct RawBlock {
  TableLayout layout = TableLayout::TabSeparated;
  std::vector<RawRow> rows;
  uint32_t first_line = 0;  ///< index of the first row's first line
  uint32_t last_line = 0;   ///< index of the last row's last line
};

/// A cell of the original bytes `span`: matching view, kind and value.
TableCell make_cell(const SourceText& source, Span span);
/// An empty cell at `offset` (for padding ragged rows).
TableCell empty_cell(uint32_t offset);

/// The table-shaped blocks among `lines`, in document order.
std::vector<RawBlock> find_blocks(const SourceText& source, Lines lines);

/// Fills header_rows, columns and rows of `table` from the block's rows (which it takes).
void build_grid(RawBlock& block, Table& table);

/// Splits each data row into its side-by-side groups (starting at `group_starts`) and
/// appends the resulting TableRows to `table.rows`, side 0 first; drops empty rows.
void add_data_rows(std::vector<RawRow>& data, const std::vector<size_t>& group_starts,
                   Table& table);

/// A 科目代码 / 编码 column header.
bool is_code_header(std::string_view name);
/// A whole number of at most four ASCII digits ("12"), else nullopt.
std::optional<int> small_integer(std::string_view text);

/// Reads the title, code, unit and 部门 lines above line `first` (not above `floor`),
/// marking consumed lines; returns the index of the first line that belongs to the table.
uint32_t read_metadata(Lines lines, uint32_t first, uint32_t floor,
                       Table& table, std::vector<bool>& consumed);

/// Reads the notes below line `last` (not at or beyond `limit`), marking them consumed;
/// returns the index of the table's last line (the last note, or `last`).
uint32_t read_notes(const SourceText& source, Lines lines, uint32_t last,
                    uint32_t limit, Table& table, std::vector<bool>& consumed);

/// Matching-view text with ASCII spaces removed ("事业 收入" → "事业收入").
std::string without_spaces(std::string_view text);

}  // namespace gk::doc::tables

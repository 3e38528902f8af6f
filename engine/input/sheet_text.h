// A worksheet as text, whatever workbook format it came from (XLSX, XLS): its title line
// (the sheet's one-cell title row, or else the sheet's name), one-cell rows (the 单位 line)
// as lines of their own, every other row TAB-separated over the sheet's columns.
#pragma once

#include <string>
#include <vector>

namespace gk::input {

/// Cells by row, then column; "" for an empty cell.
using SheetGrid = std::vector<std::vector<std::string>>;

std::string sheet_text(const SheetGrid& grid, const std::string& sheet_name);

}  // namespace gk::input

// Excel (XLSX) to text: each sheet, in the workbook's order, becomes a table under its
// title — the sheet's own title row, or else the sheet's name — with its 单位 line: a row
// of one cell is a line of its own, any other row TAB-separated over the sheet's columns.
// Shared strings and inline strings are read as text; numbers as their cell format shows
// them (decimals, thousands separators, percentages); a merged range keeps its value in
// its first cell, the rest empty, as Excel shows it.
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>

#include "input/office_package.h"
#include "input/office_readers.h"
#include "input/sheet_text.h"

namespace gk::input {
namespace {

constexpr size_t kMaxColumns = 1000;  ///< columns read from one sheet

/// How a number is shown: decimals, thousands separators, percent.
struct NumberFormat {
  int decimals = -1;  ///< -1: General (as stored, up to 11 significant digits)
  bool thousands = false;
  bool percent = false;
};

NumberFormat parse_format_code(std::string_view code) {
  NumberFormat f;
  const auto section = code.substr(0, code.find(';'));
  f.thousands = section.find(",") != std::string_view::npos && section.find('#') != std::string_view::npos;
  f.percent = section.find('%') != std::string_view::npos;
  const auto dot = section.find('.');
  if (section.find('0') == std::string_view::npos && section.find('#') == std::string_view::npos) return f;
  f.decimals = 0;
  if (dot != std::string_view::npos) {
    for (size_t i = dot + 1; i < section.size() && (section[i] == '0' || section[i] == '#'); ++i) ++f.decimals;
  }
  return f;
}

NumberFormat builtin_format(int id) {
  switch (id) {
    case 1: return {0, false, false};
    case 2: return {2, false, false};
    case 3: return {0, true, false};
    case 4: return {2, true, false};
    case 9: return {0, false, true};
    case 10: return {2, false, true};
    default: return {};
  }
}

std::string with_thousands(std::string_view digits) {
  const size_t start = digits.starts_with('-') ? 1 : 0;
  const size_t dot = std::min(digits.find('.'), digits.size());
  std::string out(digits.substr(0, start));
  for (size_t i = start; i < dot; ++i) {
    if (i > start && (dot - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  out += digits.substr(dot);
  return out;
}

std::string format_value(const std::string& stored, const NumberFormat& f) {
  char* end = nullptr;
  double value = std::strtod(stored.c_str(), &end);
  if (end == stored.c_str() || !std::isfinite(value)) return stored;
  if (f.percent) value *= 100;
  char buffer[64];
  if (f.decimals < 0) std::snprintf(buffer, sizeof buffer, "%.11g", value);
  else std::snprintf(buffer, sizeof buffer, "%.*f", f.decimals, value);
  std::string out = f.thousands ? with_thousands(buffer) : std::string(buffer);
  return f.percent ? out + "%" : out;
}

struct Workbook {
  std::vector<std::string> strings;
  std::vector<NumberFormat> styles;  ///< by cellXfs index
};

std::vector<std::string> shared_strings(const pugi::xml_document& xml) {
  std::vector<std::string> out;
  for (const auto& si : xml.child("sst").children("si")) out.push_back(text_of(si, "t"));
  return out;
}

std::vector<NumberFormat> cell_styles(const pugi::xml_document& xml) {
  const auto root = xml.child("styleSheet");
  std::map<int, NumberFormat> custom;
  for (const auto& fmt : root.child("numFmts").children("numFmt")) {
    custom[fmt.attribute("numFmtId").as_int()] = parse_format_code(fmt.attribute("formatCode").as_string());
  }
  std::vector<NumberFormat> out;
  for (const auto& xf : root.child("cellXfs").children("xf")) {
    const int id = xf.attribute("numFmtId").as_int();
    const auto it = custom.find(id);
    out.push_back(it != custom.end() ? it->second : builtin_format(id));
  }
  return out;
}

/// "C12" → column 2 (0-based), row 11; false when it is not a cell reference.
bool parse_reference(std::string_view ref, size_t& column, size_t& row) {
  size_t i = 0, col = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) col = col * 26 + static_cast<size_t>(ref[i] - 'A' + 1);
  if (i == 0 || i == ref.size() || col == 0) return false;
  size_t r = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9') return false;
    r = r * 10 + static_cast<size_t>(ref[i] - '0');
  }
  column = col - 1;
  row = r - 1;
  return r > 0;
}

std::string cell_value(const pugi::xml_node& c, const Workbook& book) {
  const std::string_view type = c.attribute("t").as_string("n");
  const std::string stored = c.child("v").text().get();
  if (type == "s") {
    const auto index = static_cast<size_t>(std::strtoul(stored.c_str(), nullptr, 10));
    return index < book.strings.size() ? book.strings[index] : "";
  }
  if (type == "inlineStr") return text_of(c.child("is"), "t");
  if (type == "str" || type == "e") return stored;
  if (type == "b") return stored == "1" ? "TRUE" : "FALSE";
  if (stored.empty()) return "";
  const auto style = static_cast<size_t>(c.attribute("s").as_int(0));
  return format_value(stored, style < book.styles.size() ? book.styles[style] : NumberFormat{});
}

using Grid = SheetGrid;

Grid read_grid(const pugi::xml_document& sheet, const Workbook& book) {
  Grid grid;
  for (const auto& row : sheet.child("worksheet").child("sheetData").children("row")) {
    size_t next_column = 0;
    const size_t r = static_cast<size_t>(std::max(1, row.attribute("r").as_int(static_cast<int>(grid.size()) + 1))) - 1;
    if (r >= grid.size()) grid.resize(r + 1);
    for (const auto& c : row.children("c")) {
      size_t column = next_column, ignored = 0;
      if (const char* ref = c.attribute("r").as_string(nullptr)) parse_reference(ref, column, ignored);
      next_column = column + 1;
      if (column >= kMaxColumns) continue;
      std::string value = cell_value(c, book);
      if (value.empty()) continue;
      for (auto& ch : value) {
        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
      }
      if (grid[r].size() <= column) grid[r].resize(column + 1);
      grid[r][column] = std::move(value);
    }
  }
  return grid;
}

/// The sheets' names and part paths, in the workbook's order.
std::vector<std::pair<std::string, std::string>> sheets(const pugi::xml_document& workbook,
                                                        const pugi::xml_document& rels) {
  std::map<std::string, std::string> targets;
  for (const auto& rel : rels.child("Relationships").children("Relationship")) {
    std::string target = rel.attribute("Target").as_string();
    if (target.starts_with("/")) target.erase(0, 1);
    else target = "xl/" + target;
    targets[rel.attribute("Id").as_string()] = target;
  }
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& sheet : workbook.child("workbook").child("sheets").children("sheet")) {
    const auto it = targets.find(sheet.attribute("r:id").as_string());
    if (it != targets.end()) out.emplace_back(sheet.attribute("name").as_string(), it->second);
  }
  return out;
}

}  // namespace
namespace {

size_t filled(const std::vector<std::string>& row) {
  size_t n = 0;
  for (const auto& cell : row) n += !cell.empty();
  return n;
}

}  // namespace

std::string sheet_text(const SheetGrid& grid, const std::string& sheet_name) {
  size_t width = 0;
  for (const auto& row : grid) width = std::max(width, row.size());
  std::string out;
  bool titled = false;
  for (const auto& row : grid) {
    if (filled(row) >= 2) break;
    for (const auto& cell : row) titled = titled || std::string_view(cell).ends_with("表");
  }
  if (!titled) out += sheet_name + '\n';
  for (const auto& row : grid) {
    if (filled(row) == 0) continue;
    if (filled(row) == 1) {
      for (const auto& cell : row) out += cell;
      out += '\n';
      continue;
    }
    for (size_t c = 0; c < width; ++c) {
      if (c > 0) out += '\t';
      if (c < row.size()) out += row[c];
    }
    out += '\n';
  }
  return out + '\n';
}


doc::ReadResult read_xlsx(std::string name, const std::string& bytes, const doc::ReadLimits& limits) {
  Diagnostic error;
  auto package = Package::open(bytes, name, error);
  if (!package) return error;
  auto workbook = package->xml("xl/workbook.xml");
  auto rels = workbook ? package->xml("xl/_rels/workbook.xml.rels") : std::nullopt;
  auto strings = rels ? package->xml("xl/sharedStrings.xml", true) : std::nullopt;
  auto styles = strings ? package->xml("xl/styles.xml", true) : std::nullopt;
  if (!styles) return package->error();
  Workbook book{shared_strings(*strings), cell_styles(*styles)};
  std::string text;
  for (const auto& [sheet_name, part] : sheets(*workbook, *rels)) {
    auto sheet = package->xml(part);
    if (!sheet) return package->error();
    text += sheet_text(read_grid(*sheet, book), sheet_name);
  }
  return doc::decode_document(std::move(name), std::move(text), limits);
}

}  // namespace gk::input

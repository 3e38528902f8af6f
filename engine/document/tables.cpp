// Table extraction front: blocks, their surrounding text and grid; references to tables.
#include "document/tables.h"

#include <algorithm>

#include "document/numbers.h"
#include "document/plain_tables.h"
#include "document/tables_internal.h"

namespace gk::doc {
namespace tables {

TableCell make_cell(const SourceText& source, Span span) {
  TableCell cell;
  ViewText view = matching_text(source, span);
  cell.span = view.text.empty() ? span : view.original;
  cell.text = std::move(view.text);
  if (cell.text.empty()) return cell;
  cell.kind = CellKind::Text;
  if (auto number = parse_cell_number(cell.text)) {
    cell.kind = number->percentage ? CellKind::Percentage : CellKind::Number;
    cell.value = number->value;
  }
  return cell;
}

TableCell empty_cell(uint32_t offset) {
  TableCell cell;
  cell.span = Span{offset, offset};
  return cell;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

bool is_code_header(std::string_view name) {
  return name.find("代码") != std::string_view::npos || name.find("编码") != std::string_view::npos ||
         name == "类款项" || name == "类款";
}

std::optional<int> small_integer(std::string_view text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace tables

namespace {

void consume_rows(const tables::RawBlock& block, std::vector<bool>& consumed) {
  for (uint32_t i = block.first_line; i <= block.last_line; ++i) consumed[i] = true;
}

}  // namespace

std::vector<Table> extract_tables(const SourceText& source, Lines lines,
                                  std::vector<bool>& consumed) {
  auto blocks = tables::find_blocks(source, lines);
  std::vector<Table> found;
  uint32_t floor = 0;
  for (size_t b = 0; b < blocks.size(); ++b) {
    auto& block = blocks[b];
    Table table;
    table.layout = block.layout;
    consume_rows(block, consumed);
    const uint32_t top = tables::read_metadata(lines, block.first_line, floor, table, consumed);
    const uint32_t limit =
        b + 1 < blocks.size() ? blocks[b + 1].first_line : static_cast<uint32_t>(lines.size());
    const uint32_t bottom =
        tables::read_notes(source, lines, block.last_line, limit, table, consumed);
    tables::build_grid(block, table);
    table.span = lines[top].span.merge(lines[bottom].span);
    found.push_back(std::move(table));
    floor = bottom + 1;
  }
  // Then the tables written without TABs, among the lines the TAB tables left.
  auto plain = extract_plain_tables(source, lines, consumed);
  if (!plain.empty()) {
    for (auto& table : plain) found.push_back(std::move(table));
    std::stable_sort(found.begin(), found.end(),
                     [](const Table& a, const Table& b) { return a.span.begin < b.span.begin; });
  }
  return found;
}

std::vector<TableReference> find_table_references(Lines lines,
                                                  const std::vector<bool>& consumed) {
  std::vector<TableReference> references;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i < consumed.size() && consumed[i]) continue;
    const std::string& text = lines[i].view.text;
    if (text.find("见附表") != std::string::npos || text.find("见附件") != std::string::npos) {
      references.push_back(TableReference{lines[i].span, text});
    }
  }
  return references;
}

}  // namespace gk::doc

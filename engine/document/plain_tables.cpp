// Table regions without TABs: captions, the lines that belong to each table, its form, and
// the Table assembled from the rows and columns the builders find.
#include "document/plain_tables.h"

#include <algorithm>
#include <unordered_set>

#include "base/unicode.h"
#include "document/plain_tables_internal.h"
#include "document/table_vocabulary.h"

namespace gk::doc {
namespace {

using plain::PlacedToken;
using plain::Region;
using plain::RegionWords;
using plain::TokenKind;
using Words = std::vector<std::vector<PlacedToken>>;

bool has_figures(const Words& words) {
  for (const auto& line : words)
    for (const auto& t : line)
      if (t.kind == TokenKind::Number) return true;
  return false;
}

/// Rows cannot be rebuilt when nearly every line holds one word and most figures stand on
/// lines of their own (whole columns written one after another).
bool column_blocks(const Words& words) {
  size_t figure_lines = 0, mixed = 0, lines = 0, single = 0;
  for (const auto& line : words) {
    if (line.empty()) continue;
    ++lines;
    single += line.size() == 1;
    bool figure = false, other = false;
    for (const auto& t : line) (t.kind == TokenKind::Number ? figure : other) = true;
    figure_lines += figure;
    mixed += figure && other;
  }
  return figure_lines >= 3 && mixed * 4 < figure_lines && single * 4 >= lines * 3;
}

bool space_aligned(const Words& words) {
  size_t multi = 0, wide = 0;
  for (const auto& line : words) {
    if (line.size() < 2) continue;
    ++multi;
    for (size_t i = 1; i < line.size(); ++i)
      if (line[i].x0 >= line[i - 1].x1 + 3) { ++wide; break; }
  }
  return multi > 0 && wide * 10 >= multi * 3;
}

bool has_codes(const Words& words, std::string_view header) {
  if (header.find("编码") != std::string_view::npos || header.find("代码") != std::string_view::npos) return true;
  size_t coded = 0;
  for (const auto& line : words)
    coded += !line.empty() && line.front().kind == TokenKind::Code && line.front().text.size() == 3;
  return coded >= 2;
}

/// The first line of data: a figure or a row's 类 code; in a table without figures, a
/// numbered label or a lone total (the header above may hold a lone "合计" too, so it only
/// counts when nothing else marks the data).
uint32_t first_data_line(const Words& words, bool codes) {
  for (uint32_t y = 0; y < words.size(); ++y)
    for (const auto& t : words[y])
      if (t.kind == TokenKind::Number || (codes && t.kind == TokenKind::Code && t.line_start && t.text.size() == 3))
        return y;
  for (uint32_t y = 0; y < words.size(); ++y) {
    size_t texts = 0;
    for (const auto& t : words[y]) texts += t.kind == TokenKind::Text;
    for (const auto& t : words[y])
      if (t.kind == TokenKind::Text && (plain::starts_numbered(t.text) || (plain::is_total_label(t.text) && texts == 1)))
        return y;
  }
  return static_cast<uint32_t>(words.size());
}

/// Clears the header repeated below the data (at the top of a continuation page): a line of
/// two or more words, no figure, every word one of the header's.
void drop_repeated_headers(Words& words, uint32_t first_data_y) {
  std::unordered_set<std::string_view> header;
  for (uint32_t y = 0; y < first_data_y && y < words.size(); ++y)
    for (const auto& t : words[y]) header.insert(t.text);
  for (uint32_t y = first_data_y + 1; y < words.size(); ++y) {
    auto& line = words[y];
    const bool repeated = line.size() >= 2 && std::all_of(line.begin(), line.end(), [&](const PlacedToken& t) {
      return t.kind == TokenKind::Text && header.count(t.text) > 0;
    });
    if (repeated) line.clear();
  }
}

std::string header_text(const Words& words, uint32_t first_data_y) {
  std::string text;
  for (uint32_t y = 0; y < first_data_y && y < words.size(); ++y)
    for (const auto& t : words[y]) text += t.text;
  return text;
}

TableColumn column_of(const VocabularyColumn* left, const VocabularyColumn* right) {
  const VocabularyColumn& c = left != nullptr ? *left : *right;
  TableColumn column{c.name, c.path, std::nullopt};
  if (left != nullptr && right != nullptr && right->path != left->path) column.path += "|" + right->path;
  return column;
}

void set_columns(Table& table, const VocabularyLayout& layout, bool codes) {
  if (codes) table.columns.push_back(TableColumn{"科目编码", "科目编码", std::nullopt});
  table.columns.push_back(TableColumn{codes ? "科目名称" : "项目", codes ? "科目名称" : "项目", std::nullopt});
  const size_t width = std::max(layout.columns.size(), layout.right.size());
  for (size_t c = 0; c < width; ++c)
    table.columns.push_back(column_of(c < layout.columns.size() ? &layout.columns[c] : nullptr,
                                      c < layout.right.size() ? &layout.right[c] : nullptr));
}

SubjectLevel level_of(const std::string& code) {
  switch (code.size()) {
    case 3: return SubjectLevel::Lei;
    case 5: return SubjectLevel::Kuan;
    case 7: return SubjectLevel::Xiang;
    default: return SubjectLevel::None;
  }
}

TableCell text_cell(std::string text, Span span) {
  TableCell cell;
  cell.span = span;
  cell.text = std::move(text);
  cell.kind = cell.text.empty() ? CellKind::Empty : CellKind::Text;
  return cell;
}

TableRow table_row(const plain::DraftRow& draft, std::vector<TableCell> figures, bool codes) {
  TableRow row;
  row.side = draft.side;
  Span label_span, code_span;
  for (const PlacedToken* t : draft.label) {
    row.label += t->text;
    label_span = label_span.empty() ? t->span : label_span.merge(t->span);
    row.label_uncertain = row.label_uncertain || t->y != draft.label.front()->y;
  }
  for (const PlacedToken* t : draft.code_tokens) code_span = code_span.empty() ? t->span : code_span.merge(t->span);
  row.subject_level = level_of(draft.code);
  if (row.subject_level != SubjectLevel::None) row.subject_code = draft.code;
  if (codes) row.cells.push_back(text_cell(draft.code, code_span));
  row.cells.push_back(text_cell(row.label, label_span));
  for (auto& cell : figures) row.cells.push_back(std::move(cell));
  for (const auto& cell : row.cells)
    if (!cell.span.empty()) row.span = row.span.empty() ? cell.span : row.span.merge(cell.span);
  return row;
}

const VocabularyLayout& generic_layout(const Words& words, uint32_t first, VocabularyLayout& storage) {
  size_t widest = 0;
  for (uint32_t y = first; y < words.size(); ++y) {
    size_t n = 0;
    for (const auto& t : words[y]) n += t.kind == TokenKind::Number;
    widest = std::max(widest, n);
  }
  for (size_t c = 0; c < widest; ++c) storage.columns.push_back(VocabularyColumn{"列" + std::to_string(c + 1), "列" + std::to_string(c + 1), false});
  return storage;
}

void add_rows(Table& table, Words& words, const VocabularyTable* vocabulary, bool positional) {
  const std::string header_probe = header_text(words, first_data_line(words, false));
  const bool codes = has_codes(words, header_probe);
  if (!codes)
    for (auto& line : words)
      for (auto& t : line)
        if (t.kind == TokenKind::Code) t.kind = TokenKind::Number;  // digits are figures here
  plain::RowContext context;
  context.vocabulary = vocabulary;
  context.codes = codes;
  context.side_by_side = vocabulary != nullptr && vocabulary->side_by_side();
  context.first_data_y = first_data_line(words, codes);
  drop_repeated_headers(words, context.first_data_y);
  VocabularyLayout generic;
  const std::string header = header_text(words, context.first_data_y);
  const VocabularyLayout& layout = vocabulary != nullptr ? vocabulary->layout_for(header)
                                                         : generic_layout(words, context.first_data_y, generic);
  set_columns(table, layout, codes);
  const auto drafts = positional ? plain::rows_by_position(words, context) : plain::rows_in_sequence(words, context);
  for (uint32_t side = 0; side < 2; ++side) {
    const auto& columns = side == 1 && !layout.right.empty() ? layout.right : layout.columns;
    std::vector<const plain::DraftRow*> rows;
    for (const auto& d : drafts)
      if (d.side == side && (!d.label.empty() || !d.code.empty() || !d.numbers.empty())) rows.push_back(&d);
    if (rows.empty() || columns.empty()) continue;
    std::vector<double> centres;
    if (positional) centres = plain::header_centres(words, context.first_data_y, columns, std::nullopt);
    const uint32_t header_page =
        context.first_data_y < words.size() && !words[context.first_data_y].empty() ? words[context.first_data_y].front().page : 0;
    auto cells = plain::place_figures(rows, columns, positional, centres, header_page);
    for (size_t r = 0; r < rows.size(); ++r) {
      cells[r].resize(table.columns.size() - (codes ? 2 : 1), TableCell{});
      table.rows.push_back(table_row(*rows[r], std::move(cells[r]), codes));
    }
  }
  std::stable_sort(table.rows.begin(), table.rows.end(),
                   [](const TableRow& a, const TableRow& b) { return a.side < b.side; });
}

/// The table of a confirmed region: caption, unit, notes, and its rows unless the
/// conversion wrote whole columns one after another.
Table table_of(Lines lines, const Region& region, RegionWords& body, const VocabularyTable* known) {
  Table table;
  table.title = region.key.title;
  table.title_span = lines[region.caption].span.merge(lines[region.caption_end].span);
  table.code = region.key.code;
  table.declared_unit = body.unit;
  table.unit_span = body.unit_span;
  table.notes = std::move(body.notes);
  table.span = lines[region.caption].span.merge(lines[region.end - 1].span);
  if (column_blocks(body.words)) {
    table.layout = TableLayout::ColumnBlocks;
    table.unread = "转换把表的各列分开排列（先一整列名称，再一整列数字），行无法可靠复原";
    return table;
  }
  const bool positional = space_aligned(body.words);
  table.layout = positional ? TableLayout::SpaceAligned : TableLayout::RowPerLine;
  add_rows(table, body.words, known, positional);
  return table;
}

/// Marks the region's lines taken, but a numbered caption (a heading of the section tree)
/// and a part heading between the pieces of a wrapped caption.
void consume(Lines lines, const Region& region, std::vector<bool>& consumed) {
  const bool numbered_caption = plain::starts_numbered(lines[region.caption].view.text);
  for (uint32_t i = region.caption + (numbered_caption ? 1 : 0); i < region.end; ++i) {
    const bool inside_caption = i > region.caption && i < region.caption_end;
    if (!inside_caption || !plain::is_part_heading_line(lines[i].view.text)) consumed[i] = true;
  }
}

}  // namespace

std::vector<Table> extract_plain_tables(const SourceText& source, Lines lines, std::vector<bool>& consumed) {
  std::vector<Table> tables;
  const TableVocabulary& vocabulary = builtin_table_vocabulary();
  for (const Region& region : plain::candidate_regions(source, lines, consumed)) {
    RegionWords body = plain::read_region(source, lines, region);
    const VocabularyTable* known = vocabulary.find(region.key.title);
    if (!body.has_unit && !(known != nullptr && has_figures(body.words))) continue;  // a title only
    Table table = table_of(lines, region, body, known);
    consume(lines, region, consumed);
    // A 续表, or the same table's caption again on its next page: one table.
    const bool continues = !tables.empty() && (region.key.continued || (known != nullptr &&
                           vocabulary.find(tables.back().title) == known));
    if (continues && tables.back().unread.empty() && table.unread.empty() &&
        tables.back().columns.size() == table.columns.size()) {
      Table& first = tables.back();
      for (auto& row : table.rows) first.rows.push_back(std::move(row));
      for (auto& note : table.notes) first.notes.push_back(std::move(note));
      first.span = first.span.merge(table.span);
      continue;
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

}  // namespace gk::doc

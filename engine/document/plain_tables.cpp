// Table regions without TABs: captions, the lines that belong to each table, its form, and
// the Table assembled from the rows and columns the builders find.
#include "document/plain_tables.h"

#include <algorithm>

#include "base/unicode.h"
#include "document/plain_tables_internal.h"
#include "document/table_vocabulary.h"

namespace gk::doc {
namespace {

using plain::PlacedToken;
using plain::TokenKind;
using Words = std::vector<std::vector<PlacedToken>>;

constexpr size_t kMaxCaptionLength = 40;  ///< code points
constexpr size_t kMaxWrappedCaptionTail = 6;  ///< code points of a caption's wrapped last piece

std::string without_spaces(std::string_view text) {
  std::string out;
  for (const char c : text)
    if (c != ' ') out.push_back(c);
  return out;
}

bool strip_suffix(std::string& text, std::string_view tail) {
  if (!text.ends_with(tail)) return false;
  text.resize(text.size() - tail.size());
  return true;
}

/// The caption's code ("公开01表" → "01"), removed from `key`.
std::string strip_code(std::string& key) {
  for (const std::string_view open : {"(公开", "公开"}) {
    const size_t at = key.rfind(open);
    if (at == std::string::npos) continue;
    const std::string digits = key.substr(at + open.size());
    std::string code;
    for (const char c : digits)
      if (c >= '0' && c <= '9') code.push_back(c);
    if (code.empty() || !(digits.ends_with("表") || digits.ends_with("表)"))) continue;
    key.resize(at);
    return code;
  }
  return "";
}

/// A caption in a comparable form: spaces, list numbering, "公开NN表" and "续表" removed.
struct CaptionKey {
  std::string title;
  std::string code;
  bool continued = false;
};

CaptionKey caption_key(std::string_view view) {
  CaptionKey key;
  key.title = without_spaces(view);
  if (plain::starts_numbered(key.title)) {
    const size_t cut = std::min(key.title.find("、"), key.title.find(")"));
    if (cut != std::string::npos) key.title.erase(0, cut + (key.title.compare(cut, 1, ")") == 0 ? 1 : 3));
  }
  key.code = strip_code(key.title);
  for (const std::string_view tail : {"(续表)", "(续)", "续表"})
    if (strip_suffix(key.title, tail)) key.continued = true;
  return key;
}

bool is_part_heading(std::string_view view) {
  return view.starts_with("第") && view.find("部分") != std::string_view::npos && view.find("部分") <= 12;
}

bool caption_shaped(const CaptionKey& key) {
  const std::string& t = key.title;
  if (!t.ends_with("表") || t == "附表" || t.ends_with("附表")) return false;
  const size_t length = unicode::length(t);
  if (length < 4 || length > kMaxCaptionLength) return false;
  for (const std::string_view bad : {",", "。", ";", ":", "见"})
    if (t.find(bad) != std::string::npos) return false;
  return true;
}

bool is_unit_line(std::string_view view) { return view.find("单位:") != std::string_view::npos; }
bool is_note_line(std::string_view view) {
  return view.starts_with("注") || view.starts_with("说明:") || view.starts_with("备注");
}
/// Running text: a full stop, or a comma that is not a thousands separator.
bool is_prose(std::string_view view) {
  if (view.find("。") != std::string_view::npos) return true;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = view.find(','); i != std::string_view::npos; i = view.find(',', i + 1))
    if (i == 0 || i + 1 >= view.size() || !digit(view[i - 1]) || !digit(view[i + 1])) return true;
  return false;
}
bool is_metadata_line(std::string_view view) {
  const std::string v = without_spaces(view);
  return is_unit_line(v) || v.starts_with("部门:") || v.starts_with("编制单位:") || v.starts_with("编制部门:") ||
         (v.starts_with("公开") && v.ends_with("表"));
}

std::optional<MoneyUnit> unit_of(std::string_view view) {
  const size_t at = view.find("单位:");
  const std::string_view rest = view.substr(at + 7);
  if (rest.find("亿元") != std::string_view::npos) return MoneyUnit::YiYuan;
  if (rest.find("万元") != std::string_view::npos) return MoneyUnit::WanYuan;
  if (rest.find("元") != std::string_view::npos) return MoneyUnit::Yuan;
  return std::nullopt;
}

/// A caption candidate and the lines up to the next boundary.
struct Region {
  uint32_t caption = 0;       ///< the caption's first line
  uint32_t caption_end = 0;   ///< its last line (a caption wrapped over lines)
  CaptionKey key;
  uint32_t end = 0;  ///< one past the region's last line
};

/// A caption ends in 表 (perhaps with "（续表）" or "（公开01表）" after it): a cheap test first.
bool names_a_table(std::string_view view) {
  return view.find("表") != std::string_view::npos && view.size() <= kMaxCaptionLength * 4;
}

bool is_caption(const Line& line, CaptionKey& key) {
  if (line.blank || line.tabbed || !names_a_table(line.view.text) || is_part_heading(line.view.text)) return false;
  key = caption_key(line.view.text);
  return caption_shaped(key);
}

/// A table figure in the line: digits around a decimal point or thousands separator
/// ("2,940.05", "0.95"; not a year).
bool has_figure(std::string_view view) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 1; i + 1 < view.size(); ++i)
    if ((view[i] == '.' || view[i] == ',') && digit(view[i - 1]) && digit(view[i + 1])) return true;
  return false;
}

/// Whether line `j` is the first of a page: a form feed starts it, or ends the line before
/// (pdftotext puts it before a page's first line, pdfplumber texts after a page's last).
bool starts_page(const SourceText& source, Lines lines, uint32_t j) {
  if (source.slice(lines[j].span).find('\f') != std::string_view::npos) return true;
  return j > 0 && source.slice(lines[j - 1].span).ends_with("\f");
}

/// A page number: a lone whole number of one to three digits ("9", "- 9 -", "第9页") on the
/// last line of a page or the first of the next.
bool is_page_number(const SourceText& source, Lines lines, uint32_t j) {
  std::string_view v = lines[j].view.text;
  if (v.starts_with("第") && v.ends_with("页")) v = v.substr(3, v.size() - 6);
  while (!v.empty() && (v.front() == '-' || v.front() == ' ')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == '-' || v.back() == ' ')) v.remove_suffix(1);
  if (v.empty() || v.size() > 3 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  return starts_page(source, lines, j) || (j + 1 < lines.size() && starts_page(source, lines, j + 1));
}

/// A table goes on over a page break unless running text comes before any figure on the new
/// page (a page that starts with a new title and its text).
bool continues_on_page(Lines lines, uint32_t j) {
  constexpr uint32_t kLook = 4;  // non-blank lines
  uint32_t seen = 0;
  for (uint32_t k = j; k < lines.size() && seen < kLook; ++k) {
    if (lines[k].blank) continue;
    ++seen;
    const std::string_view view = lines[k].view.text;
    if (is_prose(view) && !is_note_line(view)) return false;
    if (has_figure(view)) return true;
  }
  return true;
}

/// A note line among the next two lines after `j` (notes that a line of text separates).
bool note_follows(Lines lines, uint32_t j) {
  uint32_t seen = 0;
  for (uint32_t k = j + 1; k < lines.size() && seen < 2; ++k) {
    if (lines[k].blank) continue;
    if (is_note_line(lines[k].view.text)) return true;
    ++seen;
  }
  return false;
}

/// A caption wrapped over two lines ("收入支出决算总" / "表"), possibly with a running
/// part heading between the pieces: the line of its last piece, or 0 when `i` starts none.
uint32_t wrapped_caption(Lines lines, const std::vector<bool>& consumed, uint32_t i, CaptionKey& key) {
  const Line& first = lines[i];
  if (first.blank || first.tabbed || first.view.text.size() > kMaxCaptionLength * 4) return 0;
  if (is_part_heading(first.view.text) || is_prose(first.view.text)) return 0;
  const std::string_view text = first.view.text;
  if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
  if (unicode::length(first.view.text) > kMaxCaptionLength) return 0;
  uint32_t seen = 0;
  for (uint32_t j = i + 1; j < lines.size() && seen < 2; ++j) {
    if (lines[j].blank) continue;
    if (consumed[j] || lines[j].tabbed) return 0;
    if (is_part_heading(lines[j].view.text)) continue;
    ++seen;
    if (!names_a_table(lines[j].view.text) || unicode::length(lines[j].view.text) > kMaxWrappedCaptionTail) return 0;
    CaptionKey whole;
    if (is_caption(lines[j], whole)) return 0;  // a caption of its own ("支出决算表"), not a tail
    CaptionKey joined = caption_key(first.view.text + lines[j].view.text);
    if (caption_shaped(joined) && builtin_table_vocabulary().find(joined.title) != nullptr) {
      key = std::move(joined);
      return j;
    }
  }
  return 0;
}

/// Candidate regions: from each caption-shaped line to the next boundary.
std::vector<Region> candidate_regions(const SourceText& source_text, Lines lines, const std::vector<bool>& consumed) {
  std::vector<Region> regions;
  for (uint32_t i = 0; i < lines.size(); ++i) {
    CaptionKey key;
    uint32_t caption_end = i;
    if (consumed[i] || (!regions.empty() && i <= regions.back().caption_end)) continue;
    if (!is_caption(lines[i], key)) {
      caption_end = wrapped_caption(lines, consumed, i, key);
      if (caption_end == 0) continue;
    }
    if (!regions.empty() && regions.back().end > i) regions.back().end = i;
    Region region{i, caption_end, std::move(key), caption_end + 1};
    bool in_note = false, after_note = false;
    for (uint32_t j = caption_end + 1; j < lines.size(); ++j) {
      const Line& line = lines[j];
      CaptionKey next;
      if (consumed[j] || is_part_heading(line.view.text) || is_caption(line, next)) break;
      const std::string_view view = line.view.text;
      if (line.blank) continue;
      if (starts_page(source_text, lines, j) && !continues_on_page(lines, j)) break;
      if (is_note_line(view)) {
        in_note = true;
      } else if (!in_note && after_note && note_follows(lines, j)) {
        in_note = true;  // a line between two notes ("仍保留该表格式，并在本表下方作下述说明：")
      } else if (!in_note && (after_note || (is_prose(view) && !is_metadata_line(view)))) {
        break;  // running text after the table (or after its notes)
      }
      region.end = j + 1;
      if (in_note && view.ends_with("。")) in_note = false, after_note = true;
    }
    regions.push_back(std::move(region));
  }
  return regions;
}

// ---------------------------------------------------------------------------------------

/// What the lines of a region hold, once tokenized.
struct RegionWords {
  Words words;                    ///< per line of the region (caption excluded)
  std::vector<bool> metadata;     ///< unit / 部门 / note lines
  std::optional<MoneyUnit> unit;
  Span unit_span;
  std::vector<TableNote> notes;
  bool has_unit = false;
};

RegionWords read_region(const SourceText& source, Lines lines, const Region& region) {
  RegionWords out;
  const Lines body = lines.subspan(region.caption_end + 1, region.end - region.caption_end - 1);
  out.words = plain::tokenize(source, body);
  out.metadata.assign(body.size(), false);
  bool in_note = false;
  for (size_t y = 0; y < body.size(); ++y) {
    const std::string_view view = body[y].view.text;
    // Below the first note, every line is note text (the region ends where notes end).
    if (!body[y].blank && (is_note_line(view) || !out.notes.empty())) {
      if (in_note && !is_note_line(view)) {
        out.notes.back().span = out.notes.back().span.merge(body[y].span);
        out.notes.back().text += view;
      } else {
        out.notes.push_back(TableNote{body[y].span, std::string(view), false});
      }
      in_note = !view.ends_with("。");
      out.metadata[y] = true;
    } else if (is_metadata_line(view)) {
      out.metadata[y] = true;
      if (is_unit_line(view) && !out.has_unit) {
        out.has_unit = true;
        out.unit = unit_of(view);
        out.unit_span = body[y].span;
      }
    }
    if (out.metadata[y] || is_page_number(source, lines, region.caption_end + 1 + static_cast<uint32_t>(y)))
      out.words[y].clear();
  }
  for (auto& note : out.notes) {
    const std::string& t = note.text;
    note.states_no_data = t.find("无数据") != std::string::npos || t.find("本表为空") != std::string::npos ||
                          t.find("空表") != std::string::npos;
  }
  return out;
}

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

}  // namespace

std::vector<Table> extract_plain_tables(const SourceText& source, Lines lines, std::vector<bool>& consumed) {
  std::vector<Table> tables;
  const TableVocabulary& vocabulary = builtin_table_vocabulary();
  for (const Region& region : candidate_regions(source, lines, consumed)) {
    RegionWords body = read_region(source, lines, region);
    const VocabularyTable* known = vocabulary.find(region.key.title);
    if (!body.has_unit && !(known != nullptr && has_figures(body.words))) continue;
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
    } else {
      const bool positional = space_aligned(body.words);
      table.layout = positional ? TableLayout::SpaceAligned : TableLayout::RowPerLine;
      add_rows(table, body.words, known, positional);
    }
    const bool numbered_caption = plain::starts_numbered(lines[region.caption].view.text);
    for (uint32_t i = region.caption + (numbered_caption ? 1 : 0); i < region.end; ++i)
      if (i <= region.caption || i >= region.caption_end || !is_part_heading(lines[i].view.text)) consumed[i] = true;
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

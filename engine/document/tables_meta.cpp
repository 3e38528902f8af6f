// Text around a table: title, code, unit and 部门 lines above it; notes below it.
#include <optional>
#include <utility>

#include "base/unicode.h"
#include "document/structure.h"
#include "document/tables_internal.h"

namespace gk::doc::tables {
namespace {

constexpr size_t kMaxMetadataLines = 8;
constexpr size_t kMaxTitleLength = 50;

using std::string_view;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

size_t skip_spaces(string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

size_t skip_digits(string_view text, size_t pos) {
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return pos;
}

/// "公开01表" anywhere in the line: the code digits and the pattern's view range.
bool read_code(const MatchingView& view, Table& table) {
  const string_view text = view.text;
  for (size_t at = text.find("公开"); at != string_view::npos; at = text.find("公开", at + 1)) {
    const size_t digits = skip_spaces(text, at + string_view("公开").size());
    const size_t digits_end = skip_digits(text, digits);
    const size_t after = skip_spaces(text, digits_end);
    if (digits_end == digits || text.substr(after, 3) != "表") continue;
    if (table.code.empty()) {
      table.code = std::string(text.substr(digits, digits_end - digits));
      table.code_span = view.to_original(at, after + 3);
    }
    return true;
  }
  return false;
}

/// The money unit written at `pos` ("万元", "亿元", "元") and its length in bytes.
std::optional<std::pair<MoneyUnit, size_t>> unit_word(string_view text, size_t pos) {
  const string_view rest = text.substr(pos);
  if (rest.starts_with("万元")) return std::pair{MoneyUnit::WanYuan, size_t{6}};
  if (rest.starts_with("亿元")) return std::pair{MoneyUnit::YiYuan, size_t{6}};
  if (rest.starts_with("元")) return std::pair{MoneyUnit::Yuan, size_t{3}};
  return std::nullopt;
}

/// "单位：万元" (also "金额单位:元") anywhere in the line.
bool read_unit(const MatchingView& view, Table& table) {
  const string_view text = view.text;
  for (size_t at = text.find("单位"); at != string_view::npos; at = text.find("单位", at + 1)) {
    size_t pos = skip_spaces(text, at + string_view("单位").size());
    if (pos >= text.size() || text[pos] != ':') continue;
    const auto unit = unit_word(text, skip_spaces(text, pos + 1));
    if (!unit) continue;
    if (!table.declared_unit) {
      table.declared_unit = unit->first;
      table.unit_span = view.to_original(at, skip_spaces(text, pos + 1) + unit->second);
    }
    return true;
  }
  return false;
}

bool is_department_line(string_view text) {
  for (const string_view label : {"部门:", "部门名称:", "编制单位:", "填报单位:"}) {
    if (text.starts_with(label)) return true;
  }
  return text == "部门";
}

/// "(2019年度)" under a title.
bool is_year_subtitle(string_view text) {
  if (!text.starts_with("(") || !text.ends_with(")")) return false;
  const string_view inner = text.substr(1, text.size() - 2);
  const size_t digits = skip_digits(inner, 0);
  const string_view rest = inner.substr(digits);
  return digits == 4 && (rest == "年" || rest == "年度");
}

/// Reads a code, unit, 部门 or year line; false when the line is none of these.
bool read_metadata_line(const MatchingView& view, Table& table) {
  const bool code = read_code(view, table);
  const bool unit = read_unit(view, table);
  return code || unit || is_department_line(view.text) || is_year_subtitle(view.text);
}

bool is_part_heading(const MatchingView& view) {
  const auto prefix = parse_number_prefix(view);
  return prefix && prefix->numbering.style == NumberingStyle::Part;
}

bool is_title_like(string_view text) {
  return !text.empty() && unicode::length(text) <= kMaxTitleLength &&
         text.find("。") == string_view::npos && text.find(';') == string_view::npos;
}

/// Takes the line as the table's title (numbering stripped); returns whether it is
/// numbered, or nullopt when the line is not a title.
std::optional<bool> read_title(const MatchingView& view, Table& table) {
  const auto prefix = parse_number_prefix(view);
  const size_t begin = prefix ? prefix->rest : 0;
  size_t end = view.text.size();
  while (end > begin && (view.text[end - 1] == ':' || view.text[end - 1] == ' ')) --end;
  const string_view title = string_view(view.text).substr(begin, end - begin);
  if (!is_title_like(title)) return std::nullopt;
  table.title = std::string(title);
  table.title_span = view.to_original(begin, end);
  return prefix.has_value();
}

// --- notes ------------------------------------------------------------------------------

bool starts_note(string_view text) {
  for (const string_view label : {"说明:", "备注:", "注释:"}) {
    if (text.starts_with(label)) return true;
  }
  if (!text.starts_with("注")) return false;
  const string_view rest = text.substr(string_view("注").size());
  return rest.empty() || rest[0] == ':' || rest[0] == ' ' || rest[0] == '(' || is_digit(rest[0]) ||
         rest.starts_with("、");
}

/// "2. …" / "2、…": an item of a numbered note.
bool is_numbered_item(string_view text) {
  const size_t digits = skip_digits(text, 0);
  if (digits == 0 || digits > 2) return false;
  const string_view rest = text.substr(digits);
  return rest.starts_with(".") || rest.starts_with("、");
}

/// A note whose body starts a numbered list ("注：1. …").
bool is_list_note(string_view text) {
  const size_t colon = text.find(':');
  if (colon == string_view::npos) return false;
  return is_numbered_item(text.substr(skip_spaces(text, colon + 1)));
}

bool continues_note(const Line& line, const Line& previous, bool after_blank,
                    const TableNote& note) {
  if (line.tabbed) return false;
  const string_view text = line.view.text;
  if (is_numbered_item(text)) return !after_blank || is_list_note(note.text);
  return !after_blank && !previous.view.text.ends_with("。");
}

bool states_no_data(string_view text) {
  if (text.find("本表无数据") != string_view::npos) return true;
  return text.find("无数据") != string_view::npos &&
         (text.find("故") != string_view::npos || text.find("本表") != string_view::npos);
}

void set_note_text(const SourceText& source, TableNote& note) {
  note.text = matching_text(source, note.span).text;
  note.states_no_data = states_no_data(note.text);
}

}  // namespace

uint32_t read_metadata(Lines lines, uint32_t first, uint32_t floor,
                       Table& table, std::vector<bool>& consumed) {
  uint32_t top = first;
  size_t seen = 0;
  bool have_title = false;
  for (uint32_t i = first; i > floor && seen < kMaxMetadataLines;) {
    const Line& line = lines[--i];
    if (consumed[i]) break;
    if (line.blank) continue;
    ++seen;
    if (read_metadata_line(line.view, table)) {
      consumed[i] = true;
      top = i;
      continue;
    }
    if (have_title || is_part_heading(line.view)) break;
    const auto numbered = read_title(line.view, table);
    if (!numbered) break;
    have_title = true;
    top = i;
    consumed[i] = !*numbered;
  }
  return top;
}

namespace {

bool is_lone_total(std::string_view view) { return view == "合计" || view == "总计"; }

/// A line between two notes ("…仍保留该表格式，并在本表下方作下述说明：" before "说明：…故本表
/// 无数据。") belongs to them: the next non-blank line starts a note.
bool note_follows(Lines lines, uint32_t i, uint32_t limit) {
  for (uint32_t k = i + 1; k < limit; ++k)
    if (!lines[k].blank) return !lines[k].tabbed && starts_note(lines[k].view.text);
  return false;
}

}  // namespace

uint32_t read_notes(const SourceText& source, Lines lines, uint32_t last,
                    uint32_t limit, Table& table, std::vector<bool>& consumed) {
  uint32_t end = last;
  for (uint32_t i = last + 1; i < limit; ++i) {
    const bool after_blank = lines[i - 1].blank;
    if (lines[i].blank) continue;
    // The lone 合计 row of an empty table written without a TAB (as a PDF's empty table
    // comes out): part of the table, and its notes follow.
    if (table.notes.empty() && is_lone_total(lines[i].view.text)) {
      consumed[i] = true;
      end = i;
      continue;
    }
    if (starts_note(lines[i].view.text)) {
      table.notes.push_back(TableNote{lines[i].span, {}, false});
    } else if (table.notes.empty() ||
               (!continues_note(lines[i], lines[i - 1], after_blank, table.notes.back()) &&
                !note_follows(lines, i, limit))) {
      break;
    } else {
      table.notes.back().span = table.notes.back().span.merge(lines[i].span);
    }
    set_note_text(source, table.notes.back());
    consumed[i] = true;
    end = i;
  }
  return end;
}

}  // namespace gk::doc::tables

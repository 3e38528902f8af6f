// Table regions in text without TABs: captions (known titles, wrapped captions), the lines
// that belong to each table up to the next caption, part heading, prose or the end of its
// notes, and what those lines hold (unit, notes, words; page numbers dropped).
#include <algorithm>

#include "base/unicode.h"
#include "document/plain_tables_internal.h"
#include "document/structure.h"
#include "document/table_vocabulary.h"

namespace gk::doc::plain {
namespace {

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


CaptionKey caption_key(std::string_view view) {
  CaptionKey key;
  key.title = without_spaces(view);
  key.title.erase(0, list_number_length(key.title));
  key.code = strip_code(key.title);
  for (const std::string_view tail : {"(续表)", "(续)", "续表"})
    if (strip_suffix(key.title, tail)) key.continued = true;
  return key;
}

bool is_part_heading(std::string_view view) { return starts_with_part_number(view); }

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

}  // namespace

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

bool is_part_heading_line(std::string_view view) { return is_part_heading(view); }

}  // namespace gk::doc::plain

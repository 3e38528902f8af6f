// The document's title and fiscal year, and the table-of-contents entries.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "document/structure_internal.h"

namespace gk::doc {
namespace {

using structure::ClassifiedLine;
using structure::LineRole;

constexpr size_t kMaxTitleLineChars = 40;
constexpr size_t kYearSearchLines = 40;

bool names_the_genre(std::string_view t) {
  for (std::string_view word : {"决算", "预算", "报告", "自评"}) {
    if (t.find(word) != std::string_view::npos) return true;
  }
  return false;
}

bool starts_with_year(std::string_view t) {
  return t.size() >= 7 && t.substr(0, 2) == "20" && std::isdigit(static_cast<unsigned char>(t[2])) &&
         std::isdigit(static_cast<unsigned char>(t[3])) && t.substr(4).starts_with("年");
}

}  // namespace

std::optional<int> year_in(std::string_view t) {
  for (size_t i = 0; i + 7 <= t.size(); ++i) {
    if (starts_with_year(t.substr(i)) && (i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1])))) {
      return std::stoi(std::string(t.substr(i, 4)));
    }
  }
  return std::nullopt;
}

namespace {

/// A line of running text (a clause break or a sentence end) is never the title.
bool reads_as_sentence(std::string_view t) {
  return t.find("，") != std::string_view::npos || t.find("。") != std::string_view::npos ||
         t.find(',') != std::string_view::npos;
}

/// Whether candidate `b` is the line just above candidate `b + 1` in a title block: nothing
/// but blank lines between them, no label ("预算主管部门：") and no genre word of its own.
bool continues_title_block(Lines lines, const std::vector<size_t>& candidates, size_t b) {
  constexpr size_t kMaxBlockGap = 2;  // blank lines
  const std::string& text = lines[candidates[b]].view.text;
  if (candidates[b + 1] - candidates[b] > kMaxBlockGap + 1) return false;
  if (names_the_genre(text) || reads_as_sentence(text) || text.find(':') != std::string::npos) return false;
  return text != "目录" && text != "目 录";
}

std::vector<size_t> title_candidates(Lines lines,
                                     const std::vector<ClassifiedLine>& classes, size_t end) {
  std::vector<size_t> out;
  for (size_t i = 0; i < end; ++i) {
    if (classes[i].role != LineRole::Text) continue;
    if (structure::char_count(lines[i].view.text) > kMaxTitleLineChars) break;
    out.push_back(i);
  }
  return out;
}

}  // namespace

void fill_title(Document& doc, Lines lines, std::vector<ClassifiedLine>& classes,
                size_t title_end) {
  const auto candidates = title_candidates(lines, classes, title_end);
  // Front matter is skipped up to the title; past it only when a part heading (or the TOC)
  // closes the front matter, so a text without parts keeps its short lines as content.
  size_t skipped = title_end < lines.size() ? candidates.size() : 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    const auto& text = lines[candidates[k]].view.text;
    if (!names_the_genre(text) || reads_as_sentence(text)) continue;
    skipped = std::max(skipped, k + 1);
    doc.title = text;
    // A title block wrapped over lines ("上海市普陀区规划和自然" / "资源局" / "2024 年度部门决算"):
    // the short lines just above the genre's line are the department (and year) it names.
    for (size_t b = k; b-- > 0 && continues_title_block(lines, candidates, b);)
      doc.title = lines[candidates[b]].view.text + doc.title;
    break;
  }
  for (size_t k = 0; k < skipped; ++k) classes[candidates[k]].role = LineRole::Skip;
  doc.year = year_in(doc.title);
  for (size_t i = 0; !doc.year && i < lines.size() && i < kYearSearchLines; ++i) {
    if (lines[i].view.text.find("年度") != std::string::npos) doc.year = year_in(lines[i].view.text);
  }
}

void fill_toc(Document& doc, Lines lines, std::vector<ClassifiedLine>& classes,
              const structure::TocRange& toc) {
  doc.toc_span = lines[toc.marker].span.merge(lines[toc.last - 1].span);
  for (size_t i = toc.marker; i < toc.last; ++i) {
    const auto role = classes[i].role;
    classes[i].role = role == LineRole::Blank ? LineRole::Blank : LineRole::Skip;
    if (i < toc.first || role == LineRole::Blank || role == LineRole::Skip) continue;
    TocEntry entry;
    entry.span = lines[i].span;
    const auto& prefix = classes[i].prefix;
    const size_t rest = prefix ? prefix->rest : 0;
    if (prefix) entry.numbering = prefix->numbering;
    entry.title = structure::heading_title(lines[i].view, rest, lines[i].view.text.size());
    entry.level = prefix && prefix->numbering.style == NumberingStyle::Part ? 1 : 2;
    doc.toc.push_back(std::move(entry));
  }
}

}  // namespace gk::doc

#include "document/appended.h"

#include <optional>
#include <string_view>

#include "base/unicode.h"
#include "document/structure.h"
#include "document/structure_internal.h"

namespace gk::doc {
namespace {

constexpr size_t kMaxTitleChars = 60;       // the line that ends a title block
constexpr size_t kMaxTitleLineChars = 40;   // each line above it
constexpr size_t kMaxTitleLines = 4;

bool has(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

/// Running text, a citation or a cross-reference: never a title line.
bool reads_as_text(std::string_view t) {
  for (std::string_view mark : {",", ";", ":", "。", "!", "?", "《", "见"}) {
    if (has(t, mark)) return true;
  }
  return false;
}

/// "附件", "附件1", "附件一", "附件2:" on a line of its own.
bool is_attachment_label(std::string_view t) {
  if (!t.starts_with("附件")) return false;
  t.remove_prefix(std::string_view("附件").size());
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  if (t.empty()) return true;
  bool digits = true;
  for (const char c : t) digits = digits && c >= '0' && c <= '9';
  return digits || unicode::parse_chinese_numeral(t).has_value();
}

/// The text of a line without an "附件1:" label in front.
std::string_view without_label(std::string_view t) {
  const size_t colon = t.find(':');
  if (!t.starts_with("附件") || colon == std::string_view::npos || !is_attachment_label(t.substr(0, colon)))
    return t;
  t.remove_prefix(colon + 1);
  while (t.starts_with(" ")) t.remove_prefix(1);
  return t;
}

/// The last line of a title block: "…部门整体支出绩效自评报告", "…项目支出绩效评价报告".
bool ends_a_report_title(const Line& line) {
  const std::string_view t = without_label(line.view.text);
  if (!t.ends_with("报告") || !has(t, "绩效") || !(has(t, "自评") || has(t, "评价") || has(t, "绩效报告")))
    return false;
  if (structure::char_count(t) > kMaxTitleChars || reads_as_text(t)) return false;
  return !parse_number_prefix(line.view).has_value();
}

bool continues_a_title(const Line& line) {
  const std::string_view t = line.view.text;
  return !line.blank && structure::char_count(t) <= kMaxTitleLineChars && !reads_as_text(t) &&
         !is_attachment_label(t) && !parse_number_prefix(line.view).has_value();
}

/// A part heading: its number, and its title (on the heading line or the next one).
struct PartHeading {
  int number = 0;
  std::string_view title;
};

std::optional<PartHeading> part_heading(Lines lines, size_t i) {
  if (!lines[i].view.text.starts_with("第")) return std::nullopt;
  const auto prefix = parse_number_prefix(lines[i].view);
  if (!prefix || prefix->numbering.style != NumberingStyle::Part) return std::nullopt;
  std::string_view title = std::string_view(lines[i].view.text).substr(prefix->rest);
  while (title.starts_with(" ")) title.remove_prefix(1);
  for (size_t j = i + 1; title.empty() && j < lines.size() && j <= i + 3; ++j) {
    if (!lines[j].blank) title = lines[j].view.text;
  }
  return PartHeading{prefix->numbering.value, title};
}

bool holds_attachments(std::string_view part_title) {
  for (std::string_view word : {"附件", "附表", "附录", "其他"}) {
    if (part_title.starts_with(word)) return true;
  }
  return false;
}

}  // namespace

std::vector<AppendedRange> find_appended_reports(Lines lines) {
  std::vector<AppendedRange> reports;
  std::optional<PartHeading> host_part;  // the host's last part heading before the report
  size_t first_content = 0;  // the first line that is neither blank nor a 附件 label
  while (first_content < lines.size() &&
         (lines[first_content].blank || is_attachment_label(lines[first_content].view.text)))
    ++first_content;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    if (auto part = part_heading(lines, i)) {
      if (!reports.empty() && reports.back().end == lines.size() && host_part &&
          part->number > host_part->number) {
        reports.back().end = i;  // the host's next part closes the report
      }
      if (reports.empty() || reports.back().end != lines.size()) host_part = part;
      continue;
    }
    if (!ends_a_report_title(lines[i])) continue;
    // The title block: short unnumbered lines directly above, then an optional label.
    size_t begin = i;
    while (begin > 0 && i - begin + 1 < kMaxTitleLines && continues_a_title(lines[begin - 1])) --begin;
    size_t label = begin;
    while (label > 0 && lines[label - 1].blank) --label;
    const bool label_above = label > 0 && is_attachment_label(lines[label - 1].view.text);
    const bool labelled = label_above || lines[i].view.text.starts_with("附件");
    const bool in_attachments = host_part && holds_attachments(host_part->title);
    // A title block at the top is the document's own title.
    if (first_content >= begin || !(labelled || in_attachments || !reports.empty())) continue;
    if (label_above) begin = label - 1;  // the label belongs to the report it announces
    if (!reports.empty() && reports.back().end == lines.size()) reports.back().end = begin;
    AppendedRange range;
    range.begin = begin;
    range.title_end = i + 1;
    range.end = lines.size();
    for (size_t k = begin; k <= i; ++k) {
      if (!lines[k].blank && !is_attachment_label(lines[k].view.text)) range.title += without_label(lines[k].view.text);
    }
    reports.push_back(std::move(range));
  }
  return reports;
}

}  // namespace gk::doc

// Part titles as converters break them: a title wrapped over two lines ("第三部分…部门决算
// 情况" / "说明"), in the table of contents and in the body, and a part title printed in the
// body without its "第N部分" (matched to the table of contents' entry of that title).
#include <algorithm>
#include <array>

#include "document/structure_internal.h"

namespace gk::doc::structure {
namespace {

constexpr size_t kMaxTitleTail = 8;     ///< code points of a part title's wrapped last piece
constexpr size_t kMaxPartTitle = 40;

/// How part titles end in the genre (概况, 部门决算表, 决算情况说明, 名词解释, 附件, 报告):
/// a title ending otherwise was wrapped.
bool reads_as_complete_part_title(std::string_view title) {
  static constexpr std::array<std::string_view, 8> kEndings = {"概况", "表", "说明", "解释", "附件", "附表", "报告", "其他"};
  return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view e) { return title.ends_with(e); });
}

bool is_title_tail(const Line& line, const ClassifiedLine& c) {
  if (c.role != LineRole::Text || c.prefix) return false;
  const std::string_view t = line.view.text;
  if (char_count(t) > kMaxTitleTail) return false;
  for (std::string_view p : {"。", ",", ";", ":", "；"})
    if (t.find(p) != std::string_view::npos) return false;
  return true;
}

size_t next_content(Lines lines, const std::vector<ClassifiedLine>& classes, size_t i) {
  size_t j = i + 1;
  while (j < lines.size() && classes[j].role == LineRole::Blank) ++j;
  return j;
}

const TocEntry* toc_part(const Document& doc, int number) {
  for (const auto& e : doc.toc)
    if (e.numbering && e.numbering->style == NumberingStyle::Part && e.numbering->value == number) return &e;
  return nullptr;
}

bool body_has_part(const std::vector<ClassifiedLine>& classes, int number) {
  return std::any_of(classes.begin(), classes.end(), [&](const ClassifiedLine& c) {
    return c.role == LineRole::Heading && c.prefix && c.prefix->numbering.style == NumberingStyle::Part &&
           c.prefix->numbering.value == number;
  });
}

}  // namespace

bool part_title_continues(const Document& doc, const Numbering& numbering, std::string_view title,
                          const Line& next, const ClassifiedLine& next_class) {
  if (!is_title_tail(next, next_class)) return false;
  const std::string joined = std::string(title) + next.view.text;
  if (char_count(joined) > kMaxPartTitle) return false;
  if (const TocEntry* entry = toc_part(doc, numbering.value)) return entry->title == joined;
  return !reads_as_complete_part_title(title) && reads_as_complete_part_title(joined);
}

void join_wrapped_toc_parts(Document& doc, Lines lines, const std::vector<ClassifiedLine>& classes) {
  std::vector<TocEntry> joined;
  for (auto& entry : doc.toc) {
    const bool tail = !entry.numbering && !joined.empty() && joined.back().numbering &&
                      joined.back().numbering->style == NumberingStyle::Part &&
                      !reads_as_complete_part_title(joined.back().title) &&
                      char_count(entry.title) <= kMaxTitleTail;
    if (tail) {
      joined.back().title += entry.title;
      joined.back().span = joined.back().span.merge(entry.span);
      continue;
    }
    joined.push_back(std::move(entry));
  }
  doc.toc = std::move(joined);
  (void)lines;
  (void)classes;
}

namespace {

/// The lines between the body headings of parts `number - 1` and `number + 1`.
std::pair<size_t, size_t> part_window(const std::vector<ClassifiedLine>& classes, size_t body_start, int number) {
  size_t begin = body_start, end = classes.size();
  for (size_t i = body_start; i < classes.size(); ++i) {
    const auto& c = classes[i];
    if (c.role != LineRole::Heading || !c.prefix || c.prefix->numbering.style != NumberingStyle::Part) continue;
    if (c.prefix->numbering.value < number) begin = i + 1;
    if (c.prefix->numbering.value > number) { end = i; break; }
  }
  return {begin, end};
}

/// A line that prints `title` (possibly wrapped onto a short next line).
bool prints_title(Lines lines, const std::vector<ClassifiedLine>& classes, size_t i, const std::string& title) {
  const std::string& text = lines[i].view.text;
  if (text == title) return true;
  const size_t j = next_content(lines, classes, i);
  return title.starts_with(text) && j < lines.size() && is_title_tail(lines[j], classes[j]) &&
         text + lines[j].view.text == title;
}

/// A short unnumbered line ending like `title` ("…部门决算表"): the same part, with the
/// department named differently than in the contents.
bool ends_like(const std::string& text, const std::string& title) {
  constexpr size_t kEnding = 9;  // bytes: three Han characters, "决算表", "况说明"
  if (title.size() < kEnding || char_count(text) < 8 || char_count(text) > kMaxPartTitle) return false;
  for (std::string_view p : {"。", ",", ";", ":"})
    if (text.find(p) != std::string::npos) return false;
  return text.ends_with(std::string_view(title).substr(title.size() - kEnding));
}

void promote(const TocEntry& entry, Lines lines, std::vector<ClassifiedLine>& classes, size_t i) {
  NumberPrefix prefix;
  prefix.numbering = *entry.numbering;
  prefix.numbering.span = Span{lines[i].span.begin, lines[i].span.begin};
  prefix.rest = 0;
  classes[i].prefix = prefix;
  classes[i].role = LineRole::Heading;
}

}  // namespace

void promote_unnumbered_parts(const Document& doc, Lines lines, std::vector<ClassifiedLine>& classes,
                              size_t body_start) {
  for (const auto& entry : doc.toc) {
    if (!entry.numbering || entry.numbering->style != NumberingStyle::Part) continue;
    if (body_has_part(classes, entry.numbering->value)) continue;
    const auto [begin, end] = part_window(classes, body_start, entry.numbering->value);
    size_t found = end;
    for (size_t i = begin; i < end && found == end; ++i)
      if (classes[i].role == LineRole::Text && !classes[i].prefix && prints_title(lines, classes, i, entry.title))
        found = i;
    for (size_t i = begin; i < end && found == end; ++i)
      if (classes[i].role == LineRole::Text && !classes[i].prefix && ends_like(lines[i].view.text, entry.title))
        found = i;
    if (found != end) promote(entry, lines, classes, found);
  }
}

}  // namespace gk::doc::structure

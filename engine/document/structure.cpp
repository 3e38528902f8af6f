// Builds the part/section tree and the paragraph drafts from classified lines.
#include "document/structure.h"

#include <algorithm>

#include "document/structure_internal.h"

namespace gk::doc {
namespace {

using structure::ClassifiedLine;
using structure::LineRole;

constexpr size_t kMaxPartTitleChars = 40;
constexpr size_t kMaxWrapTailChars = 16;   // "疗补助（项）。" after a heading broken by the PDF
constexpr size_t kMinWrappedHeadingChars = 24;
constexpr int kMaxBlankLinesInParagraph = 2;

bool ends_sentence(std::string_view t) {
  for (std::string_view end : {"。", "!", "?", ";", "。”", "。\"", "；"}) {
    if (t.ends_with(end)) return true;
  }
  return false;
}

/// A line that ends a paragraph: a full stop, or "!" / "?". A line ending in "；" runs on
/// (PDF converters break a list of "A…，占x%；B…" clauses wherever the line is full).
bool ends_paragraph(std::string_view t) {
  for (std::string_view end : {"。", "!", "?", "。”", "。\""}) {
    if (t.ends_with(end)) return true;
  }
  return false;
}

int bracket_balance(std::string_view t) {
  int open = 0;
  for (char c : t) open += (c == '(') - (c == ')');
  return open;
}

/// Whether `tail` (the next line) continues heading text `head` broken by the conversion.
bool continues_heading(std::string_view head, std::string_view tail) {
  if (structure::char_count(tail) > kMaxWrapTailChars || ends_sentence(head)) return false;
  if (bracket_balance(head) > 0) return true;
  const bool subject_path = head.find("(类)") != std::string_view::npos &&
                            head.find("(项)") == std::string_view::npos &&
                            tail.find("(项)") != std::string_view::npos;
  if (subject_path) return true;
  return structure::char_count(head) >= kMinWrappedHeadingChars &&
         (tail.ends_with("。") || tail.ends_with(")"));
}

/// Where a 科目 path broken before its "(项)" ends in the next line `tail` (view offset just
/// past "(项)" and a following "。"), or 0 when `head` is no such path.
size_t subject_path_tail(std::string_view head, std::string_view tail) {
  constexpr size_t kMaxNameRest = 30;  // bytes of the 项 name before "(项)" on the next line
  if (head.find("(类)") == std::string_view::npos || head.find("(项)") != std::string_view::npos) return 0;
  const size_t at = tail.find("(项)");
  if (at == std::string_view::npos || at > kMaxNameRest) return 0;
  size_t end = at + std::string_view("(项)").size();
  if (tail.substr(end).starts_with("。")) end += std::string_view("。").size();
  return end;
}

class TreeBuilder {
 public:
  TreeBuilder(Document& doc, Lines lines, std::vector<ClassifiedLine>& classes)
      : doc_(doc), lines_(lines), classes_(classes) {}

  std::vector<ParagraphDraft> build();

 private:
  size_t next_content(size_t i, int* blanks = nullptr) const;
  void on_heading(size_t i);
  bool is_page_header_repeat(size_t i) const;
  void open_section(Section section, int section_rank, size_t line);
  void adopt_part_title(Section& part, size_t i);
  void on_text(size_t i);
  void close_paragraph();
  void close_sections(size_t down_to_depth, uint32_t end);

  Document& doc_;
  Lines lines_;
  std::vector<ClassifiedLine>& classes_;
  std::vector<std::pair<uint32_t, int>> open_;  // section index, rank
  std::vector<ParagraphDraft> drafts_;
  std::optional<ParagraphDraft> paragraph_;
  size_t paragraph_last_line_ = 0;
};

size_t TreeBuilder::next_content(size_t i, int* blanks) const {
  size_t j = i + 1;
  int b = 0;
  for (; j < lines_.size() && classes_[j].role == LineRole::Blank; ++j) ++b;
  if (blanks) *blanks = b;
  return j;
}

bool TreeBuilder::is_page_header_repeat(size_t i) const {
  const auto& top = doc_.sections[open_.back().first];
  if (open_.back().second != 0 || !top.numbering) return false;
  return top.numbering->value == classes_[i].prefix->numbering.value && top.children.empty() &&
         top.paragraphs.empty() && !paragraph_;
}

void TreeBuilder::close_sections(size_t down_to_depth, uint32_t end) {
  while (open_.size() > down_to_depth) {
    doc_.sections[open_.back().first].span.end = end;
    open_.pop_back();
  }
}

void TreeBuilder::open_section(Section section, int section_rank, size_t line) {
  const uint32_t begin = lines_[line].span.begin;
  size_t depth = open_.size();
  while (depth > 1 && open_[depth - 1].second >= section_rank) --depth;
  close_sections(depth, begin);
  const uint32_t parent = open_.back().first;
  section.parent = parent;
  section.level = doc_.sections[parent].level + 1;
  section.span.begin = begin;
  const auto index = static_cast<uint32_t>(doc_.sections.size());
  doc_.sections[parent].children.push_back(index);
  doc_.sections.push_back(std::move(section));
  open_.emplace_back(index, section_rank);
}

void TreeBuilder::adopt_part_title(Section& part, size_t i) {
  const size_t j = next_content(i);
  if (j >= lines_.size() || classes_[j].role != LineRole::Text) return;
  const auto& view = lines_[j].view;
  if (structure::char_count(view.text) > kMaxPartTitleChars || ends_sentence(view.text)) return;
  part.title = structure::heading_title(view, 0, view.text.size());
  part.heading_span = part.heading_span.merge(lines_[j].span);
  classes_[j].role = LineRole::Skip;
  // "第三部分" / "…部门决算情况" / "说明": the adopted title may wrap too.
  const size_t k = next_content(j);
  if (part.numbering && part.numbering->style == NumberingStyle::Part && k < lines_.size() &&
      classes_[k].role == LineRole::Text &&
      structure::part_title_continues(doc_, *part.numbering, part.title, lines_[k], classes_[k])) {
    part.title += lines_[k].view.text;
    part.heading_span = part.heading_span.merge(lines_[k].span);
    classes_[k].role = LineRole::Skip;
  }
}

void TreeBuilder::on_heading(size_t i) {
  close_paragraph();
  auto& c = classes_[i];
  const bool part = c.prefix->numbering.style == NumberingStyle::Part;
  if (part && is_page_header_repeat(i)) {
    auto& top = doc_.sections[open_.back().first];
    if (top.title.empty()) top.title = structure::heading_title(lines_[i].view, c.prefix->rest, lines_[i].view.text.size());
    return;
  }
  MatchingView view = lines_[i].view;
  Span heading_span = lines_[i].span;
  const size_t end = c.run_in_end ? c.run_in_end : view.text.size();
  const size_t j = next_content(i);
  const std::string_view title_text = std::string_view(view.text).substr(c.prefix->rest);
  const bool wraps = j < lines_.size() && classes_[j].role == LineRole::Text &&
                     (part ? structure::part_title_continues(doc_, c.prefix->numbering,
                                                             structure::heading_title(view, c.prefix->rest, view.text.size()),
                                                             lines_[j], classes_[j])
                           : continues_heading(title_text, lines_[j].view.text));
  size_t run_in_end = c.run_in_end ? end : 0;
  size_t last_line = i;  // the heading's last line: a run-in paragraph continues after it
  if (!c.run_in_end && wraps) {
    append_view(view, lines_[j].view);
    heading_span = heading_span.merge(lines_[j].span);
    classes_[j].role = LineRole::Skip;
  } else if (!c.run_in_end && !part && j < lines_.size() && classes_[j].role == LineRole::Text) {
    // "5、…（类）…（款）行政单位离退休" / "（项）。主要用于：…": the 科目 path ends on the next
    // line, and the text after it is the item's first paragraph.
    const size_t tail = subject_path_tail(title_text, lines_[j].view.text);
    if (tail != 0) {
      const size_t joined_at = view.text.size();
      append_view(view, lines_[j].view);
      heading_span = heading_span.merge(lines_[j].span);
      classes_[j].role = LineRole::Skip;
      run_in_end = joined_at + tail;
      last_line = j;
    }
  }
  Section s;
  s.numbering = c.prefix->numbering;
  s.title = structure::heading_title(view, c.prefix->rest, run_in_end ? run_in_end : view.text.size());
  s.heading_span = heading_span;
  if (s.title.empty()) adopt_part_title(s, i);  // the number on a line of its own
  open_section(std::move(s), rank(c.prefix->numbering.style), i);
  if (run_in_end && run_in_end < view.text.size()) {
    paragraph_ = ParagraphDraft{structure::slice_view(view, run_in_end, view.text.size()),
                                std::nullopt, open_.back().first};
    paragraph_last_line_ = last_line;
  }
}

void TreeBuilder::close_paragraph() {
  if (!paragraph_) return;
  if (!paragraph_->view.text.empty()) drafts_.push_back(std::move(*paragraph_));
  paragraph_.reset();
}

void TreeBuilder::on_text(size_t i) {
  const auto& c = classes_[i];
  const bool numbered = c.role == LineRole::NumberedParagraph;
  if (paragraph_ && !numbered && !ends_paragraph(paragraph_->view.text)) {
    int blanks = 0;
    next_content(paragraph_last_line_, &blanks);
    if (blanks <= kMaxBlankLinesInParagraph && next_content(paragraph_last_line_) == i) {
      append_view(paragraph_->view, lines_[i].view);
      paragraph_last_line_ = i;
      return;
    }
  }
  close_paragraph();
  paragraph_ = ParagraphDraft{lines_[i].view, numbered ? std::optional(c.prefix->numbering) : std::nullopt,
                              open_.back().first};
  paragraph_last_line_ = i;
}

std::vector<ParagraphDraft> TreeBuilder::build() {
  open_.emplace_back(0, -1);
  for (size_t i = 0; i < lines_.size(); ++i) {
    switch (classes_[i].role) {
      case LineRole::Heading: on_heading(i); break;
      case LineRole::NumberedParagraph:
      case LineRole::Text: on_text(i); break;
      case LineRole::Skip:  // a line taken by a table or the contents ends a paragraph; the
                            // heading line a run-in paragraph starts on does not
        if (!(paragraph_ && i == paragraph_last_line_)) close_paragraph();
        break;
      case LineRole::Blank: break;
    }
  }
  close_paragraph();
  close_sections(1, static_cast<uint32_t>(doc_.source.text().size()));
  return std::move(drafts_);
}

}  // namespace

void fill_toc(Document& doc, Lines lines, std::vector<ClassifiedLine>& classes,
              const structure::TocRange& toc);
void fill_title(Document& doc, Lines lines, std::vector<ClassifiedLine>& classes,
                size_t title_end);

std::vector<ParagraphDraft> extract_structure(Document& doc, Lines lines,
                                              const std::vector<bool>& consumed) {
  auto classes = structure::classify_lines(lines, consumed);
  size_t title_end = lines.size();
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i].role == LineRole::Heading) {
      title_end = i;
      break;
    }
  }
  if (auto toc = structure::find_toc(lines, classes)) {
    fill_toc(doc, lines, classes, *toc);
    structure::join_wrapped_toc_parts(doc, lines, classes);
    structure::promote_unnumbered_parts(doc, lines, classes, toc->last);
    title_end = std::min(title_end, toc->marker);
  }
  structure::demote_wrapped_lines(lines, classes, doc.toc);
  fill_title(doc, lines, classes, title_end);
  Section root;
  root.span = {0, static_cast<uint32_t>(doc.source.text().size())};
  doc.sections.assign(1, std::move(root));
  return TreeBuilder(doc, lines, classes).build();
}

}  // namespace gk::doc

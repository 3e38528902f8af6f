#include "document/numbered_items.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>

#include "base/unicode.h"
#include "document/lines.h"

namespace gk::doc {
namespace {

constexpr size_t kTitleLength = 30;  ///< code points of a paragraph's clause kept as its title

uint32_t parent_of(const Document& doc, uint32_t section) {
  const uint32_t p = doc.sections[section].parent;
  return p == kNone ? 0 : p;
}

/// The rank of a section's numbering, or -1 for the root and unnumbered headings.
int section_rank(const Document& doc, uint32_t section) {
  const auto& n = doc.sections[section].numbering;
  return section == 0 || !n ? -1 : rank(n->style);
}

/// The first clause of a numbered paragraph (after its numbering, on its first line), as a
/// title in the matching view, and the original span of the numbering through that clause.
std::pair<std::string, Span> paragraph_title(const Document& doc, const Paragraph& paragraph) {
  const Span numbering = paragraph.numbering->span;
  const std::string_view text = doc.source.text();
  uint32_t end = numbering.end;
  while (end < paragraph.span.end && text[end] != '\n') ++end;
  const MatchingView view = matching_view(doc.source, {numbering.end, end});
  size_t cut = view.text.size();
  for (std::string_view stop : {",", "。", ";", ":", "!", "?"})
    cut = std::min(cut, view.text.find(stop));
  std::string title;
  size_t pos = 0, points = 0;
  while (pos < cut) {
    if (points == kTitleLength) {
      title += "…";
      break;
    }
    const size_t from = pos;
    unicode::next_code_point(view.text, pos);
    title.append(view.text, from, pos - from);
    ++points;
  }
  const Span clause = cut == 0 ? Span{} : view.to_original(0, std::min(cut, pos));
  return {std::move(title), clause.empty() ? numbering : numbering.merge(clause)};
}

}  // namespace

std::vector<NumberedItem> numbered_items(const Document& doc) {
  std::vector<NumberedItem> items;
  for (uint32_t s = 1; s < doc.sections.size(); ++s) {
    const Section& section = doc.sections[s];
    if (!section.numbering) continue;
    NumberedItem item;
    item.heading = true;
    item.index = s;
    item.numbering = *section.numbering;
    item.list_owner = parent_of(doc, s);
    item.title = section.title;
    item.span = section.heading_span;
    items.push_back(std::move(item));
  }

  // A paragraph's anchor: its section, or the nearest ancestor not numbered in a deeper
  // style. When the anchor is numbered in the paragraph's own style, the first such
  // paragraph under it decides: 1 starts a list inside the anchor, anything else continues
  // the anchor's own list.
  std::map<std::pair<uint32_t, int>, bool> starts_inside;  // (anchor, rank) → nested list
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& paragraph = doc.paragraphs[p];
    if (!paragraph.numbering) continue;
    const int r = rank(paragraph.numbering->style);
    uint32_t anchor = paragraph.section;
    while (section_rank(doc, anchor) > r) anchor = parent_of(doc, anchor);
    uint32_t owner = anchor;
    if (section_rank(doc, anchor) == r) {
      const auto [it, first] = starts_inside.try_emplace({anchor, r}, paragraph.numbering->value == 1);
      if (!it->second) owner = parent_of(doc, anchor);
    }
    NumberedItem item;
    item.index = p;
    item.numbering = *paragraph.numbering;
    item.list_owner = owner;
    std::tie(item.title, item.span) = paragraph_title(doc, paragraph);
    items.push_back(std::move(item));
  }

  std::stable_sort(items.begin(), items.end(), [](const NumberedItem& a, const NumberedItem& b) {
    return a.numbering.span.begin < b.numbering.span.begin;
  });
  std::map<std::pair<uint32_t, int>, int> previous;  // (list owner, rank) → last number
  for (auto& item : items) {
    const std::pair<uint32_t, int> list{item.list_owner, rank(item.numbering.style)};
    const auto it = previous.find(list);
    item.expected = it == previous.end() ? 1 : it->second + 1;
    previous[list] = item.numbering.value;
  }
  return items;
}

}  // namespace gk::doc

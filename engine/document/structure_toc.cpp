// Finds the table of contents: after a "目录" line, or a run of short part/section lines
// whose first part heading appears again later (the body restarting).
#include "document/structure_internal.h"

namespace gk::doc::structure {
namespace {

constexpr size_t kMarkerSearchLines = 80;  // a TOC sits near the top
constexpr size_t kMaxEntryChars = 60;

bool same_numbering(const ClassifiedLine& a, const ClassifiedLine& b) {
  return a.prefix && b.prefix && a.prefix->numbering.style == b.prefix->numbering.style &&
         a.prefix->numbering.value == b.prefix->numbering.value;
}

std::optional<size_t> find_marker(Lines lines) {
  for (size_t i = 0; i < lines.size() && i < kMarkerSearchLines; ++i) {
    const auto& t = lines[i].view.text;
    if (t == "目录" || t == "目 录" || t == "目次") return i;
  }
  return std::nullopt;
}

size_t next_nonblank(const std::vector<ClassifiedLine>& classes, size_t i) {
  while (i < classes.size() && (classes[i].role == LineRole::Blank || classes[i].role == LineRole::Skip)) ++i;
  return i;
}

/// The line where the body restarts with the TOC's first entry, or nullopt.
std::optional<size_t> find_restart(Lines lines,
                                   const std::vector<ClassifiedLine>& classes, size_t first) {
  for (size_t j = first + 1; j < classes.size(); ++j) {
    if (same_numbering(classes[j], classes[first])) return j;
    if (classes[j].role == LineRole::Text || classes[j].role == LineRole::NumberedParagraph) {
      if (char_count(lines[j].view.text) > kMaxEntryChars) return std::nullopt;
    }
  }
  return std::nullopt;
}

size_t entry_count(const std::vector<ClassifiedLine>& classes, size_t first, size_t last) {
  size_t n = 0;
  for (size_t i = first; i < last; ++i) n += classes[i].role != LineRole::Blank;
  return n;
}

}  // namespace

std::optional<TocRange> find_toc(Lines lines,
                                 const std::vector<ClassifiedLine>& classes) {
  if (auto marker = find_marker(lines)) {
    const size_t first = next_nonblank(classes, *marker + 1);
    if (first >= classes.size() || !classes[first].prefix) return std::nullopt;
    if (auto last = find_restart(lines, classes, first)) return TocRange{*marker, first, *last};
    return std::nullopt;
  }
  for (size_t i = 0; i < classes.size() && i < kMarkerSearchLines; ++i) {
    if (!classes[i].prefix || classes[i].prefix->numbering.style != NumberingStyle::Part) continue;
    auto last = find_restart(lines, classes, i);
    if (last && entry_count(classes, i, *last) >= 3) return TocRange{i, i, *last};
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace gk::doc::structure

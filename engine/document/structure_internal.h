// Internals of the structure pass shared by its translation units (not a public API):
// line classification, view slicing, and the TOC finder.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "document/lines.h"
#include "document/model.h"
#include "document/structure.h"

namespace gk::doc::structure {

enum class LineRole { Skip, Blank, Heading, NumberedParagraph, Text };

/// One physical line after classification.
struct ClassifiedLine {
  LineRole role = LineRole::Text;
  std::optional<NumberPrefix> prefix;
  size_t run_in_end = 0;  ///< for a run-in heading "（一）标题。正文…": view offset where the body starts
};

/// Classifies every line (consumed lines become Skip).
std::vector<ClassifiedLine> classify_lines(Lines lines,
                                           const std::vector<bool>& consumed);

/// Numbered lines the converter wrapped (a full line, or a number on a line of its own,
/// running on into the next line) become numbered paragraphs when read together they are
/// one; headings listed in the contents (`toc`) and 科目 paths stay headings.
void demote_wrapped_lines(Lines lines, std::vector<ClassifiedLine>& classes, const std::vector<TocEntry>& toc);

/// The view bytes [begin, end) as a view of their own (origin map sliced with them).
MatchingView slice_view(const MatchingView& view, size_t begin, size_t end);

/// Heading title text: the view after the prefix, without trailing "。" ":" and spaces.
std::string heading_title(const MatchingView& view, size_t rest, size_t end);

/// Number of code points of a UTF-8 string.
size_t char_count(std::string_view text);

/// The table of contents: [first, last) line indices, or nullopt when there is none.
struct TocRange {
  size_t marker = 0;  ///< the "目录" line, or == first when there is no marker
  size_t first = 0;
  size_t last = 0;
};
std::optional<TocRange> find_toc(Lines lines,
                                 const std::vector<ClassifiedLine>& classes);

/// Whether `next` continues a part heading's `title` wrapped by the conversion: a short
/// unnumbered line that completes the title as the table of contents gives it (or, without
/// a contents entry for that part, completes a title that reads unfinished).
bool part_title_continues(const Document& doc, const Numbering& numbering, std::string_view title,
                          const Line& next, const ClassifiedLine& next_class);

/// Joins contents entries of parts wrapped over two lines ("第二部分…部门决算" / "表").
void join_wrapped_toc_parts(Document& doc, Lines lines, const std::vector<ClassifiedLine>& classes);

/// A part title printed in the body without "第N部分" (from `body_start` on) becomes that
/// part's heading when the contents list the part and no numbered heading of it exists.
void promote_unnumbered_parts(const Document& doc, Lines lines, std::vector<ClassifiedLine>& classes,
                              size_t body_start);

}  // namespace gk::doc::structure

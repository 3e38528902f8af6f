// Structure extraction: the title, the table of contents, and the part/section tree with
// every numbering style of the genre (第一部分 / 第2部分, 一、, （一）, 1. 1、 1．, （1）),
// telling headings from numbered paragraphs (list items, 名词解释 definitions), joining
// headings broken across lines, and tolerating page-header duplicates.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "document/lines.h"
#include "document/model.h"
#include "document/narrative.h"

namespace gk::doc {

/// A numbering prefix at the start of a matching-view line, and where the rest begins.
struct NumberPrefix {
  Numbering numbering;
  size_t rest = 0;  ///< view byte offset of the text after the prefix
};
std::optional<NumberPrefix> parse_number_prefix(const MatchingView& view);
/// Bytes of the list numbering ("一、", "(一)", "1.", "1、", "(1)"; not 第N部分) at the
/// start of matching-view text, or 0 when there is none.
size_t list_number_length(std::string_view text);
/// Whether matching-view text starts with a part number ("第二部分", "第2部分").
bool starts_with_part_number(std::string_view text);

/// The fiscal year of the first "20NN年" in `text`.
std::optional<int> year_in(std::string_view text);

/// Fills doc.title, doc.year, doc.toc, doc.toc_span and doc.sections; returns the
/// paragraphs (with their section) for the narrative pass. Lines flagged in `consumed`
/// (tables) are skipped.
std::vector<ParagraphDraft> extract_structure(Document& doc, Lines lines,
                                              const std::vector<bool>& consumed);

}  // namespace gk::doc

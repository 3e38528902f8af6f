// Tables in text without TABs, as PDF converters write them: columns aligned with spaces
// (pdftotext -layout), one row per line with single spaces and blank cells dropped
// (pdftotext -raw, pdfplumber), or whole columns one after another (pdftotext's default,
// pdfminer; only the caption and unit can be read there). A table is found by its caption
// (a title of the table vocabulary, or a short line ending in 表) with a 单位 line (or
// figures) below it, and runs to the next caption, part heading, prose line or note's end.
#pragma once

#include <vector>

#include "base/source.h"
#include "document/lines.h"
#include "document/model.h"

namespace gk::doc {

/// Finds such tables among the lines not yet `consumed` (by TAB tables) and marks the lines
/// they take: the caption (unless it is a numbered heading, which stays for the section
/// tree), the unit and 部门 lines, the rows and the notes. Rows continued on later pages
/// (a repeated or 续 caption of the same table) are joined.
std::vector<Table> extract_plain_tables(const SourceText& source, Lines lines,
                                        std::vector<bool>& consumed);

}  // namespace gk::doc

// Reports appended to a document: a 决算 often carries its 整体支出绩效自评报告 (and project
// evaluation reports) under 附件. Each is found from its title block — short unnumbered
// lines ending in "…绩效自评报告"/"…绩效评价报告" under a 附件 label or in a 附件/其他 part —
// and runs to the next appended report, the host's next part heading, or the end.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "document/lines.h"

namespace gk::doc {

/// Line indices (0-based, into the lines of the whole text) of one appended report.
struct AppendedRange {
  size_t begin = 0;        ///< first line of the report: its 附件 label, or its title block
  size_t title_end = 0;    ///< one past the title block's last line
  size_t end = 0;          ///< one past the report's last line
  std::string title;       ///< the title block's lines joined (matching view)
};

/// The appended reports of a text, in order; empty when the text is one document. A title
/// block at the very top is the document's own title, not an appended report.
std::vector<AppendedRange> find_appended_reports(Lines lines);

}  // namespace gk::doc

// Table extraction. Two layouts occur in converted 决算 texts: tab-separated rows (one
// physical line per row), and one cell per line (each line starts with a TAB) with blank
// lines between rows. Around a table: its title, its code ("公开 01 表"), the declared unit
// ("单位：万元"), a "部门：" line, and notes below ("注：…", "说明：…故本表无数据").
#pragma once

#include <vector>

#include "base/source.h"
#include "document/lines.h"
#include "document/model.h"

namespace gk::doc {

/// Finds the tables among `lines`. Marks in `consumed` (one flag per line, same indexing)
/// every line that belongs to a table — rows, code, unit, 部门 and note lines, and a title
/// line unless that title is a numbered heading (which stays for the section tree).
/// Table::section is left 0; the caller assigns sections.
std::vector<Table> extract_tables(const SourceText& source, Lines lines,
                                  std::vector<bool>& consumed);

/// Lines that name tables given elsewhere ("详见附表", "（详情见附件）", "见附件") and
/// are not themselves tables.
std::vector<TableReference> find_table_references(Lines lines,
                                                  const std::vector<bool>& consumed);

}  // namespace gk::doc

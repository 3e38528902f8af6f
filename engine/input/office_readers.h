// Readers of office documents into the text the extractor reads: a Word document's
// paragraphs (with list numbers as Word shows them) and tables (TAB-separated rows, merged
// cells kept in their columns), and an Excel workbook's sheets (each a table under its
// title and 单位 line, numbers as their cell format shows them).
#pragma once

#include <string>

#include "document/reader.h"

namespace gk::input {

/// Word (DOCX). Codes: those of Package (office_package.h).
doc::ReadResult read_docx(std::string name, const std::string& bytes, const doc::ReadLimits& limits = {});
/// Excel (XLSX). Codes: those of Package.
doc::ReadResult read_xlsx(std::string name, const std::string& bytes, const doc::ReadLimits& limits = {});
/// Excel 97 (XLS). Codes: E-OFFICE-DAMAGED (not a readable workbook, a password),
/// E-OFFICE-TOO-LARGE (a sheet of more than 4 Mi cells).
doc::ReadResult read_xls(std::string name, const std::string& bytes, const doc::ReadLimits& limits = {});

}  // namespace gk::input

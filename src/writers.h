// Every output format of `check` and `scorecard`, in one list (writers.cpp): which command
// offers which format, and the writer that produces it.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "report.h"

namespace gk::cli {

/// The formats a command offers, its default first.
std::vector<std::string> formats_of(std::string_view command);

/// The writer of `format` for `command`, writing to `out`.
std::unique_ptr<ReportWriter> make_writer(std::string_view command, std::string_view format, std::FILE* out);

// The writers themselves (one file each).
std::unique_ptr<ReportWriter> findings_text_writer(std::FILE* out);   ///< check text
std::unique_ptr<ReportWriter> findings_json_writer(std::FILE* out);   ///< gongkai.findings/1
std::unique_ptr<ReportWriter> findings_csv_writer(std::FILE* out);    ///< one row per finding
std::unique_ptr<ReportWriter> sarif_writer(std::FILE* out);           ///< SARIF 2.1.0
std::unique_ptr<ReportWriter> scorecard_text_writer(std::FILE* out);  ///< aligned tables
std::unique_ptr<ReportWriter> scorecard_json_writer(std::FILE* out);  ///< gongkai.scorecard/1
std::unique_ptr<ReportWriter> scorecard_csv_writer(std::FILE* out);   ///< one row per document×pack
std::unique_ptr<ReportWriter> html_writer(std::FILE* out);            ///< the self-contained report

}  // namespace gk::cli

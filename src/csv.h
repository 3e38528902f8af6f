// CSV as Excel and WPS open it with Chinese intact: UTF-8 with a byte-order mark, CRLF line
// ends, and RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes
// doubled). Fields that a spreadsheet would run as a formula (=, +, -, @, tab or carriage
// return first) are prefixed with an apostrophe unless they are numbers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gk::cli {

/// The byte-order mark that opens every CSV file gongkai writes.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// One field, quoted when needed.
std::string csv_field(std::string_view text);
/// One record: fields joined by commas, ending in CRLF.
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace gk::cli

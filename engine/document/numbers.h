// Figures in text: amounts with their unit (元/万元/亿元) and written precision,
// percentages, counts with their measure word, and the broken forms PDF/DOCX conversion
// produces ("138, 307, 276. 56", "137,500,26 5.00", "**399.57**"). Values are exact
// Decimals; nothing goes through binary floating point.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "base/decimal.h"
#include "document/lines.h"
#include "document/model.h"

namespace gk::doc {

/// Parses a whole table-cell text as a number: thousands separators (with stray spaces
/// after them), spaces inside the digits, a space after the point, a leading sign, "**"
/// emphasis, and a trailing "%" (returned as Percentage). nullopt if the text is not a
/// number. "-" / "—" alone is not a number.
struct CellNumber {
  Decimal value;
  bool percentage = false;
};
std::optional<CellNumber> parse_cell_number(std::string_view view_text);

/// A figure found in running text, with view byte offsets.
struct FoundQuantity {
  Quantity quantity;     ///< span is filled from the view's origin map
  size_t view_begin = 0; ///< the figure's first byte in the view (number start)
  size_t view_end = 0;   ///< one past the unit / measure word
};

/// Finds amounts (N元/N万元/N亿元), percentages (N%), counts (N + measure word: 人 人次 个
/// 辆 批次 批 次 台(套) 台 套 家 名 项 场 户 件) and leaves bare numbers and years/dates
/// ("2019年", "12月31日") out. Thousands separators inside prose numbers are accepted only
/// as ASCII "," in the original followed by exactly three digits.
std::vector<FoundQuantity> find_quantities(const MatchingView& view);

}  // namespace gk::doc

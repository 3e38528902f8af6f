// Table-cell numbers: one cell's text read as an exact number, tolerating the thousands
// separators, stray spaces and emphasis that document conversion leaves behind.
#include "document/numbers.h"

#include <array>

namespace gk::doc {
namespace {

constexpr std::string_view kEmphasis = "**";
constexpr std::string_view kMinusSign = "\u2212";  // "−", not folded by NFKC
constexpr size_t kMaxCellDigits = 48;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

/// Removes surrounding spaces and "**" emphasis markers.
std::string_view strip_emphasis(std::string_view text) {
  text = trim_spaces(text);
  while (text.starts_with(kEmphasis) || text.ends_with(kEmphasis)) {
    if (text.starts_with(kEmphasis)) text.remove_prefix(kEmphasis.size());
    if (text.ends_with(kEmphasis)) text.remove_suffix(kEmphasis.size());
    text = trim_spaces(text);
  }
  return text;
}

/// Removes a leading sign; returns true when it was a minus.
bool take_sign(std::string_view& text) {
  bool negative = false;
  if (text.starts_with('-') || text.starts_with('+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  } else if (text.starts_with(kMinusSign)) {
    negative = true;
    text.remove_prefix(kMinusSign.size());
  }
  text = trim_spaces(text);
  return negative;
}

bool take_percent_sign(std::string_view& text) {
  if (!text.ends_with('%')) return false;
  text.remove_suffix(1);
  text = trim_spaces(text);
  return true;
}

/// Digits of a cell number without thousands separators and conversion spaces:
/// "138, 307, 276. 56" → "138307276.56", "137,500,26 5.00" → "137500265.00". A separator
/// or the point must follow a digit and be followed (after spaces) by a digit; separators
/// only in the integer part.
class CompactDigits {
 public:
  bool append(std::string_view body) {
    for (const char c : body) {
      if (!take(c)) return false;
    }
    return is_digit(previous_);
  }
  std::string_view digits() const { return {buffer_.data(), size_}; }

 private:
  bool take(char c) {
    if (c == ' ') return previous_ != 0;
    const bool after_mark = previous_ == ',' || previous_ == '.';
    if (is_digit(c)) return keep(c);
    if (after_mark || !is_digit(previous_)) return false;
    if (seen_point_) return false;  // no second point, no separator in the decimals
    if (c == '.') {
      seen_point_ = true;
      return keep(c);
    }
    if (c != ',') return false;
    previous_ = c;  // a thousands separator is dropped
    return true;
  }
  bool keep(char c) {
    if (size_ == buffer_.size()) return false;
    buffer_[size_++] = c;
    previous_ = c;
    return true;
  }

  std::array<char, kMaxCellDigits> buffer_{};
  size_t size_ = 0;
  char previous_ = 0;
  bool seen_point_ = false;
};

}  // namespace

std::optional<CellNumber> parse_cell_number(std::string_view view_text) {
  std::string_view text = strip_emphasis(view_text);
  const bool negative = take_sign(text);
  const bool percentage = take_percent_sign(text);
  CompactDigits compact;
  if (text.empty() || !compact.append(text)) return std::nullopt;
  auto value = Decimal::parse(compact.digits());
  if (!value) return std::nullopt;
  return CellNumber{negative ? -*value : *value, percentage};
}

}  // namespace gk::doc

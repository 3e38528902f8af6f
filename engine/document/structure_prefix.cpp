// Numbering prefixes of headings and list items: 第X部分, 一、, (一), 1. 1、, (1).
#include <string>

#include "base/unicode.h"
#include "document/structure_internal.h"

namespace gk::doc {
namespace {

constexpr std::string_view kChineseDigits = "〇零一二两三四五六七八九十百";

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/// Length in bytes of the run of Chinese numeral characters at `pos`.
size_t chinese_numeral_run(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size()) {
    size_t next = end;
    const char32_t cp = unicode::next_code_point(text, next);
    // A well-formed character is found only where one of the digits starts (a lead byte
    // never equals a continuation byte); an ill-formed byte (one byte, not ASCII) is none.
    const std::string_view ch = text.substr(end, next - end);
    if (cp < 0x80 || ch.size() == 1 || kChineseDigits.find(ch) == std::string_view::npos) break;
    end = next;
  }
  return end - pos;
}

size_t digit_run(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && is_ascii_digit(text[end])) ++end;
  return end - pos;
}

/// A numbering prefix found in text, before it is placed in a view: its style, its numeral
/// and the byte offset where it ends.
struct RawPrefix {
  NumberingStyle style = NumberingStyle::CnComma;
  std::string_view numeral;
  size_t end = 0;
};

std::optional<RawPrefix> part_prefix(std::string_view t) {
  if (!t.starts_with("第")) return std::nullopt;
  const size_t begin = std::string_view("第").size();
  size_t n = chinese_numeral_run(t, begin);
  if (n == 0) n = digit_run(t, begin);
  if (n == 0 || t.substr(begin + n).rfind("部分", 0) != 0) return std::nullopt;
  return RawPrefix{NumberingStyle::Part, t.substr(begin, n), begin + n + std::string_view("部分").size()};
}

std::optional<RawPrefix> paren_prefix(std::string_view t) {
  if (!t.starts_with("(")) return std::nullopt;
  size_t n = chinese_numeral_run(t, 1);
  NumberingStyle style = NumberingStyle::CnParen;
  if (n == 0) {
    n = digit_run(t, 1);
    style = NumberingStyle::ArabicParen;
    if (n == 0 || n > 3) return std::nullopt;
  }
  if (t.substr(1 + n, 1) != ")") return std::nullopt;
  return RawPrefix{style, t.substr(1, n), 1 + n + 1};
}

std::optional<RawPrefix> chinese_comma_prefix(std::string_view t) {
  const size_t n = chinese_numeral_run(t, 0);
  if (n == 0 || !t.substr(n).starts_with("、")) return std::nullopt;
  return RawPrefix{NumberingStyle::CnComma, t.substr(0, n), n + std::string_view("、").size()};
}

/// "N." followed by a digit is a decimal number ("1.5万元"), unless a year follows ("2.2019年").
bool decimal_not_numbering(std::string_view after_dot) {
  if (after_dot.empty() || !is_ascii_digit(after_dot[0])) return false;
  const size_t digits = digit_run(after_dot, 0);
  return !(digits == 4 && after_dot.substr(4).starts_with("年"));
}

std::optional<RawPrefix> arabic_dot_prefix(std::string_view t) {
  const size_t n = digit_run(t, 0);
  if (n == 0 || n > 3) return std::nullopt;
  const std::string_view after = t.substr(n);
  if (after.starts_with("、")) return RawPrefix{NumberingStyle::ArabicDot, t.substr(0, n), n + 3};
  if (!after.starts_with(".") || decimal_not_numbering(after.substr(1))) return std::nullopt;
  return RawPrefix{NumberingStyle::ArabicDot, t.substr(0, n), n + 1};
}

/// The first prefix of the four styles at the start of `text` whose numeral has a value.
std::optional<RawPrefix> raw_prefix(std::string_view text) {
  for (auto parse : {part_prefix, paren_prefix, chinese_comma_prefix, arabic_dot_prefix}) {
    auto p = parse(text);
    if (p && unicode::parse_chinese_numeral(p->numeral)) return p;
  }
  return std::nullopt;
}

size_t skip_spaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

}  // namespace

std::optional<NumberPrefix> parse_number_prefix(const MatchingView& view) {
  const auto raw = raw_prefix(view.text);
  if (!raw) return std::nullopt;
  NumberPrefix p;
  p.numbering.style = raw->style;
  p.numbering.value = *unicode::parse_chinese_numeral(raw->numeral);
  p.numbering.span = view.to_original(0, raw->end);
  p.numbering.text = view.text.substr(0, raw->end);
  p.rest = skip_spaces(view.text, raw->end);
  return p;
}

bool starts_with_part_number(std::string_view text) {
  const auto raw = raw_prefix(text);
  return raw && raw->style == NumberingStyle::Part;
}

size_t list_number_length(std::string_view text) {
  const auto raw = raw_prefix(text);
  return raw && raw->style != NumberingStyle::Part ? raw->end : 0;
}

}  // namespace gk::doc

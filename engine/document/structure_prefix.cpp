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
    std::string ch;
    unicode::append_utf8(ch, cp);
    if (cp < 0x80 || kChineseDigits.find(ch) == std::string_view::npos) break;
    end = next;
  }
  return end - pos;
}

size_t digit_run(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && is_ascii_digit(text[end])) ++end;
  return end - pos;
}

std::optional<int> numeral_value(std::string_view text) {
  return unicode::parse_chinese_numeral(text);
}

std::optional<NumberPrefix> make_prefix(const MatchingView& view, NumberingStyle style,
                                        std::string_view numeral, size_t end) {
  auto value = numeral_value(numeral);
  if (!value) return std::nullopt;
  NumberPrefix p;
  p.numbering.style = style;
  p.numbering.value = *value;
  p.numbering.span = view.to_original(0, end);
  p.numbering.text = view.text.substr(0, end);
  p.rest = end;
  return p;
}

std::optional<NumberPrefix> part_prefix(const MatchingView& view) {
  const std::string_view t = view.text;
  if (!t.starts_with("第")) return std::nullopt;
  const size_t begin = std::string_view("第").size();
  size_t n = chinese_numeral_run(t, begin);
  if (n == 0) n = digit_run(t, begin);
  if (n == 0 || t.substr(begin + n).rfind("部分", 0) != 0) return std::nullopt;
  return make_prefix(view, NumberingStyle::Part, t.substr(begin, n),
                     begin + n + std::string_view("部分").size());
}

std::optional<NumberPrefix> paren_prefix(const MatchingView& view) {
  const std::string_view t = view.text;
  if (!t.starts_with("(")) return std::nullopt;
  size_t n = chinese_numeral_run(t, 1);
  NumberingStyle style = NumberingStyle::CnParen;
  if (n == 0) {
    n = digit_run(t, 1);
    style = NumberingStyle::ArabicParen;
    if (n == 0 || n > 3) return std::nullopt;
  }
  if (t.substr(1 + n, 1) != ")") return std::nullopt;
  return make_prefix(view, style, t.substr(1, n), 1 + n + 1);
}

std::optional<NumberPrefix> chinese_comma_prefix(const MatchingView& view) {
  const std::string_view t = view.text;
  const size_t n = chinese_numeral_run(t, 0);
  if (n == 0) return std::nullopt;
  const std::string_view after = t.substr(n);
  if (after.starts_with("、")) return make_prefix(view, NumberingStyle::CnComma, t.substr(0, n), n + 3);
  return std::nullopt;
}

/// "N." followed by a digit is a decimal number ("1.5万元"), unless a year follows ("2.2019年").
bool decimal_not_numbering(std::string_view after_dot) {
  if (after_dot.empty() || !is_ascii_digit(after_dot[0])) return false;
  const size_t digits = digit_run(after_dot, 0);
  return !(digits == 4 && after_dot.substr(4).starts_with("年"));
}

std::optional<NumberPrefix> arabic_dot_prefix(const MatchingView& view) {
  const std::string_view t = view.text;
  const size_t n = digit_run(t, 0);
  if (n == 0 || n > 3) return std::nullopt;
  const std::string_view after = t.substr(n);
  if (after.starts_with("、")) return make_prefix(view, NumberingStyle::ArabicDot, t.substr(0, n), n + 3);
  if (!after.starts_with(".") || decimal_not_numbering(after.substr(1))) return std::nullopt;
  return make_prefix(view, NumberingStyle::ArabicDot, t.substr(0, n), n + 1);
}

size_t skip_spaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

}  // namespace

std::optional<NumberPrefix> parse_number_prefix(const MatchingView& view) {
  for (auto parse : {part_prefix, paren_prefix, chinese_comma_prefix, arabic_dot_prefix}) {
    if (auto p = parse(view)) {
      p->rest = skip_spaces(view.text, p->rest);
      return p;
    }
  }
  return std::nullopt;
}

}  // namespace gk::doc

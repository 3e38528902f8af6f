// Figures in running text: a number followed by its money unit, "%" or a measure word,
// found in one linear pass over a sentence's or paragraph's matching view.
#include "document/numbers.h"

#include <algorithm>
#include <array>

namespace gk::doc {
namespace {

struct MoneyWord {
  std::string_view word;
  MoneyUnit unit;
};

// "万元" and "亿元" come before "元" so that 万/亿 are never left over.
constexpr std::array<MoneyWord, 3> kMoneyWords = {{
    {"亿元", MoneyUnit::YiYuan},
    {"万元", MoneyUnit::WanYuan},
    {"元", MoneyUnit::Yuan},
}};

// A longer measure word comes before the word it starts with (人次/人, 批次/批, 台(套)/台).
constexpr std::array<std::string_view, 17> kMeasureWords = {
    "人次", "批次", "台(套)", "个", "辆", "人", "名", "家", "项",
    "场",   "次",   "户",     "件", "套", "台", "批", "所"};

// "43.66万人", "77.76万人次": a count in ten-thousands, kept as written with measure "万人".
constexpr std::array<std::string_view, 2> kLargeNumberWords = {"万", "亿"};

constexpr std::string_view kOrdinalPrefix = "第";  // "第2部分" is no figure
constexpr size_t kMaxFigureChars = 48;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_ascii_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t digits_end(std::string_view text, size_t pos) {
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return pos;
}

/// True when the view's "," at `pos` was an ASCII comma in the original: a full-width "，"
/// folds to "," as well but takes three original bytes, and separates clauses.
bool is_ascii_comma(const MatchingView& view, size_t pos) {
  if (view.text[pos] != ',') return false;
  if (view.origin_end.size() == view.text.size()) return view.origin_end[pos] - view.origin[pos] == 1;
  return pos + 1 < view.origin.size() && view.origin[pos + 1] - view.origin[pos] == 1;
}

/// A thousands separator in prose: an ASCII "," followed by exactly three digits.
bool is_thousands_separator(const MatchingView& view, size_t pos) {
  return is_ascii_comma(view, pos) && digits_end(view.text, pos + 1) == pos + 4;
}

/// One past the number whose first digit is at `pos`: digits, thousands groups, decimals.
size_t number_end(const MatchingView& view, size_t pos) {
  const std::string_view text = view.text;
  pos = digits_end(text, pos);
  while (pos < text.size() && is_thousands_separator(view, pos)) pos += 4;
  if (pos + 1 < text.size() && text[pos] == '.' && is_digit(text[pos + 1])) {
    pos = digits_end(text, pos + 1);
  }
  return pos;
}

/// Where the figure whose first digit is at `pos` begins (a minus sign included), or
/// nullopt when the digits are no figure of their own: part of a code or a dotted number
/// ("A4", "1.2.3"), the end of a range ("1-2", "1~2"), the tail of a malformed thousands
/// group ("1,2345") or an ordinal ("第2").
std::optional<size_t> figure_begin(const MatchingView& view, size_t pos) {
  const std::string_view text = view.text;
  if (pos == 0) return pos;
  const char before = text[pos - 1];
  if (is_ascii_alnum(before) || before == '.') return std::nullopt;
  const char before_that = pos >= 2 ? text[pos - 2] : '\0';
  if ((before == '-' || before == '~') && is_ascii_alnum(before_that)) return std::nullopt;
  if (is_digit(before_that) && is_ascii_comma(view, pos - 1)) return std::nullopt;
  const size_t begin = before == '-' ? pos - 1 : pos;
  if (text.substr(0, begin).ends_with(kOrdinalPrefix)) return std::nullopt;
  return begin;
}

struct UnitMatch {
  QuantityKind kind = QuantityKind::Amount;
  MoneyUnit money = MoneyUnit::Yuan;
  std::string_view measure;
  size_t end = 0;
};

std::optional<UnitMatch> measure_word_at(std::string_view text, size_t pos) {
  const std::string_view rest = text.substr(pos);
  size_t large = 0;
  for (const auto word : kLargeNumberWords) {
    if (rest.starts_with(word)) large = word.size();
  }
  for (const auto word : kMeasureWords) {
    if (!rest.substr(large).starts_with(word)) continue;
    const size_t size = large + word.size();
    return UnitMatch{QuantityKind::Count, MoneyUnit::Yuan, rest.substr(0, size), pos + size};
  }
  return std::nullopt;
}

/// The unit, "%" or measure word starting at `pos`.
std::optional<UnitMatch> unit_at(std::string_view text, size_t pos) {
  const std::string_view rest = text.substr(std::min(pos, text.size()));
  for (const auto& money : kMoneyWords) {
    if (rest.starts_with(money.word)) {
      return UnitMatch{QuantityKind::Amount, money.unit, {}, pos + money.word.size()};
    }
  }
  if (rest.starts_with('%')) return UnitMatch{QuantityKind::Percentage, {}, {}, pos + 1};
  return measure_word_at(text, std::min(pos, text.size()));
}

/// The exact value of a prose number as written ("-1,234.50" → -1234.50).
std::optional<Decimal> figure_value(std::string_view number) {
  std::array<char, kMaxFigureChars> digits{};
  size_t size = 0;
  for (const char c : number) {
    if (c == ',') continue;
    if (size == digits.size()) return std::nullopt;
    digits[size++] = c;
  }
  return Decimal::parse(std::string_view(digits.data(), size));
}

/// The figure made of the number at view bytes [begin, end) and the unit after it (one
/// space may separate them, as in "100 %"), if there is such a unit.
std::optional<FoundQuantity> figure_at(const MatchingView& view, size_t begin, size_t end) {
  const std::string_view text = view.text;
  auto unit = unit_at(text, end);
  if (!unit && end < text.size() && text[end] == ' ') unit = unit_at(text, end + 1);
  if (!unit) return std::nullopt;
  const auto value = figure_value(text.substr(begin, end - begin));
  if (!value) return std::nullopt;
  FoundQuantity found;
  found.quantity.kind = unit->kind;
  found.quantity.value = *value;
  found.quantity.unit = unit->money;
  found.quantity.measure = std::string(unit->measure);
  found.quantity.span = view.to_original(begin, unit->end);
  found.view_begin = begin;
  found.view_end = unit->end;
  return found;
}

}  // namespace

std::vector<FoundQuantity> find_quantities(const MatchingView& view) {
  std::vector<FoundQuantity> found;
  const std::string_view text = view.text;
  size_t pos = 0;
  while (pos < text.size()) {
    if (!is_digit(text[pos])) {
      ++pos;
      continue;
    }
    const size_t end = number_end(view, pos);
    if (const auto begin = figure_begin(view, pos)) {
      if (auto figure = figure_at(view, *begin, end)) found.push_back(std::move(*figure));
    }
    pos = end;
  }
  return found;
}

}  // namespace gk::doc

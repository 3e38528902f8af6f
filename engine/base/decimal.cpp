// Exact decimal arithmetic on __int128 units of 10^-scale, with explicit rounding.
//
// Range: units hold about ±1.7 × 10^38. Figures in this domain are below 10^15 with at most
// a few decimals, so every operation is exact in practice. Should an operation still leave
// the __int128 range, it degrades predictably instead of wrapping: a rescale to more
// decimals stops at the largest scale that fits (the value stays exact), a product drops
// trailing decimals of its operands (HalfEven) until it fits, and a sum saturates.
#include "base/decimal.h"

#include <algorithm>
#include <array>
#include <utility>

namespace gk {
namespace {

using Units = __int128;
using Magnitude = unsigned __int128;

constexpr Magnitude kMagnitudeMax = ~static_cast<Magnitude>(0);
constexpr Units kUnitsMax = static_cast<Units>(kMagnitudeMax >> 1);
constexpr Units kUnitsMin = -kUnitsMax - 1;
constexpr int kMaxPower = 38;  // 10^38 is the largest power of ten in an __int128

constexpr std::array<Units, kMaxPower + 1> kPowersOfTen = [] {
  std::array<Units, kMaxPower + 1> powers{};
  powers[0] = 1;
  for (size_t i = 1; i < powers.size(); ++i) powers[i] = powers[i - 1] * 10;
  return powers;
}();

Units power_of_ten(int exponent) { return kPowersOfTen[std::clamp(exponent, 0, kMaxPower)]; }

Magnitude magnitude(Units units) {
  return units < 0 ? static_cast<Magnitude>(0) - static_cast<Magnitude>(units)
                   : static_cast<Magnitude>(units);
}

Units saturated(bool negative) { return negative ? kUnitsMin : kUnitsMax; }

Units with_sign(Magnitude value, bool negative) {
  if (value > static_cast<Magnitude>(kUnitsMax)) return saturated(negative);
  return negative ? -static_cast<Units>(value) : static_cast<Units>(value);
}

/// units × 10^digits, or nullopt when that leaves the __int128 range.
std::optional<Units> scaled_up(Units units, int digits) {
  if (units == 0) return Units{0};
  if (digits > kMaxPower) return std::nullopt;
  Units result = 0;
  if (__builtin_mul_overflow(units, power_of_ten(digits), &result)) return std::nullopt;
  return result;
}

/// Where the remainder dropped by a truncating division lies, relative to half a unit.
enum class Remainder { Zero, BelowHalf, Half, AboveHalf };

/// `sticky` marks a further non-zero remainder below `rest` (from an earlier division).
Remainder classify(Magnitude rest, Magnitude divisor, bool sticky) {
  if (rest == 0) return sticky ? Remainder::BelowHalf : Remainder::Zero;
  const Magnitude complement = divisor - rest;
  if (rest < complement) return Remainder::BelowHalf;
  if (rest > complement) return Remainder::AboveHalf;
  return sticky ? Remainder::AboveHalf : Remainder::Half;
}

/// Rounds a quotient truncated toward zero; `negative` is the sign of the true quotient.
Units round_truncated(Units truncated, bool negative, Remainder rest, Rounding mode) {
  if (rest == Remainder::Zero) return truncated;
  const Units away = negative ? truncated - 1 : truncated + 1;
  switch (mode) {
    case Rounding::TowardZero: return truncated;
    case Rounding::Floor: return negative ? away : truncated;
    case Rounding::Ceiling: return negative ? truncated : away;
    case Rounding::HalfUp: return rest == Remainder::BelowHalf ? truncated : away;
    case Rounding::HalfEven:
      if (rest == Remainder::Half) return truncated % 2 == 0 ? truncated : away;
      return rest == Remainder::AboveHalf ? away : truncated;
  }
  return truncated;
}

/// (±value) / divisor rounded to an integer.
Units divide_rounded(Magnitude value, Magnitude divisor, bool negative, bool sticky,
                     Rounding mode) {
  const Units truncated = with_sign(value / divisor, negative);
  return round_truncated(truncated, negative, classify(value % divisor, divisor, sticky), mode);
}

/// units / 10^digits rounded to an integer.
Units drop_digits(Units units, int digits, Rounding mode) {
  if (digits <= 0) return units;
  if (digits > kMaxPower) {  // every __int128 is below half of 10^39
    const Remainder rest = units == 0 ? Remainder::Zero : Remainder::BelowHalf;
    return round_truncated(0, units < 0, rest, mode);
  }
  const auto divisor = static_cast<Magnitude>(power_of_ten(digits));
  return divide_rounded(magnitude(units), divisor, units < 0, false, mode);
}

/// (±numerator) × 10^digits / divisor rounded to an integer, digit by digit so that the
/// scaled numerator never has to fit. Requires divisor × 10 to fit in a Magnitude.
Units long_divide(Magnitude numerator, Magnitude divisor, int digits, bool negative,
                  Rounding mode) {
  Magnitude quotient = numerator / divisor;
  Magnitude rest = numerator % divisor;
  for (int i = 0; i < digits; ++i) {
    rest *= 10;
    if (__builtin_mul_overflow(quotient, Magnitude{10}, &quotient) ||
        __builtin_add_overflow(quotient, rest / divisor, &quotient)) {
      return saturated(negative);
    }
    rest %= divisor;
  }
  const Units truncated = with_sign(quotient, negative);
  return round_truncated(truncated, negative, classify(rest, divisor, false), mode);
}

Units saturating_add(Units a, Units b) {
  Units sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) return saturated(a < 0);
  return sum;
}

}  // namespace

Decimal Decimal::from_units_adjusted(__int128 units, int scale) {
  Decimal d;
  if (scale < 0) {
    const auto up = scaled_up(units, -scale);
    d.units_ = up ? *up : saturated(units < 0);
    return d;
  }
  d.units_ = drop_digits(units, scale - kMaxScale, Rounding::HalfEven);
  d.scale_ = std::min(scale, kMaxScale);
  return d;
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  size_t pos = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) ++pos;
  Units units = 0;
  int digits = 0;
  int decimals = 0;
  bool after_point = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '.' && !after_point && digits > 0) {
      after_point = true;
      continue;
    }
    if (c < '0' || c > '9' || ++digits > 30) return std::nullopt;
    units = units * 10 + (c - '0');
    if (after_point) ++decimals;
  }
  if (digits == 0 || (after_point && decimals == 0) || decimals > kMaxScale) return std::nullopt;
  return from_units(negative ? -units : units, decimals);
}

std::string Decimal::to_string() const {
  Magnitude rest = magnitude(units_);
  std::string reversed;
  do {
    reversed.push_back(static_cast<char>('0' + static_cast<int>(rest % 10)));
    rest /= 10;
  } while (rest != 0);
  while (reversed.size() <= static_cast<size_t>(scale_)) reversed.push_back('0');
  if (scale_ > 0) reversed.insert(reversed.begin() + scale_, '.');
  if (units_ < 0) reversed.push_back('-');
  return std::string(reversed.rbegin(), reversed.rend());
}

std::string Decimal::to_plain_string() const { return normalized().to_string(); }

Decimal Decimal::rescale(int scale, Rounding mode) const {
  scale = std::clamp(scale, 0, kMaxScale);
  if (scale < scale_) return from_units(drop_digits(units_, scale_ - scale, mode), scale);
  // More decimals: exact; stops at the largest scale whose units still fit.
  for (int target = scale; target > scale_; --target) {
    if (const auto up = scaled_up(units_, target - scale_)) return from_units(*up, target);
  }
  return *this;
}

Decimal Decimal::normalized() const {
  Decimal d = *this;
  while (d.scale_ > 0 && d.units_ % 10 == 0) {
    d.units_ /= 10;
    --d.scale_;
  }
  return d;
}

namespace {

/// Both operands at one scale: the larger of the two, or the largest at which both fit.
std::pair<Decimal, Decimal> aligned(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.scale(), b.scale());
  Decimal x = a.rescale(scale);
  Decimal y = b.rescale(scale);
  const int common = std::min(x.scale(), y.scale());
  return {x.rescale(common), y.rescale(common)};
}

}  // namespace

Decimal operator+(const Decimal& a, const Decimal& b) {
  if (a.scale() == b.scale()) return Decimal::from_units(saturating_add(a.units(), b.units()), a.scale());
  const auto [x, y] = aligned(a, b);
  return Decimal::from_units(saturating_add(x.units(), y.units()), x.scale());
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  Decimal x = a;
  Decimal y = b;
  Units product = 0;
  while (__builtin_mul_overflow(x.units(), y.units(), &product)) {
    // Beyond the __int128 range: drop a decimal of the finer operand (see the file comment).
    if (x.scale() == 0 && y.scale() == 0) {
      return Decimal::from_units(saturated((x.units() < 0) != (y.units() < 0)), 0);
    }
    Decimal& finer = x.scale() >= y.scale() ? x : y;
    finer = finer.normalized();
    if (finer.scale() > 0) finer = finer.rescale(finer.scale() - 1, Rounding::HalfEven);
  }
  return Decimal::from_units(product, x.scale() + y.scale());
}

std::optional<Decimal> Decimal::divide(const Decimal& a, const Decimal& b, int scale,
                                       Rounding mode) {
  if (b.is_zero()) return std::nullopt;
  scale = std::clamp(scale, 0, kMaxScale);
  const bool negative = (a.units_ < 0) != (b.units_ < 0);
  const Magnitude numerator = magnitude(a.units_);
  Magnitude divisor = magnitude(b.units_);
  // Quotient units = a.units × 10^shift / b.units.
  int shift = scale + b.scale_ - a.scale_;
  while (divisor > kMagnitudeMax / 10) {  // keeps the long division in range (see top)
    divisor = divisor / 10 + (divisor % 10 >= 5 ? 1 : 0);
    --shift;
  }
  if (shift >= 0) return from_units(long_divide(numerator, divisor, shift, negative, mode), scale);
  // Fewer decimals than a.units / b.units already carries: divide, then drop digits while
  // remembering whether the first division left a remainder.
  const auto drop = static_cast<Magnitude>(power_of_ten(-shift));
  const bool sticky = numerator % divisor != 0;
  return from_units(divide_rounded(numerator / divisor, drop, negative, sticky, mode), scale);
}

Decimal Decimal::shifted(int exponent) const { return from_units(units_, scale_ - exponent); }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  if (a.scale_ == b.scale_) return a.units_ <=> b.units_;
  const bool a_finer = a.scale_ > b.scale_;
  const Decimal& finer = a_finer ? a : b;
  const Decimal& coarser = a_finer ? b : a;
  const auto up = scaled_up(coarser.units_, finer.scale_ - coarser.scale_);
  // When the coarser value cannot be scaled up, its magnitude exceeds the finer one's.
  const std::strong_ordering coarser_vs_finer =
      up ? (*up <=> finer.units_) : (coarser.units_ <=> Units{0});
  return a_finer ? 0 <=> coarser_vs_finer : coarser_vs_finer;
}

Decimal Decimal::half_ulp() const {
  // At kMaxScale half a unit is not representable; one unit is the nearest radius above it.
  if (scale_ >= kMaxScale) return from_units(1, kMaxScale);
  return from_units(5, scale_ + 1);
}

}  // namespace gk

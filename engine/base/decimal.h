// Exact decimal numbers for money, rates and counts. A Decimal is an integer number of
// units of 10^-scale, so "13830.7" is 138307 × 10^-1 and keeps its written precision (one
// decimal). No binary floating point is ever used for stored or computed values.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gk {

enum class Rounding { HalfEven, HalfUp, Floor, Ceiling, TowardZero };

class Decimal {
 public:
  static constexpr int kMaxScale = 18;

  Decimal() = default;
  /// units × 10^-scale; scale in [0, kMaxScale] (a finer one is rounded to kMaxScale, a
  /// negative one scaled up).
  static Decimal from_units(__int128 units, int scale) {
    if (scale < 0 || scale > kMaxScale) return from_units_adjusted(units, scale);
    Decimal d;
    d.units_ = units;
    d.scale_ = scale;
    return d;
  }
  static Decimal from_int(int64_t value) { return from_units(value, 0); }
  /// Parses plain ASCII decimal text: optional sign, digits, optional '.' and digits
  /// ("-12", "0.50", ".5" is rejected). Trailing zeros are kept as precision.
  /// Returns nullopt on anything else or when more than kMaxScale decimals or 30 digits.
  static std::optional<Decimal> parse(std::string_view text);

  __int128 units() const { return units_; }
  /// Number of digits after the decimal point as written (the precision).
  int scale() const { return scale_; }
  bool is_zero() const { return units_ == 0; }
  bool is_negative() const { return units_ < 0; }
  int sign() const { return units_ < 0 ? -1 : (units_ > 0 ? 1 : 0); }

  /// Exact text with exactly scale() decimals: "13830.70" stays "13830.70".
  std::string to_string() const;
  /// Text with trailing fractional zeros removed ("2907.50" → "2907.5", "40.00" → "40").
  std::string to_plain_string() const;

  /// The same value at another scale; rounding when the scale shrinks.
  Decimal rescale(int scale, Rounding mode = Rounding::HalfEven) const;
  /// Removes trailing fractional zeros (scale shrinks, value unchanged).
  Decimal normalized() const;

  /// Exact sum, difference and product (scale of a product is the sum of scales, capped
  /// at kMaxScale with HalfEven rounding).
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal operator-() const { return from_units(-units_, scale_); }
  Decimal abs() const { return units_ < 0 ? -*this : *this; }
  /// a / b rounded to `scale` decimals; nullopt when b is zero.
  static std::optional<Decimal> divide(const Decimal& a, const Decimal& b, int scale,
                                       Rounding mode = Rounding::HalfEven);
  /// value × 10^exponent, exact (exponent may be negative; scale grows as needed).
  Decimal shifted(int exponent) const;

  /// Numeric comparison regardless of scale: 1.50 == 1.5.
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

  /// Half a unit in the last written place: the rounding radius of a written figure
  /// ("145.71" → 0.005, "13830.7" → 0.05, "40" → 0.5).
  Decimal half_ulp() const;

 private:
  static Decimal from_units_adjusted(__int128 units, int scale);

  __int128 units_ = 0;
  int scale_ = 0;
};

}  // namespace gk

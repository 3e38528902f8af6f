// Figures as rules compute with them: an exact value, the rounding radius its written
// precision implies, a dimension (money, ratio, count, plain number) and how to show it.
// Equality and ordering are rounding-aware (XBRL Calculations 1.1, round-to-nearest): two
// figures are equal when the intervals [value − radius, value + radius] overlap, and the
// radius is carried through + − × ÷ by interval arithmetic. Money is held in 元 whatever
// unit it was written in, ratios as fractions (72.6887% is 0.726887); nothing is float.
#pragma once

#include <optional>
#include <string>

#include "base/decimal.h"
#include "document/model.h"

namespace gk::eval {

/// What a figure measures. Plain is a bare number literal in a rule, which takes the
/// dimension of whatever it is combined with.
enum class Dimension { Plain, Money, Ratio, Count };
const char* to_string(Dimension dimension);

/// Decimal places kept by computed values (division results, interval ends).
inline constexpr int kWorkingScale = 12;

struct Figure {
  Dimension dimension = Dimension::Plain;
  Decimal value;   ///< 元 for money, a fraction for ratios
  Decimal radius;  ///< half-width of the interval implied by written precision (≥ 0)
  // How to show it: the unit and the decimals it was written (or should be shown) with.
  doc::MoneyUnit unit = doc::MoneyUnit::Yuan;  ///< money only
  bool percent = false;                        ///< ratio shown as a percentage
  int scale = 0;                               ///< decimals shown, in the display unit
  std::string measure;                         ///< count only: 个, 辆, 人次…

  /// A figure as written in a document: `written` in `unit`, radius half a unit in its
  /// last written place.
  static Figure money(const Decimal& written, doc::MoneyUnit unit, bool exact = false);
  static Figure percentage(const Decimal& written, bool exact = false);
  static Figure count(const Decimal& written, std::string measure, bool exact = false);
  static Figure plain(const Decimal& written, bool exact = false);
  /// A figure from a document quantity (amount, percentage, count or number).
  static Figure from_quantity(const doc::Quantity& quantity);

  Decimal low() const { return value - radius; }
  Decimal high() const { return value + radius; }
  /// The value in its display unit, rounded to `scale` decimals ("13830.7万元", "726.87%").
  std::string to_display() const;
  /// The value in its display unit as exact plain text, without the unit ("13830.7").
  std::string display_number() const;
  /// The display unit: "万元", "%", "个", or "".
  std::string display_unit() const;
};

/// Why an operation has no result (a zero divisor, or dimensions that do not combine).
struct FigureError {
  std::string message;
  bool zero_divisor = false;  ///< the result is undefined (a rule cannot verify), not wrong
};

/// Interval arithmetic. Dimensions: money ± money, ratio ± ratio, count ± count (plain
/// adapts); money × plain/ratio, count × plain/ratio; money ÷ money and count ÷ count give a
/// ratio shown as a percentage; x ÷ plain keeps x's dimension.
std::optional<Figure> add(const Figure& a, const Figure& b, FigureError* error = nullptr);
/// Whether `a` and `b` can be added or compared (a plain number takes the other's dimension),
/// as add() decides it, without working out the sum; false with add()'s message otherwise.
bool combinable(const Figure& a, const Figure& b, FigureError* error = nullptr);
std::optional<Figure> subtract(const Figure& a, const Figure& b, FigureError* error = nullptr);
std::optional<Figure> multiply(const Figure& a, const Figure& b, FigureError* error = nullptr);
std::optional<Figure> divide(const Figure& a, const Figure& b, FigureError* error = nullptr);
Figure negate(const Figure& a);
/// The figure as a bare number in its display unit: 5万元 → 5, 36.6% → 36.6, 3辆 → 3
/// (precision and rounding radius kept).
Figure as_plain(const Figure& a);
Figure absolute(const Figure& a);
/// Rounds the value to `decimals` places of its display unit; the result is exact.
Figure round_to(const Figure& a, int decimals);

/// Rounding-aware relations: equal when the intervals overlap; a < b when a is below b
/// and not equal; a <= b when a is below b or equal.
bool approximately_equal(const Figure& a, const Figure& b);
bool less(const Figure& a, const Figure& b);
bool less_equal(const Figure& a, const Figure& b);
/// |a − b| ≤ tolerance, on exact values (`within`); a plain tolerance is read in a's
/// display unit (万元, percentage points, …).
bool equal_within(const Figure& a, const Figure& b, const Figure& tolerance);
/// Exact ordering of values (no rounding), for min/max.
int compare_values(const Figure& a, const Figure& b);

}  // namespace gk::eval

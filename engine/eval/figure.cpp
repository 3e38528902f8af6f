#include "eval/figure.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace gk::eval {
namespace {

int unit_exponent(doc::MoneyUnit unit) {
  switch (unit) {
    case doc::MoneyUnit::Yuan: return 0;
    case doc::MoneyUnit::WanYuan: return 4;
    case doc::MoneyUnit::YiYuan: return 8;
  }
  return 0;
}

/// Keeps computed values within the working scale: the value rounded, the radius widened.
Figure bounded(Figure f) {
  if (f.value.scale() > kWorkingScale) f.value = f.value.rescale(kWorkingScale);
  if (f.radius.scale() > kWorkingScale)
    f.radius = f.radius.rescale(kWorkingScale, Rounding::Ceiling);
  return f;
}

/// A plain number read in the dimension and display unit of `like`.
Figure adapted(const Figure& plain, const Figure& like) {
  if (plain.dimension != Dimension::Plain || like.dimension == Dimension::Plain) return plain;
  Figure f = plain;
  f.dimension = like.dimension;
  f.unit = like.unit;
  f.percent = like.percent;
  f.measure = like.measure;
  if (like.dimension == Dimension::Money) {
    const int e = unit_exponent(like.unit);
    f.value = plain.value.shifted(e);
    f.radius = plain.radius.shifted(e);
  }
  return f;
}

/// The decimals `f` has when shown in the display unit of `in`.
int scale_in(const Figure& f, const Figure& in) {
  if (f.dimension == Dimension::Money && in.dimension == Dimension::Money)
    return std::clamp(f.scale + unit_exponent(in.unit) - unit_exponent(f.unit), 0, 6);
  return f.scale;
}

bool fail(FigureError* error, std::string message) {
  if (error) error->message = std::move(message);
  return false;
}

}  // namespace

const char* to_string(Dimension dimension) {
  switch (dimension) {
    case Dimension::Plain: return "数";
    case Dimension::Money: return "金额";
    case Dimension::Ratio: return "百分比";
    case Dimension::Count: return "数量";
  }
  return "";
}

Figure Figure::money(const Decimal& written, doc::MoneyUnit unit, bool exact) {
  Figure f;
  f.dimension = Dimension::Money;
  f.unit = unit;
  f.scale = written.scale();
  const int e = unit_exponent(unit);
  f.value = written.shifted(e);
  f.radius = exact ? Decimal() : written.half_ulp().shifted(e);
  return f;
}

Figure Figure::percentage(const Decimal& written, bool exact) {
  Figure f;
  f.dimension = Dimension::Ratio;
  f.percent = true;
  f.scale = written.scale();
  f.value = written.shifted(-2);
  f.radius = exact ? Decimal() : written.half_ulp().shifted(-2);
  return f;
}

Figure Figure::count(const Decimal& written, std::string measure, bool exact) {
  Figure f;
  f.dimension = Dimension::Count;
  f.scale = written.scale();
  f.value = written;
  f.radius = exact ? Decimal() : written.half_ulp();
  f.measure = std::move(measure);
  return f;
}

Figure Figure::plain(const Decimal& written, bool exact) {
  Figure f;
  f.scale = written.scale();
  f.value = written;
  f.radius = exact ? Decimal() : written.half_ulp();
  return f;
}

Figure Figure::from_quantity(const doc::Quantity& q) {
  switch (q.kind) {
    case doc::QuantityKind::Amount: return money(q.value, q.unit);
    case doc::QuantityKind::Percentage: return percentage(q.value);
    case doc::QuantityKind::Count: return count(q.value, q.measure, true);  // 3 人 is exactly 3
    case doc::QuantityKind::Number: return plain(q.value);
  }
  return plain(q.value);
}

std::string Figure::display_number() const {
  Decimal shown = value;
  if (dimension == Dimension::Money) shown = value.shifted(-unit_exponent(unit));
  if (dimension == Dimension::Ratio && percent) shown = value.shifted(2);
  return shown.rescale(std::clamp(scale, 0, 6), Rounding::HalfUp).to_string();
}

std::string Figure::display_unit() const {
  switch (dimension) {
    case Dimension::Money: return doc::to_string(unit);
    case Dimension::Ratio: return percent ? "%" : "";
    case Dimension::Count: return measure;
    case Dimension::Plain: return "";
  }
  return "";
}

std::string Figure::to_display() const { return display_number() + display_unit(); }

bool combinable(const Figure& a, const Figure& b, FigureError* error) {
  // The dimensions of adapted(a, b) and of `b` adapted to that, as add() makes them.
  const Dimension first = a.dimension == Dimension::Plain ? b.dimension : a.dimension;
  const Dimension second = b.dimension == Dimension::Plain ? first : b.dimension;
  if (first == second) return true;
  return fail(error, fmt::format("不能把{}与{}相加减或比较", to_string(first), to_string(second)));
}

std::optional<Figure> add(const Figure& a0, const Figure& b0, FigureError* error) {
  if (!combinable(a0, b0, error)) return std::nullopt;
  const Figure a = adapted(a0, b0);
  const Figure b = adapted(b0, a);
  Figure f = a;
  f.value = a.value + b.value;
  f.radius = a.radius + b.radius;
  f.scale = std::max(a.scale, scale_in(b, a));
  return bounded(f);
}

std::optional<Figure> subtract(const Figure& a, const Figure& b, FigureError* error) {
  return add(a, negate(b), error);
}

Figure negate(const Figure& a) {
  Figure f = a;
  f.value = -a.value;
  return f;
}

Figure as_plain(const Figure& a) {
  int shift = 0;
  if (a.dimension == Dimension::Money) shift = -unit_exponent(a.unit);
  if (a.dimension == Dimension::Ratio && a.percent) shift = 2;
  Figure f;
  f.scale = a.scale;
  f.value = a.value.shifted(shift);
  f.radius = a.radius.shifted(shift);
  return f;
}

Figure absolute(const Figure& a) {
  Figure f = a;
  f.value = a.value.abs();
  return f;
}

Figure round_to(const Figure& a, int decimals) {
  decimals = std::clamp(decimals, 0, 6);
  Figure f = a;
  int shift = 0;
  if (a.dimension == Dimension::Money) shift = unit_exponent(a.unit);
  if (a.dimension == Dimension::Ratio && a.percent) shift = -2;
  f.value = a.value.shifted(-shift).rescale(decimals, Rounding::HalfUp).shifted(shift);
  f.radius = Decimal();
  f.scale = decimals;
  return bounded(f);
}

namespace {

/// The dimension of a product, and which operand gives the display; nullopt if none.
std::optional<Figure> product_shape(const Figure& a, const Figure& b, FigureError* error) {
  auto scaling = [](const Figure& x) {
    return x.dimension == Dimension::Plain || x.dimension == Dimension::Ratio;
  };
  if (scaling(b)) return a.dimension == Dimension::Plain ? b : a;
  if (scaling(a)) return b;
  fail(error, fmt::format("不能把{}与{}相乘", to_string(a.dimension), to_string(b.dimension)));
  return std::nullopt;
}

std::optional<Figure> quotient_shape(const Figure& a, const Figure& b, FigureError* error) {
  if (b.dimension == Dimension::Plain) return a;
  if (a.dimension == b.dimension) {
    Figure f;
    f.dimension = Dimension::Ratio;
    f.percent = true;
    f.scale = 2;
    return f;
  }
  if (b.dimension == Dimension::Ratio) return a;
  fail(error, fmt::format("不能用{}除以{}", to_string(a.dimension), to_string(b.dimension)));
  return std::nullopt;
}

}  // namespace

std::optional<Figure> multiply(const Figure& a, const Figure& b, FigureError* error) {
  auto shape = product_shape(a, b, error);
  if (!shape) return std::nullopt;
  Figure f = *shape;
  if (a.dimension == Dimension::Ratio && b.dimension == Dimension::Ratio) f.scale = 2;
  f.value = a.value * b.value;
  f.radius = a.value.abs() * b.radius + b.value.abs() * a.radius + a.radius * b.radius;
  return bounded(f);
}

std::optional<Figure> divide(const Figure& a, const Figure& b, FigureError* error) {
  auto shape = quotient_shape(a, b, error);
  if (!shape) return std::nullopt;
  const bool zero = b.value.is_zero();
  if (zero || b.low().sign() != b.high().sign() || b.low().is_zero() || b.high().is_zero()) {
    fail(error, zero ? "除数为零" : "除数太接近零，结果无法确定");
    if (error) error->zero_divisor = true;
    return std::nullopt;
  }
  Figure f = *shape;
  f.value = *Decimal::divide(a.value, b.value, kWorkingScale);
  const std::array<std::pair<Decimal, Decimal>, 4> corners = {
      std::pair{a.low(), b.low()}, std::pair{a.low(), b.high()}, std::pair{a.high(), b.low()},
      std::pair{a.high(), b.high()}};
  Decimal low = f.value, high = f.value;
  for (const auto& [n, d] : corners) {
    low = std::min(low, *Decimal::divide(n, d, kWorkingScale, Rounding::Floor));
    high = std::max(high, *Decimal::divide(n, d, kWorkingScale, Rounding::Ceiling));
  }
  f.radius = std::max(high - f.value, f.value - low);
  return bounded(f);
}

bool approximately_equal(const Figure& a0, const Figure& b0) {
  Figure a = adapted(a0, b0), b = adapted(b0, a0);
  return (a.value - b.value).abs() <= a.radius + b.radius;
}

bool less(const Figure& a0, const Figure& b0) {
  Figure a = adapted(a0, b0), b = adapted(b0, a0);
  return a.value < b.value && !approximately_equal(a, b);
}

bool less_equal(const Figure& a0, const Figure& b0) {
  Figure a = adapted(a0, b0), b = adapted(b0, a0);
  return a.value <= b.value || approximately_equal(a, b);
}

bool equal_within(const Figure& a0, const Figure& b0, const Figure& tolerance) {
  Figure a = adapted(a0, b0), b = adapted(b0, a0);
  Figure t = adapted(tolerance, a);
  // A bare tolerance next to a percentage is in percentage points (0.01 → 0.01%).
  if (tolerance.dimension == Dimension::Plain && a.dimension == Dimension::Ratio && a.percent)
    t.value = tolerance.value.shifted(-2);
  return (a.value - b.value).abs() <= t.value.abs();
}

int compare_values(const Figure& a0, const Figure& b0) {
  Figure a = adapted(a0, b0), b = adapted(b0, a0);
  const auto order = a.value <=> b.value;
  return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

}  // namespace gk::eval

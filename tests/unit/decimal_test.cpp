// Tests for base/decimal: exact parsing, printing, arithmetic, rounding and comparison.
#include <doctest/doctest.h>

#include "base/decimal.h"

using gk::Decimal;
using gk::Rounding;

namespace {

Decimal dec(std::string_view text) {
  const auto value = Decimal::parse(text);
  REQUIRE(value.has_value());
  return *value;
}

std::string rescaled(std::string_view text, int scale, Rounding mode) {
  return dec(text).rescale(scale, mode).to_string();
}

std::string quotient(std::string_view a, std::string_view b, int scale, Rounding mode) {
  const auto q = Decimal::divide(dec(a), dec(b), scale, mode);
  REQUIRE(q.has_value());
  return q->to_string();
}

}  // namespace

TEST_CASE("decimal: parse keeps the written precision and to_string is exact") {
  CHECK(dec("-12.50").to_string() == "-12.50");
  CHECK(dec("-12.50").scale() == 2);
  CHECK(dec("12").to_string() == "12");
  CHECK(dec("+7").to_string() == "7");
  CHECK(dec("-0.05").to_string() == "-0.05");
  CHECK(dec("0").to_string() == "0");
  CHECK(dec("-0").to_string() == "0");
  CHECK(dec("0.00").to_string() == "0.00");
  CHECK(dec("311.15000000000009").to_string() == "311.15000000000009");
  CHECK(dec("311.15000000000009").scale() == 14);
  CHECK(dec("13830.70").to_string() == "13830.70");
}

TEST_CASE("decimal: parse rejects anything but plain ASCII decimals") {
  for (const char* bad : {"", "-", "+", ".5", "5.", "1.2.3", "1,234", " 1", "1 ", "1e5", "--1",
                          "12a", "0.1234567890123456789", "1234567890123456789012345678901"}) {
    CAPTURE(bad);
    CHECK_FALSE(Decimal::parse(bad).has_value());
  }
  CHECK(Decimal::parse("0.123456789012345678").has_value());    // 18 decimals
  CHECK(Decimal::parse("123456789012345678901234567890").has_value());  // 30 digits
}

TEST_CASE("decimal: plain string and normalisation drop trailing zeros only") {
  CHECK(dec("2907.50").to_plain_string() == "2907.5");
  CHECK(dec("40.00").to_plain_string() == "40");
  CHECK(dec("400").to_plain_string() == "400");
  CHECK(dec("-0.50").normalized().scale() == 1);
  CHECK(dec("-0.50").normalized() == dec("-0.5"));
}

TEST_CASE("decimal: sums are exact, so a rounding gap stays visible") {
  const Decimal sum = dec("13.97") + dec("61.75") + dec("50") + dec("20");
  CHECK(sum.to_string() == "145.72");
  CHECK(sum == dec("145.72"));
  CHECK(sum != dec("145.71"));
  CHECK((sum - dec("145.71")).to_string() == "0.01");
  CHECK((dec("0.1") + dec("0.2")) == dec("0.3"));
  CHECK((dec("1.5") - dec("2.25")).to_string() == "-0.75");
}

TEST_CASE("decimal: products add scales and round HalfEven beyond the maximum") {
  CHECK((dec("1.5") * dec("2.25")).to_string() == "3.375");
  CHECK((dec("-306.88") * dec("10000")).to_plain_string() == "-3068800");
  // 1.5 × 10^-18 needs 19 decimals: HalfEven gives 2 × 10^-18.
  CHECK((dec("0.000000001") * dec("0.0000000015")).to_string() == "0.000000000000000002");
  CHECK((dec("0.000000001") * dec("0.0000000025")).to_string() == "0.000000000000000002");
}

TEST_CASE("decimal: division rounds to the requested scale") {
  CHECK(quotient("2907.5", "40", 4, Rounding::HalfEven) == "72.6875");
  CHECK(quotient("2907.5", "40", 2, Rounding::HalfEven) == "72.69");
  CHECK(quotient("306.88", "377.75", 4, Rounding::HalfEven) == "0.8124");
  CHECK(quotient("1", "8", 2, Rounding::HalfEven) == "0.12");
  CHECK(quotient("3", "8", 2, Rounding::HalfEven) == "0.38");
  CHECK(quotient("1", "8", 2, Rounding::HalfUp) == "0.13");
  CHECK(quotient("1", "3", 18, Rounding::HalfEven) == "0.333333333333333333");
  CHECK(quotient("10", "0.001", 0, Rounding::HalfEven) == "10000");
  CHECK_FALSE(Decimal::divide(dec("1"), dec("0.00"), 2).has_value());
}

TEST_CASE("decimal: floor and ceiling division are exact, also for negatives") {
  CHECK(quotient("-1", "3", 2, Rounding::Floor) == "-0.34");
  CHECK(quotient("-1", "3", 2, Rounding::Ceiling) == "-0.33");
  CHECK(quotient("1", "-3", 2, Rounding::Floor) == "-0.34");
  CHECK(quotient("-1", "-3", 2, Rounding::Floor) == "0.33");
  CHECK(quotient("1", "3", 2, Rounding::Ceiling) == "0.34");
  CHECK(quotient("-1", "3", 2, Rounding::TowardZero) == "-0.33");
  // Fewer decimals than the exact quotient carries: the dropped remainder still counts.
  CHECK(quotient("-0.001", "1", 2, Rounding::Floor) == "-0.01");
  CHECK(quotient("-0.001", "1", 2, Rounding::Ceiling) == "0.00");
  CHECK(quotient("0.001", "1", 2, Rounding::Ceiling) == "0.01");
  CHECK(quotient("-6.00", "3", 0, Rounding::Floor) == "-2");
}

TEST_CASE("decimal: floor and ceiling bracket the true quotient") {
  const Decimal ulp = Decimal::from_units(1, 2);
  for (int a = -60; a <= 60; a += 7) {
    for (int b = -9; b <= 9; ++b) {
      if (b == 0) continue;
      const Decimal x = Decimal::from_units(a, 1);  // -6.0 … 6.0
      const Decimal y = Decimal::from_units(b, 0);
      const Decimal floor = *Decimal::divide(x, y, 2, Rounding::Floor);
      const Decimal ceiling = *Decimal::divide(x, y, 2, Rounding::Ceiling);
      CAPTURE(x.to_string());
      CAPTURE(y.to_string());
      // floor ≤ x / y < floor + ulp, and ceiling - ulp < x / y ≤ ceiling (scaled by y).
      if (b > 0) {
        CHECK(floor * y <= x);
        CHECK((floor + ulp) * y > x);
        CHECK(ceiling * y >= x);
        CHECK((ceiling - ulp) * y < x);
      } else {
        CHECK(floor * y >= x);
        CHECK((floor + ulp) * y < x);
        CHECK(ceiling * y <= x);
        CHECK((ceiling - ulp) * y > x);
      }
    }
  }
}

TEST_CASE("decimal: rescale rounds with each mode") {
  CHECK(rescaled("2.345", 2, Rounding::HalfEven) == "2.34");
  CHECK(rescaled("2.355", 2, Rounding::HalfEven) == "2.36");
  CHECK(rescaled("2.345", 2, Rounding::HalfUp) == "2.35");
  CHECK(rescaled("2.345", 2, Rounding::Floor) == "2.34");
  CHECK(rescaled("2.345", 2, Rounding::Ceiling) == "2.35");
  CHECK(rescaled("2.345", 2, Rounding::TowardZero) == "2.34");
  CHECK(rescaled("-2.345", 2, Rounding::HalfEven) == "-2.34");
  CHECK(rescaled("-2.345", 2, Rounding::HalfUp) == "-2.35");
  CHECK(rescaled("-2.345", 2, Rounding::Floor) == "-2.35");
  CHECK(rescaled("-2.345", 2, Rounding::Ceiling) == "-2.34");
  CHECK(rescaled("-2.345", 2, Rounding::TowardZero) == "-2.34");
  CHECK(rescaled("2.3451", 2, Rounding::HalfEven) == "2.35");
  CHECK(rescaled("145.714", 0, Rounding::HalfEven) == "146");
  CHECK(rescaled("1.5", 3, Rounding::HalfEven) == "1.500");
  CHECK(rescaled("1.5", 40, Rounding::HalfEven).size() == 20);  // clamped to 18 decimals
}

TEST_CASE("decimal: shifted moves the point exactly") {
  CHECK(dec("1.5").shifted(4).to_string() == "15000");
  CHECK(dec("13830.7").shifted(-4).to_string() == "1.38307");
  CHECK(dec("306.88").shifted(4) == dec("3068800"));
  CHECK(dec("-2.5").shifted(0).to_string() == "-2.5");
}

TEST_CASE("decimal: comparison ignores the scale") {
  CHECK(dec("1.50") == dec("1.5"));
  CHECK(dec("0.1") < dec("0.10001"));
  CHECK(dec("-1") < dec("-0.5"));
  CHECK(dec("-0.50") > dec("-0.51"));
  CHECK(dec("40") > dec("39.999999999999999999"));
  CHECK((dec("2") <=> dec("2.000")) == std::strong_ordering::equal);
  // The coarser operand does not fit at the finer scale: compared by magnitude.
  const Decimal huge = Decimal::from_units(static_cast<__int128>(1) << 120, 0);
  CHECK(huge > dec("0.000000000000000001"));
  CHECK(-huge < dec("-0.000000000000000001"));
}

TEST_CASE("decimal: half_ulp is the rounding radius of the written figure") {
  CHECK(dec("145.71").half_ulp().to_string() == "0.005");
  CHECK(dec("13830.7").half_ulp().to_string() == "0.05");
  CHECK(dec("40").half_ulp().to_string() == "0.5");
}

TEST_CASE("decimal: operations beyond the __int128 range degrade without wrapping") {
  const Decimal big = Decimal::from_units(static_cast<__int128>(1) << 100, 0);  // ≈ 1.3e30
  CHECK((big * big).is_negative() == false);
  CHECK((big * big) > big);
  CHECK((big * -big).is_negative());
  const Decimal wide = big.rescale(18);  // 10^48 units would not fit: the scale stops early
  CHECK(wide == big);
  CHECK(wide.scale() < 18);
  CHECK((big + dec("0.5")) > big);
  CHECK((big + dec("0.000000000000000001")) == big);  // precision given up, value kept
  CHECK(Decimal::from_units(5, -2).to_string() == "500");
  CHECK(Decimal::from_units(15, 19).to_string() == "0.000000000000000002");
  CHECK(Decimal::from_units(-5, 60).is_zero());
}

// Tests for eval/figure: figures as rules compute with them — exact values, the rounding
// radius implied by written precision, dimensions, display, and rounding-aware relations.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "eval/figure.h"

using gk::Decimal;
using gk::doc::MoneyUnit;
using gk::eval::Dimension;
using gk::eval::Figure;
using gk::eval::FigureError;

namespace {

Decimal dec(std::string_view text) {
  const auto value = Decimal::parse(text);
  REQUIRE(value.has_value());
  return *value;
}

Figure wan(std::string_view text) { return Figure::money(dec(text), MoneyUnit::WanYuan); }
Figure pct(std::string_view text) { return Figure::percentage(dec(text)); }
/// A bare number literal of a rule (exact).
Figure literal(std::string_view text) { return Figure::plain(dec(text), true); }

Figure sum(const Figure& a, const Figure& b) {
  const auto s = gk::eval::add(a, b);
  REQUIRE(s.has_value());
  return *s;
}

Figure quotient(const Figure& a, const Figure& b) {
  const auto q = gk::eval::divide(a, b);
  REQUIRE(q.has_value());
  return *q;
}

bool eq(const Figure& a, const Figure& b) { return gk::eval::approximately_equal(a, b); }

}  // namespace

TEST_CASE("figure: constructors keep value, radius, dimension and display precision") {
  const Figure m = wan("13830.7");
  CHECK(m.dimension == Dimension::Money);
  CHECK(m.value == dec("138307000"));  // held in 元
  CHECK(m.radius == dec("500"));       // half of 0.1万元
  CHECK(m.unit == MoneyUnit::WanYuan);
  CHECK(m.scale == 1);
  CHECK(m.low() == dec("138306500"));
  CHECK(m.high() == dec("138307500"));

  const Figure p = pct("726.87");
  CHECK(p.dimension == Dimension::Ratio);
  CHECK(p.percent);
  CHECK(p.value == dec("7.2687"));  // a fraction
  CHECK(p.radius == dec("0.00005"));
  CHECK(p.scale == 2);

  const Figure c = Figure::count(dec("12"), "辆");
  CHECK(c.dimension == Dimension::Count);
  CHECK(c.value == dec("12"));
  CHECK(c.radius == dec("0.5"));
  CHECK(c.measure == "辆");

  const Figure n = Figure::plain(dec("0.50"));
  CHECK(n.dimension == Dimension::Plain);
  CHECK(n.value == dec("0.5"));
  CHECK(n.radius == dec("0.005"));
  CHECK(n.scale == 2);

  // Exact figures (rule literals, computed counts) have no radius.
  CHECK(Figure::money(dec("13830.7"), MoneyUnit::WanYuan, true).radius.is_zero());
  CHECK(Figure::percentage(dec("5"), true).radius.is_zero());
  CHECK(Figure::count(dec("3"), "", true).radius.is_zero());
  CHECK(literal("50").radius.is_zero());
}

TEST_CASE("figure: display in the written unit and precision") {
  CHECK(wan("13830.7").to_display() == "13830.7万元");
  CHECK(wan("13830.7").display_number() == "13830.7");
  CHECK(wan("13830.7").display_unit() == "万元");
  CHECK(wan("13402.20").to_display() == "13402.20万元");  // trailing zero kept as written
  CHECK(pct("726.87").to_display() == "726.87%");
  CHECK(pct("726.87").display_number() == "726.87");
  CHECK(Figure::money(dec("138366269.56"), MoneyUnit::Yuan).to_display() == "138366269.56元");
  CHECK(Figure::money(dec("1.5"), MoneyUnit::YiYuan).to_display() == "1.5亿元");
  CHECK(Figure::count(dec("5"), "辆").to_display() == "5辆");
  CHECK(Figure::plain(dec("0.50")).to_display() == "0.50");
  CHECK(Figure::plain(dec("0.50")).display_unit().empty());

  // A computed ratio of two amounts shows as a percentage with two decimals.
  const Figure rate = quotient(wan("2907.5"), wan("40"));
  CHECK(rate.dimension == Dimension::Ratio);
  CHECK(rate.percent);
  CHECK(rate.value == dec("72.6875"));
  CHECK(rate.to_display() == "7268.75%");
  CHECK(quotient(wan("42.92"), wan("41.72")).to_display() == "102.88%");

  // A sum shows with the finer precision of its operands, in the first operand's unit
  // (2500元 is 0.2500万元: 元 precision is four decimals of 万元).
  CHECK(sum(wan("13.97"), wan("50")).to_display() == "63.97万元");
  CHECK(sum(wan("1"), Figure::money(dec("2500"), MoneyUnit::Yuan)).to_display() == "1.2500万元");
}

TEST_CASE("figure: units convert exactly (万元, 亿元 and 元 are the same money)") {
  const Figure one_wan = Figure::money(dec("1"), MoneyUnit::WanYuan, true);
  const Figure ten_thousand = Figure::money(dec("10000"), MoneyUnit::Yuan, true);
  CHECK(one_wan.value == ten_thousand.value);
  CHECK(eq(one_wan, ten_thousand));
  CHECK(gk::eval::compare_values(one_wan, ten_thousand) == 0);
  // Exact figures: one 元 more is no longer equal.
  CHECK_FALSE(eq(one_wan, Figure::money(dec("10001"), MoneyUnit::Yuan, true)));

  const Figure one_yi = Figure::money(dec("1"), MoneyUnit::YiYuan, true);
  CHECK(one_yi.value == dec("100000000"));
  CHECK(eq(one_yi, Figure::money(dec("10000"), MoneyUnit::WanYuan, true)));
  CHECK(eq(Figure::money(dec("1.38366"), MoneyUnit::YiYuan),
           Figure::money(dec("13836.63"), MoneyUnit::WanYuan)));

  // The radius is converted as well: "1万元" as written covers 0.5万元 to 1.5万元.
  CHECK(wan("1").radius == dec("5000"));
  CHECK(eq(wan("1"), Figure::money(dec("14999"), MoneyUnit::Yuan, true)));
  CHECK_FALSE(eq(wan("1"), Figure::money(dec("15001"), MoneyUnit::Yuan, true)));
}

TEST_CASE("figure: rounding-aware equality") {
  // 13.97 + 61.75 + 50 + 20 = 145.72, written as 145.71: equal within rounding.
  const Figure parts = sum(sum(sum(wan("13.97"), wan("61.75")), wan("50")), wan("20"));
  CHECK(parts.value == dec("1457200"));
  CHECK(eq(wan("145.71"), parts));
  CHECK(eq(parts, wan("145.71")));
  // Even when every part has two decimals, one cent in the last place is rounding.
  const Figure precise = sum(sum(sum(wan("13.97"), wan("61.75")), wan("50.00")), wan("20.00"));
  CHECK(eq(wan("145.71"), precise));
  // …but ten cents is not.
  const Figure off = sum(sum(sum(wan("13.97"), wan("61.75")), wan("50.00")), wan("20.10"));
  CHECK_FALSE(eq(wan("145.71"), off));

  // Percentages against computed ratios.
  CHECK_FALSE(eq(pct("99.99"), quotient(wan("13830.7"), wan("13836.6"))));   // 99.96%
  CHECK_FALSE(eq(pct("99.9"), quotient(wan("13830.73"), wan("13836.63"))));  // 99.957%
  CHECK_FALSE(eq(pct("726.87"), quotient(wan("2907.5"), wan("40"))));        // 7268.75%
  CHECK(eq(pct("102.88"), quotient(wan("42.92"), wan("41.72"))));             // 102.876%
  CHECK(eq(pct("99.96"), quotient(wan("13830.7"), wan("13836.6"))));

  // Zero written with or without decimals.
  CHECK(eq(Figure::plain(dec("0")), Figure::plain(dec("0.00"))));
  CHECK(eq(literal("0"), literal("0.00")));
  CHECK(eq(wan("0"), literal("0")));
  CHECK(eq(wan("0.00"), literal("0")));
}

TEST_CASE("figure: less and less_equal are rounding-aware") {
  // 145.72 <= 145.71 holds: they are equal within rounding; neither is strictly less.
  CHECK(gk::eval::less_equal(wan("145.72"), wan("145.71")));
  CHECK_FALSE(gk::eval::less(wan("145.71"), wan("145.72")));
  CHECK_FALSE(gk::eval::less(wan("145.72"), wan("145.71")));
  // Beyond rounding the order is the exact one.
  CHECK(gk::eval::less(wan("145.71"), wan("145.73")));
  CHECK_FALSE(gk::eval::less_equal(wan("145.73"), wan("145.71")));

  // 0 > 0 does not hold; 0.01 > 0 does (a literal 0 is exact, 0.01万元 is not zero).
  CHECK_FALSE(gk::eval::less(literal("0"), literal("0")));
  CHECK(gk::eval::less_equal(literal("0"), literal("0")));
  CHECK(gk::eval::less(literal("0"), literal("0.01")));
  CHECK(gk::eval::less(literal("0"), wan("0.01")));
  CHECK_FALSE(gk::eval::less(literal("0"), wan("0.00")));
  CHECK_FALSE(gk::eval::less(literal("0.01"), literal("0")));

  // A plain literal takes the unit of the figure it is compared with: 5000 is 5000万元.
  CHECK(gk::eval::less(wan("4999"), literal("5000")));
  CHECK_FALSE(gk::eval::less(Figure::money(dec("4999"), MoneyUnit::Yuan, true),
                             Figure::money(dec("4999"), MoneyUnit::Yuan, true)));
}

TEST_CASE("figure: equal_within compares exact values against a tolerance") {
  // A percentage tolerance: 102.88% vs 102.9% differ by 0.02 percentage points.
  CHECK(gk::eval::equal_within(pct("102.88"), pct("102.9"), Figure::percentage(dec("0.05"), true)));
  CHECK(gk::eval::equal_within(pct("102.88"), pct("102.9"), Figure::percentage(dec("0.02"), true)));
  CHECK_FALSE(gk::eval::equal_within(pct("102.88"), pct("102.9"), Figure::percentage(dec("0.01"), true)));
  // Against the computed 726.87% vs 7268.75%, no small tolerance helps.
  CHECK_FALSE(gk::eval::equal_within(pct("726.87"), quotient(wan("2907.5"), wan("40")),
                                     Figure::percentage(dec("1"), true)));

  // A plain tolerance is read in the display unit of the first figure: 0.01 is 0.01万元.
  CHECK(gk::eval::equal_within(wan("145.71"), wan("145.72"), literal("0.01")));
  CHECK_FALSE(gk::eval::equal_within(wan("145.71"), wan("145.72"), literal("0.005")));
  CHECK(gk::eval::equal_within(wan("145.71"), wan("146.5"), literal("1")));  // 1万元, not 1元
  CHECK_FALSE(gk::eval::equal_within(wan("145.71"), wan("146.72"), literal("1")));
  const Figure yuan = Figure::money(dec("1457100"), MoneyUnit::Yuan);
  CHECK(gk::eval::equal_within(yuan, wan("145.72"), literal("100")));      // 100元
  CHECK_FALSE(gk::eval::equal_within(yuan, wan("145.72"), literal("99")));
  // A money tolerance is money whatever its unit.
  CHECK(gk::eval::equal_within(wan("145.71"), wan("145.72"),
                               Figure::money(dec("100"), MoneyUnit::Yuan, true)));
  // The tolerance replaces rounding: unlike ==, within 0 is exact.
  CHECK(eq(wan("145.71"), wan("145.72")));
  CHECK_FALSE(gk::eval::equal_within(wan("145.71"), wan("145.72"), literal("0")));
}

TEST_CASE("figure: dividing by zero is undefined, not an error of the rule") {
  FigureError error;
  CHECK_FALSE(gk::eval::divide(wan("10"), wan("0"), &error).has_value());
  CHECK(error.zero_divisor);
  CHECK(error.message == "除数为零");

  FigureError exact_zero;
  CHECK_FALSE(gk::eval::divide(wan("10"), literal("0"), &exact_zero).has_value());
  CHECK(exact_zero.zero_divisor);

  // A divisor whose rounding interval reaches zero cannot be divided by either.
  FigureError near;
  const Figure small = sum(Figure::plain(dec("1")), literal("-0.6"));  // 0.4 ± 0.5
  CHECK_FALSE(gk::eval::divide(wan("10"), small, &near).has_value());
  CHECK(near.zero_divisor);
  CHECK(near.message == "除数太接近零，结果无法确定");

  // Without an error object the result is still nullopt.
  CHECK_FALSE(gk::eval::divide(wan("10"), wan("0")).has_value());
}

TEST_CASE("figure: dimensions that do not combine give FigureError") {
  FigureError error;
  CHECK_FALSE(gk::eval::add(wan("10"), Figure::count(dec("5"), "个"), &error).has_value());
  CHECK_FALSE(error.zero_divisor);
  CHECK(error.message == "不能把金额与数量相加减或比较");

  FigureError minus;
  CHECK_FALSE(gk::eval::subtract(pct("10"), wan("10"), &minus).has_value());
  CHECK(minus.message == "不能把百分比与金额相加减或比较");

  FigureError product;
  CHECK_FALSE(gk::eval::multiply(wan("10"), wan("10"), &product).has_value());
  CHECK(product.message == "不能把金额与金额相乘");

  FigureError ratio;
  CHECK_FALSE(gk::eval::divide(wan("10"), Figure::count(dec("5"), "个"), &ratio).has_value());
  CHECK_FALSE(ratio.zero_divisor);
  CHECK(ratio.message == "不能用金额除以数量");

  // A plain number adapts to the other side.
  const auto adapted = gk::eval::add(wan("10"), literal("5"));
  REQUIRE(adapted.has_value());
  CHECK(adapted->dimension == Dimension::Money);
  CHECK(adapted->to_display() == "15万元");
}

TEST_CASE("figure: multiply and divide keep or derive the dimension") {
  // money × ratio is money, shown in the money's unit.
  const auto part = gk::eval::multiply(wan("100"), pct("10"));
  REQUIRE(part.has_value());
  CHECK(part->dimension == Dimension::Money);
  CHECK(part->unit == MoneyUnit::WanYuan);
  CHECK(part->value == dec("100000"));
  CHECK(part->to_display() == "10万元");
  // |a|·rb + |b|·ra + ra·rb = 1000000·0.005 + 0.1·5000 + 5000·0.005 (100±0.5万元 × 10±0.5%)
  CHECK(part->radius == dec("5525"));
  const auto swapped = gk::eval::multiply(pct("10"), wan("100"));
  REQUIRE(swapped.has_value());
  CHECK(swapped->dimension == Dimension::Money);
  CHECK(swapped->value == dec("100000"));

  // money × plain is money; count ÷ plain stays a count.
  const auto doubled = gk::eval::multiply(literal("2"), wan("13.97"));
  REQUIRE(doubled.has_value());
  CHECK(doubled->dimension == Dimension::Money);
  CHECK(doubled->to_display() == "27.94万元");
  const auto halved = gk::eval::divide(Figure::count(dec("10"), "人次", true), literal("4"));
  REQUIRE(halved.has_value());
  CHECK(halved->dimension == Dimension::Count);
  CHECK(halved->value == dec("2.5"));

  // count ÷ count is a ratio.
  const auto share = gk::eval::divide(Figure::count(dec("3"), "辆", true), Figure::count(dec("4"), "辆", true));
  REQUIRE(share.has_value());
  CHECK(share->dimension == Dimension::Ratio);
  CHECK(share->to_display() == "75.00%");
  CHECK(share->radius.is_zero());

  // The quotient's radius covers every corner of the operands' intervals.
  const Figure rate = quotient(wan("42.92"), wan("41.72"));
  CHECK(rate.low() <= *Decimal::divide(dec("42.915"), dec("41.725"), 12));
  CHECK(rate.high() >= *Decimal::divide(dec("42.925"), dec("41.715"), 12));
}

TEST_CASE("figure: round_to rounds in the display unit and is exact") {
  const Figure rate = quotient(wan("2907.5"), wan("40"));  // 7268.75%
  const Figure one = gk::eval::round_to(rate, 1);
  CHECK(one.to_display() == "7268.8%");  // half up
  CHECK(one.value == dec("72.688"));
  CHECK(one.radius.is_zero());
  CHECK(one.scale == 1);
  CHECK(gk::eval::round_to(rate, 0).to_display() == "7269%");

  const Figure money = gk::eval::round_to(wan("13830.73"), 1);
  CHECK(money.to_display() == "13830.7万元");
  CHECK(money.value == dec("138307000"));
  CHECK(money.radius.is_zero());
  CHECK(gk::eval::round_to(wan("0.125"), 2).to_display() == "0.13万元");
  CHECK(gk::eval::round_to(Figure::money(dec("1234.5"), MoneyUnit::Yuan), 0).value == dec("1235"));

  // A rounded ratio is equal to what was written.
  CHECK(eq(pct("102.88"), gk::eval::round_to(quotient(wan("42.92"), wan("41.72")), 2)));
}

TEST_CASE("figure: negate, absolute and compare_values") {
  CHECK(gk::eval::negate(wan("5")).value == dec("-50000"));
  CHECK(gk::eval::negate(wan("5")).radius == wan("5").radius);
  CHECK(gk::eval::absolute(gk::eval::negate(wan("5"))).value == dec("50000"));
  // compare_values ignores rounding.
  CHECK(gk::eval::compare_values(wan("145.71"), wan("145.72")) == -1);
  CHECK(gk::eval::compare_values(wan("145.72"), wan("145.71")) == 1);
  CHECK(gk::eval::compare_values(wan("0.5"), literal("0.5")) == 0);
}

// A plain tolerance is read in the display unit of the figure — percentage points for a
// percentage — so `102.88% == 102.9% within 0.01` does not hold (0.02 points apart).
TEST_CASE("figure: a plain tolerance on a percentage is in percentage points") {
  CHECK_FALSE(gk::eval::equal_within(pct("102.88"), pct("102.9"), literal("0.01")));
}

TEST_CASE("figure: two figures combine when their dimensions agree or one is a bare number") {
  const Decimal one = *Decimal::parse("1.5");
  const Figure kinds[] = {Figure::plain(one), Figure::money(one, MoneyUnit::WanYuan), Figure::percentage(one),
                          Figure::count(one, "个")};
  const char* names[] = {"数", "金额", "百分比", "数量"};
  for (size_t i = 0; i < 4; ++i) {
    for (size_t j = 0; j < 4; ++j) {
      const bool expected = i == j || i == 0 || j == 0;
      FigureError why;
      CHECK(gk::eval::combinable(kinds[i], kinds[j], &why) == expected);
      CHECK(why.message == (expected ? "" : std::string("不能把") + names[i] + "与" + names[j] + "相加减或比较"));
      FigureError by_add;
      CHECK(gk::eval::add(kinds[i], kinds[j], &by_add).has_value() == expected);  // a sum decides alike
      CHECK(by_add.message == why.message);
    }
  }
}

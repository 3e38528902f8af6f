// Tests for document/numbers: table-cell numbers and figures in running text.
#include <doctest/doctest.h>

#include <iterator>
#include <string>
#include <utility>

#include "document/numbers.h"
#include "hand_view.h"

using gk::Decimal;
using gk::doc::find_quantities;
using gk::doc::FoundQuantity;
using gk::doc::MoneyUnit;
using gk::doc::parse_cell_number;
using gk::doc::QuantityKind;

namespace {

std::string cell(std::string_view text) {
  const auto number = parse_cell_number(text);
  if (!number) return "none";
  return number->value.to_string() + (number->percentage ? "%" : "");
}

std::vector<FoundQuantity> figures(std::string_view original) {
  return find_quantities(gk::test::hand_view(original));
}

std::string_view original_of(std::string_view original, const FoundQuantity& found) {
  return original.substr(found.quantity.span.begin, found.quantity.span.size());
}

}  // namespace

TEST_CASE("numbers: cell numbers in the forms conversion produces") {
  CHECK(cell("138,307,276.56") == "138307276.56");
  CHECK(cell("138, 307, 276. 56") == "138307276.56");
  CHECK(cell("137,500,26 5.00") == "137500265.00");
  CHECK(cell("138, 307, 27 6. 56") == "138307276.56");
  CHECK(cell("0. 00") == "0.00");
  CHECK(cell("-67.77") == "-67.77");
  CHECK(cell("100%") == "100%");
  CHECK(cell("36.6%") == "36.6%");
  CHECK(cell("311.15000000000009") == "311.15000000000009");
  CHECK(cell("1,234") == "1234");
  CHECK(cell("**399.57**") == "399.57");
  CHECK(cell(" 21,886.00 ") == "21886.00");
  CHECK(cell("0") == "0");
}

TEST_CASE("numbers: texts that are not cell numbers") {
  for (const char* text : {"", " ", "-", "—", "无", "2019年", "1-2", "44.36/45=98.58%", "≧90%",
                           "4次", "合计", "1,", ",1", "1.", ".5", "1.2.3", "1,234.5,6", "1,,234",
                           "%", "**", "12 万元"}) {
    CAPTURE(text);
    CHECK(cell(text) == "none");
  }
}

TEST_CASE("numbers: amounts and percentages of a summary sentence") {
  const std::string text = "本年收入合计377.75万元，其中：财政拨款收入306.88万元，占81.24%";
  const auto found = figures(text);
  REQUIRE(found.size() == 3);
  CHECK(found[0].quantity.kind == QuantityKind::Amount);
  CHECK(found[0].quantity.unit == MoneyUnit::WanYuan);
  CHECK(found[0].quantity.value.to_string() == "377.75");
  CHECK(original_of(text, found[0]) == "377.75万元");
  CHECK(found[1].quantity.value.to_string() == "306.88");
  CHECK(found[1].quantity.unit == MoneyUnit::WanYuan);
  CHECK(original_of(text, found[1]) == "306.88万元");
  CHECK(found[2].quantity.kind == QuantityKind::Percentage);
  CHECK(found[2].quantity.value.to_string() == "81.24");
  CHECK(original_of(text, found[2]) == "81.24%");
}

TEST_CASE("numbers: dates, years and ordinals are not figures") {
  CHECK(figures("2019年4月").empty());
  CHECK(figures("截至2019年12月31日").empty());
  CHECK(figures("第2部分，第3批次").empty());
  CHECK(figures("开支3时，年满60岁，5号文件").empty());
  CHECK(figures("共计306.88").empty());  // a bare number
  CHECK(figures("4.项目支出").empty());
}

TEST_CASE("numbers: units of amounts") {
  auto found = figures("1172.83 万元");
  REQUIRE(found.size() == 1);
  CHECK(found[0].quantity.value.to_string() == "1172.83");
  CHECK(found[0].quantity.unit == MoneyUnit::WanYuan);
  CHECK(original_of("1172.83 万元", found[0]) == "1172.83 万元");

  found = figures("实际支出 120000 元");
  REQUIRE(found.size() == 1);
  CHECK(found[0].quantity.kind == QuantityKind::Amount);
  CHECK(found[0].quantity.unit == MoneyUnit::Yuan);
  CHECK(found[0].quantity.value == Decimal::from_int(120000));

  found = figures("预算13836.6万元，合计1.2亿元，单价18元");
  REQUIRE(found.size() == 3);
  CHECK(found[0].quantity.value.to_string() == "13836.6");
  CHECK(found[0].quantity.value.scale() == 1);
  CHECK(found[1].quantity.unit == MoneyUnit::YiYuan);
  CHECK(found[2].quantity.unit == MoneyUnit::Yuan);

  found = figures("0.6万元");
  REQUIRE(found.size() == 1);
  CHECK(found[0].quantity.value.to_string() == "0.6");
}

TEST_CASE("numbers: counts with their measure words") {
  auto found = figures("全年安排因公出国（境）团组0个，累计0人次。");
  REQUIRE(found.size() == 2);
  CHECK(found[0].quantity.kind == QuantityKind::Count);
  CHECK(found[0].quantity.measure == "个");
  CHECK(found[0].quantity.value.is_zero());
  CHECK(found[1].quantity.measure == "人次");

  found = figures("国内公务接待4批次，47人次（不包括陪同人员）");
  REQUIRE(found.size() == 2);
  CHECK(found[0].quantity.measure == "批次");
  CHECK(found[0].quantity.value == Decimal::from_int(4));
  CHECK(found[1].quantity.measure == "人次");
  CHECK(found[1].quantity.value == Decimal::from_int(47));

  const std::pair<std::string_view, std::string_view> equipment[] = {
      {"通用设备0台（套）", "0台（套）"},
      {"通用设备0台(套)", "0台(套)"},
      {"通用设备 0 台(套)", "0 台(套)"}};
  for (const auto& entry : equipment) {
    const std::string_view text = entry.first, written = entry.second;  // CAPTURE needs variables
    CAPTURE(text);
    found = figures(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.measure == "台(套)");
    CHECK(original_of(text, found[0]) == written);
  }

  found = figures("公务用车保有量为0辆，设局长 1 名，与16家，3所学校，2场，5户，6件，8套，9台，1批");
  const char* measures[] = {"辆", "名", "家", "所", "场", "户", "件", "套", "台", "批"};
  REQUIRE(found.size() == std::size(measures));
  for (size_t i = 0; i < found.size(); ++i) CHECK(found[i].quantity.measure == measures[i]);

  found = figures("参保人数达43.66万人，共77.76万人次");
  REQUIRE(found.size() == 2);
  CHECK(found[0].quantity.measure == "万人");
  CHECK(found[0].quantity.value.to_string() == "43.66");
  CHECK(found[1].quantity.measure == "万人次");
}

TEST_CASE("numbers: thousands separators only as ASCII commas before three digits") {
  auto found = figures("两项合计 316,057.66 元");
  REQUIRE(found.size() == 1);
  CHECK(found[0].quantity.value.to_string() == "316057.66");
  CHECK(original_of("两项合计 316,057.66 元", found[0]) == "316,057.66 元");

  found = figures("共3个，234人");  // a full-width comma separates clauses
  REQUIRE(found.size() == 2);
  CHECK(found[0].quantity.value == Decimal::from_int(3));
  CHECK(found[1].quantity.value == Decimal::from_int(234));

  found = figures("合计1,2345元");  // not a group of three: "2345元" alone is not taken either
  CHECK(found.empty());
  found = figures("合计1,234,567元");
  REQUIRE(found.size() == 1);
  CHECK(found[0].quantity.value == Decimal::from_int(1234567));
}

TEST_CASE("numbers: emphasis, signs, ranges and codes") {
  auto found = figures("人员经费**399.57** 万元，占基本支出的 91.98%");
  REQUIRE(found.size() == 2);
  CHECK(found[0].quantity.value.to_string() == "399.57");
  CHECK(found[1].quantity.value.to_string() == "91.98");

  found = figures("增长-5.5%，差额-67.77万元");
  REQUIRE(found.size() == 2);
  CHECK(found[0].quantity.value.to_string() == "-5.5");
  CHECK(found[1].quantity.value.to_string() == "-67.77");
  CHECK(found[1].view_begin < found[1].view_end);

  CHECK(figures("1-2个").empty());
  CHECK(figures("A4纸3个").size() == 1);
  CHECK(figures("占比 100 %").size() == 1);
}

TEST_CASE("numbers: view offsets cover the number and the unit") {
  const auto view = gk::test::identity_view("收入5元");
  const auto found = find_quantities(view);
  REQUIRE(found.size() == 1);
  CHECK(view.text.substr(found[0].view_begin, found[0].view_end - found[0].view_begin) ==
        "5元");
}

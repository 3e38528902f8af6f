// Tests for eval/evaluator: a pack compiled from a string, evaluated on a document built
// from a text snippet — outcomes (pass, fail, not applicable, cannot verify, error),
// messages with interpolated expressions, and evidence that points into the original text.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "evaluate_snippet.h"

namespace {

using gk::eval::Outcome;
using gk::testing::check;

const char* const kExecution =
    "fact 执行 = \"年初预算为{预算:金额}，支出决算为{决算:金额}，完成年初预算的{完成率:百分比}\"\n";

}  // namespace

TEST_CASE("evaluator: pass and fail, with the else message and its expressions") {
  const auto c = check(std::string(kExecution) +
                           "rule R-1 \"完成率\" {\n"
                           "  for f in 执行\n"
                           "  let 应为 = f.决算 / f.预算\n"
                           "  require f.完成率 == 应为\n"
                           "  else \"完成率写作 {f.完成率}，按 {f.决算} ÷ {f.预算} 应为 {f.决算 / f.预算}（{应为}）\"\n"
                           "}\n",
                       "一、预算执行情况\n"
                       "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。\n"
                       "年初预算为41.72万元，支出决算为42.92万元，完成年初预算的102.88%。\n");
  const auto& r = c.rule("R-1");
  CHECK(r.outcome == Outcome::Fail);
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].outcome == Outcome::Fail);
  CHECK(r.items[0].message == "完成率写作 726.87%，按 2907.5万元 ÷ 40万元 应为 7268.75%（7268.75%）");
  CHECK(r.items[1].outcome == Outcome::Pass);  // 42.92 / 41.72 = 102.876%, written 102.88%
  CHECK(r.items[1].message.empty());
  CHECK(r.items[1].evidence.empty());
}

TEST_CASE("evaluator: a failing require without else says the rule's title") {
  const auto c = check("rule R-1 \"总要失败\" {\n  require true\n  require false\n}\n"
                       "rule R-2 \"总会通过\" {\n  require true\n}\n",
                       "一、说明\n无。\n");
  CHECK(c.only("R-1").outcome == Outcome::Fail);
  CHECK(c.only("R-1").message == "总要失败");
  CHECK(c.only("R-2").outcome == Outcome::Pass);
  CHECK(c.rule("R-2").outcome == Outcome::Pass);
}

TEST_CASE("evaluator: fact evidence spans slice the original text exactly") {
  // Full-width ％ and a heading before the sentence: spans are in the original, not the
  // matching view.
  const auto c = check(std::string(kExecution) +
                           "rule R-1 \"完成率\" {\n"
                           "  for f in 执行\n"
                           "  require f.完成率 == f.决算 / f.预算\n"
                           "  else \"{f.决算 / f.预算}\"\n"
                           "}\n",
                       "一、预算执行情况\n"
                       "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87％。\n");
  const auto& item = c.only("R-1");
  CHECK(item.outcome == Outcome::Fail);
  CHECK(item.message == "7268.75%");
  REQUIRE(item.evidence.size() == 3);
  CHECK(c.slice(item.evidence[0].span) == "726.87％");
  CHECK(item.evidence[0].label == "完成率");
  CHECK(item.evidence[0].value == "726.87");
  CHECK(item.evidence[0].unit == "%");
  CHECK(c.slice(item.evidence[1].span) == "2907.5万元");
  CHECK(item.evidence[1].label == "决算");
  CHECK(item.evidence[1].value == "2907.5");
  CHECK(item.evidence[1].unit == "万元");
  CHECK(c.slice(item.evidence[2].span) == "40万元");
  CHECK(item.evidence[2].label == "预算");
  // The finding is placed at its first evidence.
  CHECK(c.slice(item.location) == "726.87％");
  // The item is the fact's sentence (matching view).
  CHECK(item.item == "年初预算为40万元,支出决算为2907.5万元,完成年初预算的726.87%");
}

TEST_CASE("evaluator: for … where gives one item per kept element") {
  const auto c = check(std::string(kExecution) +
                           "rule R-1 \"完成率\" {\n"
                           "  for f in 执行 where f.预算 > 0\n"
                           "  require f.完成率 == f.决算 / f.预算\n"
                           "}\n"
                           "rule R-2 \"全部过滤\" {\n"
                           "  for f in 执行 where f.预算 > 10000万元\n"
                           "  require false\n"
                           "}\n",
                       "一、预算执行情况\n"
                       "年初预算为41.72万元，支出决算为42.92万元，完成年初预算的102.88%。\n"
                       "年初预算为0万元，支出决算为0.6万元，完成年初预算的0%。\n"
                       "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。\n");
  const auto& r = c.rule("R-1");
  REQUIRE(r.items.size() == 2);  // the zero budget is left out, not "not applicable"
  CHECK(r.items[0].outcome == Outcome::Pass);
  CHECK(r.items[0].item == "年初预算为41.72万元,支出决算为42.92万元,完成年初预算的102.88%");
  CHECK(r.items[1].outcome == Outcome::Fail);
  CHECK(r.items[1].item == "年初预算为40万元,支出决算为2907.5万元,完成年初预算的726.87%");
  CHECK(r.outcome == Outcome::Fail);
  // Nothing kept: not applicable, with no items.
  CHECK(c.rule("R-2").outcome == Outcome::NotApplicable);
  CHECK(c.rule("R-2").items.empty());
}

TEST_CASE("evaluator: not applicable when `when` is false or `for` has nothing to go over") {
  const auto c = check("section 三公说明 = heading \"三公.{0,2}经费\"\n"
                       "rule R-1 \"when\" {\n"
                       "  when exists(三公说明)\n"
                       "  require false\n"
                       "}\n"
                       "rule R-2 \"empty for\" {\n"
                       "  for t in doc.tables\n"
                       "  require false\n"
                       "}\n"
                       "rule R-3 \"empty list\" {\n"
                       "  for x in []\n"
                       "  require false\n"
                       "}\n"
                       "rule R-4 \"when true\" {\n"
                       "  when not exists(三公说明)\n"
                       "  require false\n"
                       "}\n",
                       "一、收入决算情况说明\n收入合计10万元。\n");
  CHECK(c.only("R-1").outcome == Outcome::NotApplicable);
  CHECK(c.only("R-1").message == "条件不成立：when exists(三公说明)");  // says which `when`
  CHECK(c.rule("R-1").outcome == Outcome::NotApplicable);
  CHECK(c.rule("R-2").outcome == Outcome::NotApplicable);
  CHECK(c.rule("R-2").items.empty());
  CHECK(c.rule("R-3").outcome == Outcome::NotApplicable);
  CHECK(c.rule("R-3").items.empty());
  CHECK(c.rule("R-4").outcome == Outcome::Fail);
}

TEST_CASE("evaluator: cannot verify when a figure is not found, saying what is missing") {
  const auto c = check("part 情况说明 = heading \"决算情况说明$\"\n"
                       "section 三公说明 = heading \"三公.{0,2}经费\" in 情况说明\n"
                       "table 收支总表 = caption \"收入支出决算总表\"\n" +
                           std::string(kExecution) +
                           "rule R-1 \"amount\" {\n  require amount(情况说明, \"公务接待费\") > 0万元\n}\n"
                           "rule R-2 \"scope\" {\n  require amount(三公说明, \"公务接待费\") > 0万元\n}\n"
                           "rule R-3 \"table\" {\n  require cell(收支总表, \"^总计\", \"金额\") > 0万元\n}\n"
                           "rule R-4 \"zero divisor\" {\n"
                           "  for f in 执行\n"
                           "  require f.完成率 == f.决算 / f.预算\n"
                           "}\n"
                           "rule R-5 \"percentage\" {\n  require percentage(情况说明, \"增长\") > 0%\n}\n"
                           "rule R-6 \"no label\" {\n  require quantity(情况说明) > 0\n}\n",
                       "第三部分 部门决算情况说明\n"
                       "一、预算执行情况\n"
                       "年初预算为0万元，支出决算为0.6万元，完成年初预算的0%。\n");
  CHECK(c.only("R-1").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-1").message == "在“情况说明”中未找到“公务接待费”的金额");
  CHECK(c.only("R-2").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-2").message == "未找到“三公说明”");
  CHECK(c.only("R-3").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-3").message == "未找到“收支总表”");
  // A zero divisor makes the result undefined: cannot verify, with both figures as evidence.
  const auto& zero = c.only("R-4");
  CHECK(zero.outcome == Outcome::CannotVerify);
  CHECK(zero.message == "除数为零（0.6万元 ÷ 0万元）");
  REQUIRE(zero.evidence.size() == 2);
  CHECK(c.slice(zero.evidence[0].span) == "0.6万元");
  CHECK(c.slice(zero.evidence[1].span) == "0万元");
  CHECK(c.only("R-5").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-5").message == "在“情况说明”中未找到“增长”的百分比");
  CHECK(c.only("R-6").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-6").message == "在“情况说明”中未找到数量");
  CHECK(c.rule("R-6").outcome == Outcome::CannotVerify);
}

TEST_CASE("evaluator: a runaway pattern is an error of its rule, the next rule still runs") {
  const auto c = check("rule R-1 \"灾难性的模式\" {\n  require mentions(doc, \"(a+)+b\")\n}\n"
                       "rule R-2 \"之后的规则\" {\n  require mentions(doc, \"a{5}\")\n}\n",
                       "一、说明\nb" + std::string(5000, 'a') + "\n");  // with the b the pattern needs
  CHECK(c.only("R-1").outcome == Outcome::Error);
  CHECK(c.only("R-1").message == "模式“(a+)+b”匹配超出时间限制");
  CHECK(c.rule("R-1").outcome == Outcome::Error);
  CHECK(c.only("R-2").outcome == Outcome::Pass);
  CHECK(c.rule("R-2").outcome == Outcome::Pass);
}

TEST_CASE("evaluator: an error in one item does not stop the other items") {
  const auto c = check("list 模式 = [\"(a+)+b\", \"a{5}\", \"无此文字\"]\n"
                       "rule R-1 \"逐项\" {\n  for p in 模式\n  require mentions(doc, p)\n}\n",
                       "一、说明\nb" + std::string(5000, 'a') + "\n");
  const auto& r = c.rule("R-1");
  REQUIRE(r.items.size() == 3);
  CHECK(r.items[0].outcome == Outcome::Error);
  CHECK(r.items[0].item == "(a+)+b");
  CHECK(r.items[1].outcome == Outcome::Pass);
  CHECK(r.items[2].outcome == Outcome::Fail);
  CHECK(r.outcome == Outcome::Error);  // error over fail over pass
}

TEST_CASE("evaluator: a let is worked out when first read, for each item anew") {
  const auto c = check("list 模式 = [\"(a+)+b\", \"a{5}\"]\n"
                       "rule R-1 \"没有读到的 let\" {\n  let 慢 = mentions(doc, \"(a+)+b\")\n"
                       "  when mentions(doc, \"无此文字\")\n  require 慢\n}\n"
                       "rule R-2 \"读到的 let\" {\n  let 慢 = mentions(doc, \"(a+)+b\")\n"
                       "  when mentions(doc, \"说明\")\n  require 慢\n}\n"
                       "rule R-3 \"逐项\" {\n  for p in 模式\n  let 有 = mentions(doc, p)\n"
                       "  let 两次 = 有 and 有\n  require 两次\n}\n",
                       "一、说明\nb" + std::string(5000, 'a') + "\n");
  CHECK(c.only("R-1").outcome == Outcome::NotApplicable);  // nothing read 慢: no time-out
  CHECK(c.only("R-2").outcome == Outcome::Error);
  CHECK(c.only("R-2").message == "模式“(a+)+b”匹配超出时间限制");
  const auto& r = c.rule("R-3");
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].outcome == Outcome::Error);  // read twice, fails both times alike
  CHECK(r.items[0].message == "模式“(a+)+b”匹配超出时间限制");
  CHECK(r.items[1].outcome == Outcome::Pass);  // the next item works its let out anew
}

TEST_CASE("evaluator: let and message interpolation show figures in their units") {
  const auto c = check(std::string(kExecution) +
                           "rule R-1 \"插值\" {\n"
                           "  for f in 执行\n"
                           "  let 比 = f.决算 / f.预算\n"
                           "  let 差 = f.决算 - f.预算\n"
                           "  let 两位 = round(比, 0)\n"
                           "  require false\n"
                           "  else \"{f.决算 / f.预算}|{比}|{差}|{两位}|{f.预算 * 2}|{比 > 1}|{{字面}}\"\n"
                           "}\n",
                       "一、预算执行情况\n"
                       "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。\n");
  CHECK(c.only("R-1").message == "7268.75%|7268.75%|2867.5万元|7269%|80万元|是|{字面}");
}

TEST_CASE("evaluator: table cells are read in the table's declared unit") {
  const auto c = check(
      "table 收支总表 = caption \"收入支出决算总表\"\n"
      "table 元表 = caption \"收入决算表\"\n"
      "table 无单位表 = caption \"支出决算表\"\n"
      "rule R-1 \"万元\" {\n  require cell(收支总表, \"^总计\", \"金额\") == 13836.63万元\n}\n"
      "rule R-2 \"元\" {\n  require cell(元表, \"^合计\", \"金额\") == 1.5万元\n}\n"
      "rule R-3 \"no unit\" {\n  require cell(无单位表, \"^合计\", 1) == 30000元\n}\n"
      "rule R-4 \"shown\" {\n"
      "  let a = cell(收支总表, \"^总计\", \"金额\")\n"
      "  let b = cell(元表, \"^合计\", \"金额\")\n"
      "  let c = cell(无单位表, \"^合计\", \"合计\")\n"
      "  require a == 1万元\n"
      "  else \"{a} {b} {c}\"\n"
      "}\n"
      "rule R-5 \"exact\" {\n"
      "  require cell(收支总表, \"^总计\", \"金额\") != 13836.64万元\n"
      "    and cell(元表, \"^合计\", \"金额\") != 15000.01元\n"
      "}\n"
      "rule R-6 \"no row\" {\n  require cell(收支总表, \"^收入合计\", \"金额\") > 0万元\n}\n"
      "rule R-7 \"no column\" {\n  require cell(收支总表, \"^总计\", \"决算数\") > 0万元\n}\n",
      "收入支出决算总表\n单位：万元\n项目\t金额\n总计\t13,836.63\n\n"
      "收入决算表\n单位：元\n项目\t金额\n合计\t15,000.00\n\n"
      "支出决算表\n项目\t合计\n栏次\t1\n合计\t3.00\n");
  CHECK(c.only("R-1").outcome == Outcome::Pass);
  CHECK(c.only("R-2").outcome == Outcome::Pass);
  CHECK(c.only("R-3").outcome == Outcome::Pass);  // no unit written: 万元
  const auto& shown = c.only("R-4");
  CHECK(shown.outcome == Outcome::Fail);
  CHECK(shown.message == "13836.63万元 15000.00元 3.00万元");
  REQUIRE(shown.evidence.size() == 1);
  CHECK(c.slice(shown.evidence[0].span) == "13,836.63");
  CHECK(shown.evidence[0].label == "收入支出决算总表 / 总计 / 金额");
  CHECK(shown.evidence[0].value == "13836.63");
  CHECK(shown.evidence[0].unit == "万元");
  CHECK(c.only("R-5").outcome == Outcome::Pass);
  CHECK(c.only("R-6").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-6").message == "“收入支出决算总表”中没有“^收入合计”这一行");
  CHECK(c.only("R-7").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-7").message == "“收入支出决算总表”中没有“决算数”这一列");
}

TEST_CASE("evaluator: breakdowns and their shares") {
  const auto c = check(
      "rule R-1 \"占比\" {\n"
      "  for p in shares(doc) where exists(p.占比)\n"
      "  require p.占比 == p.金额 / p.合计\n"
      "  else \"“{p.名称}”{p.金额}的占比写作 {p.占比}，按 {p.金额} ÷ {p.合计} 应为 {p.金额 / p.合计}\"\n"
      "}\n"
      "rule R-2 \"各项之和\" {\n"
      "  for b in breakdowns(doc)\n"
      "  require sum(b.各项) <= b.合计\n"
      "  else \"“{b.名称}”为 {b.合计}，其中各项之和却为 {sum(b.各项)}\"\n"
      "}\n",
      "一、收入决算情况说明\n"
      "2024年度收入合计13836.6万元，其中：财政拨款收入13830.7万元，占99.99%；其他收入5.9万元，占0.01%。\n"
      "二、支出决算情况说明\n"
      "2024年度支出合计13836.63万元，其中：基本支出434.43万元，占3.14%；项目支出13402.20万元，占96.86%。\n"
      "三、其他\n"
      "本年支出合计145.71万元，其中：基本支出23.97万元，项目支出61.75万元，上缴支出50万元，其他支出20万元。\n");
  const auto& shares = c.rule("R-1");
  REQUIRE(shares.items.size() == 4);  // the parts without a 占比 are left out
  CHECK(shares.items[0].item == "财政拨款收入");
  CHECK(shares.items[0].outcome == Outcome::Fail);
  CHECK(shares.items[0].message ==
        "“财政拨款收入”13830.7万元的占比写作 99.99%，按 13830.7万元 ÷ 13836.6万元 应为 99.96%");
  REQUIRE(shares.items[0].evidence.size() == 3);
  CHECK(c.slice(shares.items[0].evidence[0].span) == "99.99%");
  CHECK(c.slice(shares.items[0].evidence[1].span) == "13830.7万元");
  CHECK(c.slice(shares.items[0].evidence[2].span) == "13836.6万元");
  CHECK(shares.items[1].item == "其他收入");
  CHECK(shares.items[1].outcome == Outcome::Fail);  // 5.9 / 13836.6 = 0.04%
  CHECK(shares.items[2].item == "基本支出");
  CHECK(shares.items[2].outcome == Outcome::Pass);  // 434.43 / 13836.63 = 3.14%
  CHECK(shares.items[3].item == "项目支出");
  CHECK(shares.items[3].outcome == Outcome::Pass);

  const auto& sums = c.rule("R-2");
  REQUIRE(sums.items.size() == 3);
  CHECK(sums.items[0].outcome == Outcome::Pass);
  CHECK(sums.items[1].outcome == Outcome::Pass);
  // 23.97 + 61.75 + 50 + 20 = 155.72 > 145.71
  CHECK(sums.items[2].outcome == Outcome::Fail);
  CHECK(sums.items[2].message == "“本年支出合计”为 145.71万元，其中各项之和却为 155.72万元");
}

TEST_CASE("evaluator: a pack whose `applies when` is false checks nothing") {
  const std::string rules =
      "pack 试验 {\n  applies when doc.title ~ \"决算\" and doc.title !~ \"绩效\"\n}\n"
      "rule R-1 \"a\" {\n  require true\n}\n"
      "rule R-2 \"b\" {\n  require false\n}\n";
  const auto other = check(rules, "某局2024年度绩效自评报告\n一、说明\n无。\n");
  CHECK_FALSE(other.result.applies);
  REQUIRE(other.result.rules.size() == 2);
  for (const auto& r : other.result.rules) {
    CAPTURE(r.rule->info.id);
    CHECK(r.outcome == Outcome::NotApplicable);
    CHECK(r.items.empty());
  }
  const auto mine = check(rules, "某局2024年度部门决算\n一、说明\n无。\n");
  CHECK(mine.result.applies);
  CHECK(mine.rule("R-1").outcome == Outcome::Pass);
  CHECK(mine.rule("R-2").outcome == Outcome::Fail);
  // A snippet (rule tests) is not asked whether the pack applies.
  const auto snippet = check(rules, "某局2024年度绩效自评报告\n一、说明\n无。\n", {.snippet = true});
  CHECK(snippet.result.applies);
  CHECK(snippet.rule("R-2").outcome == Outcome::Fail);
  // Only one rule, on request.
  const auto one = check(rules, "某局2024年度部门决算\n一、说明\n无。\n", {.only_rule = "R-2"});
  REQUIRE(one.result.rules.size() == 1);
  CHECK(one.result.rules[0].rule->info.id == "R-2");
}

TEST_CASE("evaluator: logic is three-valued (Kleene)") {
  const auto c = check(
      "rule K-1 \"false and missing\" {\n  require false and amount(doc, \"不存在\") > 0万元\n}\n"
      "rule K-2 \"missing and false\" {\n  require amount(doc, \"不存在\") > 0万元 and false\n}\n"
      "rule K-3 \"true or missing\" {\n  require true or amount(doc, \"不存在\") > 0万元\n}\n"
      "rule K-4 \"missing or true\" {\n  require amount(doc, \"不存在\") > 0万元 or true\n}\n"
      "rule K-5 \"missing and true\" {\n  require amount(doc, \"不存在\") > 0万元 and true\n}\n"
      "rule K-6 \"missing or false\" {\n  require false or amount(doc, \"不存在\") > 0万元\n}\n"
      "rule K-7 \"not missing\" {\n  require not (amount(doc, \"不存在\") > 0万元)\n}\n"
      "rule K-8 \"when missing\" {\n  when amount(doc, \"不存在\") > 0万元\n  require true\n}\n",
      "某局部门决算\n一、说明\n收入合计10万元。\n");
  CHECK(c.only("K-1").outcome == Outcome::Fail);
  CHECK(c.only("K-2").outcome == Outcome::Fail);
  CHECK(c.only("K-3").outcome == Outcome::Pass);
  CHECK(c.only("K-4").outcome == Outcome::Pass);
  CHECK(c.only("K-5").outcome == Outcome::CannotVerify);
  CHECK(c.only("K-5").message == "在“某局部门决算”中未找到“不存在”的金额");
  CHECK(c.only("K-6").outcome == Outcome::CannotVerify);
  CHECK(c.only("K-7").outcome == Outcome::CannotVerify);
  CHECK(c.only("K-8").outcome == Outcome::CannotVerify);
}

TEST_CASE("evaluator: exists and count on sections that are not there") {
  const auto c = check("part 情况说明 = heading \"决算情况说明$\"\n"
                       "section 三公说明 = heading \"三公.{0,2}经费\" in 情况说明\n"
                       "section 收入说明 = heading \"收入决算情况\" in 情况说明\n"
                       "rule R-1 \"missing\" {\n  require exists(三公说明)\n  else \"没有{name(三公说明)}\"\n}\n"
                       "rule R-2 \"count\" {\n  require count(三公说明) == 0 and count(收入说明) == 1\n}\n"
                       "rule R-3 \"missing figure\" {\n"
                       "  require not exists(amount(收入说明, \"不存在\")) and exists(amount(收入说明, \"收入\"))\n"
                       "}\n"
                       "rule R-4 \"lists\" {\n"
                       "  require not exists(amounts(收入说明, \"不存在\")) and count(amounts(收入说明)) == 2\n"
                       "}\n"
                       "rule R-5 \"field of missing\" {\n  require 三公说明.标题 ~ \"三公\"\n}\n",
                       "第三部分 部门决算情况说明\n"
                       "一、收入决算情况说明\n"
                       "本年收入合计10万元，其中财政拨款收入8万元。\n");
  CHECK(c.only("R-1").outcome == Outcome::Fail);  // not found is an answer, not a doubt
  CHECK(c.only("R-1").message == "没有三公说明");
  CHECK(c.only("R-2").outcome == Outcome::Pass);
  CHECK(c.only("R-3").outcome == Outcome::Pass);
  CHECK(c.only("R-4").outcome == Outcome::Pass);
  CHECK(c.only("R-5").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-5").message == "未找到“三公说明”");
}

TEST_CASE("evaluator: name() of a vocabulary entry and the items of a vocabulary list") {
  const auto c = check("part 概况 = heading \"概况$\"\n"
                       "part 决算表 = heading \"决算表$\"\n"
                       "part 情况说明 = heading \"决算情况说明$\"\n"
                       "rule R-1 \"五个部分\" {\n"
                       "  for p in [概况, 决算表, 情况说明]\n"
                       "  require exists(p)\n"
                       "  else \"缺少“{name(p)}”部分\"\n"
                       "}\n",
                       "某局部门决算\n"
                       "第一部分 单位概况\n负责医疗保障。\n"
                       "第三部分 部门决算情况说明\n收支总计10万元。\n");
  const auto& r = c.rule("R-1");
  CHECK(r.outcome == Outcome::Fail);
  REQUIRE(r.items.size() == 3);
  CHECK(r.items[0].item == "概况");
  CHECK(r.items[0].outcome == Outcome::Pass);
  CHECK(c.slice(r.items[0].location) == "第一部分 单位概况");
  CHECK(r.items[1].item == "决算表");
  CHECK(r.items[1].outcome == Outcome::Fail);
  CHECK(r.items[1].message == "缺少“决算表”部分");
  CHECK(r.items[1].location.empty());  // nothing in the document to point at
  CHECK(r.items[2].item == "情况说明");
  CHECK(r.items[2].outcome == Outcome::Pass);
  CHECK(c.slice(r.items[2].location) == "第三部分 部门决算情况说明");
}

TEST_CASE("evaluator: section numbers 编号 and 应有编号") {
  const auto c = check("rule R-1 \"编号连续\" {\n"
                       "  for s in doc.章节 where exists(s.编号)\n"
                       "  require s.编号 == s.应有编号\n"
                       "  else \"“{s.标题}”编号为 {s.编号}，按顺序应为 {s.应有编号}\"\n"
                       "}\n",
                       "一、收入支出决算总体情况说明\n收支总计10万元。\n"
                       "二、收入决算情况说明\n收入10万元。\n"
                       "二、支出决算情况说明\n支出10万元。\n");
  const auto& r = c.rule("R-1");
  REQUIRE(r.items.size() == 3);
  CHECK(r.items[0].outcome == Outcome::Pass);
  CHECK(r.items[0].item == "收入支出决算总体情况说明");
  CHECK(r.items[1].outcome == Outcome::Pass);
  CHECK(r.items[2].outcome == Outcome::Fail);
  CHECK(r.items[2].message == "“支出决算情况说明”编号为 2，按顺序应为 3");
  CHECK(c.slice(r.items[2].location) == "二、支出决算情况说明");
  REQUIRE(r.items[2].evidence.size() == 1);
  CHECK(c.slice(r.items[2].evidence[0].span) == "二、支出决算情况说明");
  CHECK(r.outcome == Outcome::Fail);
}

TEST_CASE("evaluator: numbered() sees numbered headings and numbered paragraphs") {
  const auto c = check("section 分析 = heading \"分析\"\n"
                       "rule R-1 \"编号连续\" {\n"
                       "  for i in numbered(分析)\n"
                       "  require i.编号 == i.应有编号\n"
                       "  else \"“{i.标题}”编号为 {i.编号}，按顺序应为 {i.应有编号}（{i.编号样式}）\"\n"
                       "}\n"
                       "rule R-2 \"全文\" {\n"
                       "  require count(numbered()) == 5 and count(编号项(doc)) == 5\n"
                       "}\n",
                       "（四）项目资金使用管理情况分析\n"
                       "1、项目资金管理情况\n总支出693.22万元。\n"
                       "5、“三公经费”无。\n"
                       "6、行政单位机关运行费用支出42万元，包括办公及印刷费。\n"
                       "8、政府采购支出0.69万元，是采购办公耗材。\n");
  const auto& r = c.rule("R-1");
  REQUIRE(r.items.size() == 4);  // the scope's own heading is not one of its items
  CHECK(r.items[0].outcome == Outcome::Pass);
  CHECK(r.items[1].outcome == Outcome::Fail);
  CHECK(r.items[1].message == "““三公经费”无”编号为 5，按顺序应为 2（arabic-dot）");
  CHECK(c.slice(r.items[1].location) == "5、“三公经费”无。");
  CHECK(r.items[2].outcome == Outcome::Pass);
  CHECK(r.items[3].outcome == Outcome::Fail);
  CHECK(r.items[3].item == "政府采购支出0.69万元");
  CHECK(r.items[3].message == "“政府采购支出0.69万元”编号为 8，按顺序应为 7（arabic-dot）");
  CHECK(c.slice(r.items[3].location) == "8、政府采购支出0.69万元");
  CHECK(c.only("R-2").outcome == Outcome::Pass);
}

TEST_CASE("evaluator: number() drops the unit and keeps the written precision") {
  const auto c = check("table 评分表 = caption \"评价表\"\n"
                       "rule R-1 \"得分\" {\n"
                       "  for r in rows(评分表, \"^(?!合计)\")\n"
                       "  let 得分 = number(value(r, \"自评分\"))\n"
                       "  let 分值 = 数值(value(r, \"分值\"))\n"
                       "  require 得分 <= 分值 and 得分 <= 100\n"
                       "  else \"“{r.名称}”得分 {得分}，分值 {分值}\"\n"
                       "}\n"
                       "rule R-2 \"单位\" {\n"
                       "  require number(5.5万元) == 5.5 and number(36.6%) == 36.6 and number(12500元) == 12500\n"
                       "  require number(cell(评分表, \"执行进度\", \"预算数\")) == 6.54\n"
                       "  require number(cell(评分表, \"执行进度\", \"预算数\")) != 6.56\n"
                       "}\n"
                       "rule R-3 \"分数是精确的\" {\n"
                       "  require number(cell(评分表, \"执行进度\", \"自评分\")) == 6.5\n"
                       "  require number(cell(评分表, \"执行进度\", \"自评分\")) != 6.54\n"
                       "}\n",
                       "部门整体支出绩效评价表\n"
                       "指标\t分值\t自评分\t预算数\n"
                       "预算编制\t5\t5\t1.0\n"
                       "执行进度\t5\t6.5\t6.5\n"
                       "合计\t10\t11.5\t7.5\n");
  const auto& r = c.rule("R-1");
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].outcome == Outcome::Pass);
  CHECK(r.items[1].outcome == Outcome::Fail);
  CHECK(r.items[1].message == "“执行进度”得分 6.5，分值 5");
  CHECK(c.only("R-2").outcome == Outcome::Pass);
  CHECK(c.only("R-3").outcome == Outcome::Pass);
}

TEST_CASE("evaluator: value() reads a column as its header says: percentage, count or amount") {
  const auto c = check(
      "table 项目表 = caption \"项目完成情况表\"\n"
      "rule R-1 \"类型\" {\n"
      "  let r = row(项目表, \"^A类\")\n"
      "  require value(r, \"完成率\") == 85.3% and value(r, \"占比\") == 40%\n"
      "  require value(r, \"项目个数\") == 2 within 0 and value(r, \"车辆\") == 3\n"
      "  require value(r, \"金额\") == 12.5万元 and value(r, \"人数\") + value(r, \"人次\") == 17\n"
      "  require value(r, \"完成率\") > 80% and value(r, \"项目个数\") > 1\n"
      "}\n"
      "rule R-2 \"显示\" {\n"
      "  let r = row(项目表, \"^A类\")\n"
      "  let a = value(r, \"完成率\")\n"
      "  let b = value(r, \"占比\")\n"
      "  let c = value(r, \"项目个数\")\n"
      "  let d = value(r, \"车辆\")\n"
      "  let e = value(r, \"人次\")\n"
      "  let f = value(r, \"金额\")\n"
      "  require false\n"
      "  else \"{a} {b} {c} {d} {e} {f}\"\n"
      "}\n"
      "rule R-3 \"计数精确\" {\n"
      "  require value(row(项目表, \"^A类\"), \"项目个数\") != 2.4\n"
      "}\n"
      "rule R-4 \"列表\" {\n"
      "  require sum(rows(项目表), \"项目个数\") == 5 and sum(column(项目表, \"完成率\")) == 185.3%\n"
      "}\n",
      "项目完成情况表\n"
      "单位：万元\n"
      "项目\t项目个数（个）\t完成率\t占比（%）\t车辆数（辆）\t人数\t接待人次\t金额\n"
      "A类\t2\t85.3%\t40\t3\t5\t12\t12.5\n"
      "B类\t3\t100\t60\t1\t2\t4\t1.0\n");
  CHECK(c.only("R-1").outcome == Outcome::Pass);
  CHECK(c.only("R-2").message == "85.3% 40% 2个 3辆 12人次 12.5万元");
  CHECK(c.only("R-3").outcome == Outcome::Pass);
  CHECK(c.only("R-4").outcome == Outcome::Pass);
}

TEST_CASE("evaluator: a table figure whose kind clashes is an error saying which column") {
  const auto c = check(
      "table 项目表 = caption \"项目完成情况表\"\n"
      "rule R-1 \"金额与百分比\" {\n"
      "  require value(row(项目表, \"^A类\"), \"完成率\") <= 100万元\n"
      "}\n"
      "rule R-2 \"裸数与金额\" {\n"
      "  require value(row(项目表, \"^A类\"), \"金额\") <= 100\n"
      "}\n"
      "rule R-3 \"裸数与百分比\" {\n"
      "  require value(row(项目表, \"^A类\"), \"完成率\") > 80\n"
      "}\n"
      "rule R-4 \"裸数与数量\" {\n"
      "  require value(row(项目表, \"^A类\"), \"项目个数\") + 1 == 3\n"
      "}\n"
      "rule R-5 \"金额的裸数容差\" {\n"
      "  require value(row(项目表, \"^A类\"), \"金额\") == 12万元 within 1\n"
      "}\n"
      "rule R-6 \"百分比的裸数容差是百分点\" {\n"
      "  require value(row(项目表, \"^A类\"), \"完成率\") == 85% within 0.5\n"
      "}\n",
      "项目完成情况表\n"
      "单位：万元\n"
      "项目\t项目个数（个）\t完成率\t金额\n"
      "A类\t2\t85.3%\t12.5\n");
  CHECK(c.only("R-1").outcome == Outcome::Error);
  CHECK(c.only("R-1").message ==
        "不能把百分比与金额相加减或比较（“项目完成情况表 / A类 / 完成率”是百分比）");
  CHECK(c.only("R-2").outcome == Outcome::Error);
  CHECK(c.only("R-2").message ==
        "“项目完成情况表 / A类 / 金额”是金额，与它比较或相加减的数 100 要写明单位，如 100万元");
  CHECK(c.only("R-3").outcome == Outcome::Error);
  CHECK(c.only("R-3").message.find("如 80%") != std::string::npos);
  CHECK(c.only("R-4").outcome == Outcome::Pass);
  CHECK(c.only("R-5").outcome == Outcome::Error);
  CHECK(c.only("R-5").message == "“项目完成情况表 / A类 / 金额”是金额，容差 1 要写明单位，如 within 1万元");
  CHECK(c.only("R-6").outcome == Outcome::Pass);
}

TEST_CASE("evaluator: roll_up orders error over fail over cannot verify over pass") {
  using gk::eval::ItemResult;
  using gk::eval::roll_up;
  auto items = [](std::vector<Outcome> outcomes) {
    std::vector<ItemResult> out;
    for (auto o : outcomes) out.push_back(ItemResult{o, "", "", {}, {}});
    return out;
  };
  CHECK(roll_up({}) == Outcome::NotApplicable);
  CHECK(roll_up(items({Outcome::NotApplicable})) == Outcome::NotApplicable);
  CHECK(roll_up(items({Outcome::NotApplicable, Outcome::Pass})) == Outcome::Pass);
  CHECK(roll_up(items({Outcome::Pass, Outcome::CannotVerify})) == Outcome::CannotVerify);
  CHECK(roll_up(items({Outcome::CannotVerify, Outcome::Fail, Outcome::Pass})) == Outcome::Fail);
  CHECK(roll_up(items({Outcome::Fail, Outcome::Error})) == Outcome::Error);
  CHECK(std::string(gk::eval::to_string(Outcome::CannotVerify)) == "cannot_verify");
  CHECK(std::string(gk::eval::to_chinese(Outcome::NotApplicable)) == "不适用");
}

// The built-in packs are run with their patterns compiled on first use: the same outcomes
// as a pack whose patterns were compiled with it, each pattern compiled once, and a pattern
// that does not compile (which the checker would have reported as E106) is the error of the
// rules that use it, not a crash.
TEST_CASE("evaluator: patterns compiled on first use") {
  const auto compile = [](const std::string& rules, gk::check::PatternCompilation patterns) {
    gk::DiagnosticSink sink;
    std::vector<gk::SourceText> files;
    files.emplace_back("t.gk", rules);
    return gk::check::compile_pack(gk::check::unparsed(std::move(files)), "t", sink, gk::Language::Zh, {}, patterns);
  };
  const std::string rules =
      "rule R-1 \"说明\" {\n  for t in sentences(doc)\n  require t !~ \"X{2,}|××\"\n}\n"
      "rule R-2 \"原因\" {\n  require mentions(doc, \"原因.{0,4}是\")\n}\n";
  const auto doc = gk::doc::extract_document(gk::SourceText("d.txt", "一、说明\n本年XX万元。\n增加的原因主要是人员增加。\n"));
  const auto eager = compile(rules, gk::check::PatternCompilation::WithPack);
  const auto lazy = compile(rules, gk::check::PatternCompilation::OnFirstUse);
  REQUIRE(eager);
  REQUIRE(lazy);
  CHECK(eager->regexes[0].pattern != nullptr);
  CHECK(lazy->regexes[0].pattern == nullptr);
  const auto a = gk::eval::evaluate(*eager, doc);
  const auto b = gk::eval::evaluate(*lazy, doc);
  REQUIRE(a.rules.size() == b.rules.size());
  for (size_t i = 0; i < a.rules.size(); ++i) {
    CHECK(a.rules[i].outcome == b.rules[i].outcome);
    CHECK(a.rules[i].items.size() == b.rules[i].items.size());
  }
  CHECK(b.rules[0].outcome == Outcome::Fail);
  CHECK(b.rules[1].outcome == Outcome::Pass);
  const icu::RegexPattern* first = lazy->regexes[0].compiled();
  CHECK(first != nullptr);
  CHECK(lazy->regexes[0].compiled() == first);  // compiled once

  // A pattern that does not compile: left to first use, it is the rule's error.
  auto broken = compile("rule R-1 \"r\" {\n  require mentions(doc, \"原因\")\n}\n",
                        gk::check::PatternCompilation::OnFirstUse);
  REQUIRE(broken);
  broken->regexes[0].source = "原因(";
  broken->regexes[0].plain.clear();
  broken->regexes[0].required.clear();
  const auto c = gk::eval::evaluate(*broken, doc);
  REQUIRE(c.rules[0].items.size() == 1);
  CHECK(c.rules[0].items[0].outcome == Outcome::Error);
  CHECK(c.rules[0].items[0].message == "无法使用模式“原因(”");
}

// Lists of a document's parts (sentences(s), sections(s) …) are made once per document and
// part, and a loop or quantifier binds their items in place: two rules over the same list,
// a quantifier over it inside a loop over it, and the loop's variable read after the
// quantifier, all see the right items.
TEST_CASE("evaluator: lists of parts kept for the document, items bound in place") {
  const auto c = check(
      "rule R-1 \"每句\" {\n  for t in sentences(doc)\n  require t !~ \"错误\"\n}\n"
      "rule R-2 \"每句有同伴\" {\n  for t in sentences(doc)\n"
      "  let 别的 = count(sentences(doc)) - 1\n"
      "  require any(u in sentences(doc) where u != t) and 别的 >= 1 and t !~ \"错误\"\n"
      "  else \"{t}\"\n}\n",
      "一、说明\n本年收入100万元。本年支出90万元。这句有错误。\n");
  const auto& r1 = c.rule("R-1");
  const auto& r2 = c.rule("R-2");
  REQUIRE(r1.items.size() == 3);
  REQUIRE(r2.items.size() == 3);
  for (size_t i = 0; i < 3; ++i) CHECK(r1.items[i].outcome == r2.items[i].outcome);
  CHECK(r2.items[2].outcome == Outcome::Fail);
  CHECK(r2.items[2].message == "这句有错误。");
  CHECK(r2.items[2].item == "这句有错误。");
}

// A pattern with nothing that has case is matched case-sensitively (faster in ICU, the same
// answer); one with a letter, a property class, a back reference or a cased letter beyond
// ASCII still ignores case, as the language says.
TEST_CASE("evaluator: patterns ignore case wherever case can matter") {
  // The text has lower-case letters only where the patterns have upper case: each rule
  // passes only if its pattern ignores case.
  const auto c = check(
      "rule R-1 \"中文\" {\n  require mentions(doc, \"项目\\d+个\")\n}\n"
      "rule R-2 \"字母\" {\n  require mentions(doc, \"PPP项目\")\n}\n"
      "rule R-3 \"类\" {\n  require mentions(doc, \"\\p{Lu}{3}项目\")\n}\n"
      "rule R-4 \"回指\" {\n  require mentions(doc, \"(.)\\1项。\")\n}\n"
      "rule R-5 \"外文\" {\n  require mentions(doc, \"É项\")\n}\n",
      "一、说明\n本年ppp项目12个。pP项。é项。\n");
  CHECK(c.only("R-1").outcome == Outcome::Pass);
  CHECK(c.only("R-2").outcome == Outcome::Pass);
  CHECK(c.only("R-3").outcome == Outcome::Pass);
  CHECK(c.only("R-4").outcome == Outcome::Pass);
  CHECK(c.only("R-5").outcome == Outcome::Pass);
}

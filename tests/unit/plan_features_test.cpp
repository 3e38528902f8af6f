// Tests of the language features the resolved plan carries: quantifiers (any/all/first),
// nested `for`, lookup of a table row by 科目代码 or by whole name, captures from text,
// and the W210 warning for a percentage compared with a bare number.
#include <doctest/doctest.h>

#include "check/fields.h"
#include "eval/builtins.h"
#include "evaluate_snippet.h"

namespace {

using gk::eval::Outcome;
using gk::testing::check;

const char* const kTable =
    "一般公共预算财政拨款支出决算表\n单位：万元\n"
    "科目编码\t科目名称\t合计\n"
    "201\t一般公共服务支出\t100.00\n"
    "20101\t人大事务\t100.00\n"
    "2010101\t行政运行\t100.00\n"
    "210\t卫生健康支出\t40.00\n"
    "21011\t行政事业单位医疗\t40.00\n"
    "2101101\t行政单位医疗\t40.00\n\n";

const char* const kVocabulary = "table 支出表 = caption \"一般公共预算财政拨款支出决算表\"\n";

}  // namespace

TEST_CASE("plan: lookup finds a row by subject code or by its whole name") {
  const auto c = check(std::string(kVocabulary) +
                           "rule R-1 \"code\" {\n  require value(lookup(支出表, \"2101101\"), \"合计\") == 40万元\n}\n"
                           "rule R-2 \"name\" {\n  require value(lookup(支出表, \"行政运行（项）\"), \"合计\") == 100万元\n}\n"
                           "rule R-3 \"whole name\" {\n  require exists(lookup(支出表, \"事业单位医疗\"))\n}\n"
                           "rule R-4 \"missing\" {\n  require value(lookup(支出表, \"事业单位医疗\"), \"合计\") > 0万元\n}\n",
                       std::string(kTable));
  CHECK(c.only("R-1").outcome == Outcome::Pass);
  CHECK(c.only("R-2").outcome == Outcome::Pass);
  // 事业单位医疗 is not 行政事业单位医疗: whole names, not substrings.
  CHECK(c.only("R-3").outcome == Outcome::Fail);
  CHECK(c.only("R-4").outcome == Outcome::CannotVerify);
  CHECK(c.only("R-4").message == "“一般公共预算财政拨款支出决算表”中没有名称为“事业单位医疗”的行");
}

TEST_CASE("plan: any, all and first over table rows") {
  const auto c = check(std::string(kVocabulary) +
                           "rule R-1 \"any\" {\n  require any(r in rows(支出表) where r.科目代码 == \"210\")\n}\n"
                           "rule R-2 \"all\" {\n  require all(r in rows(支出表) where value(r, \"合计\") > 50万元)\n"
                           "  else \"有的科目不足 50 万元\"\n}\n"
                           "rule R-3 \"first\" {\n"
                           "  let r = first(r in rows(支出表) where value(r, \"合计\") < 100万元)\n"
                           "  require r.名称 == \"一般公共服务支出\"\n  else \"第一个不足 100 万元的是{r.名称}\"\n}\n"
                           "rule R-4 \"none\" {\n"
                           "  require exists(first(r in rows(支出表) where value(r, \"合计\") > 1000万元))\n}\n",
                       std::string(kTable));
  CHECK(c.only("R-1").outcome == Outcome::Pass);
  CHECK(c.only("R-2").outcome == Outcome::Fail);
  CHECK(c.only("R-2").message == "有的科目不足 50 万元");
  CHECK(c.only("R-3").outcome == Outcome::Fail);
  CHECK(c.only("R-3").message == "第一个不足 100 万元的是卫生健康支出");
  CHECK(c.only("R-4").outcome == Outcome::Fail);
}

TEST_CASE("plan: nested for gives one item per pair, named by both") {
  const auto c = check(
      "list 甲 = [\"一\", \"二\"]\nlist 乙 = [\"三\", \"四\"]\n"
      "rule R-1 \"pairs\" {\n  for a in 甲\n  for b in 乙 where b != \"四\"\n  require a == \"二\"\n}\n",
      "正文\n");
  const auto& r = c.rule("R-1");
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].item == "一 / 三");
  CHECK(r.items[0].outcome == Outcome::Fail);
  CHECK(r.items[1].item == "二 / 三");
  CHECK(r.items[1].outcome == Outcome::Pass);
}

TEST_CASE("plan: capture takes the first group of a pattern, or the whole match") {
  const auto c = check(
      "section 说明 = heading \"支出决算情况说明\"\n"
      "rule R-1 \"group\" {\n"
      "  for s in sentences(说明)\n"
      "  let 项 = capture(s, \"([^，。：]+)（项）\")\n"
      "  require 项 == \"行政运行\"\n  else \"摘得{项}\"\n}\n"
      "rule R-2 \"no match\" {\n  require capture(text(说明), \"（款）\") == \"x\"\n}\n",
      "一、支出决算情况说明\n行政运行（项）100万元，主要用于日常运转。\n");
  const auto& r = c.rule("R-1");
  REQUIRE(r.items.size() == 1);
  CHECK(r.items[0].outcome == Outcome::Pass);
  CHECK(c.only("R-2").outcome == Outcome::CannotVerify);
}

TEST_CASE("plan: a printed percentage compared with a bare number warns (W210)") {
  gk::DiagnosticSink sink;
  std::vector<gk::SourceText> files;
  files.emplace_back("t.gk",
                     "fact 变动 = \"增长{幅度:百分比}\"\n"
                     "rule R-1 \"幅度\" {\n  for f in 变动\n  when f.幅度 > 50\n  require true\n}\n"
                     "rule R-2 \"multiple\" {\n  let 倍数 = 2万元 / 1元\n  require 倍数 < 20000\n}\n");
  const auto pack = gk::check::compile_pack(std::move(files), "t", sink);
  REQUIRE(pack);
  REQUIRE(sink.diagnostics().size() == 1);  // the quotient of two amounts is a multiple
  const auto& d = sink.diagnostics().front();
  CHECK(d.code == "W210");
  CHECK(d.location.line == 4);
  CHECK(d.message == "百分比与不带 % 的数 50 比较：50 即 5000%，多半应写成 50%");
}

TEST_CASE("plan: every field sits at its own id in the table") {
  const auto table = gk::check::fields();
  for (size_t i = 0; i < table.size(); ++i) CHECK(static_cast<size_t>(table[i].id) == i);
}

TEST_CASE("plan: every built-in sits at its own id in the table") {
  const auto table = gk::eval::builtins();
  for (size_t i = 0; i < table.size(); ++i) CHECK(static_cast<size_t>(table[i].id) == i);
  CHECK(&gk::eval::builtin(gk::eval::BuiltinId::Lookup) == gk::eval::find_builtin("查找行"));
}

TEST_CASE("plan: a for over the rows of a table the document lacks is not applicable") {
  const auto c = check(std::string(kVocabulary) +
                           "table 三公表 = caption \"三公经费支出决算表\"\n"
                           "rule R-1 \"rows\" {\n  for r in rows(三公表)\n  require value(r, \"合计\") >= 0万元\n}\n"
                           "rule R-2 \"present\" {\n  for r in rows(支出表)\n  require value(r, \"合计\") >= 0万元\n}\n",
                       std::string(kTable));
  CHECK(c.rule("R-1").outcome == Outcome::NotApplicable);
  CHECK(c.rule("R-1").items.empty());
  CHECK(c.rule("R-2").outcome == Outcome::Pass);
}

TEST_CASE("plan: counts read from the text are exact") {
  const auto c = check("fact 团组 = \"团组{团组:整数}个\"\n"
                       "rule R-1 \"exact\" {\n  for f in 团组\n  require f.团组 != 3.4\n}\n"
                       "rule R-2 \"equal\" {\n  for f in 团组\n  require f.团组 == 3\n}\n",
                       "全年安排因公出国（境）团组3个。\n");
  // 3 个 is exactly 3, not "2.5 to 3.5" as a rounded amount would be: it differs from 3.4.
  CHECK(c.rule("R-1").outcome == Outcome::Pass);
  CHECK(c.rule("R-2").outcome == Outcome::Pass);
}

TEST_CASE("plan: a table chosen by its columns") {
  const auto c = check("table 科目表 = columns \"^科目名称$\"\ntable 无此列 = columns \"自评分\"\n"
                       "rule R-1 \"found\" {\n  require exists(科目表) and value(lookup(科目表, \"210\"), \"合计\") == 40万元\n}\n"
                       "rule R-2 \"not found\" {\n  require exists(无此列)\n}\n",
                       std::string(kTable));
  CHECK(c.only("R-1").outcome == Outcome::Pass);
  CHECK(c.only("R-2").outcome == Outcome::Fail);
}

TEST_CASE("plan: facts read headings too, in document order") {
  const auto c = check(
      "section 具体情况 = heading \"具体情况\"\n"
      "fact 科目 in 具体情况 = \"{类:文本}（类）{款:文本}（款）{项:文本}（项）\"\n"
      "rule R-1 \"items\" {\n  for f in 科目\n  require f.项 != \"行政运行\"\n  else \"{f.项}\"\n}\n",
      "（三）一般公共预算财政拨款支出决算具体情况\n"
      "1、一般公共服务支出（类）财政事务（款）行政运行（项）\n年初预算为100万元，支出决算为100万元。\n"
      "2、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）\n年初预算为30万元，支出决算为30万元。\n");
  const auto& r = c.rule("R-1");
  REQUIRE(r.items.size() == 2);
  CHECK(r.items[0].outcome == Outcome::Fail);  // read from the first heading
  CHECK(r.items[0].message == "行政运行");
  CHECK(r.items[1].outcome == Outcome::Pass);
}

TEST_CASE("plan: the parts of a rule that read no variable are marked invariant and reused") {
  const auto c = check(std::string(kVocabulary) +
                           "rule R-1 \"each row against the largest\" {\n"
                           "  for r in rows(支出表) where r.科目代码 != \"\"\n"
                           "  let 最大 = max(column(支出表, \"合计\"))\n"
                           "  require value(r, \"合计\") == 最大\n"
                           "          or any(o in rows(支出表) where o.名称 == \"行政单位医疗\" and r.名称 ~ \"医疗\")\n"
                           "  else \"{r.名称}\"\n}\n",
                       std::string(kTable));
  const auto& rule = c.pack->rules.front();
  const auto& let = rule.steps[0].expr;  // max(column(支出表, "合计")): no variable
  CHECK(let.invariant);
  CHECK(let.args[0].invariant);
  const auto& require = rule.steps[1].expr;  // reads r (the for item)
  CHECK_FALSE(require.invariant);
  const auto& any = require.args[1];  // any(o in … where … r.名称 …): reads r, binds o
  CHECK(any.op == gk::plan::Op::Any);
  CHECK_FALSE(any.invariant);
  CHECK(any.args[0].invariant);  // rows(支出表)
  CHECK_FALSE(rule.loops[0].filter->invariant);
  // The remembered maximum is the same for every row; the rows that differ from it fail,
  // except those the any() lets through (the 医疗 rows).
  std::vector<std::string> failed;
  for (const auto& item : c.result.rules.front().items)
    if (item.outcome == Outcome::Fail) failed.push_back(item.message);
  CHECK(failed == std::vector<std::string>{"卫生健康支出"});
}

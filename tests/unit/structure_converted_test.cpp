// Tests for the section tree of texts written by PDF converters: part titles wrapped over two
// lines (in the contents and the body, and after a number on its own line), a part title
// printed without 第N部分, wrapped list items and numbers alone on their line, 科目 paths
// broken before their （项）, title blocks over several lines, and table rows that are not
// headings.
#include <doctest/doctest.h>

#include "document/extract.h"

using namespace gk;
using namespace gk::doc;

namespace {

Document extract(std::string text) { return extract_document(SourceText("t.txt", std::move(text))); }

std::vector<std::string> parts_of(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sections)
    if (s.level == 1) out.push_back(s.title);
  return out;
}

const Section* titled(const Document& doc, std::string_view title) {
  for (const auto& s : doc.sections)
    if (s.title == title) return &s;
  return nullptr;
}

/// A contents page and a body, as pdftotext writes the Shanghai template.
const char* kContents =
    "上海市普陀区规划和自然\n"
    "资源局\n"
    "2024 年度部门决算\n"
    "目 录\n"
    "第一部分 某局概况\n"
    "一、主要职能\n"
    "第二部分 某局 2024 年度部门决算\n"
    "表\n"
    "一、收入支出决算总表\n"
    "第三部分 某局 2024 年度部门决算\n"
    "情况说明\n"
    "一、收入支出决算总体情况说明\n"
    "第四部分 名词解释\n";

}  // namespace

TEST_CASE("converted text: wrapped part titles, a part title without its number, a title block") {
  const Document doc = extract(std::string(kContents) +
                               "第一部分 某局概况\n"
                               "一、主要职能\n"
                               "负责本区规划和自然资源工作。\n"
                               "某部门 2024 年度部门决算表\n"
                               "第三部分\n"
                               "某局 2024 年度部门决算\n"
                               "情况说明\n"
                               "一、收入支出决算总体情况说明\n"
                               "收入支出总计10万元。\n"
                               "第四部分 名词解释\n"
                               "一、财政拨款收入：指本级财政拨款。\n");
  CHECK(doc.title == "上海市普陀区规划和自然资源局2024年度部门决算");
  REQUIRE(doc.toc.size() >= 4);
  CHECK(doc.toc[2].title == "某局2024年度部门决算表");
  CHECK(doc.toc[4].title == "某局2024年度部门决算情况说明");
  // The body prints part 2 under another department name and without 第二部分; part 3's
  // number stands alone and its title wraps.
  CHECK(parts_of(doc) == std::vector<std::string>{"某局概况", "某部门2024年度部门决算表",
                                                  "某局2024年度部门决算情况说明", "名词解释"});
}

TEST_CASE("converted text: a wrapped list item is a paragraph, a short heading stays a heading") {
  std::string text = "一、主要职能\n";
  // Running text wrapped at about 27 characters, as the converter broke it.
  for (int i = 0; i < 10; ++i) text += "负责本区财政收支管理和预算执行情况的监督检查工作并提出\n建议。\n";
  text +=
      "1.履行全民所有自然资源资产所有者职责和所有国土空间的\n"
      "用途管制职责。贯彻执行有关法律法规。\n"
      "2.组织编制并监督实施国土空间规划和相关专项规划。\n"
      "3.负责历史文化风貌区、\n"
      "优秀历史建筑的规划管理。\n"
      "（八）\n"
      "负责本区暂未划转入税务部门的非税收入管理、政府性基金管\n"
      "理，按照分工管理行政事业性收费。\n"
      "二、部门决算单位构成\n"
      "本部门决算包括本级决算。\n";
  const Document doc = extract(text);
  CHECK(titled(doc, "主要职能") != nullptr);
  CHECK(titled(doc, "部门决算单位构成") != nullptr);
  for (const auto& s : doc.sections) {
    CHECK_MESSAGE(s.title.find("履行") == std::string::npos, s.title);
    CHECK_MESSAGE(s.title.find("历史文化") == std::string::npos, s.title);
    CHECK_MESSAGE(s.title.find("非税收入") == std::string::npos, s.title);
  }
}

TEST_CASE("converted text: a 科目 path broken before its （项） is the item's heading, its text a paragraph") {
  const Document doc = extract(
      "（三）一般公共预算财政拨款支出决算具体情况\n"
      "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人\n"
      "员经费。年初预算为 1560.05 万元，支出决算为1511.89万\n"
      "元。\n"
      "5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休\n"
      "（项）。主要用于：退休人员经费支出。年初预算为 85.55 万元，支出决算为84.65万\n"
      "元。 决算数小于预算数的主要原因：预算按充分保障预估。\n");
  const Section* five = titled(doc, "社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)");
  REQUIRE(five != nullptr);
  std::vector<std::string> amounts;
  for (const auto& a : doc.amounts) amounts.push_back(a.label + " " + a.quantity.value.to_string());
  CHECK(amounts == std::vector<std::string>{"年初预算 1560.05", "支出决算 1511.89", "年初预算 85.55",
                                            "支出决算 84.65"});
}

TEST_CASE("converted text: rows of a table without TABs are not headings") {
  const Document doc = extract(
      "第二部分 某局2024年度部门决算表\n"
      "收入支出决算总表\n"
      "单位：万元\n"
      "项目 决算数 项目 决算数\n"
      "一、一般公共预算财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66\n"
      "二、政府性基金预算财政拨款收入 二、外交支出\n"
      "九、卫生健康支出 60.99\n"
      "总计 2,995.39 总计 2,995.39\n");
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.sections.size() == 2);  // the root and the part
}

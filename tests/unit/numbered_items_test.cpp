// Tests for document/numbered_items: numbered headings and numbered paragraphs seen as the
// lists a reader sees, with the number each item should have.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document/extract.h"
#include "document/numbered_items.h"
#include "test_files.h"

using namespace gk;
using namespace gk::doc;

namespace {

Document extract(std::string text) { return extract_document(SourceText("t.txt", std::move(text))); }

/// "编号/应有编号 标题" per item, e.g. "5/2 “三公经费”无".
std::vector<std::string> listed(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& item : numbered_items(doc))
    out.push_back(std::to_string(item.numbering.value) + "/" + std::to_string(item.expected) + " " +
                  item.title);
  return out;
}

}  // namespace

TEST_CASE("numbered items: headings and numbered paragraphs form one list") {
  // 1、 and 5、 are headings; 6、 and 8、 carry figures, so they are paragraphs inside the
  // section of 5、 — yet they continue the same list.
  const Document doc = extract(
      "（四）项目资金使用管理情况分析\n"
      "1、项目资金管理情况\n总支出693.22万元。\n"
      "5、“三公经费”无。\n"
      "6、行政单位机关运行费用支出42万元，包括办公及印刷费。\n"
      "8、政府采购支出0.69万元，是采购办公耗材。\n");
  const std::vector<std::string> expected{"4/1 项目资金使用管理情况分析", "1/1 项目资金管理情况",
                                          "5/2 “三公经费”无", "6/6 行政单位机关运行费用支出42万元",
                                          "8/7 政府采购支出0.69万元"};
  CHECK(listed(doc) == expected);
  const auto items = numbered_items(doc);
  CHECK_FALSE(items[3].heading);
  CHECK(doc.source.slice(items[3].span) == "6、行政单位机关运行费用支出42万元");
  CHECK(items[2].heading);
  CHECK(doc.source.slice(items[2].span) == "5、“三公经费”无。");
}

TEST_CASE("numbered items: a paragraph item between headings keeps the count") {
  // （一） is a long paragraph and （三） carries a figure: the headings （二） and （四）
  // follow them in order.
  const Document doc = extract(
      "一、部门（单位）概况\n"
      "（一）本局是市人民政府工作部门，为正科级，内设综合股、基金财务与医药监督股等股室。\n"
      "（二）年度主要工作目标\n创新宣传方式。\n"
      "（三）“三公”经费控制。今年单位“三公”经费支出为2.28万元。\n"
      "（四）资产管理\n制定了资产管理制度。\n");
  const std::vector<std::string> expected{"1/1 部门(单位)概况",
                                          "1/1 本局是市人民政府工作部门", "2/2 年度主要工作目标",
                                          "3/3 “三公”经费控制", "4/4 资产管理"};
  CHECK(listed(doc) == expected);
}

TEST_CASE("numbered items: a list that starts again at 1 inside a section of its style") {
  // The duties （一）…（三） are a list of their own under the heading （三）主要职能.
  const Document doc = extract(
      "一、基本情况\n（一）人员情况\n在职13人。\n（二）机构情况\n内设4个科室。\n（三）主要职能\n"
      "（一）贯彻执行国家、省、市关于医疗保险、生育保险、医疗救助等医疗保障制度的法律法规。\n"
      "（二）组织实施医疗保障地方性法规、规章，拟订全区医疗保险政策、规划和标准，并组织实施。\n"
      "（三）完成区委、区政府交办的其他任务，做好职能转变和有关职责分工的各项工作。\n"
      "（四）存在问题\n预算执行进度有待加强。\n");
  const auto items = numbered_items(doc);
  REQUIRE(items.size() == 8);
  for (const auto& item : items) {
    INFO(item.title);
    CHECK(item.numbering.value == item.expected);
  }
  CHECK(items[7].title == "存在问题");
}

TEST_CASE("numbered items: a gap and a repeat are seen, a long clause is shortened") {
  const Document doc = extract(
      "二、存在问题\n"
      "1.预算执行进度有待加强，部分项目资金支付进度滞后于序时进度。\n"
      "2.绩效目标设置不够细化，部分指标难以量化考核，影响评价结果的准确性和可比性。\n"
      "2.资产管理有待加强，固定资产台账登记不够及时。\n"
      "4.信息公开不够及时，预算、决算和绩效信息的公开时间晚于规定的时限要求。\n");
  const auto items = numbered_items(doc);
  REQUIRE(items.size() == 5);
  CHECK(items[3].numbering.value == 2);
  CHECK(items[3].expected == 3);
  CHECK(items[4].numbering.value == 4);
  CHECK(items[4].expected == 3);  // continues from the number written before it
  CHECK(items[1].title == "预算执行进度有待加强");
}

TEST_CASE("example 001: the list under （四） is numbered 1、5、6、8、") {
  const Document doc = extract_document(SourceText("001", test::read_example("001_25d83f0624c6e4b5.txt")));
  std::vector<std::string> off;
  for (const auto& item : numbered_items(doc))
    if (item.numbering.value != item.expected)
      off.push_back(std::to_string(item.numbering.value) + "/" + std::to_string(item.expected));
  CHECK(off == std::vector<std::string>{"5/2", "8/7"});
  // A long first clause is cut after 30 characters.
  CHECK(numbered_items(doc)[4].title == "贯彻执行国家、省、市关于医疗保险、生育保险、医疗救助等医疗保…");
}

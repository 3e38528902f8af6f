// Tests for document/breakdown: totals and their parts stated in the narrative.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document/breakdown.h"
#include "document/extract.h"
#include "test_files.h"

using gk::doc::Breakdown;
using gk::doc::Document;
using gk::doc::extract_document;

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const auto& line : lines) out += "\n  " + line;
    return (out + "\n}").c_str();
  }
};
}  // namespace doctest

namespace {

/// The document of `text` under a heading (text before any heading may be taken as title).
Document extract(const std::string& text) {
  return extract_document(gk::SourceText("t.txt", "一、说明\n" + text));
}

Document example(const std::string& name) {
  return extract_document(gk::SourceText(name, gk::test::read_example(name)));
}

std::string figure(const Document& doc, uint32_t index) {
  const auto& amount = doc.amounts[index];
  return amount.label + "=" + amount.quantity.value.to_string();
}

/// "total=377.75: 财政拨款收入=306.88 (81.24%) + …", shares with their base when named.
std::string describe(const Document& doc, const Breakdown& breakdown) {
  std::string out = figure(doc, breakdown.total) + ":";
  for (size_t i = 0; i < breakdown.parts.size(); ++i) {
    const auto& part = breakdown.parts[i];
    out += (i == 0 ? " " : " + ") + figure(doc, part.amount);
    if (!part.share) continue;
    out += " (" + doc.amounts[*part.share].quantity.value.to_string() + "%";
    out += part.share_base.empty() ? ")" : " of " + part.share_base + ")";
  }
  return out;
}

std::vector<std::string> described(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& breakdown : doc.breakdowns) out.push_back(describe(doc, breakdown));
  return out;
}

}  // namespace

TEST_CASE("breakdown: a total, its parts and their shares in one paragraph") {
  const Document doc = extract(
      "本年收入合计377.75万元，其中：财政拨款收入306.88万元，占81.24%；其他收入70.87万元，占18.76%。\n");
  REQUIRE(doc.breakdowns.size() == 1);
  const Breakdown& breakdown = doc.breakdowns[0];
  CHECK(describe(doc, breakdown) ==
        "本年收入合计=377.75: 财政拨款收入=306.88 (81.24%) + 其他收入=70.87 (18.76%)");
  REQUIRE(breakdown.parts.size() == 2);
  CHECK(breakdown.total == 0);
  CHECK(breakdown.parts[0].amount == 1);
  CHECK(breakdown.parts[0].share == 2u);
  CHECK(breakdown.parts[0].share_base.empty());
  CHECK(doc.amounts[*breakdown.parts[1].share].quantity.kind == gk::doc::QuantityKind::Percentage);
  CHECK(breakdown.section == doc.paragraphs[0].section);
  CHECK(doc.source.slice(breakdown.span) ==
        "本年收入合计377.75万元，其中：财政拨款收入306.88万元，占81.24%；其他收入70.87万元，占18.76%");
}

TEST_CASE("breakdown: triggers 主要用于, 包括 and 分别为, shares naming their base") {
  const Document doc = extract(
      "财政拨款支出306.88万元，主要用于以下方面：一般公共服务（类）支出101.49万元，占比33.07%；"
      "卫生健康（类）支出205.39万元，占66.93%。\n\n"
      "基本支出222.61万元，其中：人员经费129.03万元，占基本支出的57.96%，主要包括基本工资等；"
      "公用经费93.58万元，占基本支出42.04%，主要包括办公费等。\n\n"
      "经费合计8万元，包括：会议费5万元、培训费3万元。\n\n"
      "项目支出9万元，主要用于会议费6万元、培训费3万元。\n\n"
      "支出合计10万元，其中基本支出和项目支出分别为6万元、4万元。\n");
  CHECK(described(doc) == std::vector<std::string>{
                              "财政拨款支出=306.88: 一般公共服务(类)支出=101.49 (33.07%) + "
                              "卫生健康(类)支出=205.39 (66.93%)",
                              "基本支出=222.61: 人员经费=129.03 (57.96% of 基本支出) + "
                              "公用经费=93.58 (42.04% of 基本支出)",
                              "经费合计=8: 会议费=5 + 培训费=3",
                              "项目支出=9: 主要用于会议费=6 + 培训费=3",
                              "支出合计=10: 基本支出和项目支出分别=6 + =4"});
}

TEST_CASE("breakdown: a share of another total is kept with its base") {
  const Document doc = extract(
      "授予中小企业合同金额0.94万元，占政府采购支出金额的100%，其中：授予小微企业合同金额0.94万元，"
      "占政府采购支出总额的100%。\n");
  CHECK(described(doc) == std::vector<std::string>{
                              "授予中小企业合同金额=0.94: 授予小微企业合同金额=0.94 (100% of 政府采购支出总额)"});
}

TEST_CASE("breakdown: a list wrapped after its trigger is whole in its paragraph") {
  // pdftotext -raw of a 政府采购 paragraph: the line breaks after "其中：", the parts follow
  // in the same paragraph, and the next paragraph starts with a labelled amount of its own.
  const Document doc = extract(
      "某局2024年度政府采购金额\n（以合同签订为准）\n为 2319.21 万元，\n其中：\n货物采购金额 122.43\n"
      "万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。\n"
      "2024 年度本部门面向中小企业预留政府采购项目预算金额\n225.10 万元。\n");
  CHECK(described(doc) == std::vector<std::string>{
                              "某局2024年度政府采购金额(以合同签订为准)=2319.21: 货物采购金额=122.43 + "
                              "工程采购金额=1387.72 + 服务采购金额=809.07"});
}

TEST_CASE("breakdown: parts in the paragraphs after a trigger that ends its line") {
  SUBCASE("the trigger ends its paragraph") {
    const Document doc = extract(
        "基本支出434.43万元，其中：\n\n"
        "人员经费399.57万元，占基本支出的91.98%，主要包括基本工资。\n\n"
        "公用经费**34.86** 万元，占基本支出的 8.02%，主要包括办公费。\n\n"
        "以上为基本支出情况，另有结余5万元。\n");
    CHECK(described(doc) == std::vector<std::string>{
                                "基本支出=434.43: 人员经费=399.57 (91.98% of 基本支出) + "
                                "公用经费=34.86 (8.02% of 基本支出)"});
  }
  SUBCASE("the first part's line is joined to the trigger's paragraph") {
    const Document doc = extract(
        "基本支出313.74万元，其中：\n"
        "人员经费269.78万元，主要包括：基本工资、津贴补贴等。\n"
        "日常公用经费43.96万元，主要包括：办公费等。\n");
    CHECK(described(doc) == std::vector<std::string>{
                                "基本支出=313.74: 人员经费=269.78 + 日常公用经费=43.96"});
    REQUIRE(doc.breakdowns.size() == 1);
    CHECK(doc.source.locate(doc.breakdowns[0].span.end).line == 4);
  }
  SUBCASE("a lead-in before the part, and figures restating the total's label") {
    const Document doc = extract(
        "“三公”经费支出预算为13万元，支出决算为2.13万元，其中：\n"
        "1、因公出国（境）费支出预算为0万元，支出决算为0万元，与上年持平。\n"
        "2、公务接待费支出预算为10万元，支出决算为2.13万元，完成预算的21.3%。\n\n"
        "一般公共预算支出决算数为46.42万元。其中：\n\n"
        "1.社会保障和就业：支出决算为26.42万元，完成预算100%。\n\n"
        "2.卫生健康：支出决算为20万元，完成预算100%。\n");
    CHECK(described(doc) == std::vector<std::string>{
                                "支出决算=2.13: 支出决算=0 + 支出决算=2.13",
                                "一般公共预算支出决算数=46.42: 支出决算=26.42 + 支出决算=20"});
  }
}

TEST_CASE("breakdown: where a list of parts ends") {
  SUBCASE("a list separated by commas ends at a semicolon") {
    const Document doc = extract("支出0万元，其中基本支出0万元，项目支出0万元；年末结转和结余0万元。\n");
    CHECK(described(doc) == std::vector<std::string>{"支出=0: 基本支出=0 + 项目支出=0"});
  }
  SUBCASE("a sentence end ends the list") {
    const Document doc = extract(
        "采购支出总额70.85万元，其中：货物支出16.15万元、服务支出54.7万元。授予大型企业合同金额2.37万元，"
        "占政府采购支出总额的3.35%。\n");
    CHECK(described(doc) == std::vector<std::string>{"采购支出总额=70.85: 货物支出=16.15 + 服务支出=54.7"});
  }
  SUBCASE("changes, counts and other percentages are passed over") {
    const Document doc = extract(
        "基本支出10万元，其中：人员经费6万元，比上年增加1万元，增长20%，涉及12人；公用经费4万元。\n");
    CHECK(described(doc) == std::vector<std::string>{"基本支出=10: 人员经费=6 + 公用经费=4"});
  }
  SUBCASE("a nested breakdown") {
    const Document doc = extract("总收入377.75万元，其中：其他收入70.87万元，其中代办费45.16万元、补贴25.71万元。\n");
    CHECK(described(doc) == std::vector<std::string>{"总收入=377.75: 其他收入=70.87",
                                                     "其他收入=70.87: 代办费=45.16 + 补贴=25.71"});
  }
}

TEST_CASE("breakdown: none where no part follows the trigger or no total precedes it") {
  const Document doc = extract(
      "共有车辆0辆，其中：领导用车0辆。\n\n"
      "合计支出1172.83万元，其中城镇居民医保资金实行市级统筹，支出673.29万元。\n\n"
      "人员经费269.78万元，主要包括：基本工资、津贴补贴。\n\n"
      "全面开展绩效自评，其中基本支出399.71万元。\n\n"
      "公务接待费支出0万元，占0%，公务用车费支出0万元，占0%。其中：\n\n"
      "1、公务接待费支出决算为0万元，共接待0人次。\n");
  CHECK(doc.breakdowns.empty());
}

TEST_CASE("breakdown: seed 000") {
  const Document doc = example("000_55a67829f5fef050.txt");
  const auto found = described(doc);
  REQUIRE(found.size() == 9);
  CHECK(found[0] == "本年收入合计=377.75: 财政拨款收入=306.88 (81.24%) + 其他收入=70.87 (18.76%)");
  CHECK(found[2] ==
        "2019年度财政拨款支出=306.88: 一般公共服务(类)支出=101.49 (33.07%) + "
        "社会保障和就业(类)支出=70.43 (22.95%) + 卫生健康(类)支出=134.96 (43.98%)");
  const Breakdown& items = doc.breakdowns[3];  // "…306.88万元…。其中：" then numbered paragraphs
  CHECK(figure(doc, items.total) == "2019年度财政拨款支出决算数=306.88");
  REQUIRE(items.parts.size() == 7);
  CHECK(doc.amounts[items.parts[0].amount].quantity.value.to_string() == "71.95");
  CHECK(doc.amounts[items.parts[6].amount].quantity.value.to_string() == "84.27");
  CHECK(doc.source.locate(doc.amounts[items.parts[6].amount].quantity.span.begin).line == 144);
  CHECK(found[4] == "2019年度财政拨款基本支出=222.61: 人员经费=129.03 (57.96% of 基本支出) + "
                    "公用经费=93.58 (42.04% of 基本支出)");
  CHECK(found[5] == "支出决算=0: 支出决算=0 + 支出决算=0 + 支出决算=0");
  CHECK(found[8] == "授予中小企业合同金额=0.94: 授予小微企业合同金额=0.94 (100% of 政府采购支出总额)");
  // The appended self-evaluation and project reports are documents of their own.
  REQUIRE(doc.appended.size() == 2);
  const auto report = described(doc.appended[0]);
  REQUIRE(report.size() == 3);
  CHECK(report[0] == "2. 2019年年度总收入=377.75: 财政拨款收入=306.88 (81.24%) + 其他收入=70.87 (18.76%)");
  CHECK(report[1] == "其他收入=70.87: 株洲市医保局拨筹资代办费=45.16 + 芦淞区财政局拨付医疗救助划转结余资金=24.46 + "
                     "芦淞区财政局拨付历年公益性岗位补贴资金=1.25");
  const auto projects = described(doc.appended[1]);
  REQUIRE(projects.size() == 1);
  CHECK(projects[0] == "实际支出=319960: 业务系统维护费=40000 + 筹资劳务及宣传经费=279960");
}

TEST_CASE("breakdown: seed 002") {
  const Document doc = example("002_e5bbbd38b1f7eef3.txt");
  CHECK(described(doc) ==
        std::vector<std::string>{
            "2024年度收入合计=13836.6: 财政拨款收入=13830.7 (99.99%) + 其他收入=5.9 (0.01%)",
            "2024年度支出合计=13836.63: 基本支出=434.43 (3.14%) + 项目支出=13402.20 (96.86%)",
            "2024年度财政拨款支出=13836.63: 社会保障和就业(类)支出=42.9 (0.30%) + "
            "卫生健康(类)支出=13755.93 (99.42%) + 住房保障(类)支出=37.15 (0.27%) + "
            "一般公共服务支出=0.63 (0.01%)",
            "2024年度一般公共预算财政拨款基本支出=434.43: 人员经费=399.57 (91.98% of 基本支出) + "
            "公用经费=34.86 (8.02% of 基本支出)",
            "支出=0: 基本支出=0 + 项目支出=0",
            "本部门2024年度政府采购支出总额=70.85: 政府采购货物支出=16.15 + 政府采购工程支出=0 + "
            "政府采购服务支出=54.7"});
  const Breakdown& basic = doc.breakdowns[3];
  CHECK(doc.sections[basic.section].title == "一般公共预算财政拨款基本支出决算情况说明");
  CHECK(doc.source.locate(basic.span.begin).line == 440);
  CHECK(doc.source.locate(basic.span.end).line == 444);
}

// Tests for document/kind and document/appended: the kind of a document from its title or
// structure, and reports appended under 附件 split off as documents of their own.
#include <doctest/doctest.h>

#include <string>

#include "document/extract.h"
#include "document/kind.h"
#include "test_files.h"

using gk::doc::Document;
using gk::doc::DocumentKind;
using gk::doc::extract_document;
using gk::doc::kind_from_title;

namespace {

Document extract(const std::string& text) { return extract_document(gk::SourceText("t.txt", text)); }

Document example(const std::string& name) {
  return extract_document(gk::SourceText(name, gk::test::read_example(name)));
}

uint32_t first_line(const Document& doc) { return doc.source.locate(doc.extent.begin).line; }
uint32_t last_line(const Document& doc) { return doc.source.locate(doc.extent.end).line; }

/// A 决算 whose fifth part carries `appendix` (lines after "第五部分 附件").
std::string final_accounts_with(const std::string& appendix) {
  return "某局2023年度部门决算\n\n"
         "第一部分 部门概况\n一、部门职责\n负责医疗保障工作。\n\n"
         "第三部分 2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n收支总计10万元。\n\n"
         "第五部分 附件\n\n" +
         appendix;
}

}  // namespace

TEST_CASE("kind: from the title") {
  CHECK(kind_from_title("2024年度醴陵市医疗保障局部门决算") == DocumentKind::FinalAccounts);
  CHECK(kind_from_title("某单位2023年单位决算公开") == DocumentKind::FinalAccounts);
  CHECK(kind_from_title("2025年部门预算") == DocumentKind::Budget);
  CHECK(kind_from_title("天心区部门整体支出绩效自评报告") == DocumentKind::OverallSelfEvaluation);
  CHECK(kind_from_title("广汉市医疗保障局2019年部门整体支出绩效评价报告") ==
        DocumentKind::OverallSelfEvaluation);
  CHECK(kind_from_title("2019年医疗服务与保障能力提升中央财政补助资金项目支出绩效评价报告") ==
        DocumentKind::ProjectEvaluation);
  CHECK(kind_from_title("2019年度项目绩效评价报告") == DocumentKind::ProjectEvaluation);
  // 整体 wins over a mention of 项目; a 决算 title that mentions 自评 is still a 决算.
  CHECK(kind_from_title("部门整体支出（含项目支出）绩效自评报告") == DocumentKind::OverallSelfEvaluation);
  CHECK(kind_from_title("2023年度部门决算（含绩效自评情况）") == DocumentKind::FinalAccounts);
  CHECK(kind_from_title("关于印发工作要点的通知") == DocumentKind::Unknown);
  CHECK(gk::doc::document_kind_named("整体支出绩效自评报告") == DocumentKind::OverallSelfEvaluation);
  CHECK(gk::doc::document_kind_named("budget") == DocumentKind::Budget);
  CHECK_FALSE(gk::doc::document_kind_named("单位决算"));
}

TEST_CASE("kind: a document without a title is a 决算 by its parts") {
  const Document doc = extract("第一部分 部门概况\n一、部门职责\n负责工作。\n第二部分 2019年度部门决算情况说明\n"
                               "一、收入支出决算总体情况说明\n收支总计10万元。\n");
  CHECK(doc.title.empty());
  CHECK(doc.kind == DocumentKind::FinalAccounts);
  CHECK(extract("一、基本情况\n本单位有职工5人。\n").kind == DocumentKind::Unknown);
}

TEST_CASE("appended: a labelled report under 附件 is a document of its own") {
  const Document doc = extract(final_accounts_with(
      "附件1\n\n某局\n2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n在职人员5人。\n"
      "二、存在的问题及改进措施\n无。\n"));
  CHECK(doc.kind == DocumentKind::FinalAccounts);
  REQUIRE(doc.appended.size() == 1);
  const Document& report = doc.appended[0];
  CHECK(report.kind == DocumentKind::OverallSelfEvaluation);
  CHECK(report.title == "某局2023年度部门整体支出绩效自评报告");
  CHECK(report.year == 2023);
  CHECK(first_line(report) == 13);  // the "附件1" label
  CHECK(last_line(report) == 21);
  REQUIRE(report.sections.size() == 3);
  CHECK(report.sections[1].title == "部门基本情况");
  CHECK(report.sections[1].level == 1);
  // The host keeps the title block as the content of its 附件 part, and none of the body.
  for (const auto& section : doc.sections) CHECK(section.title != "部门基本情况");
  CHECK(doc.sections.back().title == "附件");
  CHECK_FALSE(doc.sections.back().paragraphs.empty());
}

TEST_CASE("appended: reports follow one another, and the host's next part closes the last") {
  const Document doc = extract(final_accounts_with(
      "附件1\n某局2023年度部门整体支出绩效评价报告\n一、部门概况\n内容。\n\n"
      "附件2\n某局\n2023年离休干部医疗费\n项目支出绩效评价报告\n一、项目基本情况\n内容。\n\n"
      "第六部分 附表\n一、收入支出决算总表\n"));
  REQUIRE(doc.appended.size() == 2);
  CHECK(doc.appended[0].kind == DocumentKind::OverallSelfEvaluation);
  CHECK(doc.appended[1].kind == DocumentKind::ProjectEvaluation);
  CHECK(doc.appended[1].title == "某局2023年离休干部医疗费项目支出绩效评价报告");
  CHECK(last_line(doc.appended[0]) == 17);
  CHECK(first_line(doc.appended[1]) == 18);
  CHECK(last_line(doc.appended[1]) == 24);
  CHECK(doc.sections.back().title == "收入支出决算总表");
}

TEST_CASE("appended: a report in a part named 附件 or 其他 needs no label") {
  const Document doc = extract(
      "某局2023年度部门决算\n第四部分 名词解释\n一、财政拨款收入：指财政拨款。\n第五部分\n\n其他\n\n"
      "2023 年度部门整体支出绩效自评报告\n\n一、预算单位基本情况\n内容。\n");
  REQUIRE(doc.appended.size() == 1);
  CHECK(doc.appended[0].title == "2023年度部门整体支出绩效自评报告");
}

TEST_CASE("appended: headings, citations and the document's own title are not appended reports") {
  // A numbered heading in the 决算 body that names a report.
  CHECK(extract(final_accounts_with("1. 整体绩效评价报告\n详见第五部分。\n")).appended.empty());
  // A sentence citing the report.
  CHECK(extract(final_accounts_with("《某局2023年部门整体支出绩效评价报告》见附件。\n")).appended.empty());
  // Outside 附件 and without a label: a heading-like line in the body stays in the body.
  CHECK(extract("某局2023年度部门决算\n第三部分 部门决算情况说明\n部门整体支出绩效自评报告\n内容。\n第四部分 名词解释\n")
            .appended.empty());
  // The report's own title at the top (after an optional label).
  const Document report = extract("附件2\n某区部门整体支出绩效自评报告\n一、部门基本情况\n内容。\n");
  CHECK(report.appended.empty());
  CHECK(report.kind == DocumentKind::OverallSelfEvaluation);
}

TEST_CASE("appended: the seeds") {
  const Document d000 = example("000_55a67829f5fef050.txt");
  REQUIRE(d000.appended.size() == 2);
  CHECK(d000.appended[0].kind == DocumentKind::OverallSelfEvaluation);
  CHECK(first_line(d000.appended[0]) == 240);  // "附件"
  CHECK(d000.appended[1].kind == DocumentKind::ProjectEvaluation);
  CHECK(first_line(d000.appended[1]) == 318);

  const Document d004 = example("004_900203f525f79846.txt");
  CHECK(d004.kind == DocumentKind::FinalAccounts);
  REQUIRE(d004.appended.size() == 3);
  CHECK(d004.appended[0].kind == DocumentKind::OverallSelfEvaluation);
  CHECK(d004.appended[1].kind == DocumentKind::ProjectEvaluation);
  CHECK(d004.appended[2].kind == DocumentKind::ProjectEvaluation);
  CHECK(last_line(d004.appended[2]) == 976);  // "第五部分 附表" at 977 is the 决算's again

  const Document d001 = example("001_25d83f0624c6e4b5.txt");
  CHECK(d001.kind == DocumentKind::OverallSelfEvaluation);
  CHECK(d001.appended.empty());
  CHECK(example("003_9d1b60d77e1f3309.txt").appended.empty());
}

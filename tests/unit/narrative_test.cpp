// Tests for document/narrative: sentences, labelled amounts and joined paragraph views.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document/narrative.h"
#include "hand_view.h"

using gk::doc::add_narrative;
using gk::doc::Document;
using gk::doc::ParagraphDraft;
using gk::doc::QuantityKind;

namespace {

/// A document whose text is `text`, with a root section and one child section.
Document document_of(std::string text) {
  Document doc;
  doc.source = gk::SourceText("t.txt", std::move(text));
  doc.sections.resize(2);
  doc.sections[1].parent = 0;
  doc.sections[0].children.push_back(1);
  return doc;
}

/// One draft per line of the document, all in `section`.
std::vector<ParagraphDraft> drafts_of(const Document& doc, uint32_t section) {
  std::vector<ParagraphDraft> drafts;
  for (uint32_t line = 1; line <= doc.source.line_count(); ++line) {
    const gk::Span span = doc.source.line_span(line);
    drafts.push_back({gk::test::hand_view(doc.source.text(), span.begin, span.end), {}, section});
  }
  return drafts;
}

std::vector<std::string> labels(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& amount : doc.amounts) out.push_back(amount.label);
  return out;
}

}  // namespace

TEST_CASE("narrative: sentences and labelled amounts of a summary paragraph") {
  Document doc = document_of(
      "本年收入合计377.75万元，其中：财政拨款收入306.88万元，占81.24%；其他收入70.87万元，占18.76%。");
  add_narrative(doc, drafts_of(doc, 1));

  REQUIRE(doc.paragraphs.size() == 1);
  const auto& paragraph = doc.paragraphs[0];
  CHECK(paragraph.text ==
        "本年收入合计377.75万元,其中:财政拨款收入306.88万元,占81.24%;其他收入70.87万元,占18.76%。");
  CHECK(doc.source.slice(paragraph.span) == doc.source.text());
  CHECK(paragraph.section == 1);
  CHECK(doc.sections[1].paragraphs == std::vector<uint32_t>{0});
  CHECK(doc.sections[0].paragraphs.empty());

  REQUIRE(doc.sentences.size() == 2);
  CHECK(paragraph.sentences == std::vector<uint32_t>{0, 1});
  CHECK(doc.sentences[0].text == "本年收入合计377.75万元,其中:财政拨款收入306.88万元,占81.24%;");
  CHECK(doc.source.slice(doc.sentences[0].span) ==
        "本年收入合计377.75万元，其中：财政拨款收入306.88万元，占81.24%；");
  CHECK(doc.source.slice(doc.sentences[1].span) == "其他收入70.87万元，占18.76%。");
  CHECK(doc.sentences[1].paragraph == 0);

  REQUIRE(doc.amounts.size() == 5);
  CHECK(labels(doc) ==
        std::vector<std::string>{"本年收入合计", "财政拨款收入", "占", "其他收入", "占"});
  CHECK(doc.amounts[1].quantity.value.to_string() == "306.88");
  CHECK(doc.source.slice(doc.amounts[1].quantity.span) == "306.88万元");
  CHECK(doc.source.slice(doc.amounts[1].label_span) == "财政拨款收入");
  CHECK(doc.amounts[2].quantity.kind == QuantityKind::Percentage);
  CHECK(doc.amounts[2].sentence == 0);
  CHECK(doc.amounts[3].sentence == 1);
}

TEST_CASE("narrative: labels drop linking words, 其中 and stop at the previous figure") {
  Document doc = document_of(
      "2019 年度财政拨款支出决算数为 306.88 万元。\n"
      "其中基本支出共计5万元，项目支出合计为3万元，会议费约0.46万元，人数达80人。\n"
      "一般公共服务（类）支出101.49万元，单位价值50万元以上通用设备0台(套)。\n"
      "经费是-2.5万元、结余8元");
  add_narrative(doc, drafts_of(doc, 0));
  CHECK(labels(doc) == std::vector<std::string>{
                           "2019年度财政拨款支出决算数", "基本支出", "项目支出合计", "会议费", "人数",
                           "一般公共服务(类)支出", "单位价值", "以上通用设备", "经费", "结余"});
  CHECK(doc.source.slice(doc.amounts[0].label_span) == "2019 年度财政拨款支出决算数");
  CHECK(doc.source.slice(doc.amounts[0].quantity.span) == "306.88 万元");
  CHECK(doc.source.slice(doc.amounts[5].label_span) == "一般公共服务（类）支出");
  CHECK(doc.amounts[7].quantity.measure == "台(套)");
  CHECK(doc.amounts[8].quantity.value.to_string() == "-2.5");
  CHECK(doc.paragraphs.size() == 4);
  CHECK(doc.sections[0].paragraphs == std::vector<uint32_t>{0, 1, 2, 3});
  CHECK(doc.amounts[9].sentence == 3);
}

TEST_CASE("narrative: sentence delimiters, empty sentences and indices across paragraphs") {
  Document doc = document_of("。。 ；收入5元! 支出3元? 结余2元\n   \n第二段1个。");
  add_narrative(doc, drafts_of(doc, 1));
  REQUIRE(doc.paragraphs.size() == 3);
  CHECK(doc.paragraphs[1].sentences.empty());
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].text == "收入5元!");
  CHECK(doc.sentences[1].text == "支出3元?");
  CHECK(doc.sentences[2].text == "结余2元");
  CHECK(doc.source.slice(doc.sentences[2].span) == "结余2元");
  CHECK(doc.sentences[3].paragraph == 2);
  CHECK(doc.paragraphs[2].sentences == std::vector<uint32_t>{3});
  REQUIRE(doc.amounts.size() == 4);
  CHECK(doc.amounts[3].sentence == 3);
  CHECK(doc.amounts[3].label == "第二段");
}

TEST_CASE("narrative: numbering of a draft is kept") {
  Document doc = document_of("1. 行政运行支出决算数为 71.95 万元。");
  auto drafts = drafts_of(doc, 1);
  drafts[0].numbering = gk::doc::Numbering{gk::doc::NumberingStyle::ArabicDot, 1, "1.", {0, 2}};
  add_narrative(doc, std::move(drafts));
  REQUIRE(doc.paragraphs[0].numbering.has_value());
  CHECK(doc.paragraphs[0].numbering->value == 1);
  REQUIRE(doc.amounts.size() == 1);
  CHECK(doc.amounts[0].label == "1.行政运行支出决算数");
}

TEST_CASE("narrative: append_view joins the lines of one paragraph") {
  const std::string text = "收入合计\n5万元, for\nall 3\n4";
  const auto view_of = [&](uint32_t line) {
    gk::SourceText source("t", text);
    const gk::Span span = source.line_span(line);
    return gk::test::hand_view(text, span.begin, span.end);
  };
  gk::doc::MatchingView joined;
  gk::doc::append_view(joined, view_of(1));
  gk::doc::append_view(joined, view_of(2));
  CHECK(joined.text == "收入合计5万元, for");
  gk::doc::append_view(joined, view_of(3));
  gk::doc::append_view(joined, gk::doc::MatchingView{});
  gk::doc::append_view(joined, view_of(4));
  CHECK(joined.text == "收入合计5万元, for all 3 4");
  REQUIRE(joined.origin.size() == joined.text.size() + 1);
  CHECK(joined.origin.back() == text.size());
  const gk::Span whole = joined.to_original(0, joined.text.size());
  CHECK(whole.begin == 0);
  CHECK(whole.end == text.size());
  const auto five = joined.text.find('5');
  CHECK(joined.to_original(five, five + 7).begin == text.find('5'));
  const auto space = joined.text.find(" all");
  CHECK(joined.origin[space] == text.find("\nall"));
}

TEST_CASE("narrative: paragraphs through the document's matching view") {
  Document doc = document_of(
      "人员经费**399.57** 万元，占基本支出的 91.98%，\n"
      "全年安排因公出国（境）团组0个，累计0人次；两项合计 316,057.66 元，共3个，234人。");
  std::vector<ParagraphDraft> drafts(1);
  drafts[0].view = gk::doc::matching_view(doc.source, doc.source.line_span(1));
  gk::doc::append_view(drafts[0].view, gk::doc::matching_view(doc.source, doc.source.line_span(2)));
  add_narrative(doc, std::move(drafts));

  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.source.slice(doc.sentences[0].span) ==
        "人员经费**399.57** 万元，占基本支出的 91.98%，\n全年安排因公出国（境）团组0个，累计0人次；");
  REQUIRE(doc.amounts.size() == 7);
  CHECK(doc.amounts[0].quantity.value.to_string() == "399.57");
  CHECK(doc.source.slice(doc.amounts[0].quantity.span) == "399.57** 万元");
  CHECK(doc.amounts[0].label == "人员经费");
  CHECK(doc.amounts[1].label == "占基本支出的");
  CHECK(doc.amounts[2].quantity.measure == "个");
  CHECK(doc.amounts[2].label == "全年安排因公出国(境)团组");
  CHECK(doc.amounts[3].quantity.measure == "人次");
  CHECK(doc.amounts[4].quantity.value.to_string() == "316057.66");
  CHECK(doc.amounts[4].label == "两项合计");
  CHECK(doc.amounts[4].sentence == 1);
  CHECK(doc.amounts[5].quantity.value == gk::Decimal::from_int(3));  // "3个，234人": two figures
  CHECK(doc.amounts[6].quantity.value == gk::Decimal::from_int(234));
}

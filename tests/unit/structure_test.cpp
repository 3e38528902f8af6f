// Tests for the structure pass: numbering prefixes, headings vs numbered paragraphs, the
// TOC, parts, broken headings and page-header duplicates — on snippets and on the examples.
#include <doctest/doctest.h>

#include "document/extract.h"
#include "document/structure.h"
#include "test_files.h"

using namespace gk;
using namespace gk::doc;

namespace {

Document extract(std::string text) { return extract_document(SourceText("t.txt", std::move(text))); }

Document extract_example(const std::string& name) {
  return extract_document(SourceText(name, test::read_example(name)));
}

MatchingView view_of(const std::string& text) {
  MatchingView v{text, {}};
  for (uint32_t i = 0; i <= text.size(); ++i) v.origin.push_back(i);
  return v;
}

const Section* find_section(const Document& doc, std::string_view title_part) {
  for (const auto& s : doc.sections) {
    if (s.title.find(title_part) != std::string::npos) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("structure: numbering prefixes of every style") {
  struct Case { const char* text; NumberingStyle style; int value; };
  const Case cases[] = {
      {"第一部分 概况", NumberingStyle::Part, 1},       {"第2部分 说明", NumberingStyle::Part, 2},
      {"二十六、其他", NumberingStyle::CnComma, 26},    {"(一)总体情况", NumberingStyle::CnParen, 1},
      {"(十一)与区卫生健康局", NumberingStyle::CnParen, 11}, {"1.主要职能:", NumberingStyle::ArabicDot, 1},
      {"12、信息化建设", NumberingStyle::ArabicDot, 12}, {"(3)打击欺诈", NumberingStyle::ArabicParen, 3},
      {"2.2019年因为机改", NumberingStyle::ArabicDot, 2},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto p = parse_number_prefix(view_of(c.text));
    REQUIRE(p);
    CHECK(p->numbering.style == c.style);
    CHECK(p->numbering.value == c.value);
  }
  for (const char* text : {"1.5万元", "2019年度", "(2019年度)", "一是全面落实", "(图1:收支)", "3严格执行"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_number_prefix(view_of(text)));
  }
}

TEST_CASE("structure: headings nest by style rank, definitions stay paragraphs") {
  auto doc = extract(
      "第一部分 概况\n一、部门职责\n（一）内设机构设置。本部门行政编制3名。\n（二）决算单位构成\n"
      "第四部分 名词解释\n一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n"
      "二、事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。\n");
  REQUIRE(doc.sections.size() == 6);
  CHECK(doc.sections[1].title == "概况");
  CHECK(doc.sections[1].level == 1);
  CHECK(doc.sections[2].title == "部门职责");
  CHECK(doc.sections[2].level == 2);
  CHECK(doc.sections[3].title == "内设机构设置");  // run-in heading
  CHECK(doc.sections[3].level == 3);
  CHECK(doc.sections[3].paragraphs.size() == 1);
  CHECK(doc.sections[4].parent == 2);
  CHECK(doc.sections[5].title == "名词解释");
  REQUIRE(doc.sections[5].paragraphs.size() == 2);
  const auto& definition = doc.paragraphs[doc.sections[5].paragraphs[0]];
  REQUIRE(definition.numbering);
  CHECK(definition.numbering->value == 1);
}

TEST_CASE("structure: a list of duties is paragraphs even where one item is short") {
  auto doc = extract(
      "一、部门职责\n（一）贯彻执行国家、省、市关于医疗保险、生育保险、医疗救助等医疗保障制度的法律法规。\n"
      "（二）贯彻落实省、市医疗保障基金监督管理办法，监督管理相关医疗保障基金。\n"
      "（三）完成区委、区政府交办的其他任务。\n二、机构设置\n");
  REQUIRE(doc.sections.size() == 3);
  CHECK(doc.sections[1].paragraphs.size() == 3);
  CHECK(doc.sections[2].title == "机构设置");
}

TEST_CASE("structure: a heading broken across lines is joined") {
  auto doc = extract("（三）具体情况\n4、卫生健康支出（类）行政事业单位医疗（款）公务员医\n\n疗补助（项）。\n\n"
                     "年初预算为0万元，支出决算为2.19万元。\n");
  const auto* s = find_section(doc, "公务员医疗补助");
  REQUIRE(s);
  CHECK(s->title == "卫生健康支出(类)行政事业单位医疗(款)公务员医疗补助(项)");
  CHECK(s->paragraphs.size() == 1);
}

TEST_CASE("structure: a heading is not joined with a short statement under it") {
  auto doc = extract("八、政府性基金预算收入支出决算情况\n\n无政府性基金收支。\n");
  REQUIRE(doc.sections.size() == 2);
  CHECK(doc.sections[1].title == "政府性基金预算收入支出决算情况");
  CHECK(doc.sections[1].paragraphs.size() == 1);
}

TEST_CASE("structure: the TOC is kept apart and parts adopt their title line") {
  auto doc = extract("某局\n2019年度部门决算\n\n目录\n\n第一部分某局概况\n\n- 一、部门职责\n\n第二部分名词解释\n\n"
                     "第一部分\n\n某局 概况\n\n一、部门职责\n\n负责全区医疗保障工作。\n\n第二部分\n\n名词解释\n");
  CHECK(doc.title == "某局2019年度部门决算");
  CHECK(doc.year == 2019);
  REQUIRE(doc.toc.size() == 3);
  CHECK(doc.toc[1].title == "部门职责");
  CHECK(doc.toc[1].level == 2);
  REQUIRE(doc.sections[0].children.size() == 2);
  CHECK(doc.sections[1].title == "某局概况");
  CHECK(doc.sections[doc.sections[0].children[1]].title == "名词解释");
}

TEST_CASE("structure: a repeated part heading (page header) is one part") {
  auto doc = extract("第二部分\n\n部门决算表\n\n第二部分 部门决算表\n\n一、收入支出决算总表\n");
  REQUIRE(doc.sections[0].children.size() == 1);
  CHECK(doc.sections[1].title == "部门决算表");
  CHECK(doc.sections[1].children.size() == 1);
}

TEST_CASE("example 002: the broken 公务员医疗补助 heading is one heading") {
  auto doc = extract_example("002_e5bbbd38b1f7eef3.txt");
  const auto* s = find_section(doc, "公务员医疗补助(项)");
  REQUIRE(s);
  CHECK(s->numbering->value == 4);
  CHECK(doc.source.locate(s->heading_span.begin).line == 392);
  CHECK(doc.title == "2024年度醴陵市医疗保障局部门决算");
}

TEST_CASE("example 004: parts 第一部分, 第2部分, 第3部分, 第四部分, 第五部分 are parts 1-5") {
  auto doc = extract_example("004_900203f525f79846.txt");
  std::vector<int> parts;
  for (uint32_t c : doc.sections[0].children) {
    const auto& s = doc.sections[c];
    REQUIRE(s.numbering);
    CHECK(s.numbering->style == NumberingStyle::Part);
    parts.push_back(s.numbering->value);
  }
  CHECK(parts == std::vector<int>{1, 2, 3, 4, 5});
  const auto* s = find_section(doc, "国有资本经营预算支出决算情况说明");
  REQUIRE(s);
  CHECK(s->level == 2);
  CHECK(s->numbering->value == 7);
}

TEST_CASE("example 000: TOC entries are not body sections, 名词解释 entries are not headings") {
  auto doc = extract_example("000_55a67829f5fef050.txt");
  CHECK(doc.toc.size() >= 20);
  size_t parts = 0;
  for (uint32_t c : doc.sections[0].children) parts += doc.sections[c].numbering->style == NumberingStyle::Part;
  CHECK(parts == 5);
  const auto* glossary = find_section(doc, "名词解释");
  REQUIRE(glossary);
  CHECK(glossary->children.empty());
  CHECK(glossary->paragraphs.size() == 7);
  CHECK(doc.source.locate(doc.sections[1].heading_span.begin).line == 42);
}

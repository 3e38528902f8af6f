// Tests for the DOCX and XLSX readers on small files built here with libzip
// (office_files.h): list numbers as Word shows them, merged cells in their columns, text
// wrapped inside a cell, text boxes read once; the text each gives is the text form of the
// same content, so the findings are the same; hostile archives are coded errors.
#include <doctest/doctest.h>

#include <string>

#include "check/pack.h"
#include "document/extract.h"
#include "eval/evaluator.h"
#include "input/read_input.h"
#include "office_files.h"
#include "test_files.h"

using gk::Diagnostic;
using gk::SourceText;

namespace {

std::string p(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

std::string numbered(const std::string& text, int num_id, int level = 0) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num_id) + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

std::string cell(const std::string& text, const std::string& properties = "") {
  return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + (text.empty() ? "<w:p/>" : p(text)) + "</w:tc>";
}

/// A cell whose text Word wrapped into two paragraphs.
std::string wrapped_cell(const std::string& first, const std::string& second) {
  return "<w:tc>" + p(first) + p(second) + "</w:tc>";
}

std::string row(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }

const std::string kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>";

std::string disclosure_docx() {
  const std::string table =
      "<w:tbl>" +
      row(cell("收入", "<w:gridSpan w:val=\"2\"/>") + cell("支出", "<w:gridSpan w:val=\"2\"/>")) +
      row(cell("项目") + cell("决算数") + cell("项目") + cell("决算数")) +
      row(wrapped_cell("一、一般公共预算", "财政拨款收入") + cell("100.00") + cell("一、一般公共服务支出") + cell("90.00")) +
      row(cell("二、事业收入") + cell("") + cell("二、社会保障和就业支出") + cell("10.00")) +
      row(cell("总计") + cell("100.00") + cell("总计") + cell("100.00")) + "</w:tbl>";
  return gk::test::make_docx(
      p("某局2024年度部门决算") + p("第一部分 部门概况") + numbered("主要职能", 1) + numbered("机构设置", 1, 1) +
          p("负责本区财政工作。") + p("第二部分 部门决算表") + p("收入支出决算总表") + p("单位：万元") + table +
          p("第三部分 部门决算情况说明") + numbered("收入支出决算总体情况说明", 2) +
          p("2024年度收入支出总计100.00万元。") + numbered("收入决算情况说明", 2),
      kNumbering);
}

const char* const kDisclosureText =
    "某局2024年度部门决算\n第一部分 部门概况\n一、主要职能\n（一）机构设置\n负责本区财政工作。\n"
    "第二部分 部门决算表\n收入支出决算总表\n单位：万元\n"
    "收入\t\t支出\t\n项目\t决算数\t项目\t决算数\n"
    "一、一般公共预算财政拨款收入\t100.00\t一、一般公共服务支出\t90.00\n"
    "二、事业收入\t\t二、社会保障和就业支出\t10.00\n总计\t100.00\t总计\t100.00\n"
    "第三部分 部门决算情况说明\n一、收入支出决算总体情况说明\n2024年度收入支出总计100.00万元。\n二、收入决算情况说明\n";

SourceText read_ok(std::string name, std::string bytes) {
  auto read = gk::input::read_input(std::move(name), std::move(bytes));
  if (const auto* d = std::get_if<Diagnostic>(&read)) FAIL("unexpected diagnostic: " << d->code << " " << d->message);
  return std::get<SourceText>(std::move(read));
}

Diagnostic error_of(std::string bytes) {
  auto read = gk::input::read_input("bad.docx", std::move(bytes));
  REQUIRE(std::holds_alternative<Diagnostic>(read));
  auto d = std::get<Diagnostic>(std::move(read));
  CHECK(d.file == "bad.docx");
  return d;
}

/// Each rule's outcome (and its items' messages) of the 部门决算 pack on `source`.
std::string outcomes(SourceText source) {
  std::vector<SourceText> files;
  for (const char* name : {"pack.gk", "completeness.gk", "arithmetic.gk", "crossref.gk", "format.gk", "sangong.gk"}) {
    const std::string path = std::string(GK_RULES_DIR) + "/juesuan/" + name;
    files.emplace_back(path, gk::test::read_file(path));
  }
  gk::DiagnosticSink sink;
  const auto pack = gk::check::compile_pack(std::move(files), "juesuan", sink);
  REQUIRE(pack);
  const auto document = gk::doc::extract_document(std::move(source));
  std::string out;
  for (const auto& result : gk::eval::evaluate_file({pack.get()}, document)) {
    for (const auto& rule : result.rules) {
      out += rule.rule->info.id + "=" + gk::eval::to_string(rule.outcome) + "\n";
      for (const auto& item : rule.items) out += "  " + item.message + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("docx: numbering as shown, merged header cells in their columns, wrapped cell text joined") {
  const SourceText text = read_ok("决算.docx", disclosure_docx());
  CHECK(text.text() == kDisclosureText);
  CHECK(text.encoding() == "DOCX");
}

TEST_CASE("docx: the same findings as the text form of the same content") {
  const std::string from_docx = outcomes(read_ok("决算.docx", disclosure_docx()));
  const std::string from_text = outcomes(SourceText("决算.txt", kDisclosureText));
  CHECK(from_docx == from_text);
  CHECK(from_docx.find("JS-XR-01=pass") != std::string::npos);  // the table was read
}

TEST_CASE("docx: a vertically merged cell is empty below its first row, a text box is read once") {
  const std::string table = "<w:tbl>" + row(cell("合计", "<w:vMerge w:val=\"restart\"/>") + cell("5")) +
                            row(cell("", "<w:vMerge/>") + cell("3")) + "</w:tbl>";
  const std::string box_content = "<w:txbxContent>" + p("框内文字") + "</w:txbxContent>";
  const std::string boxed = "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing>" + box_content +
                            "</w:drawing></mc:Choice><mc:Fallback><w:pict>" + box_content +
                            "</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
  const SourceText text = read_ok("a.docx", gk::test::make_docx(table + boxed));
  CHECK(text.text() == "合计\t5\n\t3\n\n框内文字\n");
}

TEST_CASE("docx: hostile archives are coded errors naming the file") {
  CHECK(error_of(std::string("PK\x03\x04", 4) + "word/document.xml and nothing else").code == "E-OFFICE-DAMAGED");
  const std::string doctype = gk::test::make_zip(
      {{"word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                             "<w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"}});
  CHECK(error_of(doctype).code == "E-OFFICE-XML");
  CHECK(error_of(gk::test::make_zip({{"word/document.xml", "<w:document><w:body><w:p>"}})).code == "E-OFFICE-DAMAGED");
  // 70 MB of spaces deflate to about 70 KB: the part is refused at the 64 MiB limit.
  const std::string bomb = gk::test::make_zip({{"word/document.xml", std::string(70u << 20, ' ')}});
  CHECK(bomb.size() < (1u << 20));
  const auto too_large = error_of(bomb);
  CHECK(too_large.code == "E-OFFICE-TOO-LARGE");
  CHECK(too_large.message.find("word/document.xml") != std::string::npos);
}

TEST_CASE("xlsx: a sheet is a table under its title and unit, numbers as their format shows them") {
  const std::string strings =
      "<si><t>收入支出决算总表</t></si><si><t>单位：万元</t></si><si><t>项目</t></si><si><t>决算数</t></si>"
      "<si><r><t>一、一般公共预算</t></r><r><t>财政拨款收入</t></r></si><si><t>总计</t></si>";
  const std::string styles =
      "<numFmts><numFmt numFmtId=\"164\" formatCode=\"#,##0.00_ \"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/></cellXfs>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
      "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" t=\"s\"><v>3</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>4</v></c><c r=\"B4\" s=\"1\"><v>2940.0500000000002</v></c></row>"
      "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>5</v></c><c r=\"B5\" s=\"2\"><v>2995.39</v></c></row>";
  const SourceText text = read_ok("表.xlsx", gk::test::make_xlsx("Sheet1", rows, strings, styles, "<mergeCell ref=\"A1:B1\"/>"));
  CHECK(text.text() ==
        "收入支出决算总表\n单位：万元\n项目\t决算数\n一、一般公共预算财政拨款收入\t2,940.05\n总计\t2,995.39\n\n");
  const auto document = gk::doc::extract_document(text);
  REQUIRE(document.tables.size() == 1);
  CHECK(document.tables[0].title == "收入支出决算总表");
  CHECK(document.tables[0].rows.back().cells[1].value->to_string() == "2995.39");
}

TEST_CASE("xlsx: a sheet without a title row is titled by its name") {
  const std::string strings = "<si><t>项目</t></si><si><t>合计</t></si>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>合计</t></is></c><c r=\"B2\"><v>12.5</v></c></row>";
  const SourceText text = read_ok("b.xlsx", gk::test::make_xlsx("支出决算表", rows, strings, "<cellXfs><xf numFmtId=\"0\"/></cellXfs>"));
  CHECK(text.text() == "支出决算表\n项目\t合计\n合计\t12.5\n\n");
}

TEST_CASE("attach: a Word narrative and the workbook of its tables are checked as one disclosure") {
  const std::string narrative = gk::test::make_docx(
      p("某局2024年度部门决算") + p("第二部分 部门决算表") + p("见附表。") + p("第三部分 部门决算情况说明") +
          numbered("收入支出决算总体情况说明", 1) + p("2024年度收入支出总计100.00万元。"),
      kNumbering);
  const std::string strings =
      "<si><t>收入支出决算总表</t></si><si><t>单位：万元</t></si><si><t>项目</t></si><si><t>决算数</t></si>"
      "<si><t>总计</t></si>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" t=\"s\"><v>3</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>4</v></c><c r=\"B4\" s=\"1\"><v>100</v></c></row>";
  const std::string workbook = gk::test::make_xlsx("Sheet1", rows, strings, "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"4\"/></cellXfs>");
  const SourceText one = gk::input::attach(read_ok("决算.docx", narrative), {read_ok("表.xlsx", workbook)});
  CHECK(one.name() == "决算.docx");
  CHECK(one.text().ends_with("收入支出决算总表\n单位：万元\n项目\t决算数\n总计\t100.00\n\n"));
  CHECK(outcomes(one).find("JS-XR-01=pass") != std::string::npos);
  // Alone, the narrative cannot be checked against a table it does not hold.
  CHECK(outcomes(read_ok("决算.docx", narrative)).find("JS-XR-01=pass") == std::string::npos);
}

TEST_CASE("attach: text attached after a PDF has no page") {
  const SourceText paged("a.pdf", "p1\n\f\np2\n", "PDF", {0, 5});
  const SourceText one = gk::input::attach(paged, {SourceText("b.txt", "tail\n")});
  CHECK(one.page_of(0) == 1);
  CHECK(one.page_of(6) == 2);
  CHECK(one.page_of(static_cast<uint32_t>(one.text().find("tail"))) == 0);
  CHECK(one.page_count() == 2);
}

TEST_CASE("xls: an Excel 97 workbook's sheets are tables under their titles") {
  const std::string bytes = gk::test::read_test_file("office/juesuan-tables.xls");
  const SourceText text = read_ok("表.xls", bytes);
  CHECK(text.encoding() == "XLS");
  CHECK(text.text().starts_with(
      "收入支出决算总表\n单位：万元\n收入\t\t支出\t\n项目\t决算数\t项目\t决算数\n"
      "一、一般公共预算财政拨款收入\t2940.05\t一、一般公共服务支出\t2106.66\n"
      "二、事业收入\t\t二、社会保障和就业支出\t833.39\n总计\t2940.05\t总计\t2940.05\n\n"
      "一般公共预算财政拨款支出决算表\n单位：万元\n科目编码\t科目名称\t合计\n2010601\t项目1\t1.25\n"));
  const auto document = gk::doc::extract_document(text);
  REQUIRE(document.tables.size() == 2);
  CHECK(document.tables[1].rows.back().label == "合计");
  CHECK(document.tables[1].rows.back().cells[2].value->to_string() == "14156.25");
  CHECK(document.tables[1].rows.front().subject_code == "2010601");
}

TEST_CASE("xls: a damaged OLE2 file is a coded error naming the file") {
  std::string bytes = gk::test::read_test_file("office/juesuan-tables.xls");
  bytes.resize(1024);
  auto read = gk::input::read_input("cut.xls", bytes);
  REQUIRE(std::holds_alternative<Diagnostic>(read));
  CHECK(std::get<Diagnostic>(read).code == "E-OFFICE-DAMAGED");
  CHECK(std::get<Diagnostic>(read).file == "cut.xls");
}

TEST_CASE("docx: a paragraph style's numbering (through w:basedOn) numbers its paragraphs") {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Item\"><w:basedOn w:val=\"ListNumber\"/></w:style>";
  const auto styled = [](const std::string& text, const std::string& style, int level = 0) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" +
           (level ? "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/></w:numPr>" : std::string()) +
           "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  const SourceText text = read_ok(
      "s.docx", gk::test::make_docx(styled("主要职能", "ListNumber") + styled("机构设置", "Item", 1) +
                                        styled("人员构成", "Item") + p("正文。"),
                                    kNumbering, styles));
  CHECK(text.text() == "一、主要职能\n（一）机构设置\n二、人员构成\n正文。\n");
}

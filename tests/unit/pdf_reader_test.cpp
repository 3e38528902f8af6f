// Tests for input/ (the PDF reader and the format dispatch): the five 决算 PDFs of
// tests/data/pdf read into their nine tables (eight in the seeded-defects twin) with the
// totals exact and each table on its page; damaged, empty and text-less PDFs rejected with
// their codes; the format told by content, not by name.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "document/extract.h"
#include "input/pdf_reader.h"
#include "input/read_input.h"
#include "test_files.h"

using gk::Diagnostic;
using gk::SourceText;
using gk::input::Format;

namespace {

const std::string kPdfDir = std::string(GK_TESTDATA_DIR) + "/pdf/";

gk::doc::Document read_pdf_document(const std::string& name) {
  auto read = gk::input::read_input_file(kPdfDir + name);
  if (const auto* d = std::get_if<Diagnostic>(&read)) FAIL("unexpected diagnostic: " << d->code << " " << d->message);
  return gk::doc::extract_document(std::get<SourceText>(std::move(read)));
}

const gk::doc::Table* table_titled(const gk::doc::Document& doc, std::string_view title) {
  for (const auto& t : doc.tables) {
    if (t.title == title) return &t;
  }
  return nullptr;
}

/// The first figure of row `label` (on `side`) of the table.
std::string first_figure(const gk::doc::Table& table, std::string_view label, uint32_t side = 0) {
  for (const auto& row : table.rows) {
    if (row.label != label || row.side != side) continue;
    for (const auto& cell : row.cells) {
      if (cell.value) return cell.value->to_string();
    }
  }
  return "(none)";
}

const char* const kNineTables[] = {
    "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
    "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款收入支出决算表"};

size_t standard_tables(const gk::doc::Document& doc) {
  return static_cast<size_t>(std::count_if(std::begin(kNineTables), std::end(kNineTables),
                                           [&](const char* t) { return table_titled(doc, t) != nullptr; }));
}

Diagnostic error_of(gk::doc::ReadResult result) {
  REQUIRE(std::holds_alternative<Diagnostic>(result));
  return std::get<Diagnostic>(std::move(result));
}

}  // namespace

TEST_CASE("pdf: the 财政局 决算 reads into its nine tables with exact totals, each on its page") {
  const auto doc = read_pdf_document("putuo-caizhengju-2024-final.pdf");
  CHECK(standard_tables(doc) == 9);
  CHECK(doc.source.page_count() == 25);
  const auto* overview = table_titled(doc, "收入支出决算总表");
  REQUIRE(overview);
  CHECK(first_figure(*overview, "总计") == "2995.39");
  CHECK(first_figure(*overview, "总计", 1) == "2995.39");
  CHECK(first_figure(*overview, "本年收入合计") == "2946.25");
  CHECK(first_figure(*overview, "本年支出合计", 1) == "2940.05");
  CHECK(doc.source.page_of(overview->span.begin) == 6);
  const auto* income = table_titled(doc, "收入决算表");
  REQUIRE(income);
  CHECK(first_figure(*income, "合计") == "2946.25");
  const auto* spending = table_titled(doc, "支出决算表");
  REQUIRE(spending);
  CHECK(first_figure(*spending, "合计") == "2940.05");
  const auto* general = table_titled(doc, "一般公共预算财政拨款支出决算表");
  REQUIRE(general);
  CHECK(first_figure(*general, "合计") == "2940.05");
  CHECK(first_figure(*general, "机关事业单位基本养老保险缴费支出") == "160.75");  // wrapped label
  const auto* funding = table_titled(doc, "财政拨款收入支出决算总表");
  REQUIRE(funding);
  CHECK(first_figure(*funding, "总计") == "2961.68");
}

TEST_CASE("pdf: 类/款/项 code columns become one 科目编码 with its level") {
  const auto doc = read_pdf_document("putuo-caizhengju-2024-final.pdf");
  const auto* general = table_titled(doc, "一般公共预算财政拨款支出决算表");
  REQUIRE(general);
  bool found = false;
  for (const auto& row : general->rows) {
    if (row.label != "行政运行") continue;
    found = true;
    CHECK(row.subject_code == "2010601");
    CHECK(row.subject_level == gk::doc::SubjectLevel::Xiang);
  }
  CHECK(found);
}

TEST_CASE("pdf: the seeded-defects twin lacks 支出决算表 and keeps the other eight") {
  const auto doc = read_pdf_document("putuo-caizhengju-2024-final-seeded-defects.pdf");
  CHECK(standard_tables(doc) == 8);
  CHECK(table_titled(doc, "支出决算表") == nullptr);
  const auto* overview = table_titled(doc, "收入支出决算总表");
  REQUIRE(overview);
  CHECK(first_figure(*overview, "总计") == "2995.39");
  const auto* income = table_titled(doc, "收入决算表");
  REQUIRE(income);
  CHECK(first_figure(*income, "合计") == "2946.25");
}

TEST_CASE("pdf: two more departments' 决算 and the blank template") {
  const auto land = read_pdf_document("putuo-guihuaziyuan-2024-final.pdf");
  CHECK(standard_tables(land) == 9);
  REQUIRE(table_titled(land, "收入支出决算总表"));
  CHECK(first_figure(*table_titled(land, "收入支出决算总表"), "总计") == "9859.38");
  REQUIRE(table_titled(land, "支出决算表"));
  CHECK(first_figure(*table_titled(land, "支出决算表"), "合计") == "9759.38");
  const auto social = read_pdf_document("putuo-shehuigongzuobu-2024-final.pdf");
  CHECK(standard_tables(social) == 9);
  REQUIRE(table_titled(social, "一般公共预算财政拨款支出决算表"));
  CHECK(first_figure(*table_titled(social, "一般公共预算财政拨款支出决算表"), "合计") == "307.82");
  const auto blank = read_pdf_document("putuo-2024-final-template.pdf");
  CHECK(standard_tables(blank) == 9);
}

TEST_CASE("pdf: the format is told by the first bytes, not the name") {
  CHECK(gk::input::detect_format("%PDF-1.7\n...") == Format::Pdf);
  CHECK(gk::input::detect_format(std::string("PK\x03\x04", 4) + "....word/document.xml") == Format::Docx);
  CHECK(gk::input::detect_format(std::string("PK\x03\x04", 4) + "....xl/workbook.xml") == Format::Xlsx);
  CHECK(gk::input::detect_format("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest") == Format::Xls);
  CHECK(gk::input::detect_format("一、收入支出决算总体情况说明") == Format::Text);
  CHECK(gk::input::is_document_extension(".pdf"));
  CHECK_FALSE(gk::input::is_document_extension(".png"));
}

TEST_CASE("pdf: a damaged, truncated or text-less PDF is a coded error naming the file") {
  const std::string whole = gk::test::read_file(kPdfDir + "putuo-shehuigongzuobu-2024-final.pdf");
  const auto truncated = error_of(gk::input::read_input("cut.pdf", whole.substr(0, 2000)));
  CHECK(truncated.code == "E-PDF-DAMAGED");
  CHECK(truncated.file == "cut.pdf");
  CHECK(error_of(gk::input::read_input("junk.pdf", "%PDF-1.4\nnot a pdf at all\n")).code == "E-PDF-DAMAGED");
  // A well-formed one-page PDF that draws no text (as a scan without OCR would).
  const std::string body =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n"
      "4 0 obj<</Length 22>>stream\n0 0 m 100 100 l S\nendstream endobj\n";
  const auto scanned = error_of(gk::input::read_input("scan.pdf", body + "trailer<</Root 1 0 R>>\n%%EOF\n"));
  CHECK(scanned.code == "E-PDF-NO-TEXT");
  CHECK(scanned.message.find("OCR") != std::string::npos);
}

TEST_CASE("pdf: an encrypted PDF that needs a password is a coded error") {
  // tests/data/hostile-pdf/make_encrypted.py: RC4 40-bit, user password "secret".
  const auto locked = error_of(gk::input::read_input_file(std::string(GK_TESTDATA_DIR) + "/hostile-pdf/encrypted.pdf"));
  CHECK(locked.code == "E-PDF-ENCRYPTED");
  CHECK(locked.file.ends_with("encrypted.pdf"));
}

TEST_CASE("pdf: a ZIP archive that is no office document is refused with a code") {
  const auto zip = error_of(gk::input::read_input("a.txt", std::string("PK\x03\x04", 4) + "photos/1.jpg"));
  CHECK(zip.code == "E-INPUT-UNSUPPORTED");
  CHECK(zip.file == "a.txt");
}

// Hostile documents through the reader and the extractor, in memory: byte-order marks with
// nothing after them, UTF-16 cut in half, 10,000 nested headings (the tree is as deep as the
// five numbering styles, never deeper), and a text carrying hundreds of appended reports
// (each report reads only its own lines and shares the one text). The large files of the
// same kind run through the program in tests/hostile/.
#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "document/extract.h"
#include "document/reader.h"

namespace {

using gk::Diagnostic;
using gk::SourceText;
using gk::doc::decode_document;

Diagnostic error_of(gk::doc::ReadResult result) {
  REQUIRE(std::holds_alternative<Diagnostic>(result));
  return std::get<Diagnostic>(std::move(result));
}

/// 第N部分 > 一、 > （一） > 1. > （1）, `runs` times, each heading nested in the one before.
std::string nested_headings(int runs) {
  std::string text = "某部门2024年度部门决算\n\n";
  for (int run = 1; run <= runs; ++run) {
    text += "第" + std::to_string(run) + "部分 概况\n一、部门职责\n（一）机构设置\n1.内设机构\n"
            "（1）人员情况\n本部门编制" + std::to_string(run) + "人。\n";
  }
  return text;
}

}  // namespace

TEST_CASE("hostile: byte order marks with nothing after them") {
  for (const std::string bytes : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF", "\xEF\xBB\xBF \r\n\t"}) {
    const auto d = error_of(decode_document("bom.txt", bytes));
    CHECK(d.code == "E-READ-EMPTY");
    CHECK(d.message == "no text (whitespace only)");
  }
}

TEST_CASE("hostile: UTF-16 with an odd number of bytes") {
  const std::string bytes = std::string("\xFF\xFE", 2) + std::string("\xE8\x90\x68\x95", 4) + "x";
  const auto d = error_of(decode_document("odd.txt", bytes));
  CHECK(d.code == "E-READ-ENCODING");
  CHECK(d.message == "invalid UTF-16LE at offset 6");
}

TEST_CASE("hostile: 10,000 nested headings make a tree five levels deep") {
  const auto doc = gk::doc::extract_document(SourceText("nested.txt", nested_headings(2000)));
  REQUIRE(doc.sections.size() == 10001);
  uint32_t deepest = 0;
  for (size_t i = 1; i < doc.sections.size(); ++i) {
    const auto& s = doc.sections[i];
    deepest = std::max(deepest, s.level);
    // Each heading sits under the one before it, except a part, which starts a new run.
    CHECK(s.parent == (s.level == 1 ? 0 : i - 1));
  }
  CHECK(deepest == 5);
  CHECK(doc.paragraphs.size() == 2000);
  CHECK(doc.paragraphs.back().section == 10000);
}

TEST_CASE("hostile: hundreds of appended reports share the text and read their own lines") {
  std::string text = nested_headings(1) + "第二部分 附件\n";
  for (int k = 1; k <= 300; ++k) {
    text += "附件" + std::to_string(k) + "\n某部门2024年度整体支出绩效自评报告\n一、部门概况\n本报告第" +
            std::to_string(k) + "份。\n";
  }
  const auto doc = gk::doc::extract_document(SourceText("reports.txt", text));
  REQUIRE(doc.appended.size() == 300);
  for (const auto& report : doc.appended) {
    CHECK(&report.source.text() == &doc.source.text());  // one text, not 300 copies
    REQUIRE(report.sections.size() == 2);
    CHECK(report.sections[1].title == "部门概况");
    REQUIRE(report.paragraphs.size() == 1);
  }
  CHECK(doc.appended.back().paragraphs.front().text == "本报告第300份。");
}

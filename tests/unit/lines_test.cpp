// Tests for document/lines: the matching view (noise removal, NFKC, whitespace rules), its
// map back to exact original spans, and the physical lines with their fields and indent.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "document/lines.h"
#include "document/reader.h"

using gk::SourceText;
using gk::Span;
using gk::doc::matching_view;
using gk::doc::MatchingView;
using gk::doc::split_lines;

namespace {

MatchingView view_of(const SourceText& source) {
  return matching_view(source, {0, static_cast<uint32_t>(source.text().size())});
}

std::string view_text(const std::string& text) { return view_of(SourceText("t.txt", text)).text; }

/// The original text behind the first occurrence of `needle` in the view.
std::string original_of(const SourceText& source, const MatchingView& view, std::string_view needle) {
  const size_t at = view.text.find(needle);
  REQUIRE(at != std::string::npos);
  return std::string(source.slice(view.to_original(at, at + needle.size())));
}

}  // namespace

TEST_CASE("lines: bookmark markers are removed") {
  CHECK(view_text("[bookmark: _Toc15377197][bookmark: _Toc15396600]一、基本职能及主要工作") ==
        "一、基本职能及主要工作");
  CHECK(view_text("（一）主要职能。[bookmark: _Toc1]") == "(一)主要职能。");
  CHECK(view_text("[bookmark: _Toc1] 第一部分 部门概况") == "第一部分部门概况");
  CHECK(view_text("[bookmark: unclosed") == "[bookmark: unclosed");
  CHECK(view_text("[note] text") == "[note] text");
}

TEST_CASE("lines: markdown emphasis is removed") {
  CHECK(view_text("人员经费**399.57** 万元，占基本支出的 91.98%") ==
        "人员经费399.57万元,占基本支出的91.98%");
  CHECK(view_text("**一、部门职责**") == "一、部门职责");
  CHECK(view_text("a * b") == "a * b");
}

TEST_CASE("lines: a leading list dash is removed") {
  CHECK(view_text("- 一、部门职责") == "一、部门职责");
  CHECK(view_text("  - 二、机构设置") == "二、机构设置");
  CHECK(view_text("• 收入支出决算总表") == "收入支出决算总表");
  CHECK(view_text("· 收入决算表") == "收入决算表");
  CHECK(view_text("[bookmark: _Toc2]- 三、支出决算表") == "三、支出决算表");
  CHECK(view_text("-5 元") == "-5元");
  CHECK(view_text("a - b") == "a - b");
  CHECK(view_text("- - x") == "- x");
}

TEST_CASE("lines: whitespace next to Han or CJK punctuation is dropped, other runs fold") {
  CHECK(view_text("支出决算数为 306.88 万元") == "支出决算数为306.88万元");
  CHECK(view_text("DRG 支付") == "DRG支付");
  CHECK(view_text("a  b") == "a b");
  CHECK(view_text("a\t\u3000 b") == "a b");
  CHECK(view_text("  trim me \t") == "trim me");
  CHECK(view_text("（一） 主要职能") == "(一)主要职能");
  CHECK(view_text("医 疗救助") == "医疗救助");
  CHECK(view_text("\u3000\u3000正文，2024 年") == "正文,2024年");
  CHECK(view_text("a\u200Bb") == "ab");
  CHECK(view_text(" \t ") == "");
}

TEST_CASE("lines: full-width forms fold to ASCII, 、 and 。 stay") {
  CHECK(view_text("１２３４５６７８９０（一）：") == "1234567890(一):");
  CHECK(view_text("一、收入。合计：１．５％") == "一、收入。合计:1.5%");
  // Full-width letters and digits are not CJK punctuation: spaces between them fold.
  CHECK(view_text("ＡＢＣ ｄｅｆ") == "ABC def");
  CHECK(view_text("合计 ３０６ ３０７") == "合计306 307");
}

TEST_CASE("lines: to_original maps a match back to exactly its original bytes") {
  const SourceText source("t.txt", "支出决算数为 ３０６.８８ 万元");
  const MatchingView view = view_of(source);
  CHECK(view.text == "支出决算数为306.88万元");
  CHECK(view.origin.size() == view.text.size() + 1);
  CHECK(view.origin_end.size() == view.text.size());
  CHECK(original_of(source, view, "306.88") == "３０６.８８");
  CHECK(original_of(source, view, "万元") == "万元");
  CHECK(original_of(source, view, "为306") == "为 ３０６");
  CHECK(view.to_original(0, view.text.size()) == Span{0, static_cast<uint32_t>(source.text().size())});
}

TEST_CASE("lines: to_original skips removed noise at both ends") {
  const SourceText source("t.txt", "人员经费**399.57** 万元");
  const MatchingView view = view_of(source);
  CHECK(original_of(source, view, "399.57") == "399.57");
  CHECK(original_of(source, view, "经费399") == "经费**399");
  const SourceText spaced("t.txt", "a   b");
  const MatchingView folded = view_of(spaced);
  CHECK(folded.text == "a b");
  CHECK(original_of(spaced, folded, " ") == "   ");
  CHECK(original_of(spaced, folded, "b") == "b");
}

TEST_CASE("lines: a character whose NFKC is longer maps every byte to itself") {
  const SourceText source("t.txt", "⑴项目");
  const MatchingView view = view_of(source);
  CHECK(view.text == "(1)项目");
  CHECK(view.origin[0] == 0);
  CHECK(view.origin[2] == 0);
  CHECK(source.slice(view.to_original(0, 1)) == "⑴");
  CHECK(source.slice(view.to_original(1, 2)) == "⑴");
  CHECK(original_of(source, view, "项目") == "项目");
}

TEST_CASE("lines: a view of part of the text and an empty view") {
  const SourceText source("t.txt", "收入\t 306.88 \t合计");
  const MatchingView part = matching_view(source, {7, 16});
  CHECK(part.text == "306.88");
  CHECK(source.slice(part.to_original(0, part.text.size())) == "306.88");
  const MatchingView empty = matching_view(source, {6, 8});
  CHECK(empty.text.empty());
  CHECK(empty.origin.size() == 1);
  CHECK(empty.to_original(0, 0).empty());
}

TEST_CASE("lines: split_lines numbers, views, blanks, tabs and indent") {
  const SourceText source("t.txt", "标题\n\t一、收入\t\t306.88\n\n  （一）缩进\n\u3000\u3000正文\n[bookmark: _Toc1]\n");
  const auto lines = split_lines(source);
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].number == 1);
  CHECK(lines[0].view.text == "标题");
  CHECK_FALSE(lines[0].tabbed);
  CHECK(lines[0].fields.empty());  // fields are for tabbed lines

  CHECK(lines[1].tabbed);
  CHECK(lines[1].view.text == "一、收入306.88");
  REQUIRE(lines[1].fields.size() == 4);
  CHECK(source.slice(lines[1].fields[0]).empty());
  CHECK(source.slice(lines[1].fields[1]) == "一、收入");
  CHECK(source.slice(lines[1].fields[2]).empty());
  CHECK(source.slice(lines[1].fields[3]) == "306.88");
  CHECK(lines[1].indent == 1);

  CHECK(lines[2].blank);
  CHECK(lines[3].view.text == "(一)缩进");
  CHECK(lines[3].indent == 2);
  CHECK(lines[4].indent == 2);
  CHECK(lines[5].blank);
  CHECK(lines[5].number == 6);
  CHECK(source.slice(lines[5].span) == "[bookmark: _Toc1]");
}

TEST_CASE("lines: fields of a line that starts with a TAB") {
  const SourceText source("t.txt", "\tA\t\tB");
  const auto lines = split_lines(source);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].fields.size() == 4);
  CHECK(lines[0].fields[0] == Span{0, 0});
  CHECK(source.slice(lines[0].fields[1]) == "A");
  CHECK(lines[0].fields[2] == Span{3, 3});
  CHECK(source.slice(lines[0].fields[3]) == "B");
  CHECK(lines[0].view.text == "A B");
}

TEST_CASE("lines: the examples lose their conversion noise and map back exactly") {
  for (const auto& entry : std::filesystem::directory_iterator(GK_EXAMPLES_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    CAPTURE(entry.path().string());
    const auto result = gk::doc::read_document_file(entry.path().string());
    REQUIRE(std::holds_alternative<SourceText>(result));
    const auto& source = std::get<SourceText>(result);
    const auto lines = split_lines(source);
    CHECK(lines.size() + 1 >= source.line_count());
    for (const auto& line : lines) {
      const auto& view = line.view;
      REQUIRE(view.origin.size() == view.text.size() + 1);
      CHECK(view.text.find("[bookmark:") == std::string::npos);
      CHECK(view.text.find("**") == std::string::npos);
      CHECK_FALSE(view.text.starts_with("- "));
      CHECK(view.text.find("  ") == std::string::npos);
      const Span whole = view.to_original(0, view.text.size());
      CHECK(whole.begin >= line.span.begin);
      CHECK(whole.end <= line.span.end);
    }
  }
}

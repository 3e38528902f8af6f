// Tests for the program's text formats that need no document: CSV fields and records
// (RFC 4180 quoting, formula guard) and HTML escaping and the marking of cited figures.
#include <doctest/doctest.h>

#include "csv.h"
#include "html_parts.h"

using gk::cli::csv_field;
using gk::cli::csv_record;

TEST_CASE("csv: RFC 4180 quoting, CRLF records, Chinese untouched") {
  CHECK(csv_field("部门决算") == "部门决算");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("说\"明\"") == "\"说\"\"明\"\"\"");
  CHECK(csv_field("两\n行") == "\"两\n行\"");
  CHECK(csv_field("") == "");
  CHECK(csv_record({"文件", "a,b", "3"}) == "文件,\"a,b\",3\r\n");
  CHECK(gk::cli::kUtf8Bom == "\xEF\xBB\xBF");
}

TEST_CASE("csv: text a spreadsheet would run as a formula is kept as text") {
  CHECK(csv_field("=SUM(A1:A3)") == "'=SUM(A1:A3)");
  CHECK(csv_field("@cmd") == "'@cmd");
  CHECK(csv_field("+86 10") == "'+86 10");
  CHECK(csv_field("-12.5") == "-12.5");  // a number stays a number
  CHECK(csv_field("=a,b") == "\"'=a,b\"");
  // A tab or carriage return first is a formula to some spreadsheets too (=… after it).
  CHECK(csv_field("\t=cmd|' /C calc'!A0") == "'\t=cmd|' /C calc'!A0");
  CHECK(csv_field("\r=1+1") == "\"'\r=1+1\"");
  CHECK(csv_field("\t") == "'\t");
}

TEST_CASE("html: escaping") {
  CHECK(gk::cli::html::escape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(gk::cli::html::escape("收入合计13836.6万元") == "收入合计13836.6万元");
}

TEST_CASE("html: a source line with the cited figures marked") {
  const gk::SourceText source("d.txt", "第一行\n年初预算为40万元，支出决算为<2907.5>万元。\n第三行\n");
  const std::string line = std::string(source.line_text(2));
  auto span_of = [&](const std::string& needle) {
    const uint32_t line_start = source.line_span(2).begin;
    const auto at = static_cast<uint32_t>(line.find(needle));
    return gk::Span{line_start + at, line_start + at + static_cast<uint32_t>(needle.size())};
  };
  const gk::Span budget = span_of("40万元"), spent = span_of("2907.5");
  CHECK(gk::cli::html::marked_line(source, 2, spent, {budget, spent}) ==
        "年初预算为<mark>40万元</mark>，支出决算为&lt;<mark class=\"at\">2907.5</mark>&gt;万元。");
  // Overlapping marks merge; marks on other lines are left out.
  const gk::Span wide{budget.begin, budget.end + 3};
  CHECK(gk::cli::html::marked_line(source, 2, {}, {budget, wide, gk::Span{0, 3}}) ==
        "年初预算为<mark>40万元，</mark>支出决算为&lt;2907.5&gt;万元。");
  CHECK(gk::cli::html::marked_line(source, 3, spent, {budget}) == "第三行");
}

TEST_CASE("html: bar charts are inline SVG with escaped labels") {
  const std::string svg = gk::cli::html::bar_chart("得分", {{"甲<局>", 86.9, "86.9", "#0969da", "#doc-0"}}, 100);
  CHECK(svg.starts_with("<svg"));
  CHECK(svg.find("甲&lt;局&gt;") != std::string::npos);
  CHECK(svg.find("<a href=\"#doc-0\">") != std::string::npos);
  CHECK(svg.find("width=\"348\"") != std::string::npos);  // 86.9% of 400 px, rounded
}

// Tests for tables written without TABs: captions (known titles, wrapped captions, 续表),
// space-aligned columns (figures half a line off their label, labels wrapped below their
// code, blank columns placed by the header), one row per line (blank cells dropped: only a
// certain column is filled, the rest marked ambiguous), side-by-side halves, column blocks
// (rows unread), notes; and the table vocabulary's own syntax.
#include <doctest/doctest.h>

#include "document/lines.h"
#include "document/table_vocabulary.h"
#include "document/tables.h"
#include "test_files.h"

#include <sstream>

using namespace gk;
using namespace gk::doc;

namespace {

struct Read {
  SourceText source;
  std::vector<Line> lines;
  std::vector<bool> consumed;
  std::vector<Table> tables;
  explicit Read(std::string text) : source("t.txt", std::move(text)) {
    lines = split_lines(source);
    consumed.assign(lines.size(), false);
    tables = extract_tables(source, lines, consumed);
  }
};

const TableRow* row_of(const Table& t, std::string_view label, uint32_t side = 0) {
  for (const auto& r : t.rows)
    if (r.label == label && r.side == side) return &r;
  return nullptr;
}

const TableRow* code_row(const Table& t, std::string_view code) {
  for (const auto& r : t.rows)
    if (r.subject_code == code) return &r;
  return nullptr;
}

/// The cell of `row` under the column named `name`.
const TableCell& cell(const Table& t, const TableRow& row, std::string_view name) {
  for (size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].name == name || t.columns[c].path == name) return row.cells.at(c);
  FAIL("no column " << name);
  return row.cells.front();
}

std::string value(const TableCell& c) { return c.value ? c.value->to_string() : "·"; }

}  // namespace

/// Lines [first, last] (1-based) of a corpus file: real converter output.
std::string corpus_lines(const std::string& file, size_t first, size_t last) {
  std::istringstream in(gk::test::read_test_file("corpus/" + file));
  std::string line, out;
  for (size_t n = 1; std::getline(in, line); ++n)
    if (n >= first && n <= last) out += line + "\n";
  return out;
}

TEST_CASE("space-aligned: figures above their label and a label wrapped below its code") {
  // pdftotext -layout of a 支出决算表: each figure stands on the line where its cell's
  // vertical middle falls, so a row's figures can be half a line above its code.
  Read r(corpus_lines("putuo-caizhengju-2024-final.poppler-layout.txt", 204, 246));
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  CHECK(t.layout == TableLayout::SpaceAligned);
  CHECK(t.declared_unit == MoneyUnit::WanYuan);
  const TableRow* total = row_of(t, "合计");
  REQUIRE(total != nullptr);
  CHECK(value(cell(t, *total, "本年支出合计")) == "2940.05");
  CHECK(value(cell(t, *total, "基本支出")) == "2336.91");
  CHECK(value(cell(t, *total, "项目支出")) == "603.14");
  const TableRow* lei = code_row(t, "201");
  REQUIRE(lei != nullptr);
  CHECK(value(cell(t, *lei, "本年支出合计")) == "2106.66");
  CHECK(value(cell(t, *lei, "基本支出")) == "1503.52");  // the tie between two labels goes down
  const TableRow* xiang = code_row(t, "2080505");
  REQUIRE(xiang != nullptr);
  CHECK(xiang->subject_level == SubjectLevel::Xiang);
  CHECK(xiang->label == "机关事业单位基本养老保险缴费支出");
  CHECK(value(cell(t, *xiang, "基本支出")) == "160.75");
  CHECK(cell(t, *xiang, "项目支出").kind == CellKind::Empty);
  CHECK_FALSE(cell(t, *xiang, "项目支出").ambiguous);
  CHECK(t.rows.size() == 20);
  for (uint32_t line = 1; line <= r.lines.size(); ++line) CHECK(r.consumed[line - 1]);
}

TEST_CASE("space-aligned: blank columns are placed by the header's words") {
  // 收入决算表: seven amount columns, figures in three of them.
  Read r(corpus_lines("putuo-caizhengju-2024-final.poppler-layout.txt", 165, 203));
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  const TableRow* total = row_of(t, "合计");
  REQUIRE(total != nullptr);
  CHECK(value(cell(t, *total, "本年收入合计")) == "2946.25");
  CHECK(value(cell(t, *total, "财政拨款收入")) == "2940.05");
  CHECK(value(cell(t, *total, "其他收入")) == "6.20");
  CHECK(cell(t, *total, "上级补助收入").kind == CellKind::Empty);
  CHECK_FALSE(cell(t, *total, "事业收入").ambiguous);
  // The last rows are on the next page, laid out on another grid: only the total is certain.
  const TableRow* next_page = code_row(t, "2210203");
  REQUIRE(next_page != nullptr);
  CHECK(value(cell(t, *next_page, "本年收入合计")) == "258.50");
  CHECK(cell(t, *next_page, "财政拨款收入").ambiguous);
}

TEST_CASE("row per line: a full row is certain, a row with dropped blanks keeps only its total") {
  Read r(
      "一般公共预算财政拨款支出决算表\n"
      "单位：万元\n"
      "科目编码 科目名称 合计 基本支出 项目支出\n"
      "201 06 01 行政运行 1,511.89 1,503.52 8.37\n"
      "201 06 02 一般行政管理事务 10.00 10.00\n"
      "合计 2,940.05 2,336.91 603.14\n");
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  CHECK(t.layout == TableLayout::RowPerLine);
  const TableRow* full = code_row(t, "2010601");
  REQUIRE(full != nullptr);
  CHECK(full->label == "行政运行");
  CHECK(value(cell(t, *full, "项目支出")) == "8.37");
  CHECK_FALSE(cell(t, *full, "项目支出").ambiguous);
  const TableRow* partial = code_row(t, "2010602");
  REQUIRE(partial != nullptr);
  CHECK(value(cell(t, *partial, "合计")) == "10.00");
  CHECK_FALSE(cell(t, *partial, "合计").ambiguous);
  CHECK(cell(t, *partial, "基本支出").ambiguous);  // 10.00 is 基本 or 项目: not known
  CHECK(cell(t, *partial, "项目支出").ambiguous);
}

TEST_CASE("row per line: side-by-side halves, two labels on a line and the 支出 half alone") {
  Read r(
      "收入支出决算总表\n"
      "单位：万元\n"
      "项目 决算数 项目 决算数\n"
      "一、一般公共预算财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66\n"
      "二、政府性基金预算财政拨款收入 二、外交支出\n"
      "九、卫生健康支出 60.99\n"
      "使用非财政拨款结余（含专用结余） 结余分配\n"
      "总计 2,995.39 总计 2,995.39\n");
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  CHECK(value(row_of(t, "一、一般公共预算财政拨款收入")->cells.at(1)) == "2940.05");
  CHECK(row_of(t, "二、外交支出", 1) != nullptr);
  CHECK(value(row_of(t, "九、卫生健康支出", 1)->cells.at(1)) == "60.99");
  CHECK(row_of(t, "使用非财政拨款结余(含专用结余)", 0) != nullptr);
  CHECK(row_of(t, "结余分配", 1) != nullptr);
  CHECK(value(row_of(t, "总计", 0)->cells.at(1)) == "2995.39");
  CHECK(value(row_of(t, "总计", 1)->cells.at(1)) == "2995.39");
}

TEST_CASE("column blocks: the table is found, its rows reported unread") {
  Read r(
      "一般公共预算财政拨款支出决算表\n\n单位：万元\n\n201\n\n201\n\n一般公共服务支出\n\n财政事务\n\n"
      "2,106.66\n\n2,106.66\n\n1,503.52\n\n1,503.52\n");
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].layout == TableLayout::ColumnBlocks);
  CHECK_FALSE(r.tables[0].unread.empty());
  CHECK(r.tables[0].rows.empty());
}

TEST_CASE("captions: a title wrapped around a running part heading — a listed title without 单位 is no table") {
  Read wrapped(
      "收入支出决算总\n"
      "第二部分 某局2024年度部门决算表\n"
      "表\n"
      "单位：万元\n"
      "总计 10.00 总计 10.00\n");
  REQUIRE(wrapped.tables.size() == 1);
  CHECK(wrapped.tables[0].title == "收入支出决算总表");
  CHECK_FALSE(wrapped.consumed[1]);  // the part heading stays for the section tree
  Read listed("一、收入支出决算总表\n二、收入决算表\n详见附表\n");
  CHECK(listed.tables.empty());
}

TEST_CASE("notes below a table, with a line of text between them") {
  Read r(
      "政府性基金预算财政拨款收入支出决算表\n"
      "单位：万元\n"
      "科目编码 科目名称 年初结转和结余 本年收入 本年支出 年末结转和结余\n"
      "合计\n"
      "注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。\n"
      "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：\n"
      "说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。\n"
      "一、收入支出决算总体情况说明\n");
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  REQUIRE(t.notes.size() == 3);
  CHECK(t.notes[2].states_no_data);
  CHECK_FALSE(t.has_data());
  CHECK_FALSE(r.consumed[7]);  // the narrative after the notes is not the table's
}

TEST_CASE("pages: columns line up per page — a page whose figures line up otherwise stays uncertain") {
  Read r(
      "收入决算表\n"
      "                                                 单位：万元\n"
      "                  本年收入合计   财政拨款收入   其他收入\n"
      "201 一般公共服务支出    2,112.86     2,106.66       6.20\n"
      "\f210 卫生健康支出 60.99 60.99\n");
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  const TableRow* other_page = code_row(t, "210");
  REQUIRE(other_page != nullptr);
  CHECK(value(cell(t, *other_page, "本年收入合计")) == "60.99");
  CHECK(cell(t, *other_page, "财政拨款收入").ambiguous);
}

TEST_CASE("table vocabulary: the built-in file parses — mistakes are reported with their line") {
  const auto& vocabulary = builtin_table_vocabulary();
  CHECK(vocabulary.tables.size() >= 9);
  const VocabularyTable* t = vocabulary.find("某局财政拨款收入支出决算总表");
  REQUIRE(t != nullptr);
  CHECK(t->title == "财政拨款收入支出决算总表");  // the longest title the caption ends with
  CHECK(t->side_by_side());
  const VocabularyTable* sangong = vocabulary.find("财政拨款\"三公\"经费支出决算表");
  REQUIRE(sangong != nullptr);
  CHECK(sangong->layout_for("合计因公出国(境)费预算数决算数预算数决算数").columns.front().path == "合计/预算数");
  CHECK(sangong->layout_for("预算数合计因公出国(境)费").columns.front().path == "预算数/合计");
  std::string error;
  CHECK_FALSE(parse_table_vocabulary("列 合计\n", &error));
  CHECK(error == "line 1: 第一行应是“表 标题”");
  CHECK_FALSE(parse_table_vocabulary("表 某表\n宽度 3\n", &error));
  CHECK(error.starts_with("line 2: 不认识“宽度”"));
}

TEST_CASE("table vocabulary: what a column holds, by its header") {
  using gk::doc::ColumnFigures;
  const auto& vocabulary = builtin_table_vocabulary();
  auto figures = [&](std::string_view header) { return vocabulary.column_reading(header).figures; };
  CHECK(figures("完成率") == ColumnFigures::Percentages);
  CHECK(figures("占比(%)") == ColumnFigures::Percentages);
  CHECK(figures("执 行 率") == ColumnFigures::Percentages);  // spaces left by conversion
  CHECK(figures("人数占比") == ColumnFigures::Percentages);  // a rate before a count
  CHECK(figures("基本支出") == ColumnFigures::Amounts);
  CHECK(figures("人员经费") == ColumnFigures::Amounts);      // 人 alone names no count
  CHECK(figures("项目支出") == ColumnFigures::Amounts);
  CHECK(figures("本年支出/决算数") == ColumnFigures::Amounts);
  CHECK(vocabulary.column_reading("项目个数").measure == "个");
  CHECK(vocabulary.column_reading("车辆数(辆)").measure == "辆");
  CHECK(vocabulary.column_reading("接待人次").measure == "人次");
  CHECK(vocabulary.column_reading("在职人数").measure == "人");
  CHECK(vocabulary.column_reading("自评分").measure == "分");
  CHECK(vocabulary.column_reading("自评分").figures == ColumnFigures::Counts);
  std::string error;
  const auto parsed = parse_table_vocabulary("比率列 比例\n数量列 台 设备数\n表 某表\n列 合计\n", &error);
  REQUIRE(parsed);
  CHECK(parsed->column_reading("设备数").measure == "台");
  CHECK(parsed->column_reading("完成率").figures == ColumnFigures::Amounts);  // only its own words
  CHECK_FALSE(parse_table_vocabulary("数量列 台\n", &error));
  CHECK(error.starts_with("line 1: 写作“数量列 量词 表头中的词…”"));
  CHECK_FALSE(parse_table_vocabulary("比率列\n", &error));
  CHECK(error.starts_with("line 1: “比率列”后面写表头中的词"));
}

TEST_CASE("page breaks: a page number is no figure, and a page that starts with a title and text ends the table") {
  Read r(
      "一般公共预算财政拨款支出决算表\n"
      "单位：万元\n"
      "科目编码 科目名称 合计 基本支出 项目支出\n"
      "201 06 01 行政运行 1,511.89 1,503.52 8.37\n"
      "9\n"
      "\f221 02 01 住房公积金 187.19 187.19 0.00\n"
      "合计 1,699.08 1,690.71 8.37\f\n"
      "其他相关情况说明\n"
      "一、2026年“三公”经费预算情况说明\n"
      "因公出国（境）费0万元，与上年持平。\n");
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  CHECK(t.rows.size() == 3);
  for (const auto& row : t.rows)
    for (const auto& c : row.cells) CHECK(c.text != "9");
  CHECK(code_row(t, "2210201") != nullptr);
  CHECK_FALSE(r.consumed[7]);  // 其他相关情况说明 starts the next page's text
}

TEST_CASE("space-aligned: a figure on its label's line stays with that row when the code stands a line above") {
  // The 经济分类 table's right half: "30207" on one line, "邮电费  8.05" on the next, then
  // "30208" — the figure is as near the next code as its own, but its label's row is its row.
  Read r(corpus_lines("putuo-guihuaziyuan-2024-final.poppler-layout.txt", 461, 534));
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  CHECK(value(code_row(t, "30207")->cells.back()) == "8.05");
  CHECK(value(code_row(t, "30208")->cells.back()) == "0.00");
  CHECK(value(code_row(t, "30212")->cells.back()) == "0.00");  // 因公出国（境）费用, as -raw reads it
  CHECK(value(code_row(t, "30231")->cells.back()) == "0.00");  // 公务用车运行维护费, as -raw reads it
}

TEST_CASE("row per line: the header repeated at the top of a continuation page is no row") {
  Read r(
      "一般公共预算支出功能分类预算表\n"
      "单位：元\n"
      "项目 一般公共预算支出\n"
      "功能分类科目名称 合计 基本支出 项目支出\n"
      "207 01 01 行政运行 4,654,597 4,654,597\n"
      "\f项目 一般公共预算支出\n"
      "功能分类科目名称 合计 基本支出 项目支出\n"
      "207 99 其他文化旅游体育与传媒支出 24,820,000 24,820,000\n");
  REQUIRE(r.tables.size() == 1);
  const Table& t = r.tables[0];
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].subject_code == "2070101");
  CHECK(t.rows[1].subject_code == "20799");
}

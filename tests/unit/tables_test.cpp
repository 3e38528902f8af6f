// Tests for table extraction: both layouts, headers and 栏次, side-by-side tables, codes,
// the text around tables, references — on snippets and on the examples.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "document/lines.h"
#include "document/tables.h"
#include "test_files.h"

using namespace gk;
using namespace gk::doc;

namespace {

/// A text run through split_lines and extract_tables.
struct Extracted {
  SourceText source;
  std::vector<Line> lines;
  std::vector<bool> consumed;
  std::vector<Table> tables;
  std::vector<TableReference> references;

  explicit Extracted(SourceText text) : source(std::move(text)) {
    lines = split_lines(source);
    consumed.assign(lines.size(), false);
    tables = extract_tables(source, lines, consumed);
    references = find_table_references(lines, consumed);
  }
  /// Whether 1-based line `number` was taken by a table.
  bool taken(uint32_t number) const { return consumed.at(number - 1); }
};

std::unique_ptr<Extracted> extract(std::string text) {
  return std::make_unique<Extracted>(SourceText("t.txt", std::move(text)));
}

std::unique_ptr<Extracted> extract_example(std::string_view prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(GK_EXAMPLES_DIR)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    return std::make_unique<Extracted>(SourceText(name, gk::test::read_file(entry.path().string())));
  }
  FAIL("no example " << prefix);
  return nullptr;
}

Decimal dec(std::string_view text) { return *Decimal::parse(text); }

const TableRow* find_row(const Table& table, std::string_view label, uint32_t side = 0) {
  for (const auto& row : table.rows) {
    if (row.side == side && row.label == label) return &row;
  }
  return nullptr;
}

const TableRow* find_code(const Table& table, std::string_view code) {
  for (const auto& row : table.rows) {
    if (row.subject_code == code) return &row;
  }
  return nullptr;
}

std::vector<std::string> column_names(const Table& table) {
  std::vector<std::string> names;
  for (const auto& column : table.columns) names.push_back(column.name);
  return names;
}

std::vector<std::string> values(const TableRow& row) {
  std::vector<std::string> out;
  for (const auto& cell : row.cells) {
    if (cell.value) out.push_back(cell.value->to_string());
  }
  return out;
}

}  // namespace

// --- examples ----------------------------------------------------------------------------

TEST_CASE("tables: example 002 has nine tables with their codes and units") {
  const auto x = extract_example("002_");
  REQUIRE(x->tables.size() == 9);
  const char* codes[] = {"01", "03", "03", "04", "05", "06", "07", "08", "09"};
  for (size_t i = 0; i < 9; ++i) {
    CAPTURE(i);
    const Table& table = x->tables[i];
    CHECK(table.code == codes[i]);
    CHECK(table.layout == TableLayout::TabSeparated);
    REQUIRE(table.declared_unit);
    CHECK(*table.declared_unit == MoneyUnit::WanYuan);
    CHECK(x->source.slice(table.code_span).find(codes[i]) != std::string_view::npos);
    CHECK(x->source.slice(table.unit_span).starts_with("单位"));
  }
  CHECK(x->tables[0].title == "收入支出决算总表");
  CHECK(x->tables[1].title == "收入决算表");
  CHECK(x->tables[3].title == "财政拨款收入支出决算总表");
  CHECK(x->tables[8].title == "财政拨款“三公”经费支出决算表");
  CHECK(x->source.slice(x->tables[0].title_span) == "收入支出决算总表");
  CHECK(x->references.empty());
}

TEST_CASE("tables: example 002 收入支出决算总表 is split into 收入 and 支出 sides") {
  const auto x = extract_example("002_");
  const Table& table = x->tables.at(0);
  CHECK(column_names(table) == std::vector<std::string>{"项目", "行次", "金额"});
  CHECK(table.columns[0].path == "收入/项目");
  CHECK(table.columns[2].path == "收入/金额");
  CHECK(table.columns[2].lanci == 1);
  CHECK(table.header_rows.size() == 3);

  const TableRow* income = find_row(table, "本年收入合计");
  REQUIRE(income);
  CHECK(income->line_number == 27);
  CHECK(income->cells[2].kind == CellKind::Number);
  CHECK(*income->cells[2].value == dec("138366269.56"));
  const TableRow* total = find_row(table, "总计", 0);
  REQUIRE(total);
  CHECK(*total->cells[2].value == dec("138366269.56"));

  const TableRow* health = find_row(table, "九、卫生健康支出", 1);
  REQUIRE(health);
  CHECK(health->line_number == 39);
  CHECK(*health->cells[2].value == dec("137559258.00"));
  CHECK(find_row(table, "总计", 1));
  // Side 0 rows come first; rows holding only a 行次 are dropped.
  bool seen_side_one = false;
  for (const auto& row : table.rows) {
    if (row.side == 1) seen_side_one = true;
    CHECK_FALSE((seen_side_one && row.side == 0));
    CHECK_FALSE(row.label.empty());
  }
  CHECK(table.notes.size() == 1);
  CHECK(table.notes[0].text.find("尾数误差") != std::string::npos);
  CHECK_FALSE(table.notes[0].states_no_data);
  CHECK(table.has_data());
}

TEST_CASE("tables: example 002 科目代码 rows carry code, level and label") {
  const auto x = extract_example("002_");
  const Table& income = x->tables.at(1);
  CHECK(column_names(income)[0] == "科目代码");
  CHECK(column_names(income)[1] == "科目名称");
  CHECK(income.columns[1].path == "项目/科目名称");
  CHECK(income.columns[5].name == "事业收入");
  CHECK(income.columns[2].lanci == 1);
  const TableRow* row = find_code(income, "2101101");
  REQUIRE(row);
  CHECK(row->subject_level == SubjectLevel::Xiang);
  CHECK(row->label == "行政单位医疗");
  CHECK(row->cells[0].kind == CellKind::Text);
  CHECK(*row->cells[2].value == dec("137518.16"));
  const TableRow* sum = find_row(income, "合计");
  REQUIRE(sum);
  CHECK(sum->subject_code.empty());
  CHECK(*sum->cells[2].value == dec("138366269.56"));
  CHECK(income.notes.size() == 1);
}

TEST_CASE("tables: example 002 broken figures in 财政拨款收入支出决算总表") {
  const auto x = extract_example("002_");
  const Table& table = x->tables.at(3);
  const TableRow* health = find_row(table, "九、卫生健康支出", 1);
  REQUIRE(health);
  CHECK(health->cells[2].value == dec("137500265.00"));
  CHECK(health->cells[3].value == dec("137500265.00"));
  const TableRow* total = find_row(table, "本年收入合计", 0);
  REQUIRE(total);
  CHECK(total->cells[2].value == dec("138307276.56"));
  CHECK(table.columns.size() == 6);  // the wider 支出 side adds columns
}

TEST_CASE("tables: example 002 基本支出明细表 has three side-by-side groups") {
  const auto x = extract_example("002_");
  const Table& table = x->tables.at(5);
  CHECK(column_names(table) == std::vector<std::string>{"科目代码", "科目名称", "决算数"});
  CHECK(table.columns[0].path == "人员经费/科目代码");
  const TableRow* wages = find_code(table, "301");
  REQUIRE(wages);
  CHECK(wages->subject_level == SubjectLevel::Lei);
  CHECK(wages->side == 0);
  CHECK(*wages->cells[2].value == dec("3995723.38"));
  const TableRow* office = find_code(table, "30201");
  REQUIRE(office);
  CHECK(office->side == 1);
  CHECK(office->subject_level == SubjectLevel::Kuan);
  CHECK(office->label == "办公费");
  const TableRow* other = find_code(table, "39999");
  REQUIRE(other);
  CHECK(other->side == 2);
  CHECK(find_row(table, "人员经费合计", 0));
}

TEST_CASE("tables: example 002 empty tables say so in their notes") {
  const auto x = extract_example("002_");
  for (size_t i : {6u, 7u}) {
    CAPTURE(i);
    const Table& table = x->tables.at(i);
    REQUIRE(table.notes.size() == 2);
    CHECK(table.notes[0].text.starts_with("注:"));
    CHECK_FALSE(table.notes[0].states_no_data);
    CHECK(table.notes[1].states_no_data);
    CHECK_FALSE(table.has_data());
    CHECK(find_row(table, "合计"));
  }
  CHECK(x->tables[6].columns[5].path == "本年支出/基本支出");
}

TEST_CASE("tables: example 002 三公 table has a three-row header and no data rows") {
  const auto x = extract_example("002_");
  const Table& table = x->tables.at(8);
  CHECK(table.header_rows.size() == 4);
  CHECK(table.rows.empty());
  REQUIRE(table.columns.size() == 12);
  CHECK(table.columns[0].name == "合计");
  CHECK(table.columns[0].path == "预算数/合计");
  CHECK(table.columns[0].lanci == 1);
  CHECK(table.columns[1].name == "因公出国(境)费");
  CHECK(table.columns[3].path == "预算数/公务用车购置及运行维护费/公务用车购置费");
  CHECK(table.columns[5].path == "预算数/公务接待费");
  CHECK(table.columns[8].path == "决算数/公务用车购置及运行维护费/小计");
  CHECK(table.columns[11].lanci == 12);
  CHECK(table.notes.size() == 1);
}

TEST_CASE("tables: example 002 consumes rows, metadata and notes but not the page header") {
  const auto x = extract_example("002_");
  CHECK_FALSE(x->taken(75));  // 第二部分 部门决算表
  for (uint32_t line : {77u, 79u, 80u, 82u, 84u, 106u, 117u, 119u, 121u}) {
    CAPTURE(line);
    CHECK(x->taken(line));
  }
  CHECK(x->source.locate(x->tables[0].span.begin).line == 77);
  CHECK(x->source.locate(x->tables[0].span.end).line == 121);
}

TEST_CASE("tables: example 001 has two cell-per-line tables under numbered headings") {
  const auto x = extract_example("001_");
  REQUIRE(x->tables.size() == 2);
  const Table& spending = x->tables[0];
  CHECK(spending.layout == TableLayout::CellPerLine);
  CHECK(spending.title == "2021年度整体支出情况");
  CHECK(spending.declared_unit == MoneyUnit::WanYuan);
  CHECK(column_names(spending) ==
        std::vector<std::string>{"项目", "支出合计", "基本支出", "项目支出", "政府专项"});
  const TableRow* actual = find_row(spending, "部门决算数");
  REQUIRE(actual);
  CHECK(values(*actual) == std::vector<std::string>{"693.22", "512.36", "180.87"});
  CHECK(find_row(spending, "调整预算数"));
  CHECK_FALSE(x->taken(40));  // the numbered title stays for the section tree
  CHECK(x->taken(39));        // 单位：万元 above it

  const Table& three = x->tables[1];
  CHECK(three.title == "2021年“三公”经费支出情况");
  CHECK(three.columns[0].name.empty());
  CHECK(three.columns[1].name == "因公出国出境");
  const TableRow* budget = find_row(three, "部门预算数");
  REQUIRE(budget);
  CHECK(values(*budget) == std::vector<std::string>{"1", "1"});
  CHECK_FALSE(x->taken(94));
}

TEST_CASE("tables: examples 000 and 003 only refer to tables") {
  const auto plain = extract_example("000_");
  CHECK(plain->tables.empty());
  REQUIRE(plain->references.size() == 1);
  CHECK(plain->references[0].text == "详见附表");
  const auto attached = extract_example("003_");
  CHECK(attached->tables.empty());
  REQUIRE(attached->references.size() == 1);
  CHECK(attached->references[0].text.find("详情见附件") != std::string::npos);
}

TEST_CASE("tables: example 004 score tables, project tables and chart data") {
  const auto x = extract_example("004_");
  CHECK_FALSE(x->taken(90));  // a heading with a trailing TAB is not a table
  const Table* score = nullptr;
  const Table* project = nullptr;
  size_t untitled = 0;
  for (const auto& table : x->tables) {
    if (table.title == "2019年广汉市医疗保障局部门整体支出绩效评价表") score = &table;
    if (table.title == "项目绩效目标完成情况表" && !project) project = &table;
    untitled += table.title.empty();
  }
  REQUIRE(score);
  CHECK(score->layout == TableLayout::CellPerLine);
  CHECK(column_names(*score)[0] == "一级指标");
  const TableRow* sum = find_row(*score, "合计");
  REQUIRE(sum);
  CHECK(values(*sum) == std::vector<std::string>{"100", "97"});
  REQUIRE(project);
  CHECK(untitled >= 3);
  const Table& last = x->tables.back();
  CHECK(last.title.empty());
  REQUIRE(last.rows.size() == 1);
  CHECK(last.rows[0].label == "2019年度收入总计");
  CHECK(x->taken(999));
  CHECK(x->references.size() == 2);  // 《…评价报告》见附件（附件1）, （附件2）
}

// --- snippets: block detection -------------------------------------------------------------

TEST_CASE("tables: a lone tabbed heading is not a table") {
  const auto x = extract("六、一般公共预算财政拨款基本支出决算情况说明\t\n正文。\n");
  CHECK(x->tables.empty());
  CHECK_FALSE(x->taken(1));
}

TEST_CASE("tables: two tab-separated rows make a table, single blank lines stay inside") {
  const auto x = extract("项目\t金额\n甲\t1.00\n\n乙\t2.00\n\n\n丙\t3.00\n");
  REQUIRE(x->tables.size() == 1);
  const Table& table = x->tables[0];
  CHECK(table.rows.size() == 2);
  CHECK(table.title.empty());
  CHECK(x->taken(3));
  CHECK_FALSE(x->taken(7));
}

TEST_CASE("tables: a single tab-separated line of labels and figures is chart data") {
  const auto x = extract("图表数据\n\n基本支出\t项目支出\t311.15\t2.59\t\n");
  REQUIRE(x->tables.size() == 1);
  CHECK(x->tables[0].title == "图表数据");
  REQUIRE(x->tables[0].rows.size() == 1);
  CHECK(x->tables[0].columns.size() == 4);
}

TEST_CASE("tables: cell-per-line rows are normalised to the widest row") {
  const auto x = extract("\t项目\n\t合计\n\t备注\n\n\t甲\n\t1\n\n\t乙\n\t2\n\t说明\n");
  REQUIRE(x->tables.size() == 1);
  const Table& table = x->tables[0];
  CHECK(table.layout == TableLayout::CellPerLine);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0].cells.size() == 3);
  CHECK(table.rows[0].cells[2].kind == CellKind::Empty);
  CHECK(table.rows[1].cells[2].text == "说明");
}

TEST_CASE("tables: cell-per-line tables split at numbered one-cell rows") {
  const auto x = extract(
      "\t（一）甲表\n\n\t项目\n\t金额\n\n\t甲\n\t1\n\n\t（二）乙表\n\n\t项目\n\t数量\n\n\t乙\n\t2\n");
  REQUIRE(x->tables.size() == 2);
  CHECK(x->tables[0].title == "甲表");
  CHECK(x->tables[1].title == "乙表");
  CHECK_FALSE(x->taken(1));
  CHECK_FALSE(x->taken(9));
}

TEST_CASE("tables: short text lines inside a cell-per-line table join a cell") {
  const auto x = extract(
      "\t指标\n\t分值\n\t得分\n\n\t\n通用指标\n（20分）\n\t5\n\t4\n\n\t合计\n\t5\n\t4\n");
  REQUIRE(x->tables.size() == 1);
  const TableRow* row = find_row(x->tables[0], "通用指标(20分)");
  REQUIRE(row);
  CHECK(values(*row) == std::vector<std::string>{"5", "4"});
}

TEST_CASE("tables: ragged and empty input does not break extraction") {
  CHECK(extract("")->tables.empty());
  CHECK(extract("\t\n\t\n")->tables.empty());
  const auto x = extract("a\tb\tc\td\n1\t\n\t\t\t\t\t\t2\n甲\t\n");
  REQUIRE(x->tables.size() == 1);
  for (const auto& row : x->tables[0].rows) CHECK(row.cells.size() == x->tables[0].columns.size());
}

TEST_CASE("tables: a hundred thousand rows in either layout") {
  std::string tabbed = "项目\t金额\n";
  std::string cells = "\t项目\n\t金额\n\n";
  for (int i = 0; i < 100000; ++i) {
    const std::string label = "行" + std::to_string(i), value = std::to_string(i) + ".5";
    tabbed += label + "\t" + value + "\n";
    cells += "\t" + label + "\n\t" + value + "\n\n";
  }
  for (auto* text : {&tabbed, &cells}) {
    const auto x = extract(std::move(*text));
    REQUIRE(x->tables.size() == 1);
    CHECK(x->tables[0].rows.size() == 100000);
    CHECK(x->tables[0].rows.back().cells[1].value == dec("99999.5"));
  }
}

TEST_CASE("tables: many short text lines inside one cell stay linear") {
  std::string text = "\t项目\n\t金额\n\n\t甲\n";
  for (int i = 0; i < 50000; ++i) text += "续\n";
  text += "\t1\n";
  const auto x = extract(std::move(text));
  REQUIRE(x->tables.size() == 1);
  REQUIRE(x->tables[0].rows.size() == 1);
  CHECK(x->tables[0].rows[0].cells[1].value == dec("1"));
}

// --- snippets: metadata and notes ------------------------------------------------------------

TEST_CASE("tables: title, code, unit and 部门 above the table") {
  const auto x = extract(
      "第二部分 部门决算表\n\n收入决算表\n\n公开03表\n\n单位: 万元\n\n部门：\n\n"
      "项目\t金额\n甲\t1.00\n乙\t2.00\n");
  REQUIRE(x->tables.size() == 1);
  const Table& table = x->tables[0];
  CHECK(table.title == "收入决算表");
  CHECK(table.code == "03");
  CHECK(x->source.slice(table.code_span) == "公开03表");
  CHECK(table.declared_unit == MoneyUnit::WanYuan);
  CHECK(x->source.slice(table.unit_span) == "单位: 万元");
  for (uint32_t line : {3u, 5u, 7u, 9u}) CHECK(x->taken(line));
  CHECK_FALSE(x->taken(1));
  CHECK(x->source.locate(table.span.begin).line == 3);
}

TEST_CASE("tables: a page header is not a title, and 元 is a unit") {
  const auto x = extract("第五部分 附表\n单位：元\n项目\t金额\n甲\t1.00\n");
  REQUIRE(x->tables.size() == 1);
  CHECK(x->tables[0].title.empty());
  CHECK(x->tables[0].declared_unit == MoneyUnit::Yuan);
  CHECK_FALSE(x->taken(1));
}

TEST_CASE("tables: the unit may stand above a numbered title, which stays unconsumed") {
  const auto x = extract("二、支出情况\n    单位：万元\n（一）整体支出情况\n项目\t金额\n甲\t1.00\n");
  REQUIRE(x->tables.size() == 1);
  CHECK(x->tables[0].title == "整体支出情况");
  CHECK(x->source.slice(x->tables[0].title_span) == "整体支出情况");
  CHECK(x->tables[0].declared_unit == MoneyUnit::WanYuan);
  CHECK_FALSE(x->taken(1));
  CHECK(x->taken(2));
  CHECK_FALSE(x->taken(3));
}

TEST_CASE("tables: prose above a table is not its title") {
  const auto x = extract("本年度支出情况如下。其中基本支出较上年增加。\n项目\t金额\n甲\t1.00\n");
  REQUIRE(x->tables.size() == 1);
  CHECK(x->tables[0].title.empty());
  CHECK_FALSE(x->taken(1));
}

TEST_CASE("tables: notes with numbered continuation and no-data statements") {
  const auto x = extract(
      "项目\t金额\n甲\t0.00\n\n注：1. 本表反映收支。\n\n2. 本套报表可能存在尾数误差。\n\n"
      "说明：我单位没有此项支出，故本表无数据。\n\n下一段正文。\n");
  REQUIRE(x->tables.size() == 1);
  const Table& table = x->tables[0];
  REQUIRE(table.notes.size() == 2);
  CHECK(table.notes[0].text.find("尾数误差") != std::string::npos);
  CHECK_FALSE(table.notes[0].states_no_data);
  CHECK(table.notes[1].states_no_data);
  CHECK_FALSE(table.has_data());
  for (uint32_t line : {4u, 6u, 8u}) CHECK(x->taken(line));
  CHECK_FALSE(x->taken(10));
}

TEST_CASE("tables: a note is not followed into the next table's title") {
  const auto x = extract("项目\t金额\n甲\t1\n注：本表反映收入。\n支出表\n项目\t金额\n乙\t2\n");
  REQUIRE(x->tables.size() == 2);
  CHECK(x->tables[0].notes.size() == 1);
  CHECK(x->tables[1].title == "支出表");
}

// --- snippets: headers, sides and rows ---------------------------------------------------------

TEST_CASE("tables: 栏次 row ends the header and numbers the columns") {
  const auto x = extract(
      "项目\t\t本年支出\t\t\n科目代码\t科目名称\t小计\t基本 支出\t项目支出\n"
      "栏次\t\t1\t2\t3\n合计\t\t3.00\t1.00\t2.00\n2101101\t行政单位医疗\t3.00\t1.00\t2.00\n");
  REQUIRE(x->tables.size() == 1);
  const Table& table = x->tables[0];
  CHECK(table.header_rows.size() == 3);
  CHECK(column_names(table) ==
        std::vector<std::string>{"科目代码", "科目名称", "小计", "基本支出", "项目支出"});
  CHECK(table.columns[2].path == "本年支出/小计");
  CHECK(table.columns[3].path == "本年支出/基本支出");
  CHECK(table.columns[1].path == "项目/科目名称");
  CHECK_FALSE(table.columns[0].lanci);
  CHECK(table.columns[4].lanci == 3);
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[1].subject_code == "2101101");
  CHECK(table.rows[1].subject_level == SubjectLevel::Xiang);
  CHECK(table.rows[1].label == "行政单位医疗");
}

TEST_CASE("tables: without 栏次 the header is the leading rows without figures") {
  const auto x = extract("类别\t预算\t\n\t小计\t其中\n甲\t5\t3\n乙\t\t\n");
  REQUIRE(x->tables.size() == 1);
  const Table& table = x->tables[0];
  CHECK(table.header_rows.size() == 2);
  CHECK(table.columns[2].path == "预算/其中");
  CHECK(table.rows.size() == 2);
}

TEST_CASE("tables: 项目 twice makes a side-by-side table") {
  const auto x = extract(
      "收入\t\t\t支出\t\t\n项目\t行次\t金额\t项目\t行次\t金额\n"
      "一、财政拨款收入\t1\t10.00\t一、一般公共服务支出\t3\t8.00\n"
      "\t2\t\t二、教育支出\t4\t2.00\n总计\t5\t10.00\t总计\t6\t10.00\n");
  REQUIRE(x->tables.size() == 1);
  const Table& table = x->tables[0];
  REQUIRE(table.columns.size() == 3);
  CHECK(table.columns[1].name == "行次");
  REQUIRE(table.rows.size() == 5);  // the side-0 row with only a 行次 is dropped
  CHECK(table.rows[0].side == 0);
  CHECK(table.rows[1].label == "总计");
  CHECK(table.rows[1].line_number == 5);
  CHECK(table.rows[1].cells[1].kind == CellKind::Text);
  CHECK(table.rows[2].side == 1);
  CHECK(table.rows[2].label == "一、一般公共服务支出");
  CHECK(table.rows[3].cells[2].value == dec("2.00"));
}

TEST_CASE("tables: cells keep kind, value and original span") {
  const auto x = extract("项目\t金额\t比例\n甲\t1, 234. 50\t36.6%\n乙\t-\t\n");
  REQUIRE(x->tables.size() == 1);
  const auto& rows = x->tables[0].rows;
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells[1].kind == CellKind::Number);
  CHECK(rows[0].cells[1].value == dec("1234.50"));
  CHECK(x->source.slice(rows[0].cells[1].span) == "1, 234. 50");
  CHECK(rows[0].cells[2].kind == CellKind::Percentage);
  CHECK(rows[0].cells[2].value == dec("36.6"));
  CHECK(rows[1].cells[1].kind == CellKind::Text);
  CHECK(rows[1].cells[2].kind == CellKind::Empty);
}

// --- references ------------------------------------------------------------------------------

TEST_CASE("tables: references name tables given elsewhere") {
  const auto x = extract("详见附表\n（详情见附件）\n其他说明\n评价报告见附件1。\n");
  REQUIRE(x->references.size() == 3);
  CHECK(x->references[0].text == "详见附表");
  CHECK(x->references[1].text == "(详情见附件)");
  CHECK(x->source.slice(x->references[1].span) == "（详情见附件）");
}

TEST_CASE("tables: a line between two notes and an empty table's lone 合计 line stay with the table") {
  // A PDF's empty table as the PDF reader writes it: TAB header rows, then 合计 alone.
  auto t = extract(
      "政府性基金预算财政拨款收入支出决算表\n"
      "单位：万元\n"
      "\t项目\t\t年初结转和结余\t本年收入\t本年支出\n"
      "功能分类科目编码\t科目名称\t\t合计\t基本支出\t项目支出\n"
      "合计\n"
      "注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。\n"
      "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：\n"
      "说明：本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。\n"
      "一、收入支出决算总体情况说明\n");
  REQUIRE(t->tables.size() == 1);
  const Table& table = t->tables[0];
  REQUIRE(table.notes.size() == 2);
  CHECK(table.notes[1].states_no_data);
  CHECK(t->taken(5));
  CHECK_FALSE(t->taken(9));
}

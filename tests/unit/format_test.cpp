// Tests for syntax/format (`gongkai rules fmt`): the canonical layout of rule files keeps
// every token, comment and meaning, formatting twice changes nothing, and the layout is the
// one of the built-in packs.
#include <doctest/doctest.h>

#include <filesystem>

#include "syntax/ast_dump.h"
#include "syntax/format.h"
#include "syntax/parser.h"
#include "test_files.h"

namespace {

using gk::SourceText;

/// The canonical layout of `text`; fails the test when the file does not parse.
std::string format(const std::string& text, const std::string& name = "test.gk") {
  gk::DiagnosticSink sink;
  auto formatted = gk::format_rule_file(SourceText(name, text), sink);
  for (const auto& d : sink.diagnostics()) FAIL_CHECK(gk::render(d));
  REQUIRE(formatted.has_value());
  return *formatted;
}

/// What the parser understood, without positions.
std::string tree_of(const std::string& text) {
  const SourceText source("tree.gk", text);
  gk::DiagnosticSink sink;
  auto file = gk::parse_rule_file(source, sink);
  return gk::ast::dump(*file, source, {.positions = false});
}

struct RuleFile {
  std::string name;
  std::string text;
};

std::vector<RuleFile> gk_files_under(const std::string& dir) {
  std::vector<RuleFile> out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() == ".gk") {
      out.push_back({entry.path().filename().string(), gk::test::read_file(entry.path().string())});
    }
  }
  return out;
}

/// Every rule file the project has that parses: the built-in packs, the test inputs and the
/// examples of the documentation.
std::vector<RuleFile> all_rule_files() {
  std::vector<RuleFile> files = gk_files_under(GK_RULES_DIR);
  for (auto& f : gk_files_under(std::string(GK_TESTDATA_DIR) + "/rules")) {
    gk::DiagnosticSink sink;
    gk::parse_rule_file(SourceText(f.name, f.text), sink);
    if (!sink.has_errors()) files.push_back(std::move(f));
  }
  for (auto& example : gk::test::doc_examples()) files.push_back({example.name, example.text});
  return files;
}

}  // namespace

TEST_CASE("fmt: every rule file keeps its tree, and formatting it twice changes nothing") {
  const auto files = all_rule_files();
  CHECK(files.size() >= 25);
  for (const auto& file : files) {
    INFO(file.name);
    const std::string once = format(file.text, file.name);
    CHECK(tree_of(once) == tree_of(file.text));
    CHECK(format(once, file.name) == once);
  }
}

TEST_CASE("fmt: the shipped packs are laid out canonically") {
  size_t checked = 0;
  for (const char* pack : {"/juesuan", "/jixiao"}) {
    for (const auto& file : gk_files_under(std::string(GK_RULES_DIR) + pack)) {
      INFO(pack << "/" << file.name);
      CHECK(format(file.text, file.name) == file.text);
      ++checked;
    }
  }
  CHECK(checked >= 10);
}

TEST_CASE("fmt: comments stay in place, blank lines are normalised") {
  const std::string input =
      "\n\n# header   \n\n\n"
      "pack 试验 {   # after the brace\n"
      "     score   准确性 100\n"
      "   # before the end of the block\n"
      "}\n"
      "# about the vocabulary\n"
      "part 说明=heading \"说明$\"   # trailing\n"
      "list 项目=[\"a\",\n"
      " # inside a list\n"
      " \"b\"]\n"
      "rule T-01 \"标题\" {\n\n"
      "  category 准确性 # why\n"
      "  severity error\n"
      "\n\n"
      "  # before when\n"
      "  when exists(说明)   # short\n"
      "  require count(项目) > 1 # a longer condition\n"
      "  else # before the message\n"
      "    \"消息\"\n"
      "}\n"
      "# the end\n";
  CHECK(format(input) ==
        "# header\n"
        "\n"
        "pack 试验 {  # after the brace\n"
        "  score   准确性 100\n"
        "  # before the end of the block\n"
        "}\n"
        "\n"
        "# about the vocabulary\n"
        "part 说明 = heading \"说明$\"  # trailing\n"
        "list 项目 = [\"a\",\n"
        "             # inside a list\n"
        "             \"b\"]\n"
        "\n"
        "rule T-01 \"标题\" {\n"
        "  category 准确性  # why\n"
        "  severity error\n"
        "\n"
        "  # before when\n"
        "  when exists(说明)        # short\n"
        "  require count(项目) > 1  # a longer condition\n"
        "  else                     # before the message\n"
        "  \"消息\"\n"
        "}\n"
        "# the end\n");
}

TEST_CASE("fmt: pack items have their values in one column, in either spelling") {
  CHECK(format("pack 部门决算 version \"1\" {\n"
               "title \"检查\"\napplies when doc.title ~ \"决算\"\nkinds \"部门决算\",\"单位决算\"\n"
               "score 完整性 40,准确性 60\ngrades 优>=90,差\n}\n") ==
        "pack 部门决算 version \"1\" {\n"
        "  title   \"检查\"\n"
        "  applies when doc.title ~ \"决算\"\n"
        "  kinds   \"部门决算\", \"单位决算\"\n"
        "  score   完整性 40, 准确性 60\n"
        "  grades  优 >= 90, 差\n"
        "}\n");
  CHECK(format("规则包 部门决算 版本 \"1\" {\n"
               "标题 “检查”\n适用 当 doc.title ~ \"决算\"\n文档类型 \"部门决算\"，\"单位决算\"\n"
               "评分 完整性 40，准确性 60\n等级 优 ≥ 90，差\n}\n") ==
        "规则包 部门决算 版本 \"1\" {\n"
        "  标题     “检查”\n"
        "  适用 当  doc.title ~ \"决算\"\n"
        "  文档类型 \"部门决算\"，\"单位决算\"\n"
        "  评分     完整性 40，准确性 60\n"
        "  等级     优 ≥ 90，差\n"
        "}\n");
}

TEST_CASE("fmt: vocabulary groups are aligned when their names are of similar width") {
  CHECK(format("part 概况 = heading \"概况$\"\n"
               "section 情况说明 = heading \"说明$\"\n"
               "list 项目 = [\"a\"]\n"
               "\n"
               "table 收入决算表 = caption \"收入决算表\"\n"
               "table 一般公共预算财政拨款基本支出决算表 = caption \"基本支出\"\n"
               "# a comment starts a new group\n"
               "表 表一 = 表名 \"一\"\n"
               "section 表二 = heading \"二\"\n") ==
        "part    概况     = heading \"概况$\"\n"
        "section 情况说明 = heading \"说明$\"\n"
        "list    项目     = [\"a\"]\n"
        "\n"
        "table 收入决算表 = caption \"收入决算表\"\n"
        "table 一般公共预算财政拨款基本支出决算表 = caption \"基本支出\"\n"
        "# a comment starts a new group\n"
        "表      表一 = 表名 \"一\"\n"
        "section 表二 = heading \"二\"\n");
}

TEST_CASE("fmt: rules: header items on one line, one item per line, else on its own line") {
  CHECK(format("rule R-1 \"t\" { severity error category 准确性 weight 2 basis \"b\" "
               "for x in [1, 2] where x > 1 let y = - x when y < 0 require y == -x else \"m\" }\n"
               "test R-1 { pass \"a\" na \"b\" 不通过 \"c\" pass file \"x.txt\" }\n") ==
        "rule R-1 \"t\" {\n"
        "  severity error  category 准确性  weight 2\n"
        "  basis \"b\"\n"
        "  for x in [1, 2] where x > 1\n"
        "  let y = -x\n"
        "  when y < 0\n"
        "  require y == -x\n"
        "  else \"m\"\n"
        "}\n"
        "\n"
        "test R-1 {\n"
        "  pass   \"a\"\n"
        "  na     \"b\"\n"
        "  不通过 \"c\"\n"
        "  pass   file \"x.txt\"\n"
        "}\n");
}

TEST_CASE("fmt: long lines break before or/and and fill lists, within 100 columns") {
  const std::string input =
      "section 甲 = heading \"甲\"\nsection 乙 = heading \"乙\"\n"
      "rule R-1 \"t\" {\n"
      "  for s in [甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙]\n"
      "  when exists(甲) and mentions(甲, \"一段相当长的模式一段相当长的模式\") or mentions(乙, \"另一段相当长的模式另一段相当长的模式\")\n"
      "  require exists(s)\n"
      "}\n";
  CHECK(format(input) ==
        "section 甲 = heading \"甲\"\n"
        "section 乙 = heading \"乙\"\n"
        "\n"
        "rule R-1 \"t\" {\n"
        "  for s in [甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙, 甲, 乙,\n"
        "            甲, 乙, 甲, 乙]\n"
        "  when exists(甲) and mentions(甲, \"一段相当长的模式一段相当长的模式\")\n"
        "       or mentions(乙, \"另一段相当长的模式另一段相当长的模式\")\n"
        "  require exists(s)\n"
        "}\n");
}

TEST_CASE("fmt: fact templates go one per line") {
  CHECK(format("fact 执行 = \"年初预算为{预算:金额}\" or \"预算{预算:金额}\"\n事实 变动 在 说明 = “增加{x:金额}”\n"
               "section 说明 = heading \"说明\"\n") ==
        "fact 执行 =\n"
        "  \"年初预算为{预算:金额}\"\n"
        "  or \"预算{预算:金额}\"\n"
        "事实 变动 在 说明 =\n"
        "  “增加{x:金额}”\n"
        "section 说明 = heading \"说明\"\n");
}

TEST_CASE("fmt: keywords, strings, patterns and full-width punctuation are kept as written") {
  const std::string input =
      "规则 R-1 “标题” {\n"
      "  类别 准确性　　级别 错误\n"
      "  令 v = amount（说明，“公务  接待费”）\n"
      "  要求 v ≥ 0万元 且 doc.title ~ \"\\d+年（决算）\\\"\" 或 非 ［1，2］ ≠ ［］\n"
      "}\n"
      "section 说明 = heading \"说明\"\n";
  CHECK(format(input) ==
        "规则 R-1 “标题” {\n"
        "  类别 准确性  级别 错误\n"
        "  令 v = amount（说明，“公务  接待费”）\n"
        "  要求 v ≥ 0万元 且 doc.title ~ \"\\d+年（决算）\\\"\" 或 非 ［1，2］ ≠ ［］\n"
        "}\n"
        "\n"
        "section 说明 = heading \"说明\"\n");
}

TEST_CASE("fmt: a file with syntax errors is not formatted, the errors are reported") {
  gk::DiagnosticSink sink;
  const auto formatted = gk::format_rule_file(SourceText("bad.gk", "part 决算表 heading \"决算表$\"\n"), sink);
  CHECK_FALSE(formatted.has_value());
  REQUIRE(sink.has_errors());
  CHECK(sink.diagnostics().front().code == "E001");
  CHECK(sink.diagnostics().front().location == gk::Location{1, 10});
}

// Tests for syntax errors: every mistake of a file is reported once, at its exact position,
// in plain Chinese or English, and the rest of the file is still read.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "syntax/ast_dump.h"
#include "syntax/parser.h"
#include "test_files.h"

namespace {

using gk::Language;
using gk::SourceText;

using gk::test::read_test_file;

/// Everything reported for `text`, rendered as the program would print it.
std::string rendered_errors(const SourceText& source, Language lang = Language::Zh) {
  gk::DiagnosticSink sink;
  gk::parse_rule_file(source, sink, lang);
  std::string out;
  for (const auto& diagnostic : sink.diagnostics()) out += gk::render(diagnostic);
  return out;
}

std::string rendered_errors(const std::string& text, Language lang = Language::Zh) {
  return rendered_errors(SourceText("r.gk", text), lang);
}

/// The first message reported for `text`.
std::string first_message(const std::string& text, Language lang = Language::Zh) {
  gk::DiagnosticSink sink;
  gk::parse_rule_file(SourceText("r.gk", text), sink, lang);
  REQUIRE(!sink.diagnostics().empty());
  return sink.diagnostics().front().message;
}

}  // namespace

TEST_CASE("syntax errors: three mistakes give three diagnostics at their places") {
  const SourceText source("rules/three_mistakes.gk", read_test_file("rules/three_mistakes.gk"));
  gk::DiagnosticSink sink;
  auto file = gk::parse_rule_file(source, sink);
  REQUIRE(sink.error_count() == 3);
  std::string out;
  for (const auto& diagnostic : sink.diagnostics()) out += gk::render(diagnostic);
  CHECK(out ==
        "rules/three_mistakes.gk:2:10: error: 语法错误：此处应为 “=”，却是 “heading” [E001]\n"
        "  part 决算表 heading \"决算表$\"\n"
        "              ^~~~~~~\n"
        "rules/three_mistakes.gk:4:1: error: 语法错误：此处应为 “标题”、“表名”、“表号” 或 “表头”，"
        "却是 “rule” [E001]\n"
        "  rule JS-3G-01 \"三公经费为零须说明原因\" {\n"
        "  ^~~~\n"
        "rules/three_mistakes.gk:7:3: error: 语法错误：此处应为 表达式，却是 “require” [E001]\n"
        "    require mentions(三公说明, \"原因\")\n"
        "    ^~~~~~~\n");
  // The declaration after the mistakes is still read; of the broken ones only the names.
  CHECK(gk::ast::dump(*file, source, {.positions = false}) ==
        "(file\n  (part 决算表)\n  (table 收支总表)\n  (rule JS-3G-01\n    (title \"三公经费为零须说明原因\"))\n"
        "  (list 三公项目\n    (item \"因公出国（境）费\")\n    (item \"公务接待费\")))\n");
}

TEST_CASE("syntax errors: messages in English") {
  const SourceText source("rules/three_mistakes.gk", read_test_file("rules/three_mistakes.gk"));
  CHECK(rendered_errors(source, Language::En) ==
        "rules/three_mistakes.gk:2:10: error: syntax error: expected '=' but found 'heading' "
        "[E001]\n"
        "  part 决算表 heading \"决算表$\"\n"
        "              ^~~~~~~\n"
        "rules/three_mistakes.gk:4:1: error: syntax error: expected 'heading', 'caption', 'code' "
        "or 'columns' but found 'rule' [E001]\n"
        "  rule JS-3G-01 \"三公经费为零须说明原因\" {\n"
        "  ^~~~\n"
        "rules/three_mistakes.gk:7:3: error: syntax error: expected an expression but found "
        "'require' [E001]\n"
        "    require mentions(三公说明, \"原因\")\n"
        "    ^~~~~~~\n");
}

TEST_CASE("syntax errors: long lists of expected words are summed up") {
  CHECK(first_message("foo\nrule R-1 \"t\" { require a }") ==
        "语法错误：此处应为 声明（规则、章节、表……），却是 “foo”");
  CHECK(first_message("foo", Language::En) ==
        "syntax error: expected a declaration (rule, section, table…) but found 'foo'");
  CHECK(first_message("rule R-1 \"t\" { require a b }") ==
        "语法错误：此处应为 规则条目（类别、级别、要求……） 或 “}”，却是 “b”");
  CHECK(first_message("rule R-1 \"t\" { require x. ) }") == "语法错误：此处应为 字段名，却是 “)”");
  CHECK(first_message("rule R-1 \"t\" { let = 1 require a }", Language::En) ==
        "syntax error: expected a name but found '='");
}

TEST_CASE("syntax errors: the end of the file points just after the last word") {
  CHECK(rendered_errors("rule R-1 \"t\" {\n  require a\n") ==
        "r.gk:2:12: error: 语法错误：此处应为 规则条目（类别、级别、要求……） 或 “}”，"
        "却是 文件结尾 [E001]\n"
        "    require a\n"
        "             ^\n");
}

TEST_CASE("syntax errors: unclosed strings and unknown characters") {
  CHECK(rendered_errors("list l = [\"a]\nrule R-1 \"t\" { require a @ }\n") ==
        "r.gk:1:11: error: 字符串缺少结尾的引号（字符串不能跨行） [E002]\n"
        "  list l = [\"a]\n"
        "            ^~~\n"
        "r.gk:2:1: error: 语法错误：此处应为 “]” 或 “,”，却是 “rule” [E001]\n"
        "  rule R-1 \"t\" { require a @ }\n"
        "  ^~~~\n"
        "r.gk:2:26: error: 无法识别的字符 “@” [E003]\n"
        "  rule R-1 \"t\" { require a @ }\n"
        "                           ^\n");
}

TEST_CASE("syntax errors: an item given twice, a rule without require") {
  CHECK(rendered_errors("rule R-1 \"t\" {\n  when a\n  when b\n}\n") ==
        "r.gk:1:6: error: 规则 R-1 缺少 “要求”：至少需要一条 “要求” [E005]\n"
        "  rule R-1 \"t\" {\n"
        "       ^~~\n"
        "r.gk:3:3: error: “当” 在一条规则中只能出现一次 [E004]\n"
        "    when b\n"
        "    ^~~~\n");
  CHECK(first_message("pack p { title \"a\" 标题 \"b\" }", Language::En) ==
        "'title' may appear only once in a pack");
}

TEST_CASE("syntax errors: a rule number needs a dash") {
  CHECK(rendered_errors("rule R1 \"t\" { require a }") ==
        "r.gk:1:6: error: 规则编号 “R1” 应由字母、数字和 “-” 组成（如 JS-3G-01），或写成字符串 "
        "[E006]\n"
        "  rule R1 \"t\" { require a }\n"
        "       ^~\n");
}

TEST_CASE("syntax errors: an error inside an embedded expression points into the string") {
  const SourceText source("m.gk", "else \"应为 {f.决算 / }\"");
  const auto begin = static_cast<uint32_t>(source.text().find('{') + 1);
  const auto end = static_cast<uint32_t>(source.text().find('}'));
  gk::DiagnosticSink sink;
  CHECK(gk::parse_embedded_expression(source, {begin, end}, sink) == nullptr);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(gk::render(sink.diagnostics()[0]) ==
        "m.gk:1:17: error: 语法错误：此处应为 表达式，却是 表达式结尾 [E001]\n"
        "  else \"应为 {f.决算 / }\"\n"
        "                      ^\n");
}

TEST_CASE("syntax errors: a misspelled keyword is named, in English and Chinese") {
  CHECK(first_message("rule R-1 \"t\" {\n  requre a\n}") == "未知的词 “requre”——是不是 “require”？");
  CHECK(first_message("rule R-1 \"t\" {\n  requre a\n}", Language::En) ==
        "unknown word 'requre' — did you mean 'require'?");
  CHECK(first_message("rule R-1 \"t\" {\n  要球 a\n}") == "未知的词 “要球”——是不是 “要求”？");
  CHECK(first_message("tset R-1 { pass \"a\" }") == "未知的词 “tset”——是不是 “test”？");
  CHECK(first_message("规侧 R-1 \"t\" { require a }") == "未知的词 “规侧”——是不是 “规则”？");
  // A word like no keyword expected there keeps the plain message.
  CHECK(first_message("rule R-1 \"t\" {\n  说明 a\n}") ==
        "语法错误：此处应为 规则条目（类别、级别、要求……） 或 “}”，却是 “说明”");
}

TEST_CASE("syntax errors: each misspelled keyword of a rule is reported, the rest skipped") {
  CHECK(rendered_errors("rule R-1 \"t\" {\n  catgory 完整性\n  severty error\n  require a\n}\n") ==
        "r.gk:2:3: error: 未知的词 “catgory”——是不是 “category”？ [E001]\n"
        "    catgory 完整性\n"
        "    ^~~~~~~\n"
        "r.gk:3:3: error: 未知的词 “severty”——是不是 “severity”？ [E001]\n"
        "    severty error\n"
        "    ^~~~~~~\n");
}

TEST_CASE("syntax errors: a declaration with an error keeps only its name") {
  const SourceText source("r.gk",
                          "table 总表 = caption \"总表\" or\n"
                          "rule R-1 \"t\" {\n  require a and\n}\n"
                          "fact 执行 = \"{预算:金额}\" or\n");
  gk::DiagnosticSink sink;
  auto file = gk::parse_rule_file(source, sink);
  CHECK(sink.error_count() == 3);
  CHECK(gk::ast::dump(*file, source, {.positions = false}) ==
        "(file\n  (table 总表)\n  (rule R-1\n    (title \"t\"))\n  (fact 执行\n    (template \"{预算:金额}\")))\n");
}

TEST_CASE("syntax errors: only keywords expected there, and near enough, are suggested") {
  // Two edits from a keyword of six letters or more; one from a shorter one.
  CHECK(first_message("rule R-1 \"t\" {\n  sevrty error\n}") == "未知的词 “sevrty”——是不是 “severity”？");
  CHECK(first_message("rule R-1 \"t\" {\n  whn a\n}") == "未知的词 “whn”——是不是 “when”？");
  CHECK(first_message("rule R-1 \"t\" {\n  wehn a\n}") == "未知的词 “wehn”——是不是 “when”？");
  CHECK(first_message("rule R-1 \"t\" {\n  wn a\n}") ==
        "语法错误：此处应为 规则条目（类别、级别、要求……） 或 “}”，却是 “wn”");
  // `rule` is no rule item: a misspelled declaration keyword inside a rule is not suggested.
  CHECK(first_message("rule R-1 \"t\" {\n  rul a\n}") ==
        "语法错误：此处应为 规则条目（类别、级别、要求……） 或 “}”，却是 “rul”");
}

TEST_CASE("syntax errors: a word continuing the item before is taken for where, else or and") {
  // `wher` is one edit from both `when` and `where`: the longer shared start decides.
  CHECK(first_message("rule R-1 \"t\" {\n  for x in [1] wher x > 0\n  require x > 0\n}") ==
        "未知的词 “wher”——是不是 “where”？");
  CHECK(first_message("rule R-1 \"t\" {\n  require a\n  els \"m\"\n}") == "未知的词 “els”——是不是 “else”？");
  CHECK(first_message("rule R-1 \"t\" {\n  require a adn b\n}", Language::En) ==
        "unknown word 'adn' — did you mean 'and'?");
}

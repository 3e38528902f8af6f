// Tests for syntax/: rule files parse into the AST, whatever the keyword spelling; literals,
// operators, names and spans as the language reference describes them.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "syntax/ast_dump.h"
#include "syntax/message.h"
#include "syntax/parser.h"
#include "test_files.h"

namespace {

using gk::SourceText;

using gk::test::read_test_file;

/// Parses `source`, failing the test on any diagnostic.
std::unique_ptr<gk::ast::File> parse_clean(const SourceText& source) {
  gk::DiagnosticSink sink;
  auto file = gk::parse_rule_file(source, sink);
  for (const auto& diagnostic : sink.diagnostics()) FAIL_CHECK(gk::render(diagnostic));
  return file;
}

/// The dump of a rule file without positions: its shape only.
std::string shape_of(const std::string& text) {
  const SourceText source("test.gk", text);
  return gk::ast::dump(*parse_clean(source), source, {.positions = false});
}

/// The dump of one expression, without positions.
std::string expr_shape(const std::string& text) {
  const SourceText source("expr", text);
  gk::DiagnosticSink sink;
  auto expr = gk::parse_embedded_expression(source, {0, static_cast<uint32_t>(text.size())}, sink);
  for (const auto& diagnostic : sink.diagnostics()) FAIL_CHECK(gk::render(diagnostic));
  REQUIRE(expr != nullptr);
  return gk::ast::dump(*expr, source, {.positions = false});
}

/// The only declaration of a file that must hold exactly one.
template <class Decl>
const Decl& only(const gk::ast::File& file) {
  REQUIRE(file.declarations.size() == 1);
  const auto* decl = std::get_if<Decl>(&file.declarations[0]);
  REQUIRE(decl != nullptr);
  return *decl;
}

/// The condition of the first `require` of a rule.
const gk::ast::Expr& first_requirement(const gk::ast::RuleDecl& rule) {
  for (const auto& step : rule.steps) {
    if (const auto* require = std::get_if<gk::ast::RequireStep>(&step.step)) {
      return *require->condition;
    }
  }
  FAIL("no require");
  throw 0;
}

}  // namespace

TEST_CASE("syntax: the sample pack parses cleanly and matches its golden dump") {
  const SourceText source("sample.gk", read_test_file("rules/sample.gk"));
  const std::string actual = gk::ast::dump(*parse_clean(source), source);
  const std::string expected = read_test_file("rules/sample.ast");
  if (actual != expected) std::ofstream("sample.ast.actual", std::ios::binary) << actual;
  CHECK(actual == expected);
}

TEST_CASE("syntax: Chinese and English keywords give the same tree") {
  const std::string english = shape_of(read_test_file("rules/sample.gk"));
  const std::string chinese = shape_of(read_test_file("rules/sample_zh.gk"));
  CHECK(english == chinese);
  CHECK(english.find("(rule JS-3G-01") != std::string::npos);
}

TEST_CASE("syntax: full-width punctuation is read like ASCII punctuation") {
  const std::string ascii =
      "list 项目 = [\"a\", \"b\"]\nrule R-1 \"t\" { let v = f(a, [1, 2]) require v }";
  const std::string wide =
      "list 项目 = ［“a”，“b”］\nrule R-1 “t” { let v = f（a，［1，2］） require v }";
  CHECK(shape_of(ascii) == shape_of(wide));
  CHECK(expr_shape("a ≤ b") == expr_shape("a <= b"));
  CHECK(expr_shape("a ≥ b") == expr_shape("a >= b"));
  CHECK(expr_shape("a ≠ b") == expr_shape("a != b"));
}

TEST_CASE("syntax: a number takes its unit with or without a space") {
  CHECK(expr_shape("0.5万元") == "(number 0.5 万元)");
  CHECK(expr_shape("0.5 万元") == "(number 0.5 万元)");
  CHECK(expr_shape("5%") == "(number 5 %)");
  CHECK(expr_shape("5％") == "(number 5 %)");
  CHECK(expr_shape("3元") == "(number 3 元)");
  CHECK(expr_shape("2 亿元") == "(number 2 亿元)");
  CHECK(expr_shape("12") == "(number 12)");
  CHECK(expr_shape("万元数") == "(name 万元数)");

  const SourceText source("n", "0.5 万元");
  gk::DiagnosticSink sink;
  auto expr = gk::parse_embedded_expression(source, {0, 11}, sink);
  REQUIRE(expr != nullptr);
  const auto* number = expr->as<gk::ast::NumberLit>();
  REQUIRE(number != nullptr);
  CHECK(number->unit == gk::ast::Unit::TenThousandYuan);
  CHECK(number->unit_span == gk::Span{4, 10});
  CHECK(expr->span == gk::Span{0, 10});
}

TEST_CASE("syntax: operators bind as usual") {
  CHECK(expr_shape("a + b * c == d and not e") ==
        "(and\n"
        "  (==\n"
        "    (+\n"
        "      (name a)\n"
        "      (*\n"
        "        (name b)\n"
        "        (name c)))\n"
        "    (name d))\n"
        "  (not\n"
        "    (name e)))");
  CHECK(expr_shape("a or b and c") == expr_shape("a or (b and c)"));
  CHECK(expr_shape("a - b - c") == expr_shape("(a - b) - c"));
  CHECK(expr_shape("-a * b") == expr_shape("(-a) * b"));
  CHECK(expr_shape("a 或 b 且 非 c") == expr_shape("a or b and not c"));
  CHECK(expr_shape("f(x).y.z") == "(member z\n  (member y\n    (call f\n      (name x))))");
}

TEST_CASE("syntax: within belongs to the comparison") {
  CHECK(expr_shape("a == b + c within 0.01万元 and d") ==
        "(and\n"
        "  (==\n"
        "    (name a)\n"
        "    (+\n"
        "      (name b)\n"
        "      (name c))\n"
        "    (within\n"
        "      (number 0.01 万元)))\n"
        "  (name d))");
  CHECK(expr_shape("a == b 容差 1%") == expr_shape("a == b within 1%"));
  CHECK(expr_shape("text ~ \"x\"") == "(~\n  (name text)\n  (string \"x\"))");
}

TEST_CASE("syntax: words that begin with a keyword are names") {
  for (const char* word : {"表格", "当前预算", "规则说明", "非税收入", "在职人数", "或有负债",
                           "真实性", "标题行", "testing", "notes", "index"}) {
    CAPTURE(word);
    CHECK(expr_shape(word) == std::string("(name ") + word + ")");
  }
  CHECK(expr_shape("当前预算 - 表格") == "(-\n  (name 当前预算)\n  (name 表格))");
}

TEST_CASE("syntax: keywords after a dot are field names") {
  CHECK(expr_shape("doc.title") == "(member title\n  (name doc))");
  CHECK(expr_shape("doc.标题") == "(member 标题\n  (name doc))");
  CHECK(expr_shape("表1.表号") == "(member 表号\n  (name 表1))");
}

TEST_CASE("syntax: rule numbers are tokens after rule and test") {
  const SourceText source("ids.gk",
                          "rule JS-3G-01 \"a\" { let d = v-1 require d }\n"
                          "test JX-AR-5 { pass \"x\" }\n"
                          "rule \"三公-01\" \"b\" { require x }\n");
  auto file = parse_clean(source);
  REQUIRE(file->declarations.size() == 3);
  const auto& rule = std::get<gk::ast::RuleDecl>(file->declarations[0]);
  CHECK(rule.id.text == "JS-3G-01");
  CHECK(source.slice(rule.id.span) == "JS-3G-01");
  const auto& let = std::get<gk::ast::LetStep>(rule.steps[0].step);
  CHECK(let.value->kind() == gk::ast::ExprKind::Binary);  // v-1 is a subtraction
  CHECK(std::get<gk::ast::TestDecl>(file->declarations[1]).rule.text == "JX-AR-5");
  const auto& quoted = std::get<gk::ast::RuleDecl>(file->declarations[2]);
  CHECK(quoted.id.text == "三公-01");
  CHECK(source.slice(quoted.id.span) == "\"三公-01\"");
}

TEST_CASE("syntax: Chinese text in comments, strings and names reads the same after stand-ins") {
  // The lexer sees stand-ins for characters above ASCII (parser.cpp, lexer_view): keyword
  // characters in names (表 in 收支总表), in strings and comments (规则, 要求, “”，。), a
  // string with a backslash followed by code on the same line, # and " inside strings.
  const std::string text =
      "# 规则包说明：要求“表”里的#号与\"引号\"都不算数。\n"
      "table 收支总表 = caption \"收支总表（\\d+）#规则\" or caption “要求\"规则\"表”  # 表名，要求\n"
      "rule R-1 \"规则：要求 表\" {\n"
      "  require count(收支总表) >= 1 or doc.类型 == “部门决算”  # 或、且\n"
      "}\n";
  const std::string shape = shape_of(text);
  CHECK(shape.find("收支总表") != std::string::npos);
  const SourceText source("s.gk", text);
  auto file = parse_clean(source);
  REQUIRE(file->declarations.size() == 2);
  const auto& table = std::get<gk::ast::VocabularyDecl>(file->declarations[0]);
  CHECK(table.name.text == "收支总表");
  REQUIRE(table.selectors.size() == 2);
  CHECK(table.selectors[0].pattern.value == "收支总表（\\d+）#规则");
  CHECK(table.selectors[1].pattern.value == "要求\"规则\"表");
  const auto& rule = std::get<gk::ast::RuleDecl>(file->declarations[1]);
  CHECK(rule.title.value == "规则：要求 表");
}

TEST_CASE("syntax: strings keep backslashes and their exact spans") {
  const SourceText source(
      "s.gk", "table t = caption \"\\d+\\s\" or caption \"a\\\"b\" or caption “\\w”");
  auto file = parse_clean(source);
  const auto& table = only<gk::ast::VocabularyDecl>(*file);
  REQUIRE(table.selectors.size() == 3);

  const auto& raw = table.selectors[0].pattern;
  CHECK(raw.value == "\\d+\\s");
  CHECK(source.slice(raw.span) == "\"\\d+\\s\"");
  CHECK(source.slice(raw.content) == "\\d+\\s");
  CHECK(raw.source_offset(1) == raw.content.begin + 1);

  const auto& escaped = table.selectors[1].pattern;
  CHECK(escaped.value == "a\"b");
  CHECK(escaped.escapes == std::vector<uint32_t>{1});
  CHECK(source.slice(escaped.source_span(2, 3)) == "b");  // after the two bytes of \"
  CHECK(source.slice(escaped.source_span(1, 2)) == "\\\"");

  const auto& chinese = table.selectors[2].pattern;
  CHECK(chinese.value == "\\w");
  CHECK(chinese.content.begin == chinese.span.begin + 3);  // “ is three bytes
  CHECK(source.slice(chinese.content) == "\\w");
}

TEST_CASE("syntax: rule steps keep their written order") {
  const SourceText source("r.gk",
                          "规则 JS-1 \"t\" {\n"
                          "  令 a = 1  要求 a > 0  当 b  令 c = a  要求 c 否则 \"{c}\"\n"
                          "  类别 准确性  对于 x 在 列\n"
                          "}\n");
  auto file = parse_clean(source);
  const auto& rule = only<gk::ast::RuleDecl>(*file);
  REQUIRE(rule.steps.size() == 5);
  CHECK(std::holds_alternative<gk::ast::LetStep>(rule.steps[0].step));
  CHECK(std::holds_alternative<gk::ast::RequireStep>(rule.steps[1].step));
  CHECK(std::holds_alternative<gk::ast::WhenStep>(rule.steps[2].step));
  CHECK(std::holds_alternative<gk::ast::LetStep>(rule.steps[3].step));
  const auto& last = std::get<gk::ast::RequireStep>(rule.steps[4].step);
  REQUIRE(last.message.has_value());
  CHECK(last.message->value == "{c}");
  REQUIRE(rule.loops.size() == 1);
  CHECK(rule.loops[0].variable.text == "x");
  CHECK(rule.category->text == "准确性");
  CHECK(first_requirement(rule).kind() == gk::ast::ExprKind::Compare);
}

TEST_CASE("syntax: comments and ideographic spaces are ignored") {
  CHECK(shape_of("# 注释\nlist　l = [\"a\"]  # 行尾注释\n") == shape_of("list l = [\"a\"]"));
}

TEST_CASE("syntax: an embedded expression has positions in its file") {
  // The `{f.决算 / f.预算}` part of a message, parsed where it stands.
  const SourceText source("m.gk", "else \"应为 {f.决算 / f.预算}\"");
  const auto begin = static_cast<uint32_t>(source.text().find('{') + 1);
  const auto end = static_cast<uint32_t>(source.text().find('}'));
  gk::DiagnosticSink sink;
  auto expr = gk::parse_embedded_expression(source, {begin, end}, sink);
  REQUIRE(expr != nullptr);
  CHECK(sink.diagnostics().empty());
  CHECK(gk::ast::dump(*expr, source) ==
        "(/ @1:11\n  (member 决算 @1:11\n    (name f @1:11))\n  (member 预算 @1:18\n"
        "    (name f @1:18)))");
}

TEST_CASE("syntax: a message splits into text and expressions with their spans") {
  const SourceText source("m.gk", "rule R-1 \"t\" { require a else \"{item}决算为 {{{v}}}\" }");
  auto file = parse_clean(source);
  const auto& rule = only<gk::ast::RuleDecl>(*file);
  const auto& message = *std::get<gk::ast::RequireStep>(rule.steps[0].step).message;
  gk::DiagnosticSink sink;
  const auto parts = gk::split_message(message, source, sink);
  CHECK(sink.diagnostics().empty());
  REQUIRE(parts.size() == 4);
  CHECK(parts[0].kind == gk::MessagePart::Kind::Expression);
  CHECK(parts[0].text == "item");
  CHECK(source.slice(parts[0].span) == "item");
  CHECK(parts[1].text == "决算为 {");
  CHECK(source.slice(parts[1].span) == "决算为 {{");
  CHECK(parts[2].text == "v");
  CHECK(parts[3].text == "}");

  auto expr = gk::parse_embedded_expression(source, parts[2].span, sink);
  REQUIRE(expr != nullptr);
  CHECK(gk::ast::dump(*expr, source) == "(name v @1:45)");

  const SourceText broken("b.gk", "\"{v 未闭合\"");
  gk::ast::StringLit literal{"{v 未闭合", {0, 14}, {1, 13}, {}};
  CHECK(gk::split_message(literal, broken, sink).size() == 1);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(gk::render(sink.diagnostics()[0]) ==
        "b.gk:1:2: error: 消息中的 “{” 缺少对应的 “}”（字面的花括号请写成 “{{”） [E007]\n"
        "  \"{v 未闭合\"\n"
        "   ^\n");
}

// Tests for the limits of rule files and of evaluation: an expression nested deeper than
// kMaxExpressionDepth (brackets, not/-, operator chains) is a clear E008 at its place, not a
// stack overflow, and one at the limit still compiles and runs; a flood of errors keeps the
// first 100 and counts the rest; a long line is shown as a window around the caret (in
// messages, findings and the HTML report); a catastrophic pattern in a rule stops at ICU's
// time limit and gives that rule an `error` outcome while the other rules still run.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "check/pack.h"
#include "document/extract.h"
#include "eval/evaluator.h"
#include "html_parts.h"
#include "base/caret_line.h"
#include "syntax/nesting.h"

namespace {

using gk::eval::Outcome;
using gk::syntax::kMaxExpressionDepth;

std::string repeat(std::string_view piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::string rule_requiring(const std::string& condition) {
  return "rule X-1 \"限度\" {\n  require " + condition + "\n}\n";
}

struct Compiled {
  std::unique_ptr<gk::check::Pack> pack;
  std::vector<gk::Diagnostic> diagnostics;
};

Compiled compile(const std::string& text, gk::Language lang = gk::Language::Zh) {
  gk::DiagnosticSink sink;
  std::vector<gk::SourceText> files;
  files.emplace_back("deep.gk", text);
  Compiled c;
  c.pack = gk::check::compile_pack(std::move(files), "限度", sink, lang);
  c.diagnostics = sink.diagnostics();
  return c;
}

/// The only diagnostic of a pack that must not compile: E008 at line 2, column `column`.
void expect_too_deep(const std::string& text, uint32_t column) {
  const auto c = compile(text);
  CHECK(c.pack == nullptr);
  REQUIRE(c.diagnostics.size() == 1);
  const auto& d = c.diagnostics.front();
  CHECK(d.code == "E008");
  CHECK(d.file == "deep.gk");
  CHECK(d.location == gk::Location{2, column});
  CHECK(d.message ==
        "表达式嵌套太深：括号、not、- 与运算符合计超过 200 层；请用“令”分成几步。此文件不再往下读");
}

Outcome run_single_rule(const gk::check::Pack& pack, const std::string& text) {
  const auto document = gk::doc::extract_document(gk::SourceText("d.txt", text));
  const auto result = gk::eval::evaluate(pack, document);
  REQUIRE(result.rules.size() == 1);
  return result.rules.front().outcome;
}

}  // namespace

TEST_CASE("limits: 10,000 nested brackets are E008 at the bracket past the limit") {
  // "  require " is 10 columns; bracket k (1-based) is at column 10 + k; the 200th bracket
  // and the operator inside make depth 201 only later, so the 201st bracket is reported.
  expect_too_deep(rule_requiring(repeat("(", 10000) + "1 == 1" + repeat(")", 10000)), 11 + 200);
  expect_too_deep(rule_requiring(repeat("[", 10000) + "1" + repeat("]", 10000)), 11 + 200);
  expect_too_deep(rule_requiring(repeat("abs(", 10000) + "1" + repeat(")", 10000) + " > 0"),
                  11 + 4 * 200 + 3);
}

TEST_CASE("limits: long chains of prefix and binary operators are E008") {
  // 100,000 `not`: the 201st starts at column 11 + 4 * 200.
  expect_too_deep(rule_requiring(repeat("not ", 100000) + "true"), 11 + 4 * 200);
  expect_too_deep(rule_requiring(repeat("- ", 100000) + "1 > 0"), 11 + 2 * 200);
  // "1 + 1 + …": the 201st `+` is at column 11 + 4 * 200 + 2.
  expect_too_deep(rule_requiring("1" + repeat(" + 1", 100000) + " > 0"), 11 + 4 * 200 + 2);
  expect_too_deep(rule_requiring("doc" + repeat(".title", 300) + " == \"\""), 11 + 3 + 6 * 200);
}

TEST_CASE("limits: an expression at the nesting limit compiles and runs") {
  // 199 brackets around `1 == 1`: depth 199 + 1 operator = 200, the limit.
  const auto c = compile(rule_requiring(repeat("(", kMaxExpressionDepth - 1) + "1 == 1" +
                                        repeat(")", kMaxExpressionDepth - 1)));
  REQUIRE(c.pack != nullptr);
  CHECK(c.diagnostics.empty());
  CHECK(run_single_rule(*c.pack, "部门决算\n") == Outcome::Pass);
  // 200 operators in one chain.
  const auto chain = compile(rule_requiring("1" + repeat(" + 1", kMaxExpressionDepth - 1) + " > 0"));
  REQUIRE(chain.pack != nullptr);
  CHECK(run_single_rule(*chain.pack, "部门决算\n") == Outcome::Pass);
}

TEST_CASE("limits: commas start over, so long flat lists are not deep") {
  std::string items = "1";
  for (int i = 0; i < 10000; ++i) items += ", 1 + 1";
  const auto c = compile(rule_requiring("count([" + items + "]) == 10001"));
  REQUIRE(c.pack != nullptr);
  CHECK(c.diagnostics.empty());
  CHECK(run_single_rule(*c.pack, "部门决算\n") == Outcome::Pass);
}

TEST_CASE("limits: E008 in a message expression and in English") {
  const auto c = compile("rule X-1 \"限度\" {\n  require false else \"{" + repeat("(", 300) + "1" +
                         repeat(")", 300) + "}\"\n}\n");
  CHECK(c.pack == nullptr);
  REQUIRE(c.diagnostics.size() == 1);
  CHECK(c.diagnostics.front().code == "E008");
  CHECK(c.diagnostics.front().location == gk::Location{2, 24 + 200});

  const auto en = compile(rule_requiring(repeat("(", 300) + "1 == 1" + repeat(")", 300)),
                          gk::Language::En);
  REQUIRE(en.diagnostics.size() == 1);
  CHECK(en.diagnostics.front().message ==
        "expression nested too deeply: more than 200 levels of brackets, not, - and operators; "
        "split it into steps with let. This file is not read any further");
}

TEST_CASE("limits: a catastrophic pattern gives its rule an error, the other rules run") {
  const std::string rules =
      "rule R-1 \"灾难性的模式\" {\n"
      "  for s in sentences(doc)\n"
      "  require not (s ~ \"(a+)+$\")\n"
      "}\n"
      "rule R-2 \"正常的规则\" {\n"
      "  require count(sentences(doc)) > 0\n"
      "}\n"
      "rule R-3 \"同一个模式\" {\n"
      "  require mentions(doc, \"(a+)+$\")\n"
      "}\n";
  gk::DiagnosticSink sink;
  std::vector<gk::SourceText> files;
  files.emplace_back("t.gk", rules);
  const auto pack = gk::check::compile_pack(std::move(files), "t", sink);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  REQUIRE(pack != nullptr);
  // 2,000 sentences of 5,000 a's and a '!': `(a+)+$` backtracks exponentially on each. The
  // first search stops at the time limit; the pattern then fails at once on this document.
  std::string text = "部门决算\n";
  for (int i = 0; i < 2000; ++i) text += repeat("a", 5000) + "!。\n";
  const auto document = gk::doc::extract_document(gk::SourceText("d.txt", text));

  const auto start = std::chrono::steady_clock::now();
  const auto result = gk::eval::evaluate(*pack, document);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 5.0);
  REQUIRE(result.rules.size() == 3);
  const auto& catastrophic = result.rules[0];
  CHECK(catastrophic.outcome == Outcome::Error);
  REQUIRE(catastrophic.items.size() == 2000);
  for (const auto& item : catastrophic.items) {
    CHECK(item.outcome == Outcome::Error);
    CHECK(item.message == "模式“(a+)+$”匹配超出时间限制");
  }
  CHECK(result.rules[1].outcome == Outcome::Pass);
  CHECK(result.rules[2].outcome == Outcome::Error);
  REQUIRE(result.rules[2].items.size() == 1);
  CHECK(result.rules[2].items.front().message == "模式“(a+)+$”匹配超出时间限制");
}

TEST_CASE("limits: a million unknown characters give 100 errors and a count of the rest") {
  const auto start = std::chrono::steady_clock::now();
  const auto c = compile(std::string(1000000, '$'));
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 20.0);
  CHECK(c.pack == nullptr);
  REQUIRE(c.diagnostics.size() == gk::kMaxDiagnostics + 1);
  CHECK(c.diagnostics.front().code == "E003");
  CHECK(c.diagnostics.front().location == gk::Location{1, 1});
  CHECK(c.diagnostics[99].location == gk::Location{1, 100});
  const auto& note = c.diagnostics.back();
  CHECK(note.code == "E-TOO-MANY");
  CHECK(note.severity == gk::Severity::Note);
  CHECK(gk::render(note) ==
        "deep.gk: note: 还有 999900 个问题未列出（只列出前 100 个）/ 999900 more problems not shown "
        "(only the first 100 are listed) [E-TOO-MANY]\n");
}

TEST_CASE("limits: a long line is shown as a window of 1,000 characters around the caret") {
  const std::string line = repeat("一", 3000) + "X" + repeat("b", 5000);
  // The caret on X (column 3001): 40 characters before it, "..." on both sides; the pad is
  // three cells for "..." and two cells per Chinese character.
  CHECK(gk::caret_lines(line, 3001, 1) ==
        "  ..." + repeat("一", 40) + "X" + repeat("b", 959) + "...\n  " + std::string(3 + 80, ' ') + "^\n");
  // Near the end (8,001 characters), the window is the line's last 1,000 characters.
  CHECK(gk::caret_lines(line, 8000, 2) ==
        "  ..." + repeat("b", 1000) + "\n  " + std::string(3 + 998, ' ') + "^~\n");
  // Near the start, no "..." before; a short line is shown whole.
  CHECK(gk::caret_lines(line, 2, 3) ==
        "  " + repeat("一", 1000) + "...\n    ^~~~~~\n");
  CHECK(gk::caret_lines("ab一", 3, 1) == "  ab一\n    ^~\n");
}

TEST_CASE("limits: the HTML report shows a long line as a window around the finding") {
  const std::string text = "部门决算\n" + repeat("b", 3000) + "X" + repeat("c", 3000) + "\n";
  const gk::SourceText source("d.txt", text);
  const uint32_t x = static_cast<uint32_t>(text.find('X'));
  CHECK(gk::cli::html::marked_line(source, 2, {x, x + 1}, {}) ==
        "..." + repeat("b", 40) + "<mark class=\"at\">X</mark>" + repeat("c", 959) + "...");
  // A short line is shown whole.
  CHECK(gk::cli::html::marked_line(source, 1, {0, 6}, {}) == "<mark class=\"at\">部门</mark>决算");
}

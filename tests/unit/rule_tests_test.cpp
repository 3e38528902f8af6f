// Tests for eval/rule_tests and eval/test_coverage: a case's expectations (message, count,
// line) are met or unmet one by one, each unmet one failing the case only when the outcome
// is right; the coverage names the when, require and fact templates no case exercised.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "check/pack.h"
#include "eval/rule_tests.h"
#include "eval/test_coverage.h"

namespace {

using gk::ast::ExpectationKind;

constexpr const char* kRules = R"(
fact 预算执行 =
  "年初预算为{预算:金额}，支出决算为{决算:金额}，完成年初预算的{完成率:百分比}"
  or "预算数{预算:金额}，决算数{决算:金额}，完成率{完成率:百分比}"

rule T-01 "完成率一致" {
  for f in 预算执行
  when f.预算 > 0万元
  require f.完成率 == f.决算 / f.预算 else "完成率写作 {f.完成率}"
}
)";

std::unique_ptr<gk::check::Pack> compile(const std::string& tests) {
  std::vector<gk::SourceText> files;
  files.emplace_back("t.gk", std::string(kRules) + tests);
  gk::DiagnosticSink sink;
  auto pack = gk::check::compile_pack(std::move(files), "t", sink);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  REQUIRE(pack);
  return pack;
}

}  // namespace

TEST_CASE("rule tests: expectations met pass the case") {
  const auto pack = compile(
      "test T-01 {\n"
      "  fail \"前言。\\n年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。\\n年初预算为10万元，支出决算为8万元，完成年初预算的70%。\" "
      "message \"写作 726.87%\" count 2 line 3, 2\n"
      "  pass \"年初预算为41.72万元，支出决算为42.92万元，完成年初预算的102.88%。\" count 0\n"
      "}\n");
  const auto results = gk::eval::run_rule_tests(*pack);
  REQUIRE(results.size() == 2);
  CHECK(results[0].passed);
  CHECK(results[0].failing_count == 2);
  CHECK(results[0].failing_lines == std::vector<uint32_t>{2, 3});
  CHECK(results[1].passed);
}

TEST_CASE("rule tests: each unmet expectation is named, in source order") {
  const auto pack = compile(
      "test T-01 {\n"
      "  fail \"年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。\" 行 2 消息 \"没有这段\" 条数 1\n"
      "}\n");
  const auto results = gk::eval::run_rule_tests(*pack);
  REQUIRE(results.size() == 1);
  CHECK_FALSE(results[0].passed);
  REQUIRE(results[0].unmet.size() == 2);
  CHECK(results[0].unmet[0]->kind == ExpectationKind::Lines);
  CHECK(results[0].unmet[1]->kind == ExpectationKind::Message);
  CHECK(results[0].failing_messages == std::vector<std::string>{"完成率写作 726.87%"});
}

TEST_CASE("rule tests: expectations are not looked at when the outcome is wrong") {
  const auto pack = compile("test T-01 {\n  fail \"年初预算为41.72万元，支出决算为42.92万元，完成年初预算的102.88%。\" count 3\n}\n");
  const auto results = gk::eval::run_rule_tests(*pack);
  REQUIRE(results.size() == 1);
  CHECK_FALSE(results[0].passed);
  CHECK(results[0].unmet.empty());
}

TEST_CASE("rule tests: coverage names the branches no case exercised") {
  const auto pack = compile("test T-01 {\n  pass \"年初预算为41.72万元，支出决算为42.92万元，完成年初预算的102.88%。\"\n}\n");
  gk::eval::TestCoverage coverage(*pack);
  gk::eval::run_rule_tests(*pack, &coverage);
  std::vector<gk::eval::CoverageGap::Kind> kinds;
  for (const auto& gap : coverage.gaps()) kinds.push_back(gap.kind);
  using K = gk::eval::CoverageGap::Kind;
  // in file order: the second template, then the when (never false), then the require
  CHECK(kinds == std::vector<K>{K::TemplateNeverRead, K::WhenNeverFalse, K::RequireNeverFailed});
  REQUIRE(coverage.gaps().size() == 3);
  CHECK(coverage.gaps()[0].owner == "预算执行");
  CHECK(coverage.gaps()[2].owner == "T-01");
}

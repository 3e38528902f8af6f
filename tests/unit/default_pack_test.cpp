// The shipped 部门决算 pack: it compiles, every test block in it passes, and every rule has
// at least one failing and one passing case.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "check/pack.h"
#include "eval/rule_tests.h"
#include "test_files.h"

namespace {

std::unique_ptr<gk::check::Pack> load_pack(const std::string& dir) {
  std::vector<gk::SourceText> files;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".gk") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) files.emplace_back(p.string(), gk::test::read_file(p.string()));
  gk::DiagnosticSink sink;
  auto pack = gk::check::compile_pack(std::move(files), "juesuan", sink);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  return pack;
}

}  // namespace

TEST_CASE("default pack: compiles and every rule test passes") {
  auto pack = load_pack(GK_RULES_DIR "/juesuan");
  REQUIRE(pack);
  CHECK(pack->name == "部门决算");
  const auto results = gk::eval::run_rule_tests(*pack);
  CHECK(results.size() >= pack->rules.size());
  for (const auto& r : results) {
    const std::string expected = gk::eval::to_string(r.expected);
    const std::string actual = r.actual ? gk::eval::to_string(*r.actual) : "no result";
    INFO(r.file << ":" << r.location.line << " " << r.rule << " expected " << expected << ", got "
                << actual << ": " << r.message);
    CHECK(r.passed);
  }
}

TEST_CASE("default pack: every rule has a failing and a passing case") {
  auto pack = load_pack(GK_RULES_DIR "/juesuan");
  REQUIRE(pack);
  std::map<std::string, std::set<gk::ast::TestOutcome>> cases;
  for (const auto& r : gk::eval::run_rule_tests(*pack)) cases[r.rule].insert(r.expected);
  for (const auto& rule : pack->rules) {
    INFO(rule.info.id);
    CHECK(cases[rule.info.id].count(gk::ast::TestOutcome::Fail) == 1);
    CHECK(cases[rule.info.id].count(gk::ast::TestOutcome::Pass) == 1);
  }
}

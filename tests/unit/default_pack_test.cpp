// The shipped packs (every directory under rules/: 部门决算, 整体支出绩效自评): each compiles
// without a diagnostic, every test block in it passes, and every rule has at least one
// failing and one passing case.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/pack.h"
#include "eval/rule_tests.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

std::unique_ptr<gk::check::Pack> load_pack(const fs::path& dir, gk::DiagnosticSink& sink) {
  std::vector<gk::SourceText> files;
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".gk") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) files.emplace_back(p.string(), gk::test::read_file(p.string()));
  auto pack = gk::check::compile_pack(std::move(files), dir.filename().string(), sink);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  return pack;
}

/// The directories of the shipped packs, in name order.
std::vector<fs::path> pack_dirs() {
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(GK_RULES_DIR))
    if (e.is_directory()) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

}  // namespace

TEST_CASE("shipped packs: the 部门决算 and 整体支出绩效自评 packs are there") {
  std::map<std::string, std::string> names;  // directory → pack name
  for (const auto& dir : pack_dirs()) {
    gk::DiagnosticSink sink;
    auto pack = load_pack(dir, sink);
    REQUIRE(pack);
    names[dir.filename().string()] = pack->name;
  }
  CHECK(names["juesuan"] == "部门决算");
  CHECK(names["jixiao"] == "整体支出绩效自评");
}

TEST_CASE("shipped packs: each compiles cleanly and every rule test passes") {
  for (const auto& dir : pack_dirs()) {
    INFO(dir.filename().string());
    gk::DiagnosticSink sink;
    auto pack = load_pack(dir, sink);
    REQUIRE(pack);
    CHECK(sink.diagnostics().empty());
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
}

TEST_CASE("shipped packs: every rule has a failing and a passing case") {
  for (const auto& dir : pack_dirs()) {
    gk::DiagnosticSink sink;
    auto pack = load_pack(dir, sink);
    REQUIRE(pack);
    std::map<std::string, std::set<gk::ast::TestOutcome>> cases;
    for (const auto& r : gk::eval::run_rule_tests(*pack)) cases[r.rule].insert(r.expected);
    for (const auto& rule : pack->rules) {
      INFO(dir.filename().string() << " " << rule.info.id);
      CHECK(cases[rule.info.id].count(gk::ast::TestOutcome::Fail) == 1);
      CHECK(cases[rule.info.id].count(gk::ast::TestOutcome::Pass) == 1);
    }
  }
}

TEST_CASE("shipped packs: every fact template compiles to a working regex") {
  // Templates are compiled for ICU on first use; this uses each one once.
  size_t templates = 0;
  for (const auto& dir : pack_dirs()) {
    gk::DiagnosticSink sink;
    auto pack = load_pack(dir, sink);
    REQUIRE(pack);
    for (const auto& fact : pack->facts) {
      for (const auto& form : fact.templates) {
        std::vector<gk::TemplateMatch> found;
        CAPTURE(form.regex());
        CHECK(form.match("上年预算为10万元，其中人员经费1万元。", found) == gk::MatchStatus::Ok);
        ++templates;
      }
    }
  }
  CHECK(templates > 10);
}

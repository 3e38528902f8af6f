// Leaving out the test blocks of a rule file (syntax/test_blocks.h), as check and scorecard
// do for the built-in packs: the packs compile to the same plan with every rule at the same
// line and column, and braces, `test` and quotes inside strings and comments do not fool it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "check/pack.h"
#include "check/plan_dump.h"
#include "syntax/test_blocks.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;
using gk::syntax::without_test_blocks;

std::unique_ptr<gk::check::Pack> compile_dir(const fs::path& dir, bool tests) {
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".gk") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<gk::SourceText> files;
  for (const auto& p : paths) {
    const std::string text = gk::test::read_file(p.string());
    files.emplace_back(p.string(), tests ? text : without_test_blocks(text));
  }
  gk::DiagnosticSink sink;
  auto pack = gk::check::compile_pack(std::move(files), dir.filename().string(), sink);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  CHECK(sink.diagnostics().empty());
  return pack;
}

size_t lines(const std::string& text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("test blocks: the built-in packs compile to the same plan without them") {
  size_t packs = 0;
  for (const auto& e : fs::directory_iterator(GK_RULES_DIR)) {
    if (!e.is_directory() || e.path().filename() == "vocabulary") continue;
    ++packs;
    INFO(e.path().string());
    const auto whole = compile_dir(e.path(), true);
    const auto lean = compile_dir(e.path(), false);
    REQUIRE(whole);
    REQUIRE(lean);
    CHECK(!whole->tests.empty());
    CHECK(lean->tests.empty());
    CHECK(gk::check::dump_plan(*whole) == gk::check::dump_plan(*lean));
    REQUIRE(whole->rules.size() == lean->rules.size());
    for (size_t i = 0; i < whole->rules.size(); ++i) {
      CHECK(whole->rules[i].info.id == lean->rules[i].info.id);
      CHECK(whole->rules[i].info.location == lean->rules[i].info.location);
      for (size_t s = 0; s < whole->rules[i].steps.size(); ++s) {
        const auto& a = whole->rules[i].steps[s];
        const auto& b = lean->rules[i].steps[s];
        CHECK(whole->file_of(whole->rules[i]).locate(a.span.begin) ==
              lean->file_of(lean->rules[i]).locate(b.span.begin));
        CHECK(a.written == b.written);
      }
    }
    size_t whole_size = 0, lean_size = 0;
    for (size_t f = 0; f < whole->files.size(); ++f) {
      CHECK(lines(whole->files[f].text()) == lines(lean->files[f].text()));
      whole_size += whole->files[f].text().size();
      lean_size += lean->files[f].text().size();
    }
    CHECK(lean_size < whole_size * 3 / 4);
  }
  CHECK(packs >= 2);
}

TEST_CASE("test blocks: only top-level test blocks go, their lines and columns kept") {
  const std::string text =
      "rule R-1 \"有 { 和 test X {\" {  # test Y {\n"
      "  require a == “}” else \"\\\"}\"\n"
      "}\n"
      "test R-1 {\n"
      "  pass \"{ test }\"   # }\n"
      "  fail “}”\n"
      "}  rule R-2 \"二\" { require b }\n"
      "测试 R-2 { pass \"x\" }\n"
      "  test R-2 {\n"
      "  na \"y\"\n"
      "}\n";
  const std::string expected =
      "rule R-1 \"有 { 和 test X {\" {  # test Y {\n"
      "  require a == “}” else \"\\\"}\"\n"
      "}\n"
      "\n"
      "\n"
      "\n"
      "   rule R-2 \"二\" { require b }\n"
      "                   \n"
      "  \n"
      "\n"
      " \n";
  CHECK(without_test_blocks(text) == expected);
  // `test` inside a name or not at the start of a line, and a test without its braces.
  CHECK(without_test_blocks("let tests = 1\nrule X-1 \"t\" { when test }\n") ==
        "let tests = 1\nrule X-1 \"t\" { when test }\n");
  CHECK(without_test_blocks("rule X-1 \"t\" { }\ntest X-1 {\n  pass \"a\"\n") ==
        "rule X-1 \"t\" { }\ntest X-1 {\n  pass \"a\"\n");
}

// Every rule example in the documentation (fenced blocks tagged `gk` in docs/*.md) is a
// complete rule file: it compiles without a diagnostic and its test blocks pass. So the docs
// cannot drift from the language.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/pack.h"
#include "eval/rule_tests.h"
#include "test_files.h"

TEST_CASE("docs: every gk example compiles and its tests pass") {
  size_t examples = 0;
  for (const auto& example : gk::test::doc_examples()) {
    ++examples;
    INFO(example.name);
    std::vector<gk::SourceText> files;
    files.emplace_back(example.name, example.text);
    gk::DiagnosticSink sink;
    auto pack = gk::check::compile_pack(std::move(files), "example", sink);
    for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
    REQUIRE(pack);
    CHECK(sink.diagnostics().empty());
    for (const auto& r : gk::eval::run_rule_tests(*pack)) {
      INFO(r.rule << " expected " << std::string(gk::eval::to_string(r.expected)) << ": " << r.message);
      CHECK(r.passed);
    }
  }
  CHECK(examples >= 10);
}

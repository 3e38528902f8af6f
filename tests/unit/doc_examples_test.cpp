// Every rule example in the documentation (fenced blocks tagged `gk` in docs/*.md) is a
// complete rule file: it compiles without a diagnostic and its test blocks pass. So the docs
// cannot drift from the language.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "check/pack.h"
#include "eval/rule_tests.h"
#include "test_files.h"

namespace {

struct Example {
  std::string name;  ///< doc file and line, for messages
  std::string text;
};

std::vector<Example> gk_blocks(const std::filesystem::path& doc) {
  std::vector<Example> out;
  const std::string text = gk::test::read_file(doc.string());
  size_t line = 1, pos = 0;
  Example* open = nullptr;
  while (pos < text.size()) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view l(text.data() + pos, end - pos);
    if (!open && l.starts_with("```gk")) {
      out.push_back({doc.filename().string() + ":" + std::to_string(line), ""});
      open = &out.back();
    } else if (open && l.starts_with("```")) {
      open = nullptr;
    } else if (open) {
      open->text.append(l).push_back('\n');
    }
    pos = end + 1;
    ++line;
  }
  return out;
}

}  // namespace

TEST_CASE("docs: every gk example compiles and its tests pass") {
  size_t examples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(GK_DOCS_DIR)) {
    if (entry.path().extension() != ".md") continue;
    for (const auto& example : gk_blocks(entry.path())) {
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
  }
  CHECK(examples >= 10);
}

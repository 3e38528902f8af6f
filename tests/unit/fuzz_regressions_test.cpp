// Regression tests from fuzzing: every input that once crashed, hung or tripped a sanitizer
// (found by the fuzz targets, or by hand) is kept under tests/data/fuzz-regressions/
// (document/ for fuzz_document, rules/ for fuzz_rules, pdf/ and office/ for fuzz_pdf and
// fuzz_office) and replayed here through the very
// code the targets run (tests/fuzz/fuzz_inputs.h), in the normal build and under the
// sanitizers.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz_inputs.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

/// The saved inputs of one target, in name order.
std::vector<fs::path> saved_inputs(const std::string& target) {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(GK_TESTDATA_DIR) / "fuzz-regressions" / target;
  if (!fs::is_directory(dir)) return out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().filename() != "README.md") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("fuzz regressions: saved document inputs") {
  for (const auto& path : saved_inputs("document")) {
    CAPTURE(path.filename().string());
    const auto problem = gk::fuzz::run_document_input(gk::test::read_file(path.string()));
    CHECK_MESSAGE(!problem, problem.value_or(""));
  }
}

TEST_CASE("fuzz regressions: saved rule-file inputs") {
  for (const auto& path : saved_inputs("rules")) {
    CAPTURE(path.filename().string());
    const auto problem = gk::fuzz::run_rules_input(gk::test::read_file(path.string()));
    CHECK_MESSAGE(!problem, problem.value_or(""));
  }
}

TEST_CASE("fuzz regressions: saved PDF inputs, and the seeds of fuzz_pdf") {
  std::vector<fs::path> inputs = saved_inputs("pdf");
  for (const auto& entry : fs::directory_iterator(fs::path(GK_TESTDATA_DIR) / "pdf")) inputs.push_back(entry.path());
  CHECK(inputs.size() >= 5);
  for (const auto& path : inputs) {
    CAPTURE(path.filename().string());
    const auto problem = gk::fuzz::run_pdf_input(gk::test::read_file(path.string()));
    CHECK_MESSAGE(!problem, problem.value_or(""));
  }
  CHECK_FALSE(gk::fuzz::run_pdf_input("not a pdf"));  // given a header, read as a damaged PDF
}

TEST_CASE("fuzz regressions: saved office inputs, and the seeds of fuzz_office") {
  std::vector<fs::path> inputs = saved_inputs("office");
  for (const auto& entry : fs::directory_iterator(fs::path(GK_TESTDATA_DIR) / "office")) {
    if (entry.path().extension() != ".js") inputs.push_back(entry.path());
  }
  CHECK(inputs.size() >= 3);
  for (const auto& path : inputs) {
    CAPTURE(path.filename().string());
    const auto problem = gk::fuzz::run_office_input(gk::test::read_file(path.string()));
    CHECK_MESSAGE(!problem, problem.value_or(""));
  }
}

// Regression tests from fuzzing: every input that once crashed, hung or tripped a sanitizer
// (found by the fuzz targets, or by hand) is kept under tests/data/fuzz-regressions/
// (document/ for fuzz_document, rules/ for fuzz_rules) and replayed here through the very
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

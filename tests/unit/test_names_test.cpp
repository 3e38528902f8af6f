// The unit tests' own names: ctest runs each doctest case by name, and a name that CMake
// splits (at ";") or doctest reads as a pattern ("*", "?", "\") would run no test at all
// while ctest reports it passed.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "test_files.h"

TEST_CASE("test names: every unit test name can be selected by ctest") {
  const std::filesystem::path dir = std::filesystem::path(GK_TESTDATA_DIR).parent_path() / "unit";
  const std::regex test_case(R"(TEST_CASE\("([^"]*)\"\))");
  size_t names = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string text = gk::test::read_file(entry.path().string());
    for (std::sregex_iterator it(text.begin(), text.end(), test_case), end; it != end; ++it) {
      const std::string name = (*it)[1];
      CHECK_MESSAGE(name.find_first_of(";*?\\") == std::string::npos,
                    entry.path().filename().string() << ": " << name);
      ++names;
    }
  }
  CHECK(names > 200);
}

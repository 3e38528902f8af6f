// Test helpers: read a file of the test data or of the examples into a string.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace gk::test {

/// The whole file at `path`; fails the current test when it cannot be opened.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing test file " << path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// A file under tests/data.
inline std::string read_test_file(const std::string& relative) {
  return read_file(std::string(GK_TESTDATA_DIR) + "/" + relative);
}

/// A document under examples/.
inline std::string read_example(const std::string& name) {
  return read_file(std::string(GK_EXAMPLES_DIR) + "/" + name);
}

}  // namespace gk::test

// Test helpers: read a file of the test data or of the examples into a string; the rule
// examples of the documentation.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

/// A fenced block tagged `gk` in docs/*.md: a complete rule file.
struct DocExample {
  std::string name;  ///< doc file and line, for messages
  std::string text;
};

/// Every `gk` block of one documentation file.
inline std::vector<DocExample> gk_blocks(const std::filesystem::path& doc) {
  std::vector<DocExample> out;
  const std::string text = read_file(doc.string());
  size_t line = 1, pos = 0;
  DocExample* open = nullptr;
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

/// Every `gk` block of docs/*.md.
inline std::vector<DocExample> doc_examples() {
  std::vector<DocExample> out;
  for (const auto& entry : std::filesystem::directory_iterator(GK_DOCS_DIR)) {
    if (entry.path().extension() != ".md") continue;
    for (auto& example : gk_blocks(entry.path())) out.push_back(std::move(example));
  }
  return out;
}

}  // namespace gk::test

// Tests for base/source: spans, line index, locations.
#include <doctest/doctest.h>

#include "base/source.h"

using gk::SourceText;

TEST_CASE("source: locate counts lines and code-point columns") {
  SourceText s("a.txt", "ab\n一二三\nxyz");
  CHECK(s.line_count() == 3);
  CHECK(s.locate(0) == gk::Location{1, 1});
  CHECK(s.locate(3) == gk::Location{2, 1});
  CHECK(s.locate(6) == gk::Location{2, 2});  // after one 3-byte character
  CHECK(s.line_text(2) == "一二三");
  CHECK(s.line_text(3) == "xyz");
}

TEST_CASE("source: line spans drop a CR before LF") {
  SourceText s("a.txt", "ab\r\ncd");
  CHECK(s.line_text(1) == "ab");
  CHECK(s.line_text(2) == "cd");
}

TEST_CASE("source: columns on long lines, across the column index blocks") {
  // Lines of mixed one- and three-byte characters, crossing many 4 KiB blocks, a line break
  // inside a block, and a text ending exactly on a block boundary.
  std::string text;
  for (int i = 0; i < 5000; ++i) text += i % 3 == 0 ? "决" : "a";
  text += "\n";
  for (int i = 0; i < 3000; ++i) text += "算b";
  text.resize(text.size() - (text.size() % 4096));  // cut inside a line, on a boundary
  while ((static_cast<unsigned char>(text.back()) & 0xC0) == 0x80 ||
         static_cast<unsigned char>(text.back()) >= 0xC0)
    text.pop_back();  // …at a character boundary
  const SourceText s("long.txt", text);
  uint32_t line = 1, column = 1;
  for (uint32_t offset = 0; offset <= text.size(); ++offset) {
    const bool starts = offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
    if (starts && offset % 7 == 0) {
      CAPTURE(offset);
      CHECK(s.locate(offset) == gk::Location{line, column});
    }
    if (offset == text.size()) break;
    if (text[offset] == '\n') {
      ++line;
      column = 1;
    } else if (starts) {
      ++column;
    }
  }
}

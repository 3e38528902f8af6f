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

// Tests for syntax/layout: the pretty printer behind `rules fmt` — groups on one line when
// they fit, fills that break only where the line is full, alignment, trailing comments.
#include <doctest/doctest.h>

#include "syntax/layout.h"

namespace {

using gk::layout::Doc;

/// `word word word …` as a group whose spaces break together, aligned after `head`.
Doc chain(const std::string& head, const std::vector<std::string>& words) {
  Doc inner = Doc::text(words.front());
  for (size_t i = 1; i < words.size(); ++i) {
    inner += Doc::line();
    inner += Doc::text(words[i]);
  }
  return Doc::concat({Doc::text(head), Doc::group(Doc::align(std::move(inner)))});
}

}  // namespace

TEST_CASE("layout: a group stays on one line when it fits and breaks as a whole otherwise") {
  const Doc doc = chain("when ", {"aaaa", "and bbbb", "and cccc"});
  CHECK(gk::layout::print(doc, 40) == "when aaaa and bbbb and cccc\n");
  CHECK(gk::layout::print(doc, 20) ==
        "when aaaa\n"
        "     and bbbb\n"
        "     and cccc\n");
}

TEST_CASE("layout: a fill breaks only where the next item does not fit") {
  std::vector<Doc> parts;
  for (int i = 0; i < 6; ++i) {
    if (i > 0) parts.push_back(Doc::line());
    parts.push_back(Doc::text(i < 5 ? "item,"  : "item"));
  }
  const Doc doc = Doc::concat({Doc::text("x = ["), Doc::align(Doc::fill(std::move(parts))), Doc::text("]")});
  CHECK(gk::layout::print(doc, 24) ==
        "x = [item, item, item,\n"
        "     item, item, item]\n");
}

TEST_CASE("layout: Chinese characters count two columns") {
  const Doc doc = chain("", {"收入合计", "或 支出合计"});
  CHECK(gk::layout::print(doc, 20) == "收入合计 或 支出合计\n");
  CHECK(gk::layout::print(doc, 19) == "收入合计\n或 支出合计\n");
}

TEST_CASE("layout: trailing comments end their line and line up with their neighbours'") {
  Doc doc;
  doc += Doc::text("short");
  doc += Doc::comment("# one");
  doc += Doc::hard_line();
  doc += Doc::text("a longer line");
  doc += Doc::comment("# two");
  doc += Doc::hard_line();
  doc += Doc::text("no comment");
  doc += Doc::hard_line();
  doc += Doc::text("x");
  doc += Doc::comment("# three");
  doc += Doc::text("y");  // after a trailing comment: a new line
  CHECK(gk::layout::print(doc, 80) ==
        "short          # one\n"
        "a longer line  # two\n"
        "no comment\n"
        "x  # three\n"
        "y\n");
}

TEST_CASE("layout: hard lines are not doubled, blank lines are kept, indentation nests") {
  Doc body;
  body += Doc::hard_line();
  body += Doc::hard_line();
  body += Doc::text("a");
  body += Doc::hard_line();
  body += Doc::blank_line();
  body += Doc::text("b ");  // spaces at the end of a line are dropped
  Doc doc = Doc::concat({Doc::text("{"), Doc::nest(2, std::move(body)), Doc::hard_line(), Doc::text("}")});
  CHECK(gk::layout::print(doc, 80) == "{\n  a\n\n  b\n}\n");
}

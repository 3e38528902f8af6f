// Tests for syntax/keyword_typos: how far a word is from a keyword (which keyword a
// misspelled word is taken for is tested through the parser in syntax_errors_test.cpp).
#include <doctest/doctest.h>

#include "syntax/keyword_typos.h"

using gk::syntax::likely_keyword;
using gk::syntax::typo_distance;

TEST_CASE("keyword typos: a swap of neighbours is one edit, ASCII case does not count") {
  CHECK(typo_distance("tset", "test") == 1);
  CHECK(typo_distance("fcat", "fact") == 1);
  CHECK(typo_distance("Require", "require") == 0);
  CHECK(typo_distance("要球", "要求") == 1);
  CHECK(typo_distance("rul", "rule") == 1);
  CHECK(typo_distance("sevrty", "severity") == 2);
  CHECK(typo_distance("abc", "") == 3);
}

TEST_CASE("keyword typos: nothing is suggested when no keyword is expected") {
  CHECK_FALSE(likely_keyword("requre", {}).has_value());
}

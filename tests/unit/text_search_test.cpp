// find_text against std::string_view::find: the same answers on Chinese and ASCII text, at
// the edges (start, end, empty needle, needle longer than the rest, `from` past the end).
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "base/text_search.h"

namespace gk {
namespace {

TEST_CASE("find_text: edges") {
  const std::string_view text = "收入合计100万元，支出合计";
  CHECK(find_text(text, "收入") == 0);
  CHECK(find_text(text, "合计") == text.find("合计"));
  CHECK(find_text(text, "合计", 7) == text.find("合计", 7));
  CHECK(find_text(text, "支出合计") == text.size() - std::string_view("支出合计").size());
  CHECK(find_text(text, "结余") == std::string_view::npos);
  CHECK(find_text(text, "") == 0);
  CHECK(find_text(text, "", text.size()) == text.size());
  CHECK(find_text(text, "", text.size() + 1) == std::string_view::npos);
  CHECK(find_text(text, "合计", text.size()) == std::string_view::npos);
  CHECK(find_text("合", "合计") == std::string_view::npos);
  CHECK(find_text("", "x") == std::string_view::npos);
  CHECK(contains_text(text, "万元"));
  CHECK_FALSE(contains_text(text, "亿元"));
}

TEST_CASE("find_text: as std::string_view::find on random text") {
  const std::string_view pieces[] = {"合", "计", "收", "入", "万元", "，", "1", "0", "(", "a"};
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text, needle;
    for (int i = std::uniform_int_distribution<int>(0, 12)(random); i > 0; --i) text += pieces[random() % 10];
    for (int i = std::uniform_int_distribution<int>(1, 3)(random); i > 0; --i) needle += pieces[random() % 10];
    const size_t from = std::uniform_int_distribution<size_t>(0, text.size())(random);
    CHECK(find_text(text, needle, from) == std::string_view(text).find(needle, from));
  }
}

}  // namespace
}  // namespace gk

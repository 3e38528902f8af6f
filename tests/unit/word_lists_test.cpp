// Tests for base/word_lists: a word list finds the same words at a text's start and end as
// comparing every word would, for Chinese words (whose first bytes say little), one-byte
// words, and lists that mix them.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

#include "base/word_lists.h"

namespace {

constexpr gk::WordList<5> kMixed{{"主要用于", "其中", ",", "，", "分别为"}};

/// The first word of `words` that `text` starts (or ends) with, by comparing every word.
template <size_t N>
size_t naive_prefix(std::string_view text, const gk::WordList<N>& words) {
  for (const auto w : words.words())
    if (text.starts_with(w)) return w.size();
  return 0;
}

template <size_t N>
size_t naive_suffix(std::string_view text, const gk::WordList<N>& words) {
  for (const auto w : words.words())
    if (text.ends_with(w)) return w.size();
  return 0;
}

}  // namespace

TEST_CASE("word lists: Chinese and one-byte words at the start and the end") {
  CHECK(gk::prefix_size("主要用于会议费", kMixed) == 12);
  CHECK(gk::prefix_size("其中：人员经费", kMixed) == 6);
  CHECK(gk::prefix_size(",人员", kMixed) == 1);
  CHECK(gk::prefix_size("，人员", kMixed) == 3);
  CHECK(gk::prefix_size("主要是", kMixed) == 0);  // same first character, another word
  CHECK(gk::prefix_size("其", kMixed) == 0);      // a word cut short
  CHECK(gk::prefix_size("", kMixed) == 0);
  CHECK(gk::suffix_size("支出分别为", kMixed) == 9);
  CHECK(gk::suffix_size("合计，", kMixed) == 3);
  CHECK(gk::suffix_size("合计,", kMixed) == 1);
  CHECK(gk::suffix_size("分别", kMixed) == 0);
}

TEST_CASE("word lists: the same answers as comparing every word, on random text") {
  const std::string_view pieces[] = {"主", "要", "用", "于", "其", "中", "分", "别", "为",
                                     ",", "，", "a", "的", "\xE4", "\xB8"};
  std::mt19937 random(7);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 6);
    for (int k = 0; k < length; ++k) text += pieces[random() % std::size(pieces)];
    CAPTURE(text);
    CHECK(gk::prefix_size(text, kMixed) == naive_prefix(text, kMixed));
    CHECK(gk::suffix_size(text, kMixed) == naive_suffix(text, kMixed));
  }
}

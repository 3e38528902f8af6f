// Tests for base/unicode: UTF-8 decoding and validation, NFKC, character classes, Chinese
// numerals and display widths.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>

#include "base/unicode.h"

namespace u = gk::unicode;

TEST_CASE("unicode: next_code_point decodes and replaces bad sequences") {
  const std::string_view text = "a一\xF0\x9F\x98\x80";
  size_t pos = 0;
  CHECK(u::next_code_point(text, pos) == U'a');
  CHECK(pos == 1);
  CHECK(u::next_code_point(text, pos) == U'一');
  CHECK(pos == 4);
  CHECK(u::next_code_point(text, pos) == U'\U0001F600');
  CHECK(pos == 8);

  const std::string_view bad = "\xE4\xB8";  // truncated 一: never read past the end
  pos = 0;
  CHECK(u::next_code_point(bad, pos) == U'\uFFFD');
  CHECK(pos == 1);
  const std::string_view overlong = "\xC0\xAF";
  pos = 0;
  CHECK(u::next_code_point(overlong, pos) == U'\uFFFD');
  CHECK(pos == 1);
}

TEST_CASE("unicode: append_utf8 round-trips") {
  std::string out;
  for (char32_t cp : {U'A', U'é', U'部', U'\U00020000'}) u::append_utf8(out, cp);
  CHECK(out == "Aé部\xF0\xA0\x80\x80");
  CHECK(u::length(out) == 4);
}

TEST_CASE("unicode: UTF-8 validation rejects overlongs, surrogates and truncation") {
  CHECK(u::is_valid_utf8(""));
  CHECK(u::is_valid_utf8("plain ASCII text, longer than eight bytes"));
  CHECK(u::is_valid_utf8("部门决算 2024"));
  CHECK_FALSE(u::is_valid_utf8("\xC0\x80"));          // overlong NUL
  CHECK_FALSE(u::is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
  CHECK_FALSE(u::is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(u::is_valid_utf8("abc\xE9\x83"));       // truncated
  CHECK(u::valid_utf8_prefix("abcdefghij\xFFxyz") == 10);
  CHECK(u::valid_utf8_prefix("部门\xE5\x86") == 6);
}

TEST_CASE("unicode: nfkc folds full-width forms") {
  CHECK(u::nfkc("１２３４５６７８９０（一）：") == "1234567890(一):");
  CHECK(u::nfkc("，；％") == ",;%");
  CHECK(u::nfkc("、。") == "、。");
  CHECK(u::nfkc("\u3000") == " ");
  CHECK(u::nfkc("ascii only") == "ascii only");
  CHECK(u::nfkc("e\u0301") == "é");  // whole-string NFKC composes
}

// nfkc() takes a shortcut for text of Han characters, ASCII, full-width forms and inert
// punctuation: it must give what ICU gives for the whole text, also next to characters
// that compose or decompose (a combining accent, a ligature, half-width katakana, Hangul).
TEST_CASE("unicode: nfkc agrees with ICU on mixed text") {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* icu_nfkc = icu::Normalizer2::getNFKCInstance(status);
  REQUIRE(U_SUCCESS(status));
  const std::string pieces[] = {"收", "入", "A", "e", "1", " ", "（", "）", "：", "，", "Ａ", "ｅ",
                                "、", "。", "“", "”", "《", "》", "\xCC\x81" /* U+0301 */, "ﬁ", "ｶ", "ﾞ",
                                "\xE1\x84\x80" /* U+1100 */, "\xE1\x85\xA1" /* U+1161 */, "㈠", "\xEF\xBF\xBD",
                                "\xE3\x80\x80" /* U+3000 */};
  std::mt19937 random(11);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int i = std::uniform_int_distribution<int>(1, 8)(random); i > 0; --i)
      text += pieces[random() % std::size(pieces)];
    std::string expected;
    icu::StringByteSink<std::string> sink(&expected);
    icu_nfkc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr,
                            status);
    REQUIRE(U_SUCCESS(status));
    CHECK_MESSAGE(gk::unicode::nfkc(text) == expected, text);
  }
}

TEST_CASE("unicode: nfkc of mixed text equals ICU's whole-string NFKC") {
  // Character by character where nothing combines; whole-string where something may.
  CHECK(u::nfkc("部门决算“三公”经费：１２.５万元。") == "部门决算“三公”经费:12.5万元。");
  CHECK(u::nfkc("收入\u3000合计《表》") == "收入 合计《表》");
  CHECK(u::nfkc("部门①项") == "部门1项");                 // a compatibility character
  CHECK(u::nfkc("部门e\u0301，") == "部门é,");            // composition after the fast part
  CHECK(u::nfkc("Ａ\u0301") == "Á");                      // a full-width letter composes too
  CHECK(u::nfkc("部门\xE5\x86") == "部门\uFFFD\uFFFD");  // each ill-formed byte replaced
  CHECK(u::nfkc("\uFFFD部") == "\uFFFD部");              // a real U+FFFD stays
}

TEST_CASE("unicode: append_nfkc works one code point at a time") {
  std::string out;
  for (char32_t cp : {U'３', U'（', U'部', U'⑴', U'e', U'\u0301'}) u::append_nfkc(out, cp);
  CHECK(out == "3(部(1)e\u0301");
}

TEST_CASE("unicode: character classes") {
  CHECK(u::is_han(U'部'));
  CHECK(u::is_han(U'\u3400'));
  CHECK(u::is_han(U'\uF900'));
  CHECK_FALSE(u::is_han(U'A'));
  CHECK_FALSE(u::is_han(U'，'));
  CHECK(u::is_cjk_punctuation(U'、'));
  CHECK(u::is_cjk_punctuation(U'（'));
  CHECK(u::is_cjk_punctuation(U'\u3000'));
  CHECK_FALSE(u::is_cjk_punctuation(U'('));
  CHECK(u::is_wide(U'部'));
  CHECK(u::is_wide(U'，'));
  CHECK_FALSE(u::is_wide(U'a'));
  CHECK_FALSE(u::is_wide(U'é'));
  for (char32_t cp : {U' ', U'\t', U'\n', U'\u3000', U'\u00A0', U'\uFEFF', U'\u2002'}) {
    CHECK(u::is_space(cp));
  }
  CHECK_FALSE(u::is_space(U'x'));
  CHECK_FALSE(u::is_space(U'一'));
}

TEST_CASE("unicode: Chinese numerals one to twenty-six") {
  const char* numerals[] = {"一",   "二",   "三",   "四",   "五",   "六",   "七",
                            "八",   "九",   "十",   "十一", "十二", "十三", "十四",
                            "十五", "十六", "十七", "十八", "十九", "二十", "二十一",
                            "二十二", "二十三", "二十四", "二十五", "二十六"};
  for (int i = 0; i < 26; ++i) {
    CAPTURE(numerals[i]);
    CHECK(u::parse_chinese_numeral(numerals[i]) == i + 1);
  }
}

TEST_CASE("unicode: Chinese numerals one to ninety-nine") {
  const std::string digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (int value = 1; value < 100; ++value) {
    const int tens = value / 10, ones = value % 10;
    const std::string numeral =
        tens == 0 ? digits[ones] : (tens == 1 ? "" : digits[tens]) + "十" + digits[ones];
    CAPTURE(numeral);
    CHECK(u::parse_chinese_numeral(numeral) == value);
  }
  CHECK_FALSE(u::parse_chinese_numeral("十十"));
  CHECK_FALSE(u::parse_chinese_numeral("十一十"));
}

TEST_CASE("unicode: Chinese numerals with hundreds, zero and 两") {
  CHECK(u::parse_chinese_numeral("一百零五") == 105);
  CHECK(u::parse_chinese_numeral("一百一十") == 110);
  CHECK(u::parse_chinese_numeral("一千零一") == 1001);
  CHECK(u::parse_chinese_numeral("十万") == 100000);
  CHECK(u::parse_chinese_numeral("两") == 2);
  CHECK(u::parse_chinese_numeral("两百") == 200);
  CHECK(u::parse_chinese_numeral("零") == 0);
  CHECK(u::parse_chinese_numeral("〇") == 0);
  CHECK(u::parse_chinese_numeral("二十六") == 26);  // again: served from the cache
}

TEST_CASE("unicode: ASCII digits are numerals too") {
  CHECK(u::parse_chinese_numeral("2") == 2);
  CHECK(u::parse_chinese_numeral("26") == 26);
  CHECK(u::parse_chinese_numeral("2024") == 2024);
  CHECK_FALSE(u::parse_chinese_numeral("123456789").has_value());  // above 99 999 999
  CHECK_FALSE(u::parse_chinese_numeral("2a").has_value());
}

TEST_CASE("unicode: partial, negative and foreign numerals are rejected") {
  CHECK_FALSE(u::parse_chinese_numeral("").has_value());
  CHECK_FALSE(u::parse_chinese_numeral("二十六、").has_value());
  CHECK_FALSE(u::parse_chinese_numeral("第二").has_value());
  CHECK_FALSE(u::parse_chinese_numeral("负五").has_value());
  CHECK_FALSE(u::parse_chinese_numeral("五点五").has_value());
  CHECK_FALSE(u::parse_chinese_numeral("一亿").has_value());
  CHECK_FALSE(u::parse_chinese_numeral("百").has_value());
  CHECK_FALSE(u::parse_chinese_numeral("2十").has_value());
  CHECK_FALSE(u::parse_chinese_numeral("部门").has_value());
}

TEST_CASE("unicode: display width counts wide characters twice") {
  CHECK(u::display_width("abc") == 3);
  CHECK(u::display_width("部门决算") == 8);
  CHECK(u::display_width("（一）a") == 7);
}

TEST_CASE("unicode: control characters made visible for a terminal") {
  using gk::unicode::visible_controls;
  CHECK(visible_controls("部门决算\t2024\n") == "部门决算\t2024\n");
  CHECK(visible_controls("a\x1b]0;title\x07z") == "a␛]0;title␇z");      // retitling the terminal
  CHECK(visible_controls("\x1b[2J\x1b[H") == "␛[2J␛[H");                // clearing it
  CHECK(visible_controls("page\fbreak\x7f\r") == "page␌break␡␍");
  CHECK(visible_controls("a\nb", false) == "a␊b");                       // a file name stays one line
  CHECK(visible_controls("\xC2\x9B" "31m") == "\\u009B31m");             // C1 CSI
  CHECK(visible_controls("name\x9B.txt") == "name\\x9B.txt");            // not UTF-8
  CHECK(visible_controls("\xC2\xA0·") == "\xC2\xA0·");                   // no-break space is text
}

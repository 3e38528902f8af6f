// Tests for what `check --waivers` and `--baseline` read: the file patterns of a waiver and
// the JSON reader of a baseline (values, escapes, mistakes at their offset, deep nesting).
#include <doctest/doctest.h>

#include <string>

#include "json_reader.h"
#include "waivers.h"

using gk::cli::JsonError;
using gk::cli::JsonValue;
using gk::cli::parse_json;
using gk::cli::pattern_matches;
using gk::cli::Waiver;

TEST_CASE("waivers: a star stays within a folder, two stars cross folders") {
  CHECK(pattern_matches("002_*.txt", "002_e5bbbd38b1f7eef3.txt"));
  CHECK(pattern_matches("examples/*.txt", "examples/002.txt"));
  CHECK_FALSE(pattern_matches("examples/*.txt", "examples/sub/002.txt"));
  CHECK(pattern_matches("examples/**.txt", "examples/sub/002.txt"));
  CHECK(pattern_matches("JS-AR-0?", "JS-AR-01"));
  CHECK_FALSE(pattern_matches("JS-AR-0?", "JS-AR-011"));
  CHECK(pattern_matches("决算-?.txt", "决算-甲.txt"));  // one character, not one byte
  CHECK(pattern_matches("JS-AR-01", "JS-AR-01"));
  CHECK_FALSE(pattern_matches("JS-AR-01", "JS-AR-010"));
}

TEST_CASE("waivers: patterns with many stars take time in proportion, not exponential") {
  std::string pattern;
  for (int k = 0; k < 200; ++k) pattern += "*a";
  CHECK_FALSE(pattern_matches(pattern + "b", std::string(2000, 'a')));
  CHECK(pattern_matches(pattern, std::string(2000, 'a')));
  CHECK(pattern_matches("**", "a/b/c"));
  CHECK(pattern_matches("*", ""));
  CHECK_FALSE(pattern_matches("?", ""));
  CHECK(pattern_matches("a**b", "a/x/b"));
  CHECK_FALSE(pattern_matches("a*b", "a/x/b"));
}

TEST_CASE("waivers: a document pattern with a folder matches the path, without one the name") {
  Waiver w;
  w.rule = "JS-AR-*";
  w.document = "002_*.txt";
  CHECK(w.covers("JS-AR-01", "examples/002_e5.txt", ""));
  CHECK(w.covers("JS-AR-01", "./examples/002_e5.txt", ""));
  CHECK_FALSE(w.covers("JS-XR-01", "examples/002_e5.txt", ""));
  w.document = "examples/002_*.txt";
  CHECK(w.covers("JS-AR-01", "./examples/002_e5.txt", ""));
  CHECK_FALSE(w.covers("JS-AR-01", "other/002_e5.txt", ""));
  w.department = "醴陵市医疗保障局";
  CHECK(w.covers("JS-AR-01", "examples/002_e5.txt", "醴陵市医疗保障局"));
  CHECK_FALSE(w.covers("JS-AR-01", "examples/002_e5.txt", "天心区医疗保障局"));
}

TEST_CASE("baseline json: values, escapes and member order") {
  const auto parsed = parse_json(R"({"a": [1, -2.5e3, true, null], "s": "\u5355\ud83d\ude00\n", "b": false})");
  REQUIRE(std::holds_alternative<JsonValue>(parsed));
  const JsonValue& v = std::get<JsonValue>(parsed);
  REQUIRE(v.find("a") != nullptr);
  CHECK(v.find("a")->items.size() == 4);
  CHECK(v.find("a")->items[1].text == "-2.5e3");
  CHECK(v.find("a")->items[2].boolean);
  CHECK(*v.string_member("s") == "单\xF0\x9F\x98\x80\n");
  CHECK(v.members.back().name == "b");
  CHECK(v.string_member("a") == nullptr);
}

TEST_CASE("baseline json: a mistake is reported at its offset") {
  auto at = [](std::string_view text) {
    const auto parsed = parse_json(text);
    REQUIRE(std::holds_alternative<JsonError>(parsed));
    return std::get<JsonError>(parsed).offset;
  };
  CHECK(at(R"({"a": 1,})") == 8);
  CHECK(at("[1, 2") == 5);
  CHECK(at(R"({"a": tru})") == 6);
  CHECK(at("\"open") == 5);
  CHECK(at("[1] x") == 4);
  CHECK(at("") == 0);
}

TEST_CASE("baseline json: nesting deeper than 256 levels is refused, not a crash") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto parsed = parse_json(deep);
  REQUIRE(std::holds_alternative<JsonError>(parsed));
  CHECK(std::get<JsonError>(parsed).message == "nested too deeply");
  CHECK(std::holds_alternative<JsonValue>(parse_json(std::string(200, '[') + std::string(200, ']'))));
}

// Tests for check/template_anchor: which templates get a lead anchor or a word check, the
// window of starts before an anchor word, and that matching with them gives exactly the
// matches of a plain ICU search over the whole template, on every paragraph of the
// examples and on random text built to trip them (anchor words, sentence ends, commas).
#include <doctest/doctest.h>

#include <unicode/regex.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "base/unicode.h"
#include "base/utf16_text.h"
#include "check/fact_template.h"
#include "check/template_anchor.h"
#include "document/extract.h"
#include "test_files.h"

namespace {

using gk::FactTemplate;
using gk::fact_template::Barrier;

FactTemplate compiled(std::string_view text) {
  std::vector<gk::TemplateProblem> problems;
  auto result = FactTemplate::compile(text, gk::Language::Zh, problems);
  for (const auto& problem : problems) CAPTURE(problem.message);
  REQUIRE(problems.empty());
  REQUIRE(result.has_value());
  return *result;
}

std::optional<gk::fact_template::LeadAnchor> anchor_of(std::string_view text) {
  const auto syntax = gk::fact_template::read_template(gk::unicode::nfkc(text), gk::Language::Zh);
  REQUIRE(syntax.problems.empty());
  return gk::fact_template::find_lead_anchor(syntax.tokens, syntax.holes);
}

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

/// Every match as "begin-end" of the whole and of each group, in bytes.
using Spans = std::vector<std::vector<size_t>>;

/// A template with a repeated part gives one match per item, all with the whole match's
/// span: those are compared by the whole span (the items themselves are tested in
/// fact_template_test).
Spans anchored_matches(const FactTemplate& fact, std::string_view text) {
  std::vector<gk::TemplateMatch> found;
  REQUIRE(fact.match(text, found) == gk::MatchStatus::Ok);
  Spans spans;
  for (const auto& m : found) {
    std::vector<size_t> row = {m.begin, m.end};
    if (fact.repeats()) {
      if (spans.empty() || spans.back() != row) spans.push_back(row);
      continue;
    }
    for (const auto& c : m.captures) row.insert(row.end(), {c.begin, c.end});
    spans.push_back(row);
  }
  return spans;
}

/// The same matches by a plain ICU search of the whole template's regex.
Spans plain_matches(const FactTemplate& fact, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  std::unique_ptr<icu::RegexPattern> pattern(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(fact.regex()), 0, parse_error, status));
  REQUIRE(U_SUCCESS(status));
  const gk::Utf16Text input(text);
  std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(input.text, status));
  Spans spans;
  while (m->find(status)) {
    std::vector<size_t> row = {input.to_utf8(m->start64(status)), input.to_utf8(m->end64(status))};
    if (fact.repeats()) {
      spans.push_back(row);
      continue;
    }
    for (int32_t g = 1; g <= m->groupCount(); ++g) {
      row.insert(row.end(), {input.to_utf8(m->start64(g, status)), input.to_utf8(m->end64(g, status))});
    }
    spans.push_back(row);
  }
  REQUIRE(U_SUCCESS(status));
  return spans;
}

/// Templates with a lead anchor: the shipped ones and harder shapes.
const std::vector<std::string_view> kTemplates = {
    "{项目:文本}支出预算为{预算:金额}，支出决算为{决算:金额}",
    "{项目:文本}预算为{预算:金额}，决算为{决算:金额}",
    "{项目:文本}…比上年{方向:增加|减少}{变动:金额}",
    "{项目:文本}…与上年相比，{方向:增加|减少}{变动:金额}",
    "{项目:文本}{方向:增加|减少}{变动:金额}",
    "{项目:文本}，{说明:文本}…原因",
    "{甲:文本}、{乙:文本}主要用于{用途:文本}",
    "{项目:文本} 上年 {方向:增加|减少}",
    // No lead anchor, but a word check at the first Han word.
    "{本年:金额}。…上年…{方向:增加|减少}{变动:金额}…{幅度方向:增长|下降}{幅度:百分比}",
    "{本年:金额}…上年…{方向:增加|减少}{变动:金额}",
    "{类:在职|实有}…{总数:整数}，其中…{甲:整数}",
    // A repeated part after the lead word, after the checked word, at the start, and
    // around the first Han word (no anchor, no word check: a plain search).
    "{项目:文本}主要包括：[{名称:文本}{金额:金额}]",
    "{合计:金额}，其中：[{项目:文本}{金额:金额}]",
    "[{项目:文本}{金额:金额}]",
    "{合计:金额}，[{项目:文本}经费{金额:金额}]",
    "其中：[{类别:文本}项目{个数:整数}]",
};

}  // namespace

TEST_CASE("lead anchor: templates that start with a text hole get the first Han word after it") {
  auto lead = anchor_of("{项目:文本}支出预算为{预算:金额}");
  REQUIRE(lead);
  CHECK(utf8(lead->word) == "支出预算为");
  CHECK(lead->max_before == 30);
  CHECK(lead->barrier == Barrier::ClauseEnds);

  lead = anchor_of("{项目:文本}…与上年相比，{方向:增加|减少}");
  REQUIRE(lead);
  CHECK(utf8(lead->word) == "与上年相比");
  CHECK(lead->max_before == 70);
  CHECK(lead->barrier == Barrier::SentenceEnds);

  lead = anchor_of("{项目:文本}{方向:增加|减少}{变动:金额}");  // no Han literal: none
  CHECK_FALSE(lead);
  lead = anchor_of("{项目:文本}{方向:增加|减少}了");
  REQUIRE(lead);
  CHECK(utf8(lead->word) == "了");
  CHECK(lead->max_before == 32);
  lead = anchor_of("{项目:文本}，{说明:文本}原因");  // a comma in the prefix: no barrier
  REQUIRE(lead);
  CHECK(lead->barrier == Barrier::None);
}

TEST_CASE("lead anchor: templates that start otherwise, or reach a figure first, get none") {
  CHECK_FALSE(anchor_of("年初预算为{预算:金额}"));
  CHECK_FALSE(anchor_of("{本年:金额}…上年"));
  CHECK_FALSE(anchor_of("{类:在职|在编}…{总数:整数}人"));
  CHECK_FALSE(anchor_of("{项目:文本}，{金额:金额}元"));
}

TEST_CASE("lead anchor and word check: a repeated part before the word leaves none") {
  CHECK_FALSE(anchor_of("[{项目:文本}{金额:金额}]主要包括"));
  CHECK_FALSE(anchor_of("{项目:文本}：[{名称:文本}{金额:金额}]主要包括"));
  const auto lead = anchor_of("{项目:文本}主要包括：[{名称:文本}{金额:金额}]");
  REQUIRE(lead);
  CHECK(utf8(lead->word) == "主要包括");
  auto word_check_of = [](std::string_view text) {
    const auto syntax = gk::fact_template::read_template(gk::unicode::nfkc(text), gk::Language::Zh);
    REQUIRE(syntax.problems.empty());
    return gk::fact_template::find_word_check(syntax.tokens);
  };
  CHECK_FALSE(word_check_of("{合计:金额}，[{项目:文本}经费{金额:金额}]"));  // the word is inside
  const auto check = word_check_of("{合计:金额}，其中：[{项目:文本}{金额:金额}]");
  REQUIRE(check);
  CHECK(utf8(check->word) == "其中");
  const auto after = word_check_of("[{项目:文本}{金额:金额}]，合计{合计:金额}");
  REQUIRE(after);
  CHECK(utf8(after->word) == "合计");
}

TEST_CASE("word check: templates with pieces before their first Han word") {
  auto word_check_of = [](std::string_view text) {
    const auto syntax = gk::fact_template::read_template(gk::unicode::nfkc(text), gk::Language::Zh);
    REQUIRE(syntax.problems.empty());
    return gk::fact_template::find_word_check(syntax.tokens);
  };
  auto check = word_check_of("{本年:金额}…上年…{方向:增加|减少}{变动:金额}");
  REQUIRE(check);
  CHECK(utf8(check->word) == "上年");
  check = word_check_of("{类:在职|实有}…{总数:整数}，其中…{甲:整数}");
  REQUIRE(check);
  CHECK(utf8(check->word) == "其中");
  CHECK_FALSE(word_check_of("年初预算为{预算:金额}"));  // starts with its word: ICU is fast
  CHECK_FALSE(word_check_of("{甲:金额}，{乙:百分比}"));    // no Han word
}

TEST_CASE("lead anchor: the window stops at the bound and at a barrier, not at whitespace") {
  auto lead = anchor_of("{项目:文本}支出预算为{预算:金额}");
  REQUIRE(lead);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      "说明，公务 接待费支出预算为10万元");
  const int32_t at = text.indexOf(lead->word);
  auto window = [&] {
    const int32_t start = lead->window_start(text, at);
    return utf8(text.tempSubString(start, at - start));
  };
  CHECK(window() == "公务 接待费");
  lead->max_before = 4;
  CHECK(window() == "务 接待费");
  lead->barrier = Barrier::None;
  lead->max_before = 30;
  CHECK(window() == "说明，公务 接待费");
}

TEST_CASE("lead anchor: matches equal a plain search on every paragraph of the examples") {
  std::vector<FactTemplate> facts;
  for (const auto t : kTemplates) facts.push_back(compiled(t));
  size_t compared = 0, matched = 0;
  for (const auto& entry : std::filesystem::directory_iterator(GK_EXAMPLES_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string path = entry.path().string();
    const auto doc = gk::doc::extract_document(gk::SourceText(path, gk::test::read_file(path)));
    for (const auto& paragraph : doc.paragraphs) {
      for (size_t i = 0; i < facts.size(); ++i) {
        CAPTURE(kTemplates[i]);
        CAPTURE(paragraph.text);
        const Spans plain = plain_matches(facts[i], paragraph.text);
        CHECK(anchored_matches(facts[i], paragraph.text) == plain);
        ++compared;
        matched += plain.size();
      }
    }
  }
  CHECK(compared > 1000);
  CHECK(matched > 20);  // the comparison is not only of empty results
}

TEST_CASE("lead anchor: matches equal a plain search on random text around the anchor words") {
  const std::vector<std::string> pieces = {
      "支出预算为", "预算为", "比上年", "与上年相比", "上年", "主要用于", "原因", "增加", "减少",
      "公务接待费", "经费", "3.5万元", "12万元", "，", "。", "；", " ", "\n", "a", "1", "了",
      "支出决算为", "决算为", "增长", "下降", "10%", "在职", "其中", "5人", "2,345.6万元",
      "主要包括：", "其中：", "、", "办公费", "经费", "项目", "2个", "A类"};
  std::vector<FactTemplate> facts;
  for (const auto t : kTemplates) facts.push_back(compiled(t));
  std::mt19937 random(20261123);
  size_t matched = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 60);
    for (int k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    for (size_t i = 0; i < facts.size(); ++i) {
      CAPTURE(kTemplates[i]);
      CAPTURE(text);
      const Spans plain = plain_matches(facts[i], text);
      CHECK(anchored_matches(facts[i], text) == plain);
      matched += plain.size();
    }
  }
  CHECK(matched > 100);
}

// Tests for check/fact_template: compiling sentence templates with typed holes, matching
// them against matching-view sentences, and the problems reported for bad templates.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "base/unicode.h"
#include "check/fact_template.h"

using gk::FactTemplate;
using gk::HoleKind;
using gk::Language;
using gk::MatchStatus;
using gk::TemplateMatch;
using gk::TemplateProblem;
using gk::doc::MoneyUnit;

namespace {

constexpr std::string_view kBudgetTemplate =
    "年初预算为{预算:金额}，支出决算为{决算:金额}，完成年初预算的{完成率:百分比}";

FactTemplate compiled(std::string_view text) {
  std::vector<TemplateProblem> problems;
  auto result = FactTemplate::compile(text, Language::Zh, problems);
  for (const auto& problem : problems) CAPTURE(problem.message);
  REQUIRE(problems.empty());
  REQUIRE(result.has_value());
  return *result;
}

/// Matches of `text` (NFKC'd like the document model's matching view).
std::vector<TemplateMatch> matches(const FactTemplate& fact, std::string_view text) {
  std::vector<TemplateMatch> out;
  CAPTURE(fact.regex());
  CHECK(fact.match(gk::unicode::nfkc(text), out) == MatchStatus::Ok);
  return out;
}

std::vector<TemplateProblem> problems_of(std::string_view text, Language lang = Language::Zh) {
  std::vector<TemplateProblem> problems;
  CHECK_FALSE(FactTemplate::compile(text, lang, problems).has_value());
  return problems;
}

std::string value_of(const gk::TemplateCapture& capture) {
  return capture.value ? capture.value->to_string() : "none";
}

/// Byte offset of `needle` in `text` (the test texts contain each needle once).
size_t at(std::string_view text, std::string_view needle) { return text.find(needle); }

}  // namespace

TEST_CASE("template: the budget sentence gives its three figures with exact offsets") {
  const auto fact = compiled(kBudgetTemplate);
  REQUIRE(fact.holes().size() == 3);
  CHECK(fact.holes()[0].name == "预算");
  CHECK(fact.holes()[0].kind == HoleKind::Amount);
  CHECK(fact.holes()[2].kind == HoleKind::Percentage);
  CHECK(kBudgetTemplate.substr(fact.holes()[1].begin,
                               fact.holes()[1].end - fact.holes()[1].begin) == "{决算:金额}");

  const std::string sentence = "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。";
  std::vector<TemplateMatch> out;
  REQUIRE(fact.match(sentence, out) == MatchStatus::Ok);
  REQUIRE(out.size() == 1);
  const auto& found = out[0];
  CHECK(sentence.substr(found.begin, found.end - found.begin) ==
        "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%");
  REQUIRE(found.captures.size() == 3);
  const auto text_at = [&](size_t i) {
    return sentence.substr(found.captures[i].begin,
                           found.captures[i].end - found.captures[i].begin);
  };
  CHECK(text_at(0) == "40万元");
  CHECK(text_at(1) == "2907.5万元");
  CHECK(text_at(2) == "726.87%");
  CHECK(found.captures[1].text == "2907.5万元");
  CHECK(value_of(found.captures[0]) == "40");
  CHECK(found.captures[0].unit == MoneyUnit::WanYuan);
  CHECK(value_of(found.captures[1]) == "2907.5");
  CHECK(found.captures[1].unit == MoneyUnit::WanYuan);
  CHECK(value_of(found.captures[2]) == "726.87");
  CHECK_FALSE(found.captures[2].unit.has_value());
}

TEST_CASE("template: spaces and full-width punctuation in the sentence are tolerated") {
  const auto fact = compiled(kBudgetTemplate);
  const auto out =
      matches(fact, "年初预算为 41.72 万元,支出决算为42.92万元 ，完成年初预算的102.88％");
  REQUIRE(out.size() == 1);
  CHECK(out[0].captures[0].text == "41.72 万元");
  CHECK(value_of(out[0].captures[0]) == "41.72");
  CHECK(value_of(out[0].captures[1]) == "42.92");
  CHECK(value_of(out[0].captures[2]) == "102.88");
}

TEST_CASE("template: full-width braces, colon and spaces in the template itself") {
  const auto fact = compiled("年初预算为 ｛预算：金额｝ ， 完成 {完成率 : percentage}");
  REQUIRE(fact.holes().size() == 2);
  CHECK(fact.holes()[1].kind == HoleKind::Percentage);
  const auto out = matches(fact, "年初预算为40万元，完成99%");
  REQUIRE(out.size() == 1);
  CHECK(value_of(out[0].captures[1]) == "99");
}

TEST_CASE("template: thousands separators, conversion spaces and yuan") {
  const auto fact = compiled("本年收入合计{收入:金额}，");
  for (const char* sentence : {"本年收入合计138,307,276.56元，", "本年收入合计138, 307, 276. 56元，",
                               "本年收入合计**138,307,276.56**元，"}) {
    CAPTURE(sentence);
    const auto out = matches(fact, sentence);
    REQUIRE(out.size() == 1);
    CHECK(value_of(out[0].captures[0]) == "138307276.56");
    CHECK(out[0].captures[0].unit == MoneyUnit::Yuan);
  }
  const auto yi = matches(fact, "本年收入合计1.5亿元，");
  REQUIRE(yi.size() == 1);
  CHECK(yi[0].captures[0].unit == MoneyUnit::YiYuan);
  CHECK(matches(fact, "本年收入合计138,307,276.56，").empty());  // an amount needs its unit
}

TEST_CASE("template: a choice of words next to an amount") {
  const auto fact = compiled("比上年{方向:增加|减少}{变动:金额}");
  REQUIRE(fact.holes()[0].kind == HoleKind::Choice);
  CHECK(fact.holes()[0].choices == std::vector<std::string>{"增加", "减少"});
  const std::string sentence = "支出决算比上年减少3.5万元，主要原因是";
  const auto out = matches(fact, sentence);
  REQUIRE(out.size() == 1);
  CHECK(out[0].captures[0].text == "减少");
  CHECK(sentence.substr(out[0].captures[0].begin, 6) == "减少");
  CHECK(value_of(out[0].captures[1]) == "3.5");
  CHECK(matches(fact, "比上年持平3.5万元").empty());
  const auto negative = matches(fact, "比上年增加-3.5万元");
  REQUIRE(negative.size() == 1);
  CHECK(value_of(negative[0].captures[1]) == "-3.5");
}

TEST_CASE("template: a gap skips words but not a sentence end") {
  const auto fact = compiled("年初预算为{预算:金额}…完成年初预算的{完成率:百分比}");
  const auto out =
      matches(fact, "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。");
  REQUIRE(out.size() == 1);
  CHECK(value_of(out[0].captures[0]) == "40");
  CHECK(value_of(out[0].captures[1]) == "726.87");
  CHECK(matches(fact, "年初预算为40万元。支出决算完成年初预算的726.87%").empty());
  for (const char* spelling : {"a{x:数}...b", "a{x:数}……b", "a{x:数}．．．b"}) {
    CAPTURE(spelling);
    CHECK(matches(compiled(spelling), "a12 xyz b").size() == 1);
  }
  CHECK(matches(compiled("a{x:数}..b"), "a12 xyz b").empty());  // two dots are literal
}

TEST_CASE("template: a text hole stops at a comma") {
  const auto fact = compiled("主要用于{用途:文本}，");
  const auto out = matches(fact, "主要用于办公设备购置，其他用于培训。");
  REQUIRE(out.size() == 1);
  CHECK(out[0].captures[0].text == "办公设备购置");
  CHECK_FALSE(out[0].captures[0].value.has_value());

  const auto crossing = compiled("主要用于{用途:文本}支出");
  CHECK(matches(crossing, "主要用于办公，设备支出").empty());
  CHECK(matches(crossing, "主要用于办公设备支出").size() == 1);
}

TEST_CASE("template: several matches in one sentence, left to right") {
  const auto fact = compiled("{类别:基本|项目}支出{金额:金额}");
  const std::string sentence = gk::unicode::nfkc("其中基本支出30万元，项目支出20.5万元。");
  const auto out = matches(fact, sentence);
  REQUIRE(out.size() == 2);
  CHECK(out[0].captures[0].text == "基本");
  CHECK(value_of(out[0].captures[1]) == "30");
  CHECK(out[1].captures[0].text == "项目");
  CHECK(value_of(out[1].captures[1]) == "20.5");
  CHECK(out[1].captures[1].begin == at(sentence, "20.5万元"));
  CHECK(out[0].end <= out[1].begin);
}

TEST_CASE("template: counts with their measure words") {
  const auto fact = compiled("出国团组{团组:整数}，{人数:整数}，公务用车{车辆:整数}");
  const auto out = matches(fact, "出国团组2个，12人次，公务用车3辆");
  REQUIRE(out.size() == 1);
  CHECK(out[0].captures[0].text == "2个");
  CHECK(out[0].captures[0].measure == "个");
  CHECK(value_of(out[0].captures[0]) == "2");
  CHECK(out[0].captures[1].measure == "人次");
  CHECK(value_of(out[0].captures[1]) == "12");
  CHECK(out[0].captures[2].measure == "辆");

  const auto literal_measure = compiled("共{人数:整数}人参加");
  const auto bare = matches(literal_measure, "共15人参加");
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].captures[0].text == "15");
  CHECK(bare[0].captures[0].measure.empty());
  CHECK(matches(literal_measure, "共1.5人参加").empty());  // a count has no decimals
}

TEST_CASE("template: a plain number and literal braces") {
  const auto fact = compiled("{{第{编号:数}项}}");
  const auto out = matches(fact, "见{第12项}");
  REQUIRE(out.size() == 1);
  CHECK(value_of(out[0].captures[0]) == "12");
  CHECK(matches(fact, "见第12项").empty());
}

TEST_CASE("template: no match returns nothing") {
  const auto fact = compiled(kBudgetTemplate);
  std::vector<TemplateMatch> out;
  CHECK(fact.match("本部门无政府采购支出。", out) == MatchStatus::Ok);
  CHECK(fact.match("", out) == MatchStatus::Ok);
  CHECK(out.empty());
}

TEST_CASE("template: unknown kind, with its offsets and the valid kinds") {
  const std::string text = "收入{收入:金钱}";
  const auto problems = problems_of(text);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == at(text, "金钱"));
  CHECK(problems[0].end == at(text, "金钱") + 6);
  CHECK(problems[0].message.find("金钱") != std::string::npos);
  CHECK(problems[0].message.find("金额、百分比、数、整数、文本") != std::string::npos);

  const auto english = problems_of(text, Language::En);
  REQUIRE(english.size() == 1);
  CHECK(english[0].message.find("unknown hole kind") != std::string::npos);
  CHECK(english[0].message.find("(amount)") != std::string::npos);
}

TEST_CASE("template: English kind names are accepted") {
  const auto fact = compiled("a{x:Amount}b{y:count}c{z:text}d{w:number}");
  REQUIRE(fact.holes().size() == 4);
  CHECK(fact.holes()[0].kind == HoleKind::Amount);
  CHECK(fact.holes()[1].kind == HoleKind::Count);
  CHECK(fact.holes()[2].kind == HoleKind::Text);
  CHECK(fact.holes()[3].kind == HoleKind::Number);
}

TEST_CASE("template: empty and duplicate hole names") {
  const std::string empty = "收入{:金额}";
  auto problems = problems_of(empty);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == at(empty, "{"));
  CHECK(problems[0].end == empty.size());

  const std::string twice = "收入{a:金额}，支出{a:金额}";
  problems = problems_of(twice);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == twice.rfind("a:"));
  CHECK(problems[0].end == twice.rfind("a:") + 1);
  CHECK(problems[0].message.find("重复") != std::string::npos);

  const std::string no_colon = "收入{预算 金额}";
  problems = problems_of(no_colon);
  REQUIRE(problems.size() == 1);  // one message about the missing kind
  CHECK(problems[0].begin == at(no_colon, "{"));
  CHECK(problems[0].message.find("缺少类型") != std::string::npos);
}

TEST_CASE("template: unclosed and unopened braces") {
  const std::string unclosed = "收入{a:金额";
  auto problems = problems_of(unclosed);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == at(unclosed, "{"));
  CHECK(problems[0].end == at(unclosed, "{") + 1);

  const std::string nested = "收入{a:金额，支出{b:金额}";
  problems = problems_of(nested);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == at(nested, "{"));

  const std::string unopened = "收入}{a:金额}";
  problems = problems_of(unopened);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == at(unopened, "}"));
  CHECK(problems[0].end == at(unopened, "}") + 1);
}

TEST_CASE("template: a choice needs two options") {
  const std::string single = "比上年{方向:增加|}";
  auto problems = problems_of(single);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == at(single, "增加|"));
  CHECK(problems[0].end == single.size() - 1);
  CHECK(problems[0].message.find("只有一个") != std::string::npos);

  problems = problems_of("比上年{方向:增加||减少}{x:金额}");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("空的") != std::string::npos);
}

TEST_CASE("template: a template without holes") {
  const std::string text = "年初预算为40万元";
  const auto problems = problems_of(text);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == 0);
  CHECK(problems[0].end == text.size());
  CHECK(problems_of("只有{{括号}}").size() == 1);
}

TEST_CASE("template: adjacent holes are ambiguous") {
  const std::string text = "收入{a:金额} {b:文本}";
  const auto problems = problems_of(text);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].begin == at(text, "{a"));
  CHECK(problems[0].end == text.size());
  CHECK(problems[0].message.find("“a”") != std::string::npos);
  CHECK(problems_of("{a:数}…{b:数}{c:数}").size() == 1);  // a gap separates, nothing else
}

TEST_CASE("template: every problem is reported and appended") {
  std::vector<TemplateProblem> problems{{0, 0, "earlier"}};
  const auto result =
      FactTemplate::compile("}{a:金钱}{:数}{a:文本}{b:增加}", Language::En, problems);
  CHECK_FALSE(result.has_value());
  // earlier, stray }, unknown kind, empty name, duplicate name, unknown kind "增加"
  CHECK(problems.size() == 6);
  CHECK(problems[0].message == "earlier");
}

TEST_CASE("template: a runaway match stops quickly") {
  const auto fact = compiled("a…a…a…a…a…a…a…a…a…a{x:数}");
  std::string sentence;
  for (int i = 0; i < 4000; ++i) sentence += "a";
  std::vector<TemplateMatch> out;
  const auto start = std::chrono::steady_clock::now();
  const auto status = fact.match(sentence, out);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK((status == MatchStatus::Ok || status == MatchStatus::TimeLimit));
  CHECK(out.empty());
  CHECK(elapsed < std::chrono::seconds(3));
}

TEST_CASE("template: copies match from several threads at once") {
  const auto fact = compiled(kBudgetTemplate);
  const std::string sentence = "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。";
  std::vector<size_t> counts(4, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&, t, copy = fact] {
      for (int i = 0; i < 50; ++i) {
        std::vector<TemplateMatch> out;
        if (copy.match(sentence, out) == MatchStatus::Ok && out.size() == 1) ++counts[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const size_t count : counts) CHECK(count == 50);
}

// ---- The repeated part [...] ----------------------------------------------------------

TEST_CASE("template: a repeated part gives one match per item, with the shared holes") {
  const auto fact = compiled("公用经费{合计:金额}，主要包括：[{项目:文本}{金额:金额}]");
  CHECK(fact.repeats());
  REQUIRE(fact.holes().size() == 3);
  CHECK_FALSE(fact.holes()[0].repeated);
  CHECK(fact.holes()[1].repeated);
  CHECK(fact.holes()[2].repeated);
  // Offsets are of the matching view (，：→ ,:).
  const std::string text =
      gk::unicode::nfkc("公用经费12.60万元，主要包括：办公费4.30万元、印刷费3.20万元、 差旅费5.10万元。");
  const auto found = matches(fact, text);
  REQUIRE(found.size() == 3);
  const std::vector<std::string> names = {"办公费", "印刷费", "差旅费"};
  const std::vector<std::string> amounts = {"4.30", "3.20", "5.10"};
  for (size_t i = 0; i < found.size(); ++i) {
    CAPTURE(i);
    CHECK(found[i].begin == 0);
    CHECK(found[i].end == at(text, "。"));
    CHECK(value_of(found[i].captures[0]) == "12.60");  // shared by every item
    CHECK(found[i].captures[1].text == names[i]);
    CHECK(value_of(found[i].captures[2]) == amounts[i]);
    CHECK(found[i].captures[2].unit == MoneyUnit::WanYuan);
    CHECK(found[i].captures[1].begin == at(text, names[i]));
    CHECK(text.substr(found[i].item_begin, found[i].item_end - found[i].item_begin) ==
          names[i] + amounts[i] + "万元");
  }
}

TEST_CASE("template: items are separated by 、，； (Chinese or ASCII), and one item is a list") {
  const auto fact = compiled("其中：[{类别:文本}项目{个数:整数}]");
  auto found = matches(fact, "其中：A类项目2个，B类项目3个; C类项目1个；D类项目4个。");
  REQUIRE(found.size() == 4);
  CHECK(found[0].captures[0].text == "A类");
  CHECK(value_of(found[1].captures[1]) == "3");
  CHECK(found[1].captures[1].measure == "个");
  CHECK(found[3].captures[0].text == "D类");
  found = matches(fact, "其中：A类项目2个。");
  REQUIRE(found.size() == 1);
  CHECK(found[0].captures[0].text == "A类");
  // Another separator ends the list: the items after 和 are not read.
  found = matches(fact, "其中：A类项目2个和B类项目3个。");
  REQUIRE(found.size() == 1);
}

TEST_CASE("template: the part after a repeated part must match after the last item") {
  const auto fact = compiled("其中：[{项目:文本}{金额:金额}]，合计{合计:金额}");
  const auto found = matches(fact, "其中：甲1万元，乙2万元，合计3万元。其中：丙4万元。");
  REQUIRE(found.size() == 2);
  CHECK(found[0].captures[0].text == "甲");
  CHECK(found[1].captures[0].text == "乙");
  CHECK(value_of(found[1].captures[2]) == "3");
}

TEST_CASE("template: a text hole right before a figure is allowed, inside a repeat or not") {
  CHECK(compiled("主要包括：{项目:文本}{金额:金额}").holes().size() == 2);
  CHECK(compiled("{类别:文本}{个数:整数}").holes().size() == 2);
  CHECK(problems_of("{金额:金额}{项目:文本}").size() == 1);  // a figure then text: unclear
  CHECK(problems_of("{项目:文本}{说明:文本}").size() == 1);
  // "2023年项目3个": the figure starts at a number of its own, not inside 2023.
  const auto found = matches(compiled("{项目:文本}{个数:整数}"), "2023年项目3个");
  REQUIRE(found.size() == 1);
  CHECK(found[0].captures[0].text == "2023年项目");
}

TEST_CASE("template: brackets of the document are written [[ and ]]") {
  const auto fact = compiled("数组[[0]]为{值:数}");
  CHECK_FALSE(fact.repeats());
  const auto found = matches(fact, "数组[0]为5");
  REQUIRE(found.size() == 1);
  CHECK(value_of(found[0].captures[0]) == "5");
}

TEST_CASE("template: mistakes in a repeated part, each at its place") {
  auto one = [](std::string_view text) {
    const auto problems = problems_of(text);
    REQUIRE(problems.size() == 1);
    return problems[0];
  };
  std::string text = "主要包括：[{项目:文本}{金额:金额}";
  auto problem = one(text);
  CHECK(problem.begin == at(text, "["));
  CHECK(problem.message.find("“[”没有对应的“]”") != std::string::npos);
  text = "主要包括：{项目:文本}{金额:金额}]";
  problem = one(text);
  CHECK(problem.begin == at(text, "]"));
  CHECK(problem.message.find("多余的“]”") != std::string::npos);
  text = "其中：[{类别:文本}项目[{个数:整数}个]";
  problem = one(text);
  CHECK(problem.begin == at(text, "项目[") + std::string_view("项目").size());
  CHECK(problem.message.find("不能再有") != std::string::npos);
  text = "收入：[{甲:文本}{a:金额}]；支出：[{乙:文本}{b:金额}]";
  problem = one(text);
  CHECK(problem.begin == at(text, "支出：[") + std::string_view("支出：").size());
  CHECK(problem.message.find("只能有一处") != std::string::npos);
  text = "主要包括：[办公费]{金额:金额}";
  problem = one(text);
  CHECK(problem.begin == at(text, "["));
  CHECK(problem.end == at(text, "]") + 1);
  CHECK(problem.message.find("没有空位") != std::string::npos);
  text = "主要包括：[{项目:文本}…{金额:金额}]";
  problem = one(text);
  CHECK(problem.begin == at(text, "…"));
  CHECK(problem.message.find("省略号") != std::string::npos);
  text = "共{总数:整数}[{人数:整数}]";
  problem = one(text);
  CHECK(problem.message.find("紧挨") != std::string::npos);
  CHECK(problems_of("[{项目:文本}{金额:金额}", Language::En)[0].message.find("no closing") !=
        std::string::npos);
}

TEST_CASE("template: a list of names ends where the words after the brackets start") {
  const auto fact = compiled("主要包括[{项目:文本}]等");
  const auto found = matches(fact, "公用经费166.87万元，主要包括办公费、水电费、差旅费等。");
  REQUIRE(found.size() == 3);
  CHECK(found[0].captures[0].text == "办公费");
  CHECK(found[1].captures[0].text == "水电费");
  CHECK(found[2].captures[0].text == "差旅费");
}

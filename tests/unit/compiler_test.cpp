// Tests for check/compile_pack: a clean pack compiles with its symbols and rule metadata;
// every checker error (E101–E119) is reported once, at its place, in plain Chinese or
// English; all errors of a file come out in one run; Chinese and English keywords agree.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "check/pack.h"
#include "document/extract.h"
#include "eval/evaluator.h"
#include "test_files.h"

namespace {

using gk::Language;
using gk::SourceText;
using gk::check::compile_pack;

std::unique_ptr<gk::check::Pack> compile(const std::string& text, gk::DiagnosticSink& sink,
                                         Language lang = Language::Zh) {
  std::vector<SourceText> files;
  files.emplace_back("t.gk", text);
  return compile_pack(std::move(files), "默认", sink, lang);
}

/// Everything reported for `text`, rendered as the program prints it.
std::string errors(const std::string& text, Language lang = Language::Zh) {
  gk::DiagnosticSink sink;
  const auto pack = compile(text, sink, lang);
  CHECK(pack == nullptr);
  std::string out;
  for (const auto& d : sink.diagnostics()) out += gk::render(d);
  return out;
}

/// The codes reported for `text`, in order.
std::vector<std::string> codes(const SourceText& source) {
  gk::DiagnosticSink sink;
  std::vector<SourceText> files{source};
  const auto pack = compile_pack(std::move(files), "默认", sink);
  CHECK(pack == nullptr);
  std::vector<std::string> out;
  for (const auto& d : sink.diagnostics()) out.push_back(d.code);
  return out;
}

}  // namespace

TEST_CASE("compiler: a clean pack compiles with its header, symbols and rule metadata") {
  const std::string text =
      "pack 试验 version \"1.0\" {\n"
      "  title \"试验包\"\n"
      "  score 完整性 60, 准确性 40\n"
      "  grades 好 >= 80, 差\n"
      "}\n"
      "part 情况说明 = heading \"决算情况说明$\"\n"
      "section 三公说明 = heading \"三公.{0,2}经费\" in 情况说明\n"
      "table 收支总表 = caption \"收入支出决算总表\" or code \"1\"\n"
      "list 三公项目 = [\"因公出国（境）费\", \"公务接待费\"]\n"
      "fact 执行 in 情况说明 = \"年初预算为{预算:金额}，决算为{决算:金额}\"\n"
      "  or \"预算{预算:金额}，完成{完成率:百分比}\"\n"
      "rule R-1 \"缺省\" {\n"
      "  require exists(三公说明)\n"
      "}\n"
      "rule R-2 \"写明\" {\n"
      "  category 准确性  severity error  weight 2.5\n"
      "  basis \"财预〔2016〕143号\"\n"
      "  for f in 执行\n"
      "  require f.决算 <= f.预算 * 2\n"
      "  else \"决算 {f.决算} 超过预算 {f.预算} 的两倍\"\n"
      "  require true\n"
      "}\n"
      "rule R-3 \"提示\" {\n"
      "  severity info\n"
      "  require true\n"
      "}\n"
      "test R-1 {\n"
      "  pass \"三公经费\"\n"
      "}\n";
  gk::DiagnosticSink sink;
  const auto pack = compile(text, sink);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  REQUIRE(pack);
  CHECK(sink.diagnostics().empty());

  CHECK(pack->name == "试验");
  CHECK(pack->version == "1.0");
  CHECK(pack->title == "试验包");
  REQUIRE(pack->score.size() == 2);
  CHECK(pack->score[0].category == "完整性");
  CHECK(pack->score[0].weight == gk::Decimal::from_int(60));
  REQUIRE(pack->grades.size() == 2);
  CHECK(pack->grades[0].name == "好");
  CHECK(pack->grades[0].minimum == gk::Decimal::from_int(80));
  CHECK_FALSE(pack->grades[1].minimum.has_value());
  CHECK_FALSE(pack->applies.has_value());

  // Symbols: vocabulary and facts by name.
  REQUIRE(pack->symbols.size() == 5);
  using Kind = gk::check::Pack::Symbol::Kind;
  for (const char* name : {"情况说明", "三公说明", "收支总表", "三公项目"}) {
    CAPTURE(name);
    REQUIRE(pack->symbols.count(name) == 1);
    CHECK(pack->symbols.at(name).kind == Kind::Vocabulary);
    CHECK(pack->vocabulary[pack->symbols.at(name).index].name == name);
  }
  REQUIRE(pack->symbols.count("执行") == 1);
  CHECK(pack->symbols.at("执行").kind == Kind::Fact);
  const auto& section = pack->vocabulary[pack->symbols.at("三公说明").index];
  REQUIRE(section.scope.has_value());
  CHECK(pack->vocabulary[*section.scope].name == "情况说明");
  const auto& table = pack->vocabulary[pack->symbols.at("收支总表").index];
  REQUIRE(table.selectors.size() == 2);
  CHECK(table.selectors[1].code == "01");  // one digit is padded
  CHECK(pack->vocabulary[pack->symbols.at("三公项目").index].items ==
        std::vector<std::string>{"因公出国（境）费", "公务接待费"});
  // A fact's fields are the union of its templates' holes, in first-seen order.
  const auto& fact = pack->facts[pack->symbols.at("执行").index];
  CHECK(fact.templates.size() == 2);
  REQUIRE(fact.fields.size() == 3);
  CHECK(fact.fields[0].name == "预算");
  CHECK(fact.fields[0].type == gk::check::TypeKind::Money);
  CHECK(fact.fields[2].name == "完成率");
  CHECK(fact.fields[2].type == gk::check::TypeKind::Ratio);
  CHECK(fact.hole_fields[1] == std::vector<uint32_t>{0, 2});

  // Rule metadata: defaults, and what is written.
  REQUIRE(pack->rules.size() == 3);
  const auto& plain = pack->rules[0].info;
  CHECK(plain.id == "R-1");
  CHECK(plain.title == "缺省");
  CHECK(plain.category == "其他");
  CHECK(plain.severity == gk::check::Severity::Warning);
  CHECK(plain.weight == gk::Decimal::from_int(1));
  CHECK(plain.basis.empty());
  CHECK(plain.pack == "试验");
  CHECK(plain.file == "t.gk");
  CHECK(plain.location == gk::Location{12, 1});
  const auto& written = pack->rules[1].info;
  CHECK(written.category == "准确性");
  CHECK(written.severity == gk::check::Severity::Error);
  CHECK(written.weight.to_string() == "2.5");
  CHECK(written.basis == "财预〔2016〕143号");
  CHECK(pack->rules[2].info.severity == gk::check::Severity::Info);
  // One step per require, with its message; null when it has no else.
  const auto& steps = pack->rules[1].steps;
  REQUIRE(steps.size() >= 2);
  const auto& last_two = std::vector<const gk::check::Step*>{&steps[steps.size() - 2], &steps.back()};
  REQUIRE(last_two[0]->message != nullptr);
  CHECK(last_two[0]->message->expressions.size() == 2);
  CHECK(last_two[1]->message == nullptr);
  CHECK(pack->find_rule("R-2") == &pack->rules[1]);
  CHECK(pack->find_rule("R-9") == nullptr);
  CHECK(pack->tests.size() == 1);
}

TEST_CASE("compiler: without a pack header the pack takes the default name") {
  gk::DiagnosticSink sink;
  const auto pack = compile("rule R-1 \"r\" {\n  require true\n}\n", sink);
  REQUIRE(pack);
  CHECK(pack->name == "默认");
  CHECK(pack->rules[0].info.pack == "默认");
}

TEST_CASE("compiler: E101 unknown name, with a suggestion") {
  CHECK(errors("section 三公说明 = heading \"三公.{0,2}经费\"\n"
               "rule R-1 \"r\" {\n"
               "  require exists(三公说名)\n"
               "}\n") ==
        "t.gk:3:18: error: 未定义的名称“三公说名” [E101]\n"
        "    require exists(三公说名)\n"
        "                   ^~~~~~~~\n"
        "  note: 是不是“三公说明”？\n");
  // Nothing close: no note.
  CHECK(errors("rule R-1 \"r\" {\n  require exists(甲乙丙丁)\n}\n") ==
        "t.gk:2:18: error: 未定义的名称“甲乙丙丁” [E101]\n"
        "    require exists(甲乙丙丁)\n"
        "                   ^~~~~~~~\n");
}

TEST_CASE("compiler: E102 unknown function, and a function used as a name") {
  CHECK(errors("section 三公说明 = heading \"三公\"\n"
               "rule R-1 \"r\" {\n"
               "  require exsts(三公说明)\n"
               "}\n") ==
        "t.gk:3:11: error: 未知的函数“exsts” [E102]\n"
        "    require exsts(三公说明)\n"
        "            ^~~~~\n"
        "  note: 是不是“exists”？\n");
  CHECK(errors("rule R-1 \"r\" {\n  require count > 0\n}\n") ==
        "t.gk:2:11: error: “count”是函数，要写成 count(…) [E102]\n"
        "    require count > 0\n"
        "            ^~~~~\n");
}

TEST_CASE("compiler: E103 wrong number of arguments") {
  CHECK(errors("section 三公说明 = heading \"三公\"\n"
               "rule R-1 \"r\" {\n"
               "  require exists(三公说明, 1)\n"
               "}\n") ==
        "t.gk:3:11: error: exists() 需要 1 个参数，这里给了 2 个（例：exists(三公说明)） [E103]\n"
        "    require exists(三公说明, 1)\n"
        "            ^~~~~~~~~~~~~~~~~~~\n");
  CHECK(errors("rule R-1 \"r\" {\n  require mentions(doc)\n}\n") ==
        "t.gk:2:11: error: mentions() 需要 2+ 个参数，这里给了 1 个"
        "（例：mentions(三公说明, \"因公出国\", \"无|未发生\")） [E103]\n"
        "    require mentions(doc)\n"
        "            ^~~~~~~~~~~~~\n");
}

TEST_CASE("compiler: E104 an amount compared with a count, and other type mismatches") {
  CHECK(errors("section 三公说明 = heading \"三公\"\n"
               "rule R-1 \"r\" {\n"
               "  let v = amount(三公说明, \"公务接待费\")\n"
               "  require v == quantity(三公说明, \"人次\")\n"
               "}\n") ==
        "t.gk:4:11: error: 金额和数量不能相加减或比较 [E104]\n"
        "    require v == quantity(三公说明, \"人次\")\n"
        "            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");
  CHECK(errors("rule R-1 \"r\" {\n  require doc.title + 1 > 0\n}\n") ==
        "t.gk:2:11: error: 只有数才能做加减乘除，这里是文本 [E104]\n"
        "    require doc.title + 1 > 0\n"
        "            ^~~~~~~~~\n");
  CHECK(errors("rule R-1 \"r\" {\n  require amount(doc.title) > 0\n}\n") ==
        "t.gk:2:18: error: amount() 的第 1 个参数应为章节、文档，这里是文本 [E104]\n"
        "    require amount(doc.title) > 0\n"
        "                   ^~~~~~~~~\n");
}

TEST_CASE("compiler: E105 unknown field, with a suggestion or the list of fields") {
  CHECK(errors("rule R-1 \"r\" {\n  for s in doc.章节\n  require s.编好 > 0\n}\n") ==
        "t.gk:3:13: error: 章节没有字段“编好” [E105]\n"
        "    require s.编好 > 0\n"
        "              ^~~~\n"
        "  note: 是不是“编号”？\n");
  CHECK(errors("fact 执行 = \"预算为{预算:金额}\"\n"
               "rule R-1 \"r\" {\n  for f in 执行\n  require f.决算 > 0\n}\n") ==
        "t.gk:4:13: error: 事实“执行”没有字段“决算” [E105]\n"
        "    require f.决算 > 0\n"
        "              ^~~~\n"
        "  note: 是不是“预算”？\n");
  CHECK(errors("fact 执行 = \"预算为{预算:金额}，决算为{决算:金额}\"\n"
               "rule R-1 \"r\" {\n  for f in 执行\n  require f.完成率 > 0\n}\n") ==
        "t.gk:4:13: error: 事实“执行”没有字段“完成率” [E105]\n"
        "    require f.完成率 > 0\n"
        "              ^~~~~~\n"
        "  note: 可用的字段：预算、决算\n");
}

TEST_CASE("compiler: E106 bad regular expression, at its place in the pattern") {
  // A pattern argument of a built-in and the right of `~` are checked as well.
  gk::DiagnosticSink sink;
  CHECK(compile("rule R-1 \"r\" {\n  require mentions(doc, \"a{3,1}\") or doc.title ~ \"*决算\"\n}\n",
                sink) == nullptr);
  REQUIRE(sink.diagnostics().size() == 2);
  CHECK(sink.diagnostics()[0].code == "E106");
  CHECK(sink.diagnostics()[0].message == "正则表达式有误：{m,n} 中 n 小于 m");
  CHECK(sink.diagnostics()[1].code == "E106");
  CHECK(sink.diagnostics()[1].message == "正则表达式有误：写法有误（如 * + ? 前面没有可重复的内容）");
  CHECK(sink.diagnostics()[1].location.line == 2);
  // Unbalanced parentheses: ICU notices at the end of the pattern, and the caret is there.
  CHECK(errors("section 坏模式 = heading \"三公(经费\"\n") ==
        "t.gk:1:28: error: 正则表达式有误：括号不配对 [E106]\n"
        "  section 坏模式 = heading \"三公(经费\"\n"
        "                                   ^~\n");
}

TEST_CASE("compiler: E107 bad fact template") {
  CHECK(errors("fact 执行 = \"年初预算为{预算:金钱}，决算为{决算:金额}\"\n") ==
        "t.gk:1:21: error: 句式有误：未知的空位类型“金钱”；可用：金额、百分比、数、整数、文本，"
        "或用 | 分隔的选项 [E107]\n"
        "  fact 执行 = \"年初预算为{预算:金钱}，决算为{决算:金额}\"\n"
        "                               ^~~~\n");
  // A hole that changes its type between templates.
  CHECK(errors("fact 执行 = \"预算为{预算:金额}\" or \"预算{预算:百分比}\"\n") ==
        "t.gk:1:30: error: 空位“预算”在另一个句式里是金额，这里是百分比 [E107]\n"
        "  fact 执行 = \"预算为{预算:金额}\" or \"预算{预算:百分比}\"\n"
        "                                          ^~~~~~~~~~~~~\n");
}

TEST_CASE("compiler: E108 a name defined twice or a built-in name") {
  CHECK(errors("section 三公说明 = heading \"三公\"\n"
               "list 三公说明 = [\"a\"]\n"
               "list count = [\"b\"]\n") ==
        "t.gk:2:6: error: 名称“三公说明”已定义过 [E108]\n"
        "  list 三公说明 = [\"a\"]\n"
        "       ^~~~~~~~\n"
        "t.gk:3:6: error: “count”是内置的名称，请换一个名字 [E108]\n"
        "  list count = [\"b\"]\n"
        "       ^~~~~\n");
}

TEST_CASE("compiler: E109 a rule number used twice") {
  CHECK(errors("rule R-1 \"a\" {\n  require true\n}\nrule R-1 \"b\" {\n  require true\n}\n") ==
        "t.gk:4:6: error: 规则编号“R-1”重复 [E109]\n"
        "  rule R-1 \"b\" {\n"
        "       ^~~\n");
}

TEST_CASE("compiler: E110 a scope that is not a part or section") {
  CHECK(errors("part 情况说明 = heading \"决算情况说明$\"\n"
               "section 乙 = heading \"x\" in 情况说眀\n") ==
        "t.gk:2:28: error: “in 情况说眀”：范围必须是已定义的部分或章节 [E110]\n"
        "  section 乙 = heading \"x\" in 情况说眀\n"
        "                              ^~~~~~~~\n"
        "  note: 是不是“情况说明”？\n");
  // A table is not a scope.
  CHECK(errors("table 总表 = caption \"总表\"\nfact 执行 in 总表 = \"预算为{预算:金额}\"\n") ==
        "t.gk:2:12: error: “in 总表”：范围必须是已定义的部分或章节 [E110]\n"
        "  fact 执行 in 总表 = \"预算为{预算:金额}\"\n"
        "               ^~~~\n");
}

TEST_CASE("compiler: E111 a category not in the pack's score list") {
  CHECK(errors("pack 试验 {\n  score 完整性 50, 准确性 50\n}\n"
               "rule R-1 \"r\" {\n  category 完整姓\n  require true\n}\n") ==
        "t.gk:5:12: error: 类别“完整姓”不在规则包的评分类别中（完整性、准确性） [E111]\n"
        "    category 完整姓\n"
        "             ^~~~~~\n"
        "  note: 是不是“完整性”？\n");
  // Without a score list any category is accepted.
  gk::DiagnosticSink sink;
  CHECK(compile("rule R-1 \"r\" {\n  category 随便\n  require true\n}\n", sink) != nullptr);
}

TEST_CASE("compiler: E112 a condition that is not true or false") {
  CHECK(errors("section 三公说明 = heading \"三公\"\n"
               "rule R-1 \"r\" {\n  when 2\n  require amount(三公说明)\n}\n") ==
        "t.gk:3:8: error: 这里需要一个条件（真或假），却是数 [E112]\n"
        "    when 2\n"
        "         ^\n"
        "t.gk:4:11: error: 这里需要一个条件（真或假），却是金额 [E112]\n"
        "    require amount(三公说明)\n"
        "            ^~~~~~~~~~~~~~~~\n");
}

TEST_CASE("compiler: E124 `at` a constant, which has no place in the document") {
  CHECK(errors("table 总表 = caption \"总表\"\n"
               "rule R-1 \"r\" {\n  require exists(总表)\n  else \"缺\"\n  at \"单位\"\n}\n") ==
        "t.gk:5:6: error: “位于”(at) 后面要写文档中的位置（表、表行、单元格、事实的字段、表的单位等），常量没有位置 [E124]\n"
        "    at \"单位\"\n"
        "       ^~~~~~\n");
  CHECK(errors("table 总表 = caption \"总表\"\n"
               "rule R-1 \"r\" {\n  require exists(总表)\n  位于 5万元\n}\n", Language::En) ==
        "t.gk:4:6: error: `at` needs a place in the document (a table, row, cell, fact field, a table's unit…); "
        "a constant has no place [E124]\n"
        "    位于 5万元\n"
        "         ^~~~~\n");
  gk::DiagnosticSink sink;  // a place read from the document is fine
  CHECK(compile("table 总表 = caption \"总表\"\n"
                "rule R-1 \"r\" {\n  require exists(总表)\n  at 总表.单位\n}\n", sink) != nullptr);
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("compiler: E113 for over something that is not a list") {
  CHECK(errors("section 三公说明 = heading \"三公\"\n"
               "rule R-1 \"r\" {\n  for x in 三公说明\n  require exists(x)\n}\n") ==
        "t.gk:3:12: error: “对于”后面要给一个列表，这里是章节 [E113]\n"
        "    for x in 三公说明\n"
        "             ^~~~~~~~\n");
}

TEST_CASE("compiler: E114 a heading selector on a table, a caption on a section") {
  CHECK(errors("table 收支总表 = heading \"收入支出决算总表\"\n"
               "section 三公说明 = caption \"三公\"\n"
               "table 乙 = code \"1a\"\n") ==
        "t.gk:1:14: error: 表要用“表名”(caption)、“表号”(code) 或“表头”(columns) 来找，不能用“标题”(heading) [E114]\n"
        "  table 收支总表 = heading \"收入支出决算总表\"\n"
        "                   ^~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "t.gk:2:16: error: 部分和章节要用“标题”(heading) 来找 [E114]\n"
        "  section 三公说明 = caption \"三公\"\n"
        "                     ^~~~~~~~~~~~~~\n"
        "t.gk:3:16: error: 表号应为一到两位数字，如 \"01\" [E114]\n"
        "  table 乙 = code \"1a\"\n"
        "                  ^~~~\n");
}

TEST_CASE("compiler: E115 a bare number compared with or added to an amount") {
  CHECK(errors("section 三公说明 = heading \"三公\"\n"
               "rule R-1 \"r\" {\n"
               "  let v = amount(三公说明, \"公务接待费\")\n"
               "  require v > 5\n"
               "  require v + 1 > 0万元\n"
               "  require v == 0 within 2\n"
               "}\n") ==
        "t.gk:4:15: error: 与金额比较或相加的数要写明单位，如 5000万元 [E115]\n"
        "    require v > 5\n"
        "                ^\n"
        "t.gk:5:15: error: 与金额比较或相加的数要写明单位，如 5000万元 [E115]\n"
        "    require v + 1 > 0万元\n"
        "                ^\n"
        "t.gk:6:25: error: 与金额比较或相加的数要写明单位，如 5000万元 [E115]\n"
        "    require v == 0 within 2\n"
        "                          ^\n");
  // Zero needs no unit; a written unit is fine; ratios may be scaled by bare numbers.
  gk::DiagnosticSink sink;
  CHECK(compile("section 三公说明 = heading \"三公\"\n"
                "rule R-1 \"r\" {\n"
                "  let v = amount(三公说明)\n"
                "  require v > 0 and v > 5万元 and v * 2 > 1元 and v / 3 < 1亿元\n"
                "}\n",
                sink) != nullptr);
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("compiler: E116 a test for a rule that does not exist") {
  CHECK(errors("rule R-1 \"r\" {\n  require true\n}\ntest R-2 {\n  pass \"无\"\n}\n") ==
        "t.gk:4:6: error: 测试针对的规则“R-2”不存在 [E116]\n"
        "  test R-2 {\n"
        "       ^~~\n"
        "  note: 是不是“R-1”？\n");
}

TEST_CASE("compiler: E117 two pack headers, E119 a weight that is not above zero") {
  CHECK(errors("pack 甲 {\n  title \"a\"\n}\npack 乙 {\n  title \"b\"\n}\n") ==
        "t.gk:4:6: error: 一个规则包只能有一个 pack（规则包）声明 [E117]\n"
        "  pack 乙 {\n"
        "       ^~\n");
  CHECK(errors("rule R-1 \"r\" {\n  weight 0\n  require true\n}\n") ==
        "t.gk:2:10: error: 权重必须大于零 [E119]\n"
        "    weight 0\n"
        "           ^\n");
}

TEST_CASE("compiler: E120 an unknown document kind, with a suggestion, English kind names") {
  CHECK(errors("pack 甲 {\n  kinds \"部门决算\", \"部门绝算\"\n}\n") ==
        "t.gk:2:17: error: 没有“部门绝算”这种文档类型；可用的类型：部门决算、部门预算、整体支出绩效自评报告、"
        "项目支出绩效评价报告、未知 [E120]\n"
        "    kinds \"部门决算\", \"部门绝算\"\n"
        "                      ^~~~~~~~~~\n"
        "  note: 是不是“部门决算”？\n");
  // Two characters off in four is another word, not a typo: no suggestion.
  CHECK(errors("pack 甲 {\n  kinds \"单位决算\"\n}\n").find("note:") == std::string::npos);
  gk::DiagnosticSink sink;
  const auto pack = compile("pack 甲 {\n  kinds \"project-evaluation\", \"部门决算\"\n}\n", sink, Language::Zh);
  REQUIRE(pack);
  CHECK(pack->kinds == std::vector<std::string>{"项目支出绩效评价报告", "部门决算"});
}

TEST_CASE("compiler: E118 let shadowing a name") {
  CHECK(errors("table 收支总表 = caption \"收入支出决算总表\"\n"
               "rule R-1 \"r\" {\n"
               "  for x in doc.章节\n"
               "  let 收支总表 = 1\n"
               "  let x = 2\n"
               "  let a = 1\n"
               "  let a = 2\n"
               "  require a == 1\n"
               "}\n") ==
        "t.gk:4:7: error: 名称“收支总表”已有含义，请换一个名字 [E118]\n"
        "    let 收支总表 = 1\n"
        "        ^~~~~~~~\n"
        "t.gk:5:7: error: 名称“x”已有含义，请换一个名字 [E118]\n"
        "    let x = 2\n"
        "        ^\n"
        "t.gk:7:7: error: 名称“a”已有含义，请换一个名字 [E118]\n"
        "    let a = 2\n"
        "        ^\n");
}

TEST_CASE("compiler: errors inside else messages are checked like the rule") {
  CHECK(errors("rule R-1 \"r\" {\n  require true\n  else \"值为 {未知}\"\n}\n") ==
        "t.gk:3:13: error: 未定义的名称“未知” [E101]\n"
        "    else \"值为 {未知}\"\n"
        "                ^~~~\n");
}

TEST_CASE("compiler: every error of a file is reported in one run") {
  const SourceText source("rules/broken.gk", gk::test::read_test_file("rules/broken.gk"));
  gk::DiagnosticSink sink;
  std::vector<SourceText> files{source};
  CHECK(compile_pack(std::move(files), "默认", sink) == nullptr);
  CHECK(sink.error_count() == 13);
  CHECK(codes(source) == std::vector<std::string>{"E106", "E114", "E107", "E107", "E101", "E104",
                                                  "E115", "E104", "E102", "E105", "E111", "E115",
                                                  "E116"});
  // Each at its own place, in file order after the vocabulary.
  std::vector<uint32_t> lines;
  for (const auto& d : sink.diagnostics()) {
    CHECK(d.file == "rules/broken.gk");
    CHECK(d.severity == gk::Severity::Error);
    lines.push_back(d.location.line);
  }
  CHECK(lines == std::vector<uint32_t>{6, 7, 8, 9, 13, 19, 20, 21, 27, 27, 31, 32, 35});
}

TEST_CASE("compiler: errors of several files are all reported, each in its file") {
  gk::DiagnosticSink sink;
  std::vector<SourceText> files;
  files.emplace_back("a.gk", "section 甲 = heading \"甲\"\nrule R-1 \"r\" {\n  require exists(乙)\n}\n");
  files.emplace_back("b.gk", "section 甲 = heading \"乙\"\nrule R-1 \"r\" {\n  require exists(甲)\n}\n");
  CHECK(compile_pack(std::move(files), "默认", sink) == nullptr);
  REQUIRE(sink.diagnostics().size() == 3);
  CHECK(sink.diagnostics()[0].code == "E108");
  CHECK(sink.diagnostics()[0].file == "b.gk");
  CHECK(sink.diagnostics()[1].code == "E101");
  CHECK(sink.diagnostics()[1].file == "a.gk");
  CHECK(sink.diagnostics()[2].code == "E109");
  CHECK(sink.diagnostics()[2].file == "b.gk");
}

TEST_CASE("compiler: messages in English") {
  CHECK(errors("pack 试验 {\n  score 完整性 50, 准确性 50\n}\n"
               "section 三公说明 = heading \"三公\"\n"
               "table 收支总表 = heading \"总表\"\n"
               "fact 执行 = \"预算为{预算:金钱}\"\n"
               "rule R-1 \"r\" {\n"
               "  category 完整姓\n"
               "  let v = amount(三公说明)\n"
               "  require v == quantity(三公说明) and v > 5\n"
               "  require exsts(三公说名)\n"
               "  require doc.页码 > 0\n"
               "}\n"
               "rule R-1 \"r\" {\n  for x in 1\n  require 2\n}\n"
               "test R-2 {\n  pass \"无\"\n}\n",
               Language::En) ==
        "t.gk:5:14: error: tables are found by `caption`, `code` or `columns`, not `heading` [E114]\n"
        "  table 收支总表 = heading \"总表\"\n"
        "                   ^~~~~~~~~~~~~~\n"
        "t.gk:6:19: error: bad sentence template: unknown hole kind ‘金钱’; use 金额 (amount), "
        "百分比 (percentage), 数 (number), 整数 (count), 文本 (text), or choices separated by | "
        "[E107]\n"
        "  fact 执行 = \"预算为{预算:金钱}\"\n"
        "                           ^~~~\n"
        "t.gk:8:12: error: category ‘完整姓’ is not one of the pack's score categories "
        "(完整性, 准确性) [E111]\n"
        "    category 完整姓\n"
        "             ^~~~~~\n"
        "  note: did you mean ‘完整性’?\n"
        "t.gk:10:11: error: an amount and a count cannot be added, subtracted or compared [E104]\n"
        "    require v == quantity(三公说明) and v > 5\n"
        "            ^~~~~~~~~~~~~~~~~~~~~~~\n"
        "t.gk:10:39: error: write the unit of an amount, e.g. 5000万元 [E115]\n"
        "    require v == quantity(三公说明) and v > 5\n"
        "                                            ^\n"
        "t.gk:11:17: error: unknown name ‘三公说名’ [E101]\n"
        "    require exsts(三公说名)\n"
        "                  ^~~~~~~~\n"
        "  note: did you mean ‘三公说明’?\n"
        "t.gk:11:11: error: unknown function ‘exsts’ [E102]\n"
        "    require exsts(三公说名)\n"
        "            ^~~~~\n"
        "  note: did you mean ‘exists’?\n"
        "t.gk:12:15: error: the document has no field ‘页码’ [E105]\n"
        "    require doc.页码 > 0\n"
        "                ^~~~\n"
        "  note: fields: 标题, title, 类型, kind, 年度, year, 表格, tables, 章节, sections, 部分, parts, 目录, toc, "
        "附表引用, references\n"
        "t.gk:14:6: error: rule number ‘R-1’ is used twice [E109]\n"
        "  rule R-1 \"r\" {\n"
        "       ^~~\n"
        "t.gk:15:12: error: `for … in` needs a list, but this is a number [E113]\n"
        "    for x in 1\n"
        "             ^\n"
        "t.gk:16:11: error: a condition (true or false) is needed here, but this is a number [E112]\n"
        "    require 2\n"
        "            ^\n"
        "t.gk:18:6: error: the test names rule ‘R-2’, which does not exist [E116]\n"
        "  test R-2 {\n"
        "       ^~~\n"
        "  note: did you mean ‘R-1’?\n");
  // Other messages in English.
  CHECK(errors("list count = [\"b\"]\nrule R-1 \"r\" {\n  for x in 1\n  let x = 2\n  require x\n}\n",
               Language::En) ==
        "t.gk:1:6: error: ‘count’ is a built-in name; choose another [E108]\n"
        "  list count = [\"b\"]\n"
        "       ^~~~~\n"
        "t.gk:3:12: error: `for … in` needs a list, but this is a number [E113]\n"
        "    for x in 1\n"
        "             ^\n"
        "t.gk:4:7: error: ‘x’ already names something; choose another name [E118]\n"
        "    let x = 2\n"
        "        ^\n"
        "t.gk:5:11: error: a condition (true or false) is needed here, but this is a number [E112]\n"
        "    require x\n"
        "            ^\n");
}

namespace {

const char* const kEnglishRule =
    "part 情况说明 = heading \"决算情况说明$\"\n"
    "fact 执行 in 情况说明 = \"年初预算为{预算:金额}，支出决算为{决算:金额}，完成年初预算的{完成率:百分比}\"\n"
    "rule R-1 \"完成率\" {\n"
    "  category 准确性  severity error  weight 2\n"
    "  for f in 执行 where f.预算 > 0\n"
    "  let 应为 = f.决算 / f.预算\n"
    "  when exists(情况说明) and not false\n"
    "  require f.完成率 == 应为 or false\n"
    "  else \"完成率写作 {f.完成率}，应为 {应为}\"\n"
    "}\n";

const char* const kChineseRule =
    "部分 情况说明 = 标题 “决算情况说明$”\n"
    "事实 执行 在 情况说明 = “年初预算为{预算:金额}，支出决算为{决算:金额}，完成年初预算的{完成率:百分比}”\n"
    "规则 R-1 “完成率” {\n"
    "  类别 准确性  级别 错误  权重 2\n"
    "  对于 f 在 执行 满足 f.预算 > 0\n"
    "  令 应为 = f.决算 / f.预算\n"
    "  当 exists（情况说明） 且 非 假\n"
    "  要求 f.完成率 == 应为 或 假\n"
    "  否则 “完成率写作 {f.完成率}，应为 {应为}”\n"
    "}\n";

}  // namespace

TEST_CASE("compiler: Chinese and English keywords give the same rule") {
  gk::DiagnosticSink en_sink, zh_sink;
  const auto en = compile(kEnglishRule, en_sink);
  const auto zh = compile(kChineseRule, zh_sink);
  for (const auto& d : zh_sink.diagnostics()) MESSAGE(gk::render(d));
  REQUIRE(en);
  REQUIRE(zh);
  REQUIRE(zh->rules.size() == 1);
  const auto& a = en->rules[0].info;
  const auto& b = zh->rules[0].info;
  CHECK(b.id == a.id);
  CHECK(b.title == a.title);
  CHECK(b.category == a.category);
  CHECK(b.severity == gk::check::Severity::Error);
  CHECK(b.severity == a.severity);
  CHECK(b.weight == a.weight);

  const auto document = gk::doc::extract_document(SourceText(
      "d.txt",
      "第三部分 部门决算情况说明\n"
      "一、预算执行情况\n"
      "年初预算为40万元，支出决算为2907.5万元，完成年初预算的726.87%。\n"
      "年初预算为41.72万元，支出决算为42.92万元，完成年初预算的102.88%。\n"
      "年初预算为0万元，支出决算为0.6万元，完成年初预算的0%。\n"));
  const auto ra = gk::eval::evaluate(*en, document);
  const auto rb = gk::eval::evaluate(*zh, document);
  REQUIRE(ra.rules.size() == 1);
  REQUIRE(rb.rules.size() == 1);
  CHECK(ra.rules[0].outcome == gk::eval::Outcome::Fail);
  CHECK(rb.rules[0].outcome == ra.rules[0].outcome);
  // The third sentence is filtered out by `where`: two items each.
  REQUIRE(ra.rules[0].items.size() == 2);
  REQUIRE(rb.rules[0].items.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CAPTURE(i);
    CHECK(rb.rules[0].items[i].outcome == ra.rules[0].items[i].outcome);
    CHECK(rb.rules[0].items[i].message == ra.rules[0].items[i].message);
    CHECK(rb.rules[0].items[i].item == ra.rules[0].items[i].item);
    CHECK(rb.rules[0].items[i].location == ra.rules[0].items[i].location);
    CHECK(rb.rules[0].items[i].evidence == ra.rules[0].items[i].evidence);
  }
  CHECK(ra.rules[0].items[0].outcome == gk::eval::Outcome::Fail);
  CHECK(ra.rules[0].items[0].message == "完成率写作 726.87%，应为 7268.75%");
  CHECK(ra.rules[0].items[1].outcome == gk::eval::Outcome::Pass);
}

// ICU's UParseError.offset is the 1-based column of the last character read: the caret of
// E106 is on the mistake itself, here the * (2:24), not the 决 after it.
TEST_CASE("compiler: the caret of a regex error is on the character ICU stopped at") {
  CHECK(errors("rule R-1 \"r\" {\n  require doc.title ~ \"*决算\"\n}\n") ==
        "t.gk:2:24: error: 正则表达式有误：写法有误（如 * + ? 前面没有可重复的内容） [E106]\n"
        "    require doc.title ~ \"*决算\"\n"
        "                         ^\n");
}

// A rule with a duplicate number is still checked: mistakes in its body are reported in the
// same run (here the unknown name 未知).
TEST_CASE("compiler: the body of a rule with a duplicate number is checked too") {
  gk::DiagnosticSink sink;
  CHECK(compile("rule R-1 \"a\" {\n  require true\n}\nrule R-1 \"b\" {\n  require 未知 > 0\n}\n",
                sink) == nullptr);
  std::vector<std::string> found;
  for (const auto& d : sink.diagnostics()) found.push_back(d.code);
  CHECK(found == std::vector<std::string>{"E109", "E101"});
}

TEST_CASE("compiler: a pattern of plain Chinese text, or a choice of them, is searched as text") {
  using gk::check::plain_texts_of;
  using Texts = std::vector<std::string>;
  CHECK(plain_texts_of("政府性基金") == Texts{"政府性基金"});
  CHECK(plain_texts_of("“三公”经费") == Texts{"“三公”经费"});
  CHECK(plain_texts_of("2024年度,") == Texts{"2024年度,"});
  CHECK(plain_texts_of("原因|由于|因为") == Texts{"原因", "由于", "因为"});
  CHECK(plain_texts_of("三公.{0,2}经费").empty());  // regex syntax
  CHECK(plain_texts_of("^附件").empty());
  CHECK(plain_texts_of("\\(境\\)") == Texts{"(境)"});  // an escaped mark stands for itself
  CHECK(plain_texts_of("a\\.b").empty());
  CHECK(plain_texts_of("\\d{3}").empty());  // a class, not an escaped mark
  CHECK(plain_texts_of("PPP项目").empty());  // letters match either case
  CHECK(plain_texts_of("公务 接待").empty());  // whitespace
  CHECK(plain_texts_of("原因|").empty());      // an empty choice matches anywhere
  CHECK(plain_texts_of("|原因").empty());
  CHECK(plain_texts_of("").empty());
}

TEST_CASE("compiler: a table figure meets amounts, percentages, counts and bare numbers") {
  // value() is an amount, a percentage or a count by its column: known when the table is
  // read, so the checker takes any number next to it (and no E115 for a bare one).
  gk::DiagnosticSink sink;
  CHECK(compile("table 项目表 = caption \"项目表\"\n"
                "rule R-1 \"r\" {\n"
                "  for r in rows(项目表)\n"
                "  let 率 = value(r, \"完成率\")\n"
                "  require 率 <= 100% and value(r, \"金额\") > 5万元 and value(r, \"个数\") > 3\n"
                "  require value(r, \"甲\") + value(r, \"乙\") == cell(项目表, \"合计\", \"甲\")\n"
                "  require value(r, \"执行数\") / value(r, \"预算数\") == 率 within 0.1\n"
                "  require sum(rows(项目表), \"金额\") * 2 >= 0 and number(率) < 100\n"
                "  require quantity(doc, \"辆\") == value(r, \"车辆数\") and 率 + 1% > 0%\n"
                "}\n",
                sink) != nullptr);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  CHECK(sink.diagnostics().empty());
  CHECK(errors("table 项目表 = caption \"项目表\"\n"
               "rule R-1 \"r\" {\n"
               "  require value(row(项目表, \"甲\"), \"名称\") == \"甲\"\n"
               "}\n") ==
        "t.gk:3:11: error: 不能比较表中的数和文本 [E104]\n"
        "    require value(row(项目表, \"甲\"), \"名称\") == \"甲\"\n"
        "            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");
  // A sum with an amount is an amount: the amount's rules apply to it again.
  CHECK(errors("table 项目表 = caption \"项目表\"\n"
               "rule R-1 \"r\" {\n"
               "  require value(row(项目表, \"甲\"), \"金额\") + 1万元 > 5\n"
               "}\n") ==
        "t.gk:3:46: error: 与金额比较或相加的数要写明单位，如 5000万元 [E115]\n"
        "    require value(row(项目表, \"甲\"), \"金额\") + 1万元 > 5\n"
        "                                                       ^\n");
}

#include "rules_test_report.h"

#include <cstdio>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands.h"
#include "eval/rule_tests.h"
#include "eval/test_coverage.h"
#include "excerpt.h"
#include "json_writer.h"
#include "rule_options.h"

namespace gk::cli {
namespace {

/// Where each test case is written, in the order run_rule_tests reports them.
struct CaseSite {
  const SourceText* file = nullptr;
  Span span;
};

std::vector<CaseSite> case_sites(const check::Pack& pack) {
  std::vector<CaseSite> sites;
  for (size_t t = 0; t < pack.trees.size(); ++t)
    if (!pack.tree_used[t])  // a used pack's tests run where that pack is tested
      for (const auto& declaration : pack.trees[t]->declarations)
      if (const auto* test = std::get_if<ast::TestDecl>(&declaration))
        for (const auto& c : test->cases) sites.push_back({&pack.files[pack.tree_files[t]], c.span});
  return sites;
}

/// The rules a pack's tests leave without a failing, or without a passing, case; and for
/// --strict, the rules without a fail case and a pass case that both hold.
struct Completeness {
  std::vector<std::string> untested, no_fail, no_pass, strict;
};

Completeness completeness(const check::Pack& pack, const std::vector<eval::RuleTestResult>& results) {
  std::set<std::string> fails, passes, any, holding_fails, holding_passes;
  for (const auto& r : results) {
    any.insert(r.rule);
    if (r.expected == ast::TestOutcome::Fail) fails.insert(r.rule);
    if (r.expected == ast::TestOutcome::Pass) passes.insert(r.rule);
    if (r.passed && r.expected == ast::TestOutcome::Fail) holding_fails.insert(r.rule);
    if (r.passed && r.expected == ast::TestOutcome::Pass) holding_passes.insert(r.rule);
  }
  Completeness c;
  for (const auto& rule : pack.rules) {
    if (rule.used) continue;  // tested where its pack is
    const std::string& id = rule.info.id;
    if (!holding_fails.contains(id) || !holding_passes.contains(id)) c.strict.push_back(id);
    if (!any.contains(id)) {
      c.untested.push_back(id);
      continue;
    }
    if (!fails.contains(id)) c.no_fail.push_back(id);
    if (!passes.contains(id)) c.no_pass.push_back(id);
  }
  return c;
}

std::string actual_label(const eval::RuleTestResult& r, Language lang) {
  if (!r.actual) return lang == Language::Zh ? "无法运行" : "did not run";
  if (lang == Language::Zh && *r.actual != eval::Outcome::Pass && *r.actual != eval::Outcome::Fail &&
      *r.actual != eval::Outcome::NotApplicable)
    return eval::to_chinese(*r.actual);
  return test_keyword(*r.actual);
}

/// The actual finding's message, or what the outcome means when the rule gave none.
std::string case_message(const eval::RuleTestResult& r, Language lang) {
  if (!r.message.empty() || !r.actual) return r.message;
  const bool zh = lang == Language::Zh;
  switch (*r.actual) {
    case eval::Outcome::Pass: return zh ? "规则在这段文字中没有发现问题" : "the rule found nothing wrong in this text";
    case eval::Outcome::NotApplicable:
      return zh ? "规则不适用：这段文字中没有它要检查的内容" : "the rule does not apply: nothing it checks is in this text";
    default: return "";
  }
}

/// What the failing items actually gave, for the kind of an unmet expectation.
std::string actual_findings(const eval::RuleTestResult& r, ast::ExpectationKind kind, Language lang) {
  const bool zh = lang == Language::Zh;
  switch (kind) {
    case ast::ExpectationKind::Message: {
      if (r.failing_messages.empty()) return zh ? "实际没有不通过的项目" : "there is no failing item";
      std::string list;
      for (const auto& m : r.failing_messages) {
        if (!list.empty()) list += zh ? "；" : "; ";
        list += zh ? "“" + m + "”" : "‘" + m + "’";
      }
      return zh ? "实际的消息是 " + list : "the messages are " + list;
    }
    case ast::ExpectationKind::Count:
      return zh ? fmt::format("实际不通过的项目有 {} 个", r.failing_count)
                : fmt::format("failing items: {}", r.failing_count);
    case ast::ExpectationKind::Lines:
      if (r.failing_lines.empty()) return zh ? "实际的问题没有所在的行" : "the findings stand on no line";
      return zh ? fmt::format("实际的问题在第 {} 行", fmt::join(r.failing_lines, ", "))
                : fmt::format("the findings are on line {}", fmt::join(r.failing_lines, ", "));
  }
  return "";
}

/// One block per expectation of a case with the expected outcome that its findings did not meet.
std::string unmet_expectations_text(const eval::RuleTestResult& r, const CaseSite& site, Language lang) {
  std::string out;
  for (const auto* e : r.unmet) {
    const Location at = site.file->locate(e->span.begin);
    const std::string written(site.file->slice(e->span));
    const std::string actual = actual_findings(r, e->kind, lang);
    out += lang == Language::Zh
               ? fmt::format("{}:{}:{}: 测试未通过：规则 {} 的结果是 {}，但不符合期望 {}：{}\n", r.file, at.line,
                             at.column, r.rule, eval::to_string(r.expected), written, actual)
               : fmt::format("{}:{}:{}: test failed: rule {} gave {}, but not {}: {}\n", r.file, at.line, at.column,
                             r.rule, eval::to_string(r.expected), written, actual);
    out += source_excerpt(*site.file, e->span);
  }
  return out;
}

std::string failed_case_text(const eval::RuleTestResult& r, const CaseSite* site, Language lang) {
  if (!r.unmet.empty() && site) return unmet_expectations_text(r, *site, lang);
  const std::string expected = eval::to_string(r.expected);
  const std::string actual = actual_label(r, lang);
  const std::string message = case_message(r, lang);
  std::string line;
  if (lang == Language::Zh) {
    line = fmt::format("{}:{}:{}: 测试未通过：规则 {} 期望 {}，实际 {}", r.file, r.location.line,
                       r.location.column, r.rule, expected, actual);
    if (!message.empty()) line += fmt::format("（{}）", message);
  } else {
    line = fmt::format("{}:{}:{}: test failed: rule {} expected {}, got {}", r.file, r.location.line,
                       r.location.column, r.rule, expected, actual);
    if (!message.empty()) line += fmt::format(" ({})", message);
  }
  line += "\n";
  if (site) line += source_excerpt(*site->file, site->span);
  return line;
}

std::string summary_text(const check::Pack& pack, const std::vector<eval::RuleTestResult>& results,
                         Language lang) {
  size_t passed = 0;
  for (const auto& r : results) passed += r.passed;
  const size_t failed = results.size() - passed;
  std::string out =
      lang == Language::Zh
          ? fmt::format("{}：测试 {} 个，通过 {} 个，未通过 {} 个\n", pack.name, results.size(), passed, failed)
          : fmt::format("{}: {} tests, {} passed, {} failed\n", pack.name, results.size(), passed, failed);
  const Completeness c = completeness(pack, results);
  if (results.empty())
    out += lang == Language::Zh ? "  警告：规则包中没有测试用例，什么也没有测试（--strict 时判为未通过）\n"
                                : "  warning: the pack has no test case, so nothing was tested (a failure under --strict)\n";
  for (const auto& id : c.untested)
    out += lang == Language::Zh ? fmt::format("  警告：规则 {} 没有测试用例\n", id)
                                : fmt::format("  warning: rule {} has no test case\n", id);
  for (const auto& id : c.no_fail)
    out += lang == Language::Zh ? fmt::format("  警告：规则 {} 没有“不通过”（fail）的测试用例\n", id)
                                : fmt::format("  warning: rule {} has no 'fail' test case\n", id);
  for (const auto& id : c.no_pass)
    out += lang == Language::Zh ? fmt::format("  警告：规则 {} 没有“通过”（pass）的测试用例\n", id)
                                : fmt::format("  warning: rule {} has no 'pass' test case\n", id);
  return out;
}

/// The --strict verdict of a pack: its rules without a pass case and a fail case that both
/// hold. False when it fails.
bool strict_text(const check::Pack& pack, const std::vector<eval::RuleTestResult>& results, Language lang,
                 std::string& out) {
  const Completeness c = completeness(pack, results);
  for (const auto& id : c.strict)
    out += lang == Language::Zh
               ? fmt::format("  未达到 --strict：规则 {} 缺少结果符合期望的“通过”（pass）用例和“不通过”（fail）用例\n", id)
               : fmt::format("  not --strict: rule {} lacks a 'pass' case and a 'fail' case that both hold\n", id);
  return c.strict.empty() && !results.empty();
}

std::string coverage_text(const check::Pack& pack, const eval::TestCoverage& coverage, Language lang) {
  const bool zh = lang == Language::Zh;
  const auto gaps = coverage.gaps();
  std::string out = zh ? fmt::format("{}：测试没有覆盖的分支 {} 处\n", pack.name, gaps.size())
                       : fmt::format("{}: {} branches no test exercised\n", pack.name, gaps.size());
  for (const auto& gap : gaps) {
    const SourceText& file = pack.files[gap.file];
    const Location at = file.locate(gap.span.begin);
    std::string what;
    switch (gap.kind) {
      case eval::CoverageGap::Kind::RequireNeverFailed:
        what = zh ? fmt::format("规则 {}：这条 require 在测试中从未不成立", gap.owner)
                  : fmt::format("rule {}: this require never failed in a test", gap.owner);
        break;
      case eval::CoverageGap::Kind::WhenNeverFalse:
        what = zh ? fmt::format("规则 {}：这条 when 在测试中从未为假", gap.owner)
                  : fmt::format("rule {}: this when was never false in a test", gap.owner);
        break;
      case eval::CoverageGap::Kind::WhenNeverTrue:
        what = zh ? fmt::format("规则 {}：这条 when 在测试中从未为真", gap.owner)
                  : fmt::format("rule {}: this when was never true in a test", gap.owner);
        break;
      case eval::CoverageGap::Kind::TemplateNeverRead:
        what = zh ? fmt::format("事实 {}：这个句式在测试中没有读到任何一句话", gap.owner)
                  : fmt::format("fact {}: this template read no sentence in a test", gap.owner);
        break;
    }
    out += fmt::format("  {}:{}:{}: {}\n", file.name(), at.line, at.column, what);
  }
  return out;
}

void write_pack_json(JsonWriter& json, const check::Pack& pack, const std::vector<eval::RuleTestResult>& results,
                     const std::vector<CaseSite>& sites) {
  json.begin_object();
  json.key("pack").string(pack.name);
  json.key("version").string(pack.version);
  json.key("cases").begin_array();
  size_t passed = 0;
  for (const auto& r : results) {
    passed += r.passed;
    json.begin_object();
    json.key("rule").string(r.rule);
    json.key("expected").string(eval::to_string(r.expected));
    json.key("actual");
    if (r.actual) json.string(test_keyword(*r.actual));
    else json.null();
    json.key("passed").boolean(r.passed);
    json.key("message").string(r.message);
    json.key("unmet").begin_array();
    for (const auto* e : r.unmet)  // as written in the rule file
      json.string(sites.size() == results.size() ? std::string(sites[&r - results.data()].file->slice(e->span)) : "");
    json.end_array();
    json.key("file").string(r.file);
    json.key("line").number(r.location.line);
    json.key("column").number(r.location.column);
    json.end_object();
  }
  json.end_array();
  const Completeness c = completeness(pack, results);
  auto ids = [&](const char* key, const std::vector<std::string>& list) {
    json.key(key).begin_array();
    for (const auto& id : list) json.string(id);
    json.end_array();
  };
  json.key("summary").begin_object();
  json.key("rules").number(static_cast<long long>(pack.rules.size()));
  json.key("cases").number(static_cast<long long>(results.size()));
  json.key("passed").number(static_cast<long long>(passed));
  json.key("failed").number(static_cast<long long>(results.size() - passed));
  ids("rules_without_tests", c.untested);
  ids("rules_without_fail_case", c.no_fail);
  ids("rules_without_pass_case", c.no_pass);
  ids("rules_not_strict", c.strict);
  json.end_object();
  json.end_object();
}

}  // namespace

int report_rule_tests(const PackSet& packs, const RulesTestSettings& o) {
  bool any_failed = false;
  JsonWriter json;
  if (o.json) {
    json.begin_object();
    json.key("schema").string("gongkai.rule-tests/1");
    json.key("packs").begin_array();
  }
  std::string text;
  for (const auto& p : packs.packs) {
    eval::TestCoverage coverage(*p);
    const auto results = eval::run_rule_tests(*p, o.coverage ? &coverage : nullptr);
    const auto sites = case_sites(*p);
    const bool aligned = sites.size() == results.size();
    for (size_t i = 0; i < results.size(); ++i) {
      if (results[i].passed) continue;
      any_failed = true;
      if (!o.json) text += failed_case_text(results[i], aligned ? &sites[i] : nullptr, o.lang);
    }
    std::string strict;
    if (o.strict && !strict_text(*p, results, o.lang, strict)) any_failed = true;
    if (o.json) {
      write_pack_json(json, *p, results, sites);
    } else {
      text += summary_text(*p, results, o.lang) + strict;
      if (o.coverage) text += coverage_text(*p, coverage, o.lang);
    }
  }
  if (o.json) {
    json.end_array();
    json.end_object();
    fmt::print("{}\n", json.str());
  } else {
    fmt::print("{}", text);
  }
  return any_failed ? kExitFindings : kExitOk;
}

}  // namespace gk::cli

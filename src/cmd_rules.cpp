// `gongkai rules test [--format text|json] [--lang zh|en] [PATH…]` runs the `test` blocks of
// the rule packs; `gongkai rules check [--corpus DIR]… [--lang zh|en] [PATH…]` only compiles
// them and lints them, with --corpus also for patterns that match nothing in the documents
// under DIR. PATH is a rule file or a directory of packs, loaded as with `check --rules`;
// without PATH the built-in packs are used. For rule authors: see docs/authoring.md.
#include <cstdio>
#include <set>

#include <fmt/format.h>

#include "check/lint.h"
#include "commands.h"
#include "document/extract.h"
#include "document/reader.h"
#include "input/read_input.h"
#include "eval/pattern_coverage.h"
#include "eval/rule_tests.h"
#include "excerpt.h"
#include "inputs.h"
#include "options.h"
#include "json_writer.h"
#include "check/plan_dump.h"
#include "packs.h"
#include "rule_options.h"

namespace gk::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: gongkai rules test [--format text|json] [--lang zh|en] [PATH...]\n"
    "       gongkai rules check [--corpus DIR]... [--lang zh|en] [PATH...]\n"
    "       gongkai rules new [--rules DIR] [--title TITLE] RULE-ID\n"
    "       gongkai rules fmt [--check] PATH...\n"
    "       gongkai rules plan [--lang zh|en] [PATH...]\n"
    "  test     runs the test blocks of the rule packs and reports the cases that fail\n"
    "  check    compiles the rule packs and reports every problem, without running them\n"
    "  new      writes the skeleton of a new rule and its test (see rules new --help)\n"
    "  fmt      rewrites rule files in the canonical layout (see rules fmt --help)\n"
    "  plan     prints each pack's resolved plan: rules with names resolved to slots and\n"
    "           indexes, built-ins by name, pattern literals by compiled regex (~#N)\n"
    "  PATH                  a rule file or a directory of packs, as with check --rules;\n"
    "                        without PATH, the built-in packs\n"
    "  --format text|json    text for people (default) or JSON (schema gongkai.rule-tests/1);\n"
    "                        rules test only\n"
    "  --corpus DIR          rules check only: also warn about patterns that match nothing\n"
    "                        in the documents under DIR (repeatable)\n"
    "  --lang zh|en          language of the messages (default zh)\n"
    "exit status: 0 all well, 1 some test case failed (rules test), 2 usage or rule errors\n";

struct RulesOptions {
  bool json = false;
  std::vector<std::string> corpus;
  Language lang = Language::Zh;
  std::vector<std::string> paths;
};

bool parse_options(std::string_view sub, const Args& args, RulesOptions& o) {
  OptionReader in("rules " + std::string(sub), kUsage, args, 1);
  while (in.next()) {
    const std::string& a = in.arg();
    std::string v;
    if (!in.is_option()) {
      o.paths.push_back(a);
    } else if (a == "--format" && sub == "test") {
      if (!in.value(v)) return false;
      if (v != "text" && v != "json") return in.error(fmt::format("unknown format '{}' (text or json)", v));
      o.json = v == "json";
    } else if (a == "--corpus" && sub == "check") {
      if (!in.value(v)) return false;
      o.corpus.push_back(v);
    } else if (a == "--lang") {
      if (!in.language(o.lang)) return false;
    } else {
      return in.unknown_option();
    }
  }
  return true;
}

PackSet load(const RulesOptions& o) { return load_packs(o.paths, o.paths.empty(), o.lang); }

void print_rule_errors(std::string_view sub, Language lang) {
  fmt::print(stderr, "gongkai rules {}: {}\n", sub,
             lang == Language::Zh ? "规则未能加载，请按上面的提示修改后再试"
                                  : "the rules could not be loaded; correct them as shown above and try again");
}

/// Where each test case is written, in the order run_rule_tests reports them.
struct CaseSite {
  const SourceText* file = nullptr;
  Span span;
};

std::vector<CaseSite> case_sites(const check::Pack& pack) {
  std::vector<CaseSite> sites;
  for (size_t t = 0; t < pack.trees.size(); ++t)
    if (!pack.tree_used[t])
      for (const auto& declaration : pack.trees[t]->declarations)
      if (const auto* test = std::get_if<ast::TestDecl>(&declaration))
        for (const auto& c : test->cases) sites.push_back({&pack.files[pack.tree_files[t]], c.span});
  return sites;
}

size_t count_cases(const check::Pack& pack) {
  size_t n = 0;
  for (const auto* test : pack.tests) n += test->cases.size();
  return n;
}

/// The rules a pack's tests leave without a failing, or without a passing, case.
struct Coverage {
  std::vector<std::string> untested, no_fail, no_pass;
};

Coverage coverage(const check::Pack& pack, const std::vector<eval::RuleTestResult>& results) {
  std::set<std::string> fails, passes, any;
  for (const auto& r : results) {
    any.insert(r.rule);
    if (r.expected == ast::TestOutcome::Fail) fails.insert(r.rule);
    if (r.expected == ast::TestOutcome::Pass) passes.insert(r.rule);
  }
  Coverage c;
  for (const auto& rule : pack.rules) {
    if (rule.used) continue;  // tested where its pack is
    const std::string& id = rule.info.id;
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

std::string failed_case_text(const eval::RuleTestResult& r, const CaseSite* site, Language lang) {
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
  const Coverage c = coverage(pack, results);
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

void write_pack_json(JsonWriter& json, const check::Pack& pack, const std::vector<eval::RuleTestResult>& results) {
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
    json.key("file").string(r.file);
    json.key("line").number(r.location.line);
    json.key("column").number(r.location.column);
    json.end_object();
  }
  json.end_array();
  const Coverage c = coverage(pack, results);
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
  json.end_object();
  json.end_object();
}

int rules_test(const Args& args) {
  RulesOptions o;
  if (!parse_options("test", args, o)) return kExitError;
  const PackSet packs = load(o);
  if (!packs.ok) {
    print_rule_errors("test", o.lang);
    return kExitError;
  }
  bool any_failed = false;
  JsonWriter json;
  if (o.json) {
    json.begin_object();
    json.key("schema").string("gongkai.rule-tests/1");
    json.key("packs").begin_array();
  }
  std::string text;
  for (const auto& p : packs.packs) {
    const auto results = eval::run_rule_tests(*p);
    const auto sites = case_sites(*p);
    const bool aligned = sites.size() == results.size();
    for (size_t i = 0; i < results.size(); ++i) {
      if (results[i].passed) continue;
      any_failed = true;
      if (!o.json) text += failed_case_text(results[i], aligned ? &sites[i] : nullptr, o.lang);
    }
    if (o.json) write_pack_json(json, *p, results);
    else text += summary_text(*p, results, o.lang);
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

/// Reads every document under the --corpus directories into the coverage of each pack;
/// unreadable files are reported and skipped. False when no document could be read.
bool read_corpus(const RulesOptions& o, std::vector<eval::PatternCoverage>& coverage) {
  const auto files = collect_documents(o.corpus);
  size_t read = 0;
  for (const auto& file : files) {
    auto text = input::read_input_file(file);
    if (auto* error = std::get_if<Diagnostic>(&text)) {
      fmt::print(stderr, "{}", render(*error));
      continue;
    }
    const auto document = doc::extract_document(std::move(std::get<SourceText>(text)));
    for (auto& c : coverage) c.add(document);
    ++read;
  }
  const size_t unreadable = files.size() - read;
  if (o.lang == Language::Zh)
    fmt::print("语料：读取文档 {} 份{}\n", read, unreadable ? fmt::format("，无法读取 {} 份", unreadable) : "");
  else
    fmt::print("corpus: {} documents read{}\n", read, unreadable ? fmt::format(", {} unreadable", unreadable) : "");
  if (read == 0) {
    std::fflush(stdout);
    fmt::print(stderr, "gongkai rules check: {}\n",
               o.lang == Language::Zh ? "语料中没有可读取的文档（*.txt、*.text、*.md）"
                                      : "no readable documents (*.txt, *.text, *.md) in the corpus");
  }
  return read > 0;
}

int rules_check(const Args& args) {
  RulesOptions o;
  if (!parse_options("check", args, o)) return kExitError;
  const PackSet packs = load(o);
  std::vector<eval::PatternCoverage> coverage;
  if (!o.corpus.empty()) {
    for (const auto& p : packs.packs) coverage.emplace_back(*p);
    if (!read_corpus(o, coverage)) return kExitError;
  }
  for (size_t i = 0; i < packs.packs.size(); ++i) {
    const auto& p = packs.packs[i];
    DiagnosticSink lint;
    check::lint_pack(*p, lint, o.lang);
    if (i < coverage.size()) coverage[i].report(lint, o.lang);
    for (const auto& d : lint.diagnostics()) fmt::print("{}", render(d));
    const size_t warnings = lint.diagnostics().size();
    if (o.lang == Language::Zh)
      fmt::print("{}：规则 {} 条，测试 {} 个，{}\n", p->name, p->rules.size(), count_cases(*p),
                 warnings ? fmt::format("提醒 {} 条", warnings) : std::string("没有发现问题"));
    else
      fmt::print("{}: {} rules, {} tests, {}\n", p->name, p->rules.size(), count_cases(*p),
                 warnings ? fmt::format("{} warnings", warnings) : std::string("no problems found"));
  }
  if (!packs.ok) {
    std::fflush(stdout);
    print_rule_errors("check", o.lang);
    return kExitError;
  }
  return kExitOk;
}

int rules_plan(const Args& args) {
  RulesOptions o;
  if (!parse_options("plan", args, o)) return kExitError;
  const PackSet packs = load(o);
  if (!packs.ok) {
    std::fflush(stdout);
    print_rule_errors("plan", o.lang);
    return kExitError;
  }
  for (const auto& p : packs.packs) fmt::print("{}", check::dump_plan(*p));
  return kExitOk;
}

}  // namespace

int cmd_rules(const Args& args) {
  if (args.empty()) {
    OptionReader("rules", kUsage, args).error("no subcommand given (test, check, new, fmt or plan)");
    return kExitError;
  }
  const std::string& sub = args.front();
  if (sub == "--help" || sub == "-h" || sub == "help") {
    fmt::print("{}", kUsage);
    return kExitOk;
  }
  if (sub == "test") return rules_test(args);
  if (sub == "check") return rules_check(args);
  if (sub == "new") return cmd_rules_new(args);
  if (sub == "fmt") return cmd_rules_fmt(args);
  if (sub == "plan") return rules_plan(args);
  OptionReader("rules", kUsage, args).error(fmt::format("unknown subcommand '{}' (test, check, new, fmt or plan)", sub));
  return kExitError;
}

}  // namespace gk::cli

// `gongkai rules test [--strict] [--coverage] [--format text|json] [--lang zh|en] [PATH…]`
// runs the `test` blocks of the rule packs (reported by rules_test_report.cpp); `gongkai rules check [--corpus DIR]… [--lang zh|en] [PATH…]` only compiles
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
#include "rules_test_report.h"

namespace gk::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: gongkai rules test [--strict] [--coverage] [--format text|json] [--lang zh|en] [PATH...]\n"
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
    "  --strict              rules test only: also fail (exit 1) when a pack has no test, or a\n"
    "                        rule lacks a pass case and a fail case that both hold\n"
    "  --coverage            rules test only: list the branches no test case exercised\n"
    "  --corpus DIR          rules check only: also warn about patterns that match nothing\n"
    "                        in the documents under DIR (repeatable)\n"
    "  --lang zh|en          language of the messages (default zh)\n"
    "exit status: 0 all well, 1 some test case failed (rules test; with --strict also a\n"
    "             missing case), 2 usage or rule errors\n";

struct RulesOptions {
  bool json = false;
  bool strict = false;
  bool coverage = false;
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
    } else if (a == "--strict" && sub == "test") {
      o.strict = true;
    } else if (a == "--coverage" && sub == "test") {
      o.coverage = true;
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

size_t count_cases(const check::Pack& pack) {
  size_t n = 0;
  for (const auto* test : pack.tests) n += test->cases.size();
  return n;
}

int rules_test(const Args& args) {
  RulesOptions o;
  if (!parse_options("test", args, o)) return kExitError;
  const PackSet packs = load(o);
  if (!packs.ok) {
    print_rule_errors("test", o.lang);
    return kExitError;
  }
  return report_rule_tests(packs, {o.json, o.strict, o.coverage, o.lang});
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

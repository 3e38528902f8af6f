// `gongkai check --why RULE [--rules PATH]… [--no-default-rules] [--lang zh|en] FILE`: traces
// one rule on one document — what each part, section, table and fact the rule reads matched
// and where, each item of its `for`, the value of each `where`, `let`, `when` and `require`,
// and the outcome of each item — so a rule author can see why it did (or did not) apply.
#include <fmt/format.h>

#include "base/unicode.h"
#include "commands.h"
#include "document/extract.h"
#include "eval/evaluator.h"
#include "input/read_input.h"
#include "options.h"
#include "packs.h"

namespace gk::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: gongkai check --why RULE [--rules PATH]... [--no-default-rules] [--lang zh|en] FILE\n"
    "  Traces one rule on one document: what each place and fact it reads matched, each\n"
    "  item of its `for`, the value of each where/let/when/require, and each outcome.\n"
    "exit status: 0 traced, 2 usage error, unreadable file, unknown rule or rule errors\n";

struct WhyOptions {
  std::string rule;
  std::vector<std::string> rules;
  bool default_rules = true;
  Language lang = Language::Zh;
  std::vector<std::string> files;
};

bool parse_options(const Args& args, WhyOptions& o) {
  OptionReader in("check --why", kUsage, args);
  while (in.next()) {
    const std::string& a = in.arg();
    if (!in.is_option()) {
      o.files.push_back(a);
    } else if (a == "--why") {
      if (!in.value(o.rule)) return false;
    } else if (a == "--rules") {
      std::string v;
      if (!in.value(v)) return false;
      o.rules.push_back(v);
    } else if (a == "--no-default-rules") {
      o.default_rules = false;
    } else if (a == "--lang") {
      if (!in.language(o.lang)) return false;
    } else {
      return in.unknown_option();
    }
  }
  if (o.files.size() != 1) return in.error("--why traces one rule on exactly one FILE");
  return true;
}

std::string place_of(const SourceText& source, Span at) {
  if (at.empty()) return "";
  const Location l = source.locate(at.begin);
  return fmt::format("（{}:{}）", l.line, l.column);
}

void print_trace(const eval::Trace& trace, const SourceText& source) {
  using K = eval::TraceEvent::Kind;
  for (const auto& e : trace.events) {
    const std::string indent(2 * (e.depth + 1), ' ');
    std::string line;
    switch (e.kind) {
      case K::Place:
      case K::Fact:
        line = e.what.empty() ? e.value : fmt::format("{}：{}", e.what, e.value);
        break;
      case K::Loop: line = fmt::format("{} → {}", e.what, e.value); break;
      case K::Item: line = fmt::format("{} = {}", e.what, e.value); break;
      case K::Outcome:
        line = e.value.empty() ? fmt::format("⇒ {}", e.what) : fmt::format("⇒ {}：{}", e.what, e.value);
        break;
      default: line = fmt::format("{} → {}", e.what, e.value); break;
    }
    fmt::print("{}{}{}\n", indent, line, place_of(source, e.at));
  }
}

}  // namespace

int cmd_why(const Args& args) {
  WhyOptions o;
  if (!parse_options(args, o)) return kExitError;
  const PackSet packs = load_packs(o.rules, o.default_rules, o.lang, EmbeddedTests::Leave);
  if (!packs.ok) return kExitError;
  const check::Pack* pack = nullptr;
  for (const auto& p : packs.packs)
    if (p->find_rule(o.rule)) pack = p.get();
  if (!pack) {
    // The closest rule number, when one is close ("JS-AR-1" for JS-AR-01).
    std::string closest;
    size_t best = 2;  // one edit away at most
    for (const auto& p : packs.packs)
      for (const auto& r : p->rules)
        if (const size_t d = unicode::edit_distance(o.rule, r.info.id, true); d < best) {
          best = d;
          closest = r.info.id;
        }
    const bool zh = o.lang == Language::Zh;
    std::string message = zh ? fmt::format("没有编号为“{}”的规则", o.rule) : fmt::format("no rule numbered '{}'", o.rule);
    if (!closest.empty()) message += zh ? fmt::format("；是不是“{}”？", closest) : fmt::format("; did you mean '{}'?", closest);
    fmt::print(stderr, "gongkai check: {}\n", message);
    return kExitError;
  }
  auto read = input::read_input_file(o.files.front());
  if (auto* error = std::get_if<Diagnostic>(&read)) {
    fmt::print(stderr, "{}", render(*error));
    return kExitError;
  }
  const doc::Document document = doc::extract_document(std::move(std::get<SourceText>(read)));
  const check::Rule& rule = *pack->find_rule(o.rule);
  fmt::print("{} “{}”（{}）\n", rule.info.id, rule.info.title, pack->name);
  // The main document, then each report appended to it, where the pack checks that kind.
  auto trace_on = [&](const doc::Document& scope, bool appended, const std::string& label) {
    if (!eval::checks_kind(*pack, scope, appended)) return;
    eval::Trace trace;
    eval::EvalOptions options;
    options.only_rule = o.rule;
    options.trace = &trace;
    const eval::PackResult result = eval::evaluate(*pack, scope, options);
    fmt::print("{}：{}\n", label, o.files.front());
    if (!result.applies) {
      fmt::print("  规则包“{}”的适用条件（applies when）不成立：不检查这份文档\n", pack->name);
      return;
    }
    print_trace(trace, document.source);
    if (!result.rules.empty()) fmt::print("  结果：{}\n", eval::to_chinese(result.rules.front().outcome));
  };
  trace_on(document, false, "文档");
  for (const auto& report : document.appended) trace_on(report, true, "附件中的报告");
  return kExitOk;
}

}  // namespace gk::cli

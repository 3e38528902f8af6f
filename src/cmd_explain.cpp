// `gongkai explain [--lang zh|en] [--rules PATH]… RULE-ID`: everything about one rule — its
// title, pack, category, severity, weight and basis, where it is written, the facts,
// sections, tables and lists it reads, its source text verbatim, and its test cases.
#include <algorithm>
#include <cstdio>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/unicode.h"
#include "commands.h"
#include "explain.h"
#include "options.h"
#include "eval/rule_tests.h"
#include "packs.h"
#include "rule_dependencies.h"
#include "rule_options.h"

namespace gk::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: gongkai explain [--rules PATH]... [--lang zh|en] RULE-ID\n"
    "  Shows a rule: its title, pack, category, severity, weight and basis, where it is\n"
    "  written, the facts, parts, sections, tables and lists it reads, its text, and its\n"
    "  test cases.\n"
    "  --rules PATH          a rule file or a directory of packs, as with check --rules\n"
    "                        (repeatable)\n"
    "  --lang zh|en          language of the labels (default zh)\n"
    "exit status: 0 the rule was found, 2 unknown rule, usage or rule errors\n";

struct ExplainOptions {
  std::vector<std::string> rules;
  Language lang = Language::Zh;
  std::string id;
};

bool parse_options(const Args& args, ExplainOptions& o) {
  OptionReader in("explain", kUsage, args);
  std::vector<std::string> ids;
  while (in.next()) {
    const std::string& a = in.arg();
    std::string v;
    if (!in.is_option()) {
      ids.push_back(a);
    } else if (a == "--rules") {
      if (!in.value(v)) return false;
      o.rules.push_back(v);
    } else if (a == "--lang") {
      if (!in.language(o.lang)) return false;
    } else {
      return in.unknown_option();
    }
  }
  if (ids.empty()) return in.error("no RULE-ID given");
  if (ids.size() > 1) return in.error("give one RULE-ID");
  o.id = ids.front();
  return true;
}

/// `text` with each line after the first indented by `indent` spaces.
std::string indent_following(std::string_view text, size_t indent) {
  std::string out;
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out.append(indent, ' ');
  }
  return out;
}

/// "依赖：" and one line per kind of declaration the rule reads, or that it reads none.
std::string dependencies_block(const check::Pack& pack, const check::Rule& rule, Language lang) {
  const bool zh = lang == Language::Zh;
  const RuleDependencies deps = rule_dependencies(pack, rule);
  std::string lines;
  auto kind = [&](std::string_view zh_label, std::string_view en_label, const std::vector<std::string>& names) {
    if (names.empty()) return;
    lines += zh ? fmt::format("  {}：{}\n", zh_label, fmt::join(names, "、"))
                : fmt::format("  {:<10}{}\n", std::string(en_label) + ":", fmt::join(names, ", "));
  };
  kind("事实", "facts", deps.facts);
  kind("部分", "parts", deps.parts);
  kind("章节", "sections", deps.sections);
  kind("表", "tables", deps.tables);
  kind("列表", "lists", deps.lists);
  if (lines.empty()) return zh ? "\n依赖：无（不读规则包中声明的事实、章节、表或列表）\n" : "\ndepends on: nothing declared in the pack\n";
  return (zh ? "\n依赖：\n" : "\ndepends on:\n") + lines;
}

}  // namespace

std::string explain_rule(const check::Pack& pack, const check::Rule& rule, Language lang, bool dependencies) {
  const bool zh = lang == Language::Zh;
  const auto& info = rule.info;
  const std::string pack_name = pack.version.empty() ? pack.name : pack.name + " " + pack.version;
  const std::string severity = check::to_string(info.severity);
  std::string severity_shown = severity;
  if (zh) {
    const char* word = info.severity == check::Severity::Error     ? "错误"
                       : info.severity == check::Severity::Warning ? "警告"
                                                                   : "提示";
    severity_shown = fmt::format("{}（{}）", severity, word);
  }
  const std::string basis = !info.basis.empty() ? info.basis : (zh ? "（未写明）" : "(none given)");
  std::string out = fmt::format("{} {}\n", info.id, info.title);
  auto field = [&](std::string_view zh_label, std::string_view en_label, const std::string& value) {
    out += zh ? fmt::format("  {}：{}\n", zh_label, value) : fmt::format("  {:<10}{}\n", std::string(en_label) + ":", value);
  };
  field("规则包", "pack", pack_name);
  field("类别", "category", info.category);
  field("级别", "severity", severity_shown);
  field("权重", "weight", info.weight.to_plain_string());
  field("依据", "basis", basis);
  field("位置", "file", fmt::format("{}:{}:{}", info.file, info.location.line, info.location.column));

  if (dependencies) out += dependencies_block(pack, rule, lang);
  out += zh ? "\n规则原文：\n" : "\nsource:\n";
  if (rule.decl) {
    const SourceText& file = pack.file_of(rule);
    const Location at = file.locate(rule.decl->span.begin);
    // From the start of the rule's line, so the text keeps its own indentation.
    const Span span{file.line_span(at.line).begin, rule.decl->span.end};
    out += file.slice(span);
    out += "\n";
  }

  std::vector<const ast::TestCase*> cases;
  for (const auto* test : pack.tests)
    if (test->rule.text == info.id)
      for (const auto& c : test->cases) cases.push_back(&c);
  if (cases.empty()) {
    out += zh ? "\n测试用例：没有（请在规则后写 test 块）\n" : "\ntest cases: none (add a test block after the rule)\n";
    return out;
  }
  out += zh ? fmt::format("\n测试用例（{} 个）：\n", cases.size()) : fmt::format("\ntest cases ({}):\n", cases.size());
  for (const auto* c : cases) {
    const std::string prefix = fmt::format("  {}{}", expected_label(c->expected, lang), zh ? "：" : ": ");
    std::string body;
    if (c->input == ast::TestInput::File) body = (zh ? "文件 " : "file ") + c->text.value;
    else body = eval::snippet_text(c->text.value);
    for (const auto& e : c->expectations) {  // what the findings must be, in the reader's words
      if (e.kind == ast::ExpectationKind::Message) body += zh ? "（消息含“" + e.text.value + "”）" : " (message has ‘" + e.text.value + "’)";
      else if (e.kind == ast::ExpectationKind::Count)
        body += zh ? fmt::format("（{} 个项目不通过）", e.numbers.front()) : fmt::format(" ({} failing items)", e.numbers.front());
      else body += zh ? fmt::format("（问题在第 {} 行）", fmt::join(e.numbers, ", "))
                     : fmt::format(" (findings on line {})", fmt::join(e.numbers, ", "));
    }
    out += prefix + indent_following(body, unicode::display_width(prefix)) + "\n";
  }
  return out;
}

namespace {

/// Up to three rule numbers closest to `id`, nearest first.
std::vector<std::string> closest_ids(const PackSet& packs, const std::string& id) {
  std::vector<std::pair<size_t, std::string>> scored;
  const size_t limit = std::max<size_t>(2, id.size() / 3);
  for (const auto& p : packs.packs)
    for (const auto& r : p->rules) {
      const size_t d = id_distance(id, r.info.id);
      if (d <= limit) scored.emplace_back(d, r.info.id);
    }
  std::sort(scored.begin(), scored.end());
  scored.erase(std::unique(scored.begin(), scored.end()), scored.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < scored.size() && out.size() < 3; ++i) out.push_back(scored[i].second);
  return out;
}

}  // namespace

int cmd_explain(const Args& args) {
  ExplainOptions o;
  if (!parse_options(args, o)) return kExitError;
  const PackSet packs = load_packs(o.rules, true, o.lang);
  if (!packs.ok) return kExitError;
  const bool zh = o.lang == Language::Zh;
  std::string out;
  for (const auto& p : packs.packs)
    for (const auto& r : p->rules)
      if (r.info.id == o.id) out += (out.empty() ? "" : "\n") + explain_rule(*p, r, o.lang, true);
  if (out.empty()) {  // the same number written in other letter case
    for (const auto& p : packs.packs)
      for (const auto& r : p->rules)
        if (r.info.id.size() == o.id.size() && id_distance(r.info.id, o.id) == 0)
          out += (out.empty() ? "" : "\n") + explain_rule(*p, r, o.lang, true);
  }
  if (!out.empty()) {
    fmt::print("{}", out);
    return kExitOk;
  }
  fmt::print(stderr, "gongkai explain: {}\n",
             zh ? fmt::format("没有编号为“{}”的规则", o.id) : fmt::format("no rule is numbered '{}'", o.id));
  const auto near = closest_ids(packs, o.id);
  if (!near.empty()) {
    std::string list;
    for (const auto& n : near) list += (list.empty() ? "" : (zh ? "、" : ", ")) + n;
    fmt::print(stderr, "{}\n", zh ? fmt::format("  是不是：{}？", list) : fmt::format("  did you mean: {}?", list));
  }
  return kExitError;
}

}  // namespace gk::cli

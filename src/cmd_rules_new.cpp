// `gongkai rules new [--rules DIR] [--title TITLE] [--lang zh|en] RULE-ID`: the skeleton of a
// new rule with its test block. With --rules it is appended to the pack in DIR, to the file
// holding the rules whose numbers share the longest prefix with RULE-ID (JS-AR-14 goes
// next to JS-AR-13), and the pack is compiled again to show it still loads; without
// --rules the skeleton is printed and nothing is written. The skeleton's `require false`
// and placeholder texts make its own test fail until the author fills them in.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "commands.h"
#include "options.h"
#include "packs.h"
#include "rule_options.h"

namespace gk::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: gongkai rules new [--rules DIR] [--title TITLE] [--lang zh|en] RULE-ID\n"
    "  Writes the skeleton of a new rule with its test block.\n"
    "  --rules DIR     add it to the pack in DIR, next to the rules with the most similar\n"
    "                  numbers; without it the skeleton is printed and nothing is written\n"
    "  --title TITLE   the rule's title (default: a placeholder)\n"
    "exit status: 0 written (or printed), 2 usage error, a number already used, or a pack\n"
    "             that does not compile\n";

struct NewOptions {
  std::string dir;
  std::string title = "（规则标题）";
  std::string id;
  Language lang = Language::Zh;
};

bool parse_options(NewOptions& o, OptionReader& in) {
  while (in.next()) {
    const std::string& a = in.arg();
    if (a == "--rules") {
      if (!in.value(o.dir)) return false;
    } else if (a == "--title") {
      if (!in.value(o.title)) return false;
    } else if (a == "--lang") {
      if (!in.language(o.lang)) return false;
    } else if (in.is_option()) {
      return in.unknown_option();
    } else if (o.id.empty()) {
      o.id = a;
    } else {
      return in.error("give one RULE-ID");
    }
  }
  if (o.id.empty()) return in.error("no RULE-ID given");
  if (o.id.find('-') == std::string::npos)
    return in.error(fmt::format("'{}' is not a rule number: write it like JS-AR-14", o.id));
  return true;
}

std::string skeleton(const NewOptions& o, const std::string& category) {
  return fmt::format(
      "\nrule {id} \"{title}\" {{\n"
      "  category {category}  severity warning  weight 1\n"
      "  basis \"（依据的文件或模板条款）\"\n"
      "  require false\n"
      "  else \"（不通过时给读者看的说明，可用 {{{{…}}}} 带出数字）\"\n"
      "}}\n\n"
      "test {id} {{\n"
      "  pass \"（一段应当通过的原文）\"\n"
      "  fail \"（一段应当不通过的原文）\"\n"
      "}}\n",
      fmt::arg("id", o.id), fmt::arg("title", o.title), fmt::arg("category", category));
}

size_t shared_prefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

int cmd_rules_new(const Args& args) {
  NewOptions o;
  OptionReader in("rules new", kUsage, args, 1);
  if (!parse_options(o, in)) return kExitError;
  if (o.dir.empty()) {
    fmt::print("{}", skeleton(o, "其他"));
    return kExitOk;
  }
  PackSet packs = load_packs({o.dir}, false, o.lang);
  if (!packs.ok || packs.packs.size() != 1) {
    if (packs.ok) in.error(fmt::format("'{}' must hold exactly one pack", o.dir));
    return kExitError;
  }
  const check::Pack& pack = *packs.packs.front();
  if (pack.find_rule(o.id)) {
    fmt::print(stderr, "gongkai rules new: {}\n",
               o.lang == Language::Zh ? fmt::format("规则编号 {} 已经用过了", o.id)
                                      : fmt::format("rule number {} is already used", o.id));
    return kExitError;
  }
  // The neighbour: the rule whose number shares the longest prefix; its file and category.
  const check::Rule* neighbour = nullptr;
  size_t best = 0;
  for (const auto& r : pack.rules)
    if (const size_t n = shared_prefix(r.info.id, o.id); n > best) best = n, neighbour = &r;
  std::string category = pack.score.empty() ? "其他" : pack.score.front().category;
  std::string file = pack.files.front().name();
  if (neighbour) {
    category = neighbour->info.category;
    file = pack.file_of(*neighbour).name();
  }
  {
    std::ofstream out(file, std::ios::app | std::ios::binary);
    out << skeleton(o, category);
    if (!out) {
      fmt::print(stderr, "{}: error: cannot write the rule file\n", file);
      return kExitError;
    }
  }
  const PackSet again = load_packs({o.dir}, false, o.lang);
  if (!again.ok) return kExitError;
  fmt::print("{}\n", o.lang == Language::Zh
                         ? fmt::format("已在 {} 末尾加上规则 {} 及其测试；填好标题、依据、要求和两段原文后运行 gongkai rules test {}",
                                       file, o.id, o.dir)
                         : fmt::format("added rule {} and its test at the end of {}; fill in the title, basis, "
                                       "requirement and the two texts, then run gongkai rules test {}",
                                       o.id, file, o.dir));
  return kExitOk;
}

}  // namespace gk::cli

// `gongkai check [--rules PATH]… [--format text|json] [--fail-on error|warning|never]
// FILE|DIR…`: evaluates the rule packs on each document and reports the findings.
#include <cstdio>

#include <fmt/format.h>

#include "commands.h"
#include "document/extract.h"
#include "document/reader.h"
#include "eval/evaluator.h"
#include "findings.h"
#include "inputs.h"
#include "options.h"
#include "packs.h"

namespace gk::cli {
namespace {

enum class FailOn { Error, Warning, Never };

struct CheckOptions {
  std::vector<std::string> rules;
  bool embedded = true;
  bool json = false;
  bool verbose = false;
  FailOn fail_on = FailOn::Error;
  Language lang = Language::Zh;
  std::vector<std::string> paths;
};

constexpr std::string_view kUsage =
    "usage: gongkai check [--rules PATH]... [--format text|json] [--fail-on error|warning|never]\n"
    "                     [--no-default-rules] [--verbose] [--lang zh|en] FILE|DIR...\n"
    "  Checks each document with the rule packs and reports the findings.\n"
    "  --rules PATH          a rule file or a directory of packs; replaces the built-in pack\n"
    "                        of the same name, otherwise adds to them (repeatable)\n"
    "  --no-default-rules    use only the packs given with --rules\n"
    "  --format text|json    text for people (default) or JSON (schema gongkai.findings/1)\n"
    "  --fail-on LEVEL       exit 1 when a finding is at or above LEVEL: error (default),\n"
    "                        warning, or never\n"
    "  --verbose             also list the rules that could not be verified\n"
    "  --lang zh|en          language of messages about rules and summaries (default zh)\n"
    "exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
    "             2 usage, input or rule errors\n";

bool parse_options(const Args& args, CheckOptions& o) {
  OptionReader in("check", kUsage, args);
  while (in.next()) {
    const std::string& a = in.arg();
    std::string v;
    if (a == "--rules") {
      if (!in.value(v)) return false;
      o.rules.push_back(v);
    } else if (a == "--no-default-rules") {
      o.embedded = false;
    } else if (a == "--verbose" || a == "-v") {
      o.verbose = true;
    } else if (a == "--format") {
      if (!in.value(v)) return false;
      if (v != "text" && v != "json") return in.error(fmt::format("unknown format '{}' (text or json)", v));
      o.json = v == "json";
    } else if (a == "--fail-on") {
      if (!in.value(v)) return false;
      if (v == "error") o.fail_on = FailOn::Error;
      else if (v == "warning") o.fail_on = FailOn::Warning;
      else if (v == "never") o.fail_on = FailOn::Never;
      else return in.error(fmt::format("unknown --fail-on level '{}' (error, warning or never)", v));
    } else if (a == "--lang") {
      if (!in.language(o.lang)) return false;
    } else if (in.is_option()) {
      return in.unknown_option();
    } else {
      o.paths.push_back(a);
    }
  }
  if (o.paths.empty()) return in.error("no FILE given");
  if (!o.embedded && o.rules.empty()) return in.error("--no-default-rules needs --rules");
  return true;
}

/// Counts over a batch, for the closing line of the text output.
struct BatchTotals {
  size_t checked = 0, not_applicable = 0, errors = 0, warnings = 0, infos = 0;

  void add(const DocumentCheck& check) {
    ++checked;
    bool applies = false;
    for (const auto& pack : check.packs) {
      applies = applies || pack.applies;
      for (const auto& rule : pack.rules)
        for (const auto& item : rule.items) {
          if (!is_finding(item)) continue;
          const std::string s = finding_severity(rule, item);
          errors += s == "error";
          warnings += s == "warning";
          infos += s == "info";
        }
    }
    not_applicable += applies ? 0 : 1;
  }

  std::string render(size_t given, Language lang) const {
    const size_t unreadable = given - checked;
    if (lang == Language::Zh)
      return fmt::format("共 {} 个文档（检查 {} 个，无规则包适用 {} 个，无法读取 {} 个）：错误 {}，警告 {}，提示 {}\n",
                         given, checked - not_applicable, not_applicable, unreadable, errors, warnings, infos);
    return fmt::format("{} documents ({} checked, {} with no applicable pack, {} unreadable): {} errors, {} warnings, {} infos\n",
                       given, checked - not_applicable, not_applicable, unreadable, errors, warnings, infos);
  }
};

/// Whether a document's findings reach the --fail-on level.
bool reaches(const DocumentCheck& check, FailOn level) {
  if (level == FailOn::Never) return false;
  for (const auto& pack : check.packs)
    for (const auto& rule : pack.rules)
      for (const auto& item : rule.items) {
        if (!is_finding(item)) continue;
        const std::string s = finding_severity(rule, item);
        if (s == "error" || (level == FailOn::Warning && s == "warning")) return true;
      }
  return false;
}

}  // namespace

int cmd_check(const Args& args) {
  CheckOptions options;
  if (!parse_options(args, options)) return kExitError;
  const PackSet packs = load_packs(options.rules, options.embedded, options.lang);
  if (!packs.ok) return kExitError;
  const auto files = collect_documents(options.paths);
  if (files.empty()) {
    fmt::print(stderr, "gongkai check: no documents found\n");
    return kExitError;
  }
  std::vector<const check::Pack*> pack_list;
  for (const auto& p : packs.packs) pack_list.push_back(p.get());
  bool input_error = false, findings = false;
  BatchTotals batch;
  JsonWriter json;
  if (options.json) {
    json.begin_object();
    json.key("schema").string("gongkai.findings/1");
    json.key("packs").begin_array();
    for (const auto& p : packs.packs) {
      json.begin_object();
      json.key("name").string(p->name);
      json.key("version").string(p->version);
      json.key("title").string(p->title);
      json.key("rules").number(static_cast<long long>(p->rules.size()));
      json.end_object();
    }
    json.end_array();
    json.key("documents").begin_array();
  }
  for (const auto& file : files) {
    auto read = doc::read_document_file(file);
    if (auto* error = std::get_if<Diagnostic>(&read)) {
      fmt::print(stderr, "{}", render(*error));
      input_error = true;
      continue;
    }
    const auto document = doc::extract_document(std::move(std::get<SourceText>(read)));
    DocumentCheck check;
    check.document = &document;
    check.packs = eval::evaluate_file(pack_list, document);
    findings = reaches(check, options.fail_on) || findings;
    batch.add(check);
    if (options.json) {
      write_findings_json(json, check);
    } else {
      fmt::print("{}", render_findings_text(check, TextOptions{options.verbose, options.lang}));
    }
  }
  if (options.json) {
    json.end_array();
    json.end_object();
    fmt::print("{}\n", json.str());
  }
  if (!options.json && files.size() > 1) fmt::print("{}", batch.render(files.size(), options.lang));
  if (input_error) return kExitError;
  return findings ? kExitFindings : kExitOk;
}

}  // namespace gk::cli

#include "baseline.h"

#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "document/reader.h"
#include "json_reader.h"

namespace gk::cli {
namespace {

/// A path as baselines compare them: '/' separators, no "./" parts.
std::string normal_path(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().generic_string();
}

/// Prints `d`; no baseline.
std::nullopt_t fail(const Diagnostic& d) {
  fmt::print(stderr, "{}", render(d));
  return std::nullopt;
}

/// An error about the file's shape (not its JSON syntax).
std::nullopt_t shape_error(const std::string& path, const std::string& message) {
  return fail(file_error("E-BASELINE-SCHEMA", message, path));
}

}  // namespace

std::optional<Baseline> Baseline::read(const std::string& path, Language lang) {
  auto bytes = doc::read_file_bytes(path);
  if (auto* error = std::get_if<Diagnostic>(&bytes)) return fail(*error);
  const std::string& text = std::get<std::string>(bytes);
  auto parsed = parse_json(text);
  if (auto* error = std::get_if<JsonError>(&parsed)) {
    const SourceText source(path, text);
    Diagnostic d;
    d.code = "E-BASELINE-JSON";
    d.message = (lang == Language::Zh ? "基线不是有效的 JSON：" : "the baseline is not valid JSON: ") + error->message;
    d.file = path;
    d.location = source.locate(static_cast<uint32_t>(std::min(error->offset, text.size())));
    d.line_text = std::string(source.line_text(d.location.line));
    return fail(d);
  }
  const JsonValue& root = std::get<JsonValue>(parsed);
  const std::string* schema = root.string_member("schema");
  if (schema == nullptr || *schema != "gongkai.findings/1")
    return shape_error(path, lang == Language::Zh ? "不是 `gongkai check --format json` 写出的问题清单（schema 应为 gongkai.findings/1）"
                                                  : "not the findings of `gongkai check --format json` (schema gongkai.findings/1)");
  const JsonValue* documents = root.find("documents");
  if (documents == nullptr || documents->type != JsonValue::Type::Array)
    return shape_error(path, lang == Language::Zh ? "没有 documents 数组" : "no \"documents\" array");
  Baseline baseline;
  baseline.path_ = path;
  for (size_t d = 0; d < documents->items.size(); ++d) {
    const JsonValue& document = documents->items[d];
    const std::string* file = document.string_member("file");
    const JsonValue* findings = document.find("findings");
    if (file == nullptr || findings == nullptr || findings->type != JsonValue::Type::Array)
      return shape_error(path, lang == Language::Zh ? fmt::format("documents[{}] 没有 file 或 findings", d) : fmt::format("documents[{}] has no \"file\" or \"findings\"", d));
    auto& entries = baseline.by_document_[normal_path(*file)];
    for (size_t f = 0; f < findings->items.size(); ++f) {
      const JsonValue& finding = findings->items[f];
      const std::string* rule = finding.string_member("rule");
      if (rule == nullptr)
        return shape_error(path, lang == Language::Zh ? fmt::format("documents[{}].findings[{}] 没有 rule", d, f) : fmt::format("documents[{}].findings[{}] has no \"rule\"", d, f));
      Entry e;
      e.rule = *rule;
      for (auto [field, into] : {std::pair{"fingerprint", &e.fingerprint}, {"item", &e.item}, {"message", &e.message}})
        if (const std::string* v = finding.string_member(field)) *into = *v;
      entries.push_back(std::move(e));
    }
  }
  return baseline;
}

Baseline::Entry* Baseline::find(const std::string& document, const eval::RuleResult& rule, const eval::ItemResult& item,
                                const FindingMark& mark) {
  const auto entries = by_document_.find(document);
  if (entries == by_document_.end()) return nullptr;
  for (Entry& e : entries->second) {
    if (e.matched || e.rule != rule.rule->info.id) continue;
    const bool same = e.fingerprint.empty() ? e.item == item.item && e.message == item.message : e.fingerprint == mark.fingerprint;
    if (same) return &e;
  }
  return nullptr;
}

void Baseline::mark(const std::string& file, DocumentCheck& check) {
  const std::string document = normal_path(file);
  checked_.insert(document);
  for (const auto& pack : check.packs)
    for (const auto& rule : pack.rules)
      for (const auto& item : rule.items) {
        if (!is_finding(item)) continue;
        FindingMark& mark = check.marks[&item];
        if (Entry* e = find(document, rule, item, mark)) {
          e->matched = mark.in_baseline = true;
          ++matched_;
        }
      }
}

size_t Baseline::fixed() const {
  size_t n = 0;
  for (const auto& [document, entries] : by_document_)
    if (checked_.contains(document))
      for (const auto& e : entries) n += !e.matched;
  return n;
}

}  // namespace gk::cli

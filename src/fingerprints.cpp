#include "fingerprints.h"

#include <unordered_map>

#include <fmt/format.h>

#include "report.h"

namespace gk::cli {
namespace {

/// The text of a source line with the spaces around it removed.
std::string trimmed(std::string_view line) {
  const auto first = line.find_first_not_of(" \t\f");
  if (first == std::string_view::npos) return "";
  return std::string(line.substr(first, line.find_last_not_of(" \t\f") - first + 1));
}

}  // namespace

void add_fingerprints(DocumentCheck& check) {
  if (check.document == nullptr) return;
  const doc::Document& document = *check.document;
  std::unordered_map<std::string, size_t> occurrences;  // per hash, in this file
  for (const auto& pack : check.packs)
    for (const auto& rule : pack.rules)
      for (const auto& item : rule.items) {
        if (!is_finding(item)) continue;
        const auto& info = rule.rule->info;
        const Span span = finding_location(document, pack, item);
        const std::string context =
            is_located(span, item) ? trimmed(document.source.line_text(document.source.locate(span.begin).line)) : "";
        const std::string hash =
            hex64(fnv1a64(info.pack + "\n" + info.id + "\n" + item.item + "\n" + item.message + "\n" + context));
        check.marks[&item].fingerprint = fmt::format("{}:{}", hash, ++occurrences[hash]);
      }
}

}  // namespace gk::cli

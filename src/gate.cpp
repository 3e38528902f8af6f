#include "gate.h"

#include <cstdio>

#include <fmt/format.h>

#include "base/diagnostics.h"

namespace gk::cli {
namespace {

/// Whether some pack has a rule `id` matches.
bool names_a_rule(const std::string& id, const std::vector<const check::Pack*>& packs) {
  for (const auto* pack : packs)
    for (const auto& rule : pack->rules)
      if (pattern_matches(id, rule.info.id)) return true;
  return false;
}

Diagnostic about_waiver(const Waiver& w, Severity severity, std::string code, std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  d.file = w.file;
  d.location = Location{w.line, 1};
  d.line_text = w.header;
  size_t width = 0;
  for (unsigned char c : w.header) width += (c & 0xC0) != 0x80;
  d.caret_width = static_cast<uint32_t>(std::max<size_t>(1, width));
  return d;
}

}  // namespace

Gate::Gate(std::vector<Waiver> waivers, std::optional<Baseline> baseline, bool has_waivers)
    : waivers_(std::move(waivers)), uses_(waivers_.size(), 0), baseline_(std::move(baseline)), has_waivers_(has_waivers) {}

void Gate::mark(CheckedFile& file) {
  if (!file.document) return;
  for (const auto& pack : file.check.packs)
    for (const auto& rule : pack.rules)
      for (const auto& item : rule.items) {
        if (!is_finding(item)) continue;
        FindingMark& mark = file.check.marks[&item];
        for (size_t k = 0; k < waivers_.size() && mark.waiver == nullptr; ++k) {
          const Waiver& w = waivers_[k];
          if (w.expired || !w.covers(rule.rule->info.id, file.file, file.department)) continue;
          mark.waiver = &w;
          ++uses_[k];
          ++waived_;
        }
      }
  if (baseline_) baseline_->mark(file.file, file.check);
}

void Gate::report_waivers(const std::vector<const check::Pack*>& packs, Language lang) const {
  const bool zh = lang == Language::Zh;
  for (size_t k = 0; k < waivers_.size(); ++k) {
    const Waiver& w = waivers_[k];
    if (w.expired) {
      fmt::print(stderr, "{}", render(about_waiver(w, Severity::Warning, "W-WAIVER-EXPIRED",
                                                   zh ? fmt::format("豁免 {} 已于 {} 到期，不再适用", w.rule, w.expires)
                                                      : fmt::format("the waiver of {} expired on {} and no longer applies", w.rule, w.expires))));
    } else if (uses_[k] == 0) {
      const bool known = names_a_rule(w.rule, packs);
      std::string message = zh ? fmt::format("豁免 {} 没有用上：没有与它相符的问题", w.rule)
                               : fmt::format("the waiver of {} matched no finding", w.rule);
      if (!known) message += zh ? "（规则包中没有这条规则）" : " (no pack has this rule)";
      fmt::print(stderr, "{}", render(about_waiver(w, Severity::Note, "W-WAIVER-UNUSED", message)));
    }
  }
}

std::string Gate::summary(Language lang) const {
  const bool zh = lang == Language::Zh;
  std::string out;
  if (has_waivers_) {
    size_t unused = 0, expired = 0;
    for (size_t k = 0; k < waivers_.size(); ++k) {
      expired += waivers_[k].expired;
      unused += !waivers_[k].expired && uses_[k] == 0;
    }
    out += zh ? fmt::format("豁免：已豁免 {} 条问题；豁免 {} 条，其中没有用上 {} 条，已到期 {} 条\n", waived_, waivers_.size(), unused, expired)
              : fmt::format("waivers: {} findings waived; {} waivers, {} unused, {} expired\n", waived_, waivers_.size(), unused, expired);
  }
  if (baseline_) {
    out += zh ? fmt::format("基线 {}：{} 条问题基线中已有，基线中有 {} 条问题已不再出现（已修复）\n", baseline_->path(),
                            baseline_->matched(), baseline_->fixed())
              : fmt::format("baseline {}: {} findings already in it, {} of its findings no longer found (fixed)\n",
                            baseline_->path(), baseline_->matched(), baseline_->fixed());
  }
  return out;
}

void Gate::write_json(JsonWriter& json) const {
  if (has_waivers_) {
    json.key("waivers").begin_array();
    for (size_t k = 0; k < waivers_.size(); ++k) {
      const Waiver& w = waivers_[k];
      json.begin_object();
      json.key("waiver").string(w.place());
      json.key("rule").string(w.rule);
      json.key("document");
      if (w.document.empty()) json.null();
      else json.string(w.document);
      json.key("department");
      if (w.department.empty()) json.null();
      else json.string(w.department);
      json.key("reason").string(w.reason);
      json.key("expires");
      if (w.expires.empty()) json.null();
      else json.string(w.expires);
      json.key("expired").boolean(w.expired);
      json.key("findings").number(static_cast<long long>(uses_[k]));
      json.end_object();
    }
    json.end_array();
  }
  if (baseline_) {
    json.key("baseline").begin_object();
    json.key("file").string(baseline_->path());
    json.key("matched").number(static_cast<long long>(baseline_->matched()));
    json.key("fixed").number(static_cast<long long>(baseline_->fixed()));
    json.end_object();
  }
}

}  // namespace gk::cli

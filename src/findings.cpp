#include "findings.h"

#include <fmt/format.h>

#include "base/decimal.h"
#include "base/unicode.h"
#include "excerpt.h"
#include "waivers.h"

namespace gk::cli {
namespace {

using eval::Outcome;

struct Counts {
  size_t by_outcome[5] = {};
  size_t errors = 0, warnings = 0, infos = 0, notes = 0;
  size_t waived = 0, in_baseline = 0;  ///< of those, the ones a waiver or the baseline covers
};

Counts count(const eval::PackResult& pack, const DocumentCheck& check) {
  Counts c;
  for (const auto& rule : pack.rules) {
    ++c.by_outcome[static_cast<int>(rule.outcome)];
    for (const auto& item : rule.items) {
      if (!is_finding(item)) continue;
      const std::string s = finding_severity(rule, item);
      // Counted among the errors, warnings and infos shown beside them (notes are not).
      const FindingMark& mark = check.mark_of(item);
      c.waived += s != "note" && mark.waiver != nullptr;
      c.in_baseline += s != "note" && mark.waiver == nullptr && mark.in_baseline;
      c.errors += s == "error";
      c.warnings += s == "warning";
      c.infos += s == "info";
      c.notes += s == "note";
    }
  }
  return c;
}

/// How the text output names a pack and the document it ran on: "部门决算 2026.1", and for an
/// appended report "整体支出绩效自评 2026.1（附件，第242–317行：2019年度…自评报告）".
std::string pack_and_scope(const eval::PackResult& pack, const doc::Document& main, Language lang) {
  const auto& p = *pack.pack;
  std::string name = p.version.empty() ? p.name : fmt::format("{} {}", p.name, p.version);
  if (pack.scope == nullptr || pack.scope == &main) return name;
  const auto& scope = *pack.scope;
  const uint32_t first = scope.source.locate(scope.extent.begin).line;
  const uint32_t last = scope.source.locate(scope.extent.end).line;
  if (lang == Language::Zh) return fmt::format("{}（附件，第{}–{}行：{}）", name, first, last, scope.title);
  return fmt::format("{} (appended report, lines {}–{}: {})", name, first, last, scope.title);
}

/// "（已豁免 2，基线中已有 1）" after the counts, when a waiver or the baseline covers some.
std::string gate_counts(const Counts& c, Language lang) {
  if (c.waived == 0 && c.in_baseline == 0) return "";
  if (lang == Language::Zh) return fmt::format("（已豁免 {}，基线中已有 {}）", c.waived, c.in_baseline);
  return fmt::format(" ({} waived, {} in the baseline)", c.waived, c.in_baseline);
}

std::string summary_line(const std::string& file, const eval::PackResult& pack, const DocumentCheck& check,
                         Language lang) {
  const doc::Document& main = *check.document;
  const std::string name = pack_and_scope(pack, main, lang);
  if (!pack.applies) {
    return lang == Language::Zh ? fmt::format("{}: {}：不适用（文档不属于该规则包检查的类型）\n", file, name)
                                : fmt::format("{}: {}: not applicable (the pack does not apply to this document)\n", file, name);
  }
  const Counts c = count(pack, check);
  const auto& o = c.by_outcome;
  using O = Outcome;
  auto n = [&](O x) { return o[static_cast<int>(x)]; };
  if (lang == Language::Zh) {
    return fmt::format(
        "{}: {}：错误 {}，警告 {}，提示 {}{}；规则 {} 条：通过 {}，不通过 {}，无法核实 {}，不适用 {}，出错 {}\n",
        file, name, c.errors, c.warnings, c.infos, gate_counts(c, lang), pack.rules.size(), n(O::Pass), n(O::Fail),
        n(O::CannotVerify), n(O::NotApplicable), n(O::Error));
  }
  return fmt::format(
      "{}: {}: {} errors, {} warnings, {} infos{}; {} rules: {} pass, {} fail, {} cannot verify, "
      "{} not applicable, {} error\n",
      file, name, c.errors, c.warnings, c.infos, gate_counts(c, lang), pack.rules.size(), n(O::Pass), n(O::Fail),
      n(O::CannotVerify), n(O::NotApplicable), n(O::Error));
}

std::string evidence_line(const SourceText& source, const eval::Evidence& e, Language lang) {
  std::string what = e.label;
  if (!e.value.empty()) what += (what.empty() ? "" : " ") + e.value + e.unit;
  if (what.empty()) {
    const std::string_view text = source.slice(e.span);
    size_t cut = std::min<size_t>(text.size(), 120);
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    what = std::string(text.substr(0, cut));
  }
  const uint32_t page = source.page_of(e.span.begin);
  const std::string at = where(source, e.span) +
                         (page == 0 ? "" : lang == Language::Zh ? fmt::format("，第{}页", page) : fmt::format(", page {}", page));
  return lang == Language::Zh ? fmt::format("  证据：{}（{}）\n", what, at)
                              : fmt::format("  evidence: {} ({})\n", what, at);
}

/// The rule's basis (the regulation or template clause it checks), under its first finding.
std::string basis_line(const check::RuleInfo& info, Language lang) {
  if (info.basis.empty()) return "";
  return lang == Language::Zh ? fmt::format("  依据：{}\n", info.basis) : fmt::format("  basis: {}\n", info.basis);
}

/// The severity word, in red, yellow, cyan or grey on a terminal.
std::string colored_severity(const std::string& severity, bool color) {
  if (!color) return severity;
  const char* code = severity == "error" ? "1;31" : severity == "warning" ? "1;33" : severity == "info" ? "36" : "2";
  return fmt::format("\x1b[{}m{}\x1b[0m", code, severity);
}

/// 0 for the main document, k for its k-th appended report.
size_t scope_index(const doc::Document& main, const eval::PackResult& pack) {
  for (size_t k = 0; k < main.appended.size(); ++k)
    if (pack.scope == &main.appended[k]) return k + 1;
  return 0;
}

/// " [已豁免]" or " [基线中已有]" after a finding's rule id; "" for a finding that gates.
std::string gate_marker(const FindingMark& mark, Language lang) {
  if (mark.waiver != nullptr) return lang == Language::Zh ? " [已豁免]" : " [waived]";
  if (mark.in_baseline) return lang == Language::Zh ? " [基线中已有]" : " [in baseline]";
  return "";
}

/// "  已豁免：原因（waivers.ini:3，到期 2027-06-30）" under a waived finding.
std::string waiver_line(const Waiver& w, Language lang) {
  if (lang == Language::Zh)
    return fmt::format("  已豁免：{}（{}{}）\n", w.reason, w.place(), w.expires.empty() ? "" : "，到期 " + w.expires);
  return fmt::format("  waived: {} ({}{})\n", w.reason, w.place(), w.expires.empty() ? "" : ", expires " + w.expires);
}

}  // namespace

const FindingMark& DocumentCheck::mark_of(const eval::ItemResult& item) const {
  static const FindingMark kNone;
  const auto found = marks.find(&item);
  return found == marks.end() ? kNone : found->second;
}

Span finding_location(const doc::Document& main, const eval::PackResult& pack, const eval::ItemResult& item) {
  if (!item.location.empty() || !item.evidence.empty()) return item.location;
  if (pack.scope == nullptr || pack.scope == &main) return item.location;
  const uint32_t line = main.source.locate(pack.scope->extent.begin).line;
  return main.source.line_span(line);
}

bool is_located(const Span at, const eval::ItemResult& item) { return !(at.empty() && item.evidence.empty()); }

bool is_finding(const eval::ItemResult& item) {
  return item.outcome == Outcome::Fail || item.outcome == Outcome::Error ||
         item.outcome == Outcome::CannotVerify;
}

std::string finding_severity(const eval::RuleResult& rule, const eval::ItemResult& item) {
  if (item.outcome == Outcome::Error) return "error";
  if (item.outcome == Outcome::CannotVerify) return "note";
  return check::to_string(rule.rule->info.severity);
}

std::string severity_name(const std::string& severity, Language lang) {
  if (lang == Language::En) return severity;
  if (severity == "error") return "错误";
  if (severity == "warning") return "警告";
  if (severity == "info") return "提示";
  return "无法核实";
}

std::string section_at(const doc::Document& document, uint32_t offset) {
  std::string title;
  for (size_t s = 1; s < document.sections.size(); ++s) {
    const Span span = document.sections[s].span;
    if (span.begin <= offset && offset < span.end) title = document.sections[s].title;
  }
  return title;
}

std::string render_findings_text(const DocumentCheck& check, const TextOptions& options) {
  // Everything from a file name, a document or a rule file has its control characters made
  // visible; only the severity's colour codes are the program's own.
  using unicode::visible_controls;
  const auto& source = check.document->source;
  const std::string name = visible_controls(source.name(), false);
  std::string out;
  for (const auto& pack : check.packs) {
    for (const auto& rule : pack.rules) {
      bool basis_shown = false;
      for (const auto& item : rule.items) {
        if (!is_finding(item)) continue;
        if (item.outcome == Outcome::CannotVerify && !options.verbose) continue;
        std::string message = visible_controls(item.message);
        if (item.outcome == Outcome::CannotVerify)
          message = (options.lang == Language::Zh ? "无法核实：" : "cannot verify: ") + message;
        if (item.outcome == Outcome::Error)
          message = (options.lang == Language::Zh ? "规则运行出错：" : "the rule failed to run: ") + message;
        const std::string severity = colored_severity(finding_severity(rule, item), options.color);
        const std::string& id = rule.rule->info.id;
        const Span at = finding_location(*check.document, pack, item);
        if (at.empty() && at.begin == 0 && source.text().empty()) continue;
        const FindingMark& mark = check.mark_of(item);
        const std::string marker = gate_marker(mark, options.lang);
        if (!is_located(at, item)) {
          out += fmt::format("{}: {}: {} [{}]{}\n", name, severity, message, visible_controls(id), marker);
        } else {
          out += fmt::format("{}:{}: {}: {} [{}]{}{}\n", name, where(source, at), severity, message, visible_controls(id),
                             page_note(source, at, options.lang == Language::Zh), marker);
          out += visible_controls(source_excerpt(source, at));
        }
        for (const auto& e : item.evidence) out += visible_controls(evidence_line(source, e, options.lang));
        if (mark.waiver != nullptr) out += visible_controls(waiver_line(*mark.waiver, options.lang));
        if (!basis_shown) out += visible_controls(basis_line(rule.rule->info, options.lang));
        basis_shown = true;
      }
    }
    out += visible_controls(summary_line(name, pack, check, options.lang));
  }
  if (check.packs.empty()) {
    const char* kind = doc::to_chinese(check.document->kind);
    out += options.lang == Language::Zh
               ? fmt::format("{}: 没有适用的规则包（文档类型：{}）\n", name, kind)
               : fmt::format("{}: no rule pack applies (document kind: {})\n", name,
                             doc::to_string(check.document->kind));
  }
  return out;
}

void write_mark_json(JsonWriter& json, const FindingMark& mark) {
  json.key("fingerprint").string(mark.fingerprint);
  json.key("waived");
  if (mark.waiver == nullptr) {
    json.null();
  } else {
    const Waiver& w = *mark.waiver;
    json.begin_object();
    json.key("reason").string(w.reason);
    json.key("expires");
    if (w.expires.empty()) json.null();
    else json.string(w.expires);
    json.key("waiver").string(w.place());
    json.end_object();
  }
  json.key("in_baseline").boolean(mark.in_baseline);
}

void write_findings_json(JsonWriter& json, const DocumentCheck& check) {
  const auto& document = *check.document;
  const auto& source = document.source;
  json.begin_object();
  json.key("file").string(source.name());
  json.key("title").string(document.title);
  json.key("year");
  if (document.year) json.number(*document.year);
  else json.null();
  json.key("kind").string(doc::to_chinese(document.kind));
  json.key("scopes").begin_array();
  for (size_t k = 0; k <= document.appended.size(); ++k) {
    const doc::Document& scope = k == 0 ? document : document.appended[k - 1];
    json.begin_object();
    json.key("kind").string(doc::to_chinese(scope.kind));
    json.key("title").string(scope.title);
    json.key("first_line").number(source.locate(scope.extent.begin).line);
    json.key("last_line").number(source.locate(scope.extent.end).line);
    json.end_object();
  }
  json.end_array();
  json.key("packs").begin_array();
  for (const auto& pack : check.packs) {
    json.begin_object();
    json.key("pack").string(pack.pack->name);
    json.key("scope").number(static_cast<long long>(scope_index(document, pack)));
    json.key("version").string(pack.pack->version);
    json.key("applies").boolean(pack.applies);
    const Counts c = count(pack, check);
    json.key("summary").begin_object();
    json.key("rules").number(static_cast<long long>(pack.rules.size()));
    for (auto o : {Outcome::Pass, Outcome::Fail, Outcome::CannotVerify, Outcome::NotApplicable, Outcome::Error})
      json.key(eval::to_string(o)).number(static_cast<long long>(c.by_outcome[static_cast<int>(o)]));
    json.key("errors").number(static_cast<long long>(c.errors));
    json.key("warnings").number(static_cast<long long>(c.warnings));
    json.key("infos").number(static_cast<long long>(c.infos));
    json.end_object();
    json.key("rules").begin_array();
    for (const auto& rule : pack.rules) {
      size_t passed = 0;
      for (const auto& item : rule.items) passed += item.outcome == Outcome::Pass;
      json.begin_object();
      json.key("rule").string(rule.rule->info.id);
      json.key("outcome").string(eval::to_string(rule.outcome));
      json.key("items").number(static_cast<long long>(rule.items.size()));
      json.key("passed").number(static_cast<long long>(passed));
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.key("findings").begin_array();
  for (const auto& pack : check.packs) {
    for (const auto& rule : pack.rules) {
      const auto& info = rule.rule->info;
      for (const auto& item : rule.items) {
        if (!is_finding(item)) continue;
        json.begin_object();
        json.key("rule").string(info.id);
        json.key("title").string(info.title);
        json.key("pack").string(info.pack);
        json.key("scope").number(static_cast<long long>(scope_index(document, pack)));
        json.key("severity").string(finding_severity(rule, item));
        json.key("category").string(info.category);
        json.key("outcome").string(eval::to_string(item.outcome));
        json.key("message").string(item.message);
        json.key("item").string(item.item);
        const Span span = finding_location(document, pack, item);
        const bool located = is_located(span, item);
        const Location at = source.locate(span.begin);
        json.key("line");
        if (located) json.number(at.line);
        else json.null();
        json.key("column");
        if (located) json.number(at.column);
        else json.null();
        if (source.page_count() > 0) {
          json.key("page");
          if (located) json.number(source.page_of(span.begin));
          else json.null();
          // The box (points, y downwards) of the finding's line on that page.
          const TextBox* box = located ? source.box_of(span.begin) : nullptr;
          json.key("box");
          if (box) {
            json.begin_array();
            for (const float v : {box->x0, box->y0, box->x1, box->y1}) json.number(fmt::format("{:.1f}", v));
            json.end_array();
          } else {
            json.null();
          }
        }
        json.key("section").string(located ? section_at(*pack.scope, span.begin) : "");
        json.key("basis").string(info.basis);
        write_mark_json(json, check.mark_of(item));
        json.key("evidence").begin_array();
        for (const auto& e : item.evidence) {
          const Location l = source.locate(e.span.begin);
          json.begin_object();
          json.key("text").string(e.label.empty() ? std::string(source.slice(e.span)) : e.label);
          json.key("value");
          if (e.value.empty()) json.null();
          else if (Decimal::parse(e.value)) json.number(e.value);
          else json.string(e.value);  // a text hole or a declared unit
          json.key("unit").string(e.unit);
          json.key("line").number(l.line);
          json.key("column").number(l.column);
          if (source.page_count() > 0) json.key("page").number(source.page_of(e.span.begin));
          json.end_object();
        }
        json.end_array();
        json.end_object();
      }
    }
  }
  json.end_array();
  json.end_object();
}

}  // namespace gk::cli

// Writing the results of `gongkai check` for one document: text for people (one line per
// finding with the source line and a caret, the evidence, then a summary) and JSON for
// machines (schema gongkai.findings/1, docs/findings-json.md).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "document/model.h"
#include "eval/evaluator.h"
#include "json_writer.h"
#include "syntax/language.h"

namespace gk::cli {

struct Waiver;  // waivers.h

/// What the reports say about one finding beyond the finding itself: its fingerprint, and
/// whether a waiver (--waivers) or the baseline (--baseline) keeps it from failing the gate.
struct FindingMark {
  std::string fingerprint;         ///< "hash:n", stable when lines move (fingerprints.h)
  const Waiver* waiver = nullptr;  ///< the waiver that covers the finding, or null
  bool in_baseline = false;        ///< the finding was already in the baseline
  /// Whether the finding still counts for the exit status.
  bool gates() const { return waiver == nullptr && !in_baseline; }
};

/// The results of every pack on one document.
struct DocumentCheck {
  const doc::Document* document = nullptr;
  std::vector<eval::PackResult> packs;
  /// Every finding's mark, keyed by its item in `packs` (fingerprints.h sets them, gate.h
  /// adds the waivers and the baseline).
  std::unordered_map<const eval::ItemResult*, FindingMark> marks;
  /// The mark of a finding (an empty one when none was set).
  const FindingMark& mark_of(const eval::ItemResult& item) const;
};

/// The severity a finding is reported with: the rule's, and `error` for a rule that
/// failed to run. Cannot-verify results are "note".
std::string finding_severity(const eval::RuleResult& rule, const eval::ItemResult& item);
/// A severity as `lang` names it: 错误/警告/提示/无法核实, or error/warning/info/note.
std::string severity_name(const std::string& severity, Language lang);

/// True for the items reported as findings: fail, error and cannot verify.
bool is_finding(const eval::ItemResult& item);

/// Where a finding is reported: the rule's location; for a finding about an appended report
/// as a whole ("the report has no 存在的问题 section"), the report's first line; otherwise
/// nowhere (an empty span with no evidence: the finding is about the file).
Span finding_location(const doc::Document& main, const eval::PackResult& pack, const eval::ItemResult& item);
/// Whether a finding reported at `at` has a place in the document (else it is about the file).
bool is_located(Span at, const eval::ItemResult& item);

struct TextOptions {
  bool verbose = false;  ///< also print cannot-verify results
  Language lang = Language::Zh;
  bool color = false;    ///< ANSI colours on the severity (a terminal)
};

std::string render_findings_text(const DocumentCheck& check, const TextOptions& options);
void write_findings_json(JsonWriter& json, const DocumentCheck& check);
/// A finding's "fingerprint", "waived" (null or reason, expires, waiver) and "in_baseline".
void write_mark_json(JsonWriter& json, const FindingMark& mark);

/// The title of the innermost section holding `offset`, or "".
std::string section_at(const doc::Document& document, uint32_t offset);

}  // namespace gk::cli

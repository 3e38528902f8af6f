// Evaluation of a compiled pack against one document: each rule (and each item of a
// `for`) gets an outcome — pass, fail, not applicable, cannot verify or error — with a
// message, a primary location and the evidence it used. A run-time error in one rule (a
// regex step limit, a division by zero in a message) gives that rule an `error` outcome
// and the others still run. Evaluation reads the pack and the document and changes neither.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/pack.h"
#include "document/model.h"
#include "eval/trace.h"
#include "eval/value.h"

namespace gk::eval {

enum class Outcome { Pass, Fail, NotApplicable, CannotVerify, Error };
/// "pass", "fail", "not_applicable", "cannot_verify", "error".
const char* to_string(Outcome outcome);
/// 通过, 不通过, 不适用, 无法核实, 出错.
const char* to_chinese(Outcome outcome);

/// The outcome of a rule for one item of its `for` (or for the whole rule without one).
struct ItemResult {
  Outcome outcome = Outcome::Pass;
  std::string item;     ///< the item as shown ("公务接待费"), empty without `for`
  std::string message;  ///< fail: the else message; cannot verify: what is missing; error: why
  Span location;        ///< primary place in the document; empty when there is none
  EvidenceList evidence;
};

struct RuleResult {
  const check::Rule* rule = nullptr;
  Outcome outcome = Outcome::NotApplicable;  ///< rolled up over the items
  std::vector<ItemResult> items;
};

struct PackResult {
  const check::Pack* pack = nullptr;
  /// The document the pack ran on: the file's main document or one appended to it.
  const doc::Document* scope = nullptr;
  bool applies = true;  ///< the pack's `applies when` held
  std::vector<RuleResult> rules;
};

/// Told the decisions a rule's steps take (rules test --coverage): `step` indexes the
/// rule's RuleDecl::steps, `held` is the truth of its `when` or `require` condition.
struct StepObserver {
  virtual ~StepObserver() = default;
  virtual void step(const check::Rule& rule, size_t step, bool held) = 0;
};

struct EvalOptions {
  /// The document is a snippet of a rule test: scopes the snippet does not contain mean
  /// "the whole snippet", and the pack's `applies when` is not asked.
  bool snippet = false;
  /// Evaluate only this rule (rule tests, --why).
  std::optional<std::string> only_rule;
  /// Record how each evaluated rule went (with only_rule: one rule).
  Trace* trace = nullptr;
  /// Told each when/require decision (rule tests with --coverage); none when null.
  StepObserver* steps = nullptr;
};

PackResult evaluate(const check::Pack& pack, const doc::Document& document,
                    const EvalOptions& options = {});

/// Whether `pack` checks documents of this kind: it names the kind in `kinds`, or it names
/// no kinds and `document` is a file's main document.
bool checks_kind(const check::Pack& pack, const doc::Document& document, bool appended);

/// Every pack on every document of a file — the main one, then each appended report — whose
/// kind it checks; in document order, then pack order. `applies when` is evaluated as usual
/// (a result with `applies` false is kept, so the output can say so).
std::vector<PackResult> evaluate_file(const std::vector<const check::Pack*>& packs,
                                      const doc::Document& document);

/// The rolled-up outcome of items: error over fail over cannot verify over pass;
/// not applicable when there are no items.
Outcome roll_up(const std::vector<ItemResult>& items);

}  // namespace gk::eval

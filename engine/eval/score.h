// Scorecards: what a pack's results on one document are worth, as a score out of 100 and a
// grade. A pure function of a PackResult and its Pack (docs/scorecard.md):
//
//   rule credit     = passed items / counted items, where counted items are those that
//                     passed, failed, could not be verified or hit a rule error (items that
//                     do not apply are not counted; a rule with no counted item is left out);
//   category score  = 100 × Σ(rule weight × credit) / Σ(rule weight), over the category's
//                     rules that count;
//   total           = Σ(category weight × category score) / Σ(category weight), over the
//                     categories of the pack's `score` that have a rule that counts; a pack
//                     without `score` weighs every rule by its own weight instead;
//   grade           = the first of the pack's `grades` whose minimum the shown score reaches
//                     (a grade without minimum takes every score).
//
// Cannot-verify and error items never count as passed; they are also counted separately so a
// reader sees how much of the score could not be decided. Intermediate values are exact
// decimals kept to 12 places (ties to even); scores are shown rounded half-up to one
// decimal, and the grade is decided on the shown score.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "check/pack.h"
#include "eval/evaluator.h"

namespace gk::eval {

/// Decimal places of intermediate scores and credits.
inline constexpr int kScoreScale = 12;
/// Decimal places of a shown score.
inline constexpr int kShownScoreScale = 1;

/// One rule's share of the score.
struct RuleCredit {
  const check::Rule* rule = nullptr;
  Outcome outcome = Outcome::NotApplicable;
  size_t counted = 0;        ///< items that passed, failed, could not be verified or erred
  size_t passed = 0;
  size_t failed = 0;
  size_t cannot_verify = 0;
  size_t errors = 0;         ///< items where the rule failed to run
  /// passed / counted (0…1, kScoreScale places); nullopt when nothing was counted.
  std::optional<Decimal> credit;
};

struct CategoryScore {
  std::string category;
  Decimal weight;  ///< from the pack's `score`, or the sum of its rules' weights without it
  size_t rules = 0;  ///< rules that count
  std::optional<Decimal> score;  ///< 0…100, kScoreScale places; nullopt without rules that count
};

/// Why a scorecard has no score.
enum class Unscored {
  None,            ///< it has a score
  PackNotApplies,  ///< the pack's `applies when` did not hold
  NoCountedRules,  ///< every rule was not applicable
};

/// Findings by severity, as `check` reports them.
struct SeverityCounts {
  size_t errors = 0;    ///< failed items of error rules, and items where a rule failed to run
  size_t warnings = 0;
  size_t infos = 0;
  size_t cannot_verify = 0;  ///< items that could not be verified (notes)
};

struct Scorecard {
  const check::Pack* pack = nullptr;
  const doc::Document* scope = nullptr;
  Unscored unscored = Unscored::None;
  std::optional<Decimal> score;  ///< 0…100 at kScoreScale places
  std::string grade;             ///< "" when the pack has no grades or no band matches
  std::vector<CategoryScore> categories;  ///< the pack's `score` order, else first use
  std::vector<RuleCredit> rules;          ///< pack order, every rule
  SeverityCounts findings;
  size_t rules_by_outcome[5] = {};  ///< indexed by Outcome

  /// The score as shown: rounded half-up to kShownScoreScale places.
  std::optional<Decimal> shown_score() const;
};

/// Credit of one rule from its item outcomes.
RuleCredit credit_of(const RuleResult& rule);

/// The scorecard of one pack's results on one document.
Scorecard score(const PackResult& result);

/// A score rounded for showing ("85.25" → "85.3", "90" → "90.0").
Decimal shown(const Decimal& score);

/// The grade of a shown score under `grades` ("" when none matches).
std::string grade_for(const std::vector<check::Grade>& grades, const Decimal& shown_score);

}  // namespace gk::eval

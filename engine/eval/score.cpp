#include "eval/score.h"

namespace gk::eval {
namespace {

const Decimal kHundred = Decimal::from_int(100);

/// a / b at the score scale; b is never zero here.
Decimal ratio(const Decimal& a, const Decimal& b) {
  return *Decimal::divide(a, b, kScoreScale);
}

/// Σ(weight × value) / Σ(weight) over pairs whose weight is positive; nullopt when none.
std::optional<Decimal> weighted_mean(const std::vector<std::pair<Decimal, Decimal>>& pairs) {
  Decimal sum, weights;
  for (const auto& [weight, value] : pairs) {
    sum = sum + weight * value;
    weights = weights + weight;
  }
  if (weights.sign() <= 0) return std::nullopt;
  return ratio(sum, weights);
}

CategoryScore& category_named(std::vector<CategoryScore>& categories, const std::string& name) {
  for (auto& c : categories)
    if (c.category == name) return c;
  categories.push_back(CategoryScore{name, Decimal(), 0, std::nullopt});
  return categories.back();
}

void count_findings(const RuleResult& rule, SeverityCounts& counts) {
  for (const auto& item : rule.items) {
    switch (item.outcome) {
      case Outcome::Error: ++counts.errors; break;
      case Outcome::CannotVerify: ++counts.cannot_verify; break;
      case Outcome::Fail:
        switch (rule.rule->info.severity) {
          case check::Severity::Error: ++counts.errors; break;
          case check::Severity::Warning: ++counts.warnings; break;
          case check::Severity::Info: ++counts.infos; break;
        }
        break;
      default: break;
    }
  }
}

}  // namespace

RuleCredit credit_of(const RuleResult& rule) {
  RuleCredit c;
  c.rule = rule.rule;
  c.outcome = rule.outcome;
  for (const auto& item : rule.items) {
    switch (item.outcome) {
      case Outcome::Pass: ++c.passed; break;
      case Outcome::Fail: ++c.failed; break;
      case Outcome::CannotVerify: ++c.cannot_verify; break;
      case Outcome::Error: ++c.errors; break;
      case Outcome::NotApplicable: continue;
    }
    ++c.counted;
  }
  if (c.counted > 0)
    c.credit = ratio(Decimal::from_int(static_cast<int64_t>(c.passed)),
                     Decimal::from_int(static_cast<int64_t>(c.counted)));
  return c;
}

Decimal shown(const Decimal& score) { return score.rescale(kShownScoreScale, Rounding::HalfUp); }

std::string grade_for(const std::vector<check::Grade>& grades, const Decimal& shown_score) {
  for (const auto& g : grades)
    if (!g.minimum || shown_score >= *g.minimum) return g.name;
  return "";
}

std::optional<Decimal> Scorecard::shown_score() const {
  if (!score) return std::nullopt;
  return shown(*score);
}

Scorecard score(const PackResult& result) {
  const check::Pack& pack = *result.pack;
  Scorecard card;
  card.pack = &pack;
  card.scope = result.scope;
  for (const auto& w : pack.score) card.categories.push_back(CategoryScore{w.category, w.weight, 0, std::nullopt});
  // Per category: (rule weight, credit) of the rules that count.
  std::vector<std::vector<std::pair<Decimal, Decimal>>> credits(card.categories.size());
  for (const auto& rule : result.rules) {
    ++card.rules_by_outcome[static_cast<int>(rule.outcome)];
    count_findings(rule, card.findings);
    card.rules.push_back(credit_of(rule));
    const RuleCredit& credit = card.rules.back();
    const auto& info = rule.rule->info;
    CategoryScore& category = category_named(card.categories, info.category);
    const size_t index = static_cast<size_t>(&category - card.categories.data());
    credits.resize(card.categories.size());
    if (!credit.credit) continue;
    ++category.rules;
    if (pack.score.empty()) category.weight = category.weight + info.weight;
    credits[index].emplace_back(info.weight, *credit.credit);
  }
  std::vector<std::pair<Decimal, Decimal>> totals;
  for (size_t k = 0; k < card.categories.size(); ++k) {
    auto& category = card.categories[k];
    if (const auto mean = weighted_mean(credits[k])) {
      category.score = (*mean * kHundred).rescale(kScoreScale);
      totals.emplace_back(category.weight, *category.score);
    }
  }
  if (!result.applies) {
    card.unscored = Unscored::PackNotApplies;
    return card;
  }
  card.score = weighted_mean(totals);
  if (!card.score) {
    card.unscored = Unscored::NoCountedRules;
    return card;
  }
  card.grade = grade_for(pack.grades, shown(*card.score));
  return card;
}

}  // namespace gk::eval

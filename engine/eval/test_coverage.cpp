#include "eval/test_coverage.h"

#include <algorithm>

#include "eval/context.h"

namespace gk::eval {

TestCoverage::TestCoverage(const check::Pack& pack) : pack_(pack) {
  for (const auto& rule : pack.rules) steps_.emplace_back(rule.steps.size());
  for (const auto& fact : pack.facts) templates_read_.emplace_back(fact.decl->templates.size(), false);
}

void TestCoverage::step(const check::Rule& rule, size_t step, bool held) {
  const size_t r = static_cast<size_t>(&rule - pack_.rules.data());
  if (r >= steps_.size() || step >= steps_[r].size()) return;
  (held ? steps_[r][step].held : steps_[r][step].failed) = true;
}

void TestCoverage::observe(const check::Rule&, const doc::Document& input, bool snippet) {
  Context cx(pack_, input, snippet);
  for (uint32_t f = 0; f < templates_read_.size(); ++f) {
    try {
      for (const FactInstance& found : cx.facts(f))
        if (found.form < templates_read_[f].size()) templates_read_[f][found.form] = true;
    } catch (const RuleError&) {
      // over the time limit: this input tells nothing about the fact
    }
  }
}

std::vector<CoverageGap> TestCoverage::gaps() const {
  std::vector<CoverageGap> out;
  for (size_t r = 0; r < pack_.rules.size(); ++r) {
    const check::Rule& rule = pack_.rules[r];
    if (rule.used) continue;  // a used pack's rules are covered where that pack is tested
    for (size_t s = 0; s < rule.steps.size(); ++s) {
      const check::Step& step = rule.steps[s];
      const StepSeen& seen = steps_[r][s];
      auto gap = [&](CoverageGap::Kind kind) { out.push_back({kind, rule.info.id, rule.file, step.span}); };
      if (step.kind == check::Step::Kind::When) {
        if (!seen.failed) gap(CoverageGap::Kind::WhenNeverFalse);
        if (!seen.held) gap(CoverageGap::Kind::WhenNeverTrue);
      } else if (step.kind == check::Step::Kind::Require && !seen.failed) {
        gap(CoverageGap::Kind::RequireNeverFailed);
      }
    }
  }
  for (size_t f = 0; f < pack_.facts.size(); ++f) {
    const check::Fact& fact = pack_.facts[f];
    uint32_t file = 0;
    bool used = false;
    for (size_t t = 0; t < pack_.trees.size(); ++t)
      for (const auto& d : pack_.trees[t]->declarations)
        if (std::get_if<ast::FactDecl>(&d) == fact.decl) {
          file = pack_.tree_files[t];
          used = pack_.tree_used[t];
        }
    if (used) continue;
    for (size_t i = 0; i < fact.decl->templates.size(); ++i)
      if (!templates_read_[f][i])
        out.push_back({CoverageGap::Kind::TemplateNeverRead, fact.name, file, fact.decl->templates[i].span});
  }
  std::stable_sort(out.begin(), out.end(), [](const CoverageGap& a, const CoverageGap& b) {
    return std::pair(a.file, a.span.begin) < std::pair(b.file, b.span.begin);
  });
  return out;
}

}  // namespace gk::eval

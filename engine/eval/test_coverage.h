// The branches of a pack that its rule tests never exercised (`gongkai rules test
// --coverage`): each `require` that never failed in any case, each `when` that was never
// false or never true, and each template (`or` alternative) of a fact that read no sentence
// in any case's input. Decisions come from the evaluation itself (eval::StepObserver);
// templates are matched as the rules see them (eval::Context), in snippet mode for snippets.
#pragma once

#include <string>
#include <vector>

#include "eval/rule_tests.h"

namespace gk::eval {

struct CoverageGap {
  enum class Kind { RequireNeverFailed, WhenNeverFalse, WhenNeverTrue, TemplateNeverRead };
  Kind kind;
  std::string owner;  ///< the rule number, or the fact's name
  uint32_t file = 0;  ///< index into Pack::files
  Span span;          ///< the step, or the template
};

class TestCoverage : public CaseObserver {
 public:
  explicit TestCoverage(const check::Pack& pack);

  void step(const check::Rule& rule, size_t step, bool held) override;
  void observe(const check::Rule& rule, const doc::Document& input, bool snippet) override;

  /// The branches never exercised, by file and place in it.
  std::vector<CoverageGap> gaps() const;

 private:
  /// What a when/require step of a rule has done so far.
  struct StepSeen {
    bool held = false, failed = false;
  };
  const check::Pack& pack_;
  std::vector<std::vector<StepSeen>> steps_;      ///< by rule, by step
  std::vector<std::vector<bool>> templates_read_;  ///< by fact, by template
};

}  // namespace gk::eval

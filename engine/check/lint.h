// Lint warnings for rule authors (`gongkai rules check`): things that compile but are
// probably mistakes — vocabulary or facts no rule uses, rules without a `basis` (the
// regulation they enforce) or a `require` without an `else` message, and `when`/`where`
// conditions that can never hold (check/never_holds.h). Warnings never stop a pack from
// running.
//
// Codes: W201 unused name, W202 rule without basis, W203 require without else message,
// W204 a condition that can never hold. W205 (a pattern that matches nothing in a corpus of
// documents) needs the documents and the evaluator: see eval/pattern_coverage.h.
#pragma once

#include "base/diagnostics.h"
#include "check/pack.h"
#include "syntax/language.h"

namespace gk::check {

/// Reports the lint warnings of a compiled pack into `sink` (Severity::Warning).
void lint_pack(const Pack& pack, DiagnosticSink& sink, Language lang = Language::Zh);

}  // namespace gk::check

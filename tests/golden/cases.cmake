# Golden cases: gongkai_golden_test(<name> <exit status> <expected output file> <args>...)
# The program runs in the project root; stdout then stderr are compared verbatim.

# The document model of every example, as text, and one as JSON.
foreach(seed 000_55a67829f5fef050 001_25d83f0624c6e4b5 002_e5bbbd38b1f7eef3
             003_9d1b60d77e1f3309 004_900203f525f79846)
  string(SUBSTRING ${seed} 0 3 short)
  gongkai_golden_test(inspect.${short} 0 inspect/${short}.txt inspect examples/${seed}.txt)
endforeach()
gongkai_golden_test(inspect.json.002 0 inspect/002.json inspect --json examples/002_e5bbbd38b1f7eef3.txt)

# The model of a real document as four PDF converters write it (tables aligned with spaces,
# one row per line, column blocks), and of a budget written by pdfplumber.
foreach(form poppler-layout poppler-raw pdfminer)
  gongkai_golden_test(inspect.corpus.${form} 0 inspect/corpus-${form}.txt
                      inspect tests/data/corpus/putuo-caizhengju-2024-final.${form}.txt)
endforeach()
gongkai_golden_test(inspect.corpus.pdfplumber 0 inspect/corpus-pdfplumber.txt
                    inspect tests/data/corpus/putuo-wenlvju-2026-budget.pdfplumber.txt)

# Encodings: the same document as GB18030, UTF-16LE with BOM, UTF-8 with BOM and CRLF.
gongkai_golden_test(inspect.gb18030 0 inputs/gb18030.txt inspect tests/data/inputs/gb18030.txt)
gongkai_golden_test(inspect.utf16 0 inputs/utf16le-bom.txt inspect tests/data/inputs/utf16le-bom.txt)
gongkai_golden_test(inspect.bom-crlf 0 inputs/utf8-bom-crlf.txt inspect tests/data/inputs/utf8-bom-crlf.txt)

# Bad input: a clear message naming the file, exit status 2, and the rest still processed.
gongkai_golden_test(inspect.empty 2 inputs/empty.out inspect tests/data/inputs/empty.txt)
gongkai_golden_test(inspect.whitespace 2 inputs/whitespace.out inspect tests/data/inputs/whitespace.txt)
gongkai_golden_test(inspect.binary 2 inputs/binary.out inspect tests/data/inputs/binary.txt)
gongkai_golden_test(inspect.invalid 2 inputs/invalid.out inspect tests/data/inputs/invalid.txt)
gongkai_golden_test(inspect.missing 2 inputs/missing.out inspect tests/data/inputs/no-such-file.txt)
gongkai_golden_test(inspect.directory-file 2 inputs/mixed.out inspect --json tests/data/inputs/empty.txt
                    tests/data/inputs/gb18030.txt)

# Usage errors.
gongkai_golden_test(usage.no-command 2 usage/no-command.out)
gongkai_golden_test(usage.unknown-command 2 usage/unknown-command.out frobnicate)
gongkai_golden_test(usage.inspect-no-file 2 usage/inspect-no-file.out inspect)
gongkai_golden_test(usage.inspect-bad-option 2 usage/inspect-bad-option.out inspect --xml examples)

# `gongkai check` with the built-in packs on every example: findings, evidence and the
# per-document summaries, verbatim. Seed 001 is a 部门整体支出绩效自评报告: the 整体支出绩效自评
# pack applies to it (warnings only, so exit 0) and the 部门决算 pack does not; the others are
# 部门决算 documents.
foreach(seed 000_55a67829f5fef050 001_25d83f0624c6e4b5 002_e5bbbd38b1f7eef3
             003_9d1b60d77e1f3309 004_900203f525f79846)
  string(SUBSTRING ${seed} 0 3 short)
  set(expected_exit 1)
  if(short STREQUAL "001")
    set(expected_exit 0)
  endif()
  gongkai_golden_test(check.${short} ${expected_exit} check/${short}.txt check examples/${seed}.txt)
endforeach()
gongkai_golden_test(check.verbose.003 1 check/003-verbose.txt check --verbose examples/003_9d1b60d77e1f3309.txt)
gongkai_golden_test(check.json.002 1 check/002.json check --format json examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.fail-on-never 0 check/000-never.txt check --fail-on never examples/000_55a67829f5fef050.txt)
gongkai_golden_test(check.english 1 check/002-en.txt check --lang en examples/002_e5bbbd38b1f7eef3.txt)

# A broken rule file: every compile error in one run, with position and caret; exit 2.
gongkai_golden_test(check.broken-rules 2 check/broken-rules.out check --no-default-rules
                    --rules tests/data/rules/broken.gk examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(usage.check-no-file 2 usage/check-no-file.out check)
gongkai_golden_test(usage.check-bad-format 2 usage/check-bad-format.out check --format xml examples)
gongkai_golden_test(usage.check-bad-fail-on 2 usage/check-bad-fail-on.out check --fail-on often examples)

# A batch with unreadable files: each is reported, the others are checked, the closing line
# counts them, and the exit status is 2 (an input error) whatever the findings.
gongkai_golden_test(check.batch-with-bad-inputs 2 check/batch-bad-inputs.txt check tests/data/inputs/
                    examples/001_25d83f0624c6e4b5.txt)

# --rules with a directory: the pack it holds (部门决算) replaces the built-in one of the same
# name, so the findings are the same as with no flags.
gongkai_golden_test(check.rules-dir 1 check/002.txt check --rules rules/juesuan examples/002_e5bbbd38b1f7eef3.txt)

# The 整体支出绩效自评 pack on seed 001 (a self-evaluation report): the list under （四）
# numbered 1、5、6、8、 and the empty （三）项目支出情况 are reported; 693.22 against
# 512.36 + 180.87 = 693.23 is not (rounding). Only that pack; as text and as JSON (which also
# lists every rule's outcome).
gongkai_golden_test(check.jixiao.001 0 check/jixiao-001.txt check --no-default-rules --rules rules/jixiao
                    examples/001_25d83f0624c6e4b5.txt)
gongkai_golden_test(check.jixiao.json.001 0 check/jixiao-001.json check --no-default-rules --rules rules/jixiao
                    --format json examples/001_25d83f0624c6e4b5.txt)
gongkai_golden_test(rules.test.jixiao 0 rules/test-jixiao.txt rules test rules/jixiao)

# Commands for rule authors: `rules test` runs the test blocks, `rules check` only compiles,
# `explain` shows one rule. failing_tests.gk has one deliberately wrong expectation (exit 1)
# and rules without a fail case, a pass case, or any test (warnings).
gongkai_golden_test(rules.test.builtin 0 rules/test-builtin.txt rules test)
gongkai_golden_test(rules.test.failing 1 rules/test-failing.txt rules test tests/data/rules/failing_tests.gk)
gongkai_golden_test(rules.test.failing-en 1 rules/test-failing-en.txt rules test --lang en
                    tests/data/rules/failing_tests.gk)
gongkai_golden_test(rules.test.json 1 rules/test-failing.json rules test --format json
                    tests/data/rules/failing_tests.gk)
gongkai_golden_test(rules.test.broken 2 rules/test-broken.out rules test tests/data/rules/broken.gk)
# Expectations on a case's findings (message, count, line), met and unmet; their mistakes (E009).
gongkai_golden_test(rules.test.expectations 1 rules/test-expectations.txt rules test
                    tests/data/rules/expectations.gk)
gongkai_golden_test(rules.test.expectations-en 1 rules/test-expectations-en.txt rules test --lang en
                    tests/data/rules/expectations.gk)
gongkai_golden_test(rules.test.expectations-json 1 rules/test-expectations.json rules test --format json
                    tests/data/rules/expectations.gk)
gongkai_golden_test(rules.check.bad-expectations 2 rules/check-bad-expectations.out rules check
                    tests/data/rules/bad_expectations.gk)
gongkai_golden_test(rules.check.bad-expectations-en 2 rules/check-bad-expectations-en.out rules check
                    --lang en tests/data/rules/bad_expectations.gk)
# A pack without tests: a warning, and a failure under --strict; --strict on incomplete tests.
gongkai_golden_test(rules.test.no-tests 0 rules/test-no-tests.txt rules test tests/data/rules/no_tests.gk)
gongkai_golden_test(rules.test.no-tests-strict 1 rules/test-no-tests-strict.txt rules test --strict
                    tests/data/rules/no_tests.gk)
gongkai_golden_test(rules.test.strict-incomplete 1 rules/test-strict-incomplete.txt rules test --strict
                    tests/data/rules/failing_tests.gk)
# The built-in packs pass --strict: every rule has a pass and a fail case that hold.
gongkai_golden_test(rules.test.builtin-strict 0 rules/test-builtin-strict.txt rules test --strict
                    rules/juesuan rules/jixiao)
# --coverage: the branches (require, when, fact templates) no case exercised.
gongkai_golden_test(rules.test.coverage 1 rules/test-coverage.txt rules test --coverage
                    tests/data/rules/expectations.gk)
gongkai_golden_test(rules.test.coverage-en 0 rules/test-coverage-en.txt rules test --coverage --lang en
                    tests/data/rules/fmt/canonical.gk)
gongkai_golden_test(rules.check.builtin 0 rules/check-builtin.txt rules check)
gongkai_golden_test(rules.check.dir 0 rules/check-dir.txt rules check rules/juesuan)
gongkai_golden_test(rules.check.broken 2 rules/check-broken.out rules check tests/data/rules/broken.gk)
# The repeated part [...] of a template written wrongly: every mistake, each at its place.
gongkai_golden_test(rules.check.repeat-broken 2 rules/check-repeat-broken.out rules check
                    tests/data/rules/repeat_broken.gk)
# Items listed in one sentence and table figures typed by their column: the pack's own tests.
gongkai_golden_test(rules.test.listed-items 0 rules/test-listed-items-strict.txt rules test --strict
                    tests/data/rules/listed_items.gk)
gongkai_golden_test(rules.plan.listed-items 0 rules/plan-listed-items.txt rules plan
                    tests/data/rules/listed_items.gk)
# `rules plan`: the resolved plan of a pack (slots, indexes, built-ins, compiled patterns).
gongkai_golden_test(rules.plan.features 0 rules/plan-features.txt rules plan tests/data/rules/plan_features.gk)
gongkai_golden_test(rules.plan.broken 2 rules/plan-broken.out rules plan tests/data/rules/broken.gk)
# A pack that uses the built-in 部门决算 pack, disables one rule and overrides another: its
# own tests run, the built-in pack is replaced by it, and mistakes in reuse are reported.
gongkai_golden_test(rules.test.provincial 0 rules/test-provincial.txt rules test tests/data/rules/provincial)
gongkai_golden_test(rules.test.provincial-strict 0 rules/test-provincial-strict.txt rules test --strict
                    tests/data/rules/provincial)
gongkai_golden_test(rules.check.reuse-broken 2 rules/check-reuse-broken.out rules check
                    tests/data/rules/reuse_broken)
# `check --why RULE FILE`: the trace of one rule on one document — a failing item's figures,
# and the `when` that kept a rule from applying (with the W210 warning for its bare 50).
gongkai_golden_test(check.why.JS-AR-01 0 check/why-JS-AR-01.txt check --why JS-AR-01
                    examples/002_e5bbbd38b1f7eef3.txt)
# A failure placed with `at`: the table's 单位 line, where the trace shows the place read.
gongkai_golden_test(check.why.at-unit-line 0 check/why-at-unit-line.txt check --why JS-XR-02
                    examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.why.when-false 0 check/why-when-false.out check --why W-01 --no-default-rules
                    --rules tests/data/rules/why_demo.gk examples/002_e5bbbd38b1f7eef3.txt)
# A `let` is worked out when first read: an error in one that no step reads is not the rule's
# outcome (L-01, not applicable), one that is read is (L-02); the trace shows both where written.
gongkai_golden_test(check.why.unread-let 0 check/why-unread-let.out check --why L-01 --no-default-rules
                    --rules tests/data/rules/why_lazy_let.gk examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.why.read-let 0 check/why-read-let.out check --why L-02 --no-default-rules
                    --rules tests/data/rules/why_lazy_let.gk examples/002_e5bbbd38b1f7eef3.txt)
# A fact with a repeated part on a real document: one fact per listed item, each shown by its
# own words (the same two shares the built-in breakdown rule finds on seed 002).
gongkai_golden_test(check.why.listed-items 0 check/why-listed-items.txt check --why LX-06
                    --no-default-rules --rules tests/data/rules/listed_items.gk
                    examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.why.unknown-rule 2 check/why-unknown-rule.out check --why JS-XX-99
                    examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.why.near-rule 2 check/why-near-rule.out check --why JS-AR-1
                    examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.why.two-files 2 check/why-two-files.out check --why JS-AR-01
                    examples/002_e5bbbd38b1f7eef3.txt examples/001_25d83f0624c6e4b5.txt)
gongkai_golden_test(check.provincial 1 check/provincial-002.txt check --rules tests/data/rules/provincial
                    examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(explain.JS-AR-01 0 rules/explain-JS-AR-01.txt explain JS-AR-01)
gongkai_golden_test(explain.table-snippets-en 0 rules/explain-JS-AR-05-en.txt explain --lang en JS-AR-05)
gongkai_golden_test(explain.with-rules 0 rules/explain-T-02.txt explain --rules tests/data/rules/failing_tests.gk T-02)
gongkai_golden_test(explain.expectations 0 rules/explain-expectations.txt explain
                    --rules tests/data/rules/expectations.gk T-01)
gongkai_golden_test(explain.unknown 2 rules/explain-unknown.out explain JS-AR-1)
# What a rule reads: facts, parts, sections, tables and lists, scopes included; or nothing.
gongkai_golden_test(explain.dependencies 0 rules/explain-D-01.txt
                    explain --rules tests/data/rules/dependencies.gk D-01)
gongkai_golden_test(explain.no-dependencies-en 0 rules/explain-D-02-en.txt
                    explain --lang en --rules tests/data/rules/dependencies.gk D-02)
gongkai_golden_test(usage.rules-no-subcommand 2 usage/rules-no-subcommand.out rules)
gongkai_golden_test(usage.rules-unknown-subcommand 2 usage/rules-unknown-subcommand.out rules frob)
gongkai_golden_test(usage.rules-test-bad-format 2 usage/rules-test-bad-format.out rules test --format xml)
gongkai_golden_test(usage.rules-check-bad-option 2 usage/rules-check-bad-option.out rules check --format json)
gongkai_golden_test(usage.explain-no-id 2 usage/explain-no-id.out explain)
gongkai_golden_test(usage.explain-two-ids 2 usage/explain-two-ids.out explain JS-AR-01 JS-AR-02)

# Lint warnings of `rules check` (W201–W204): printed with their place, the pack still loads
# and the exit status stays 0.
gongkai_golden_test(rules.check.lint 0 rules/check-lint.out rules check tests/data/rules/sample.gk)

# `rules new`: printed when no pack is given; written into a scratch copy of a pack otherwise.
gongkai_golden_test(rules.new.print 0 rules/new-print.out rules new --title 新规则 XY-1)
gongkai_golden_test(usage.rules-new-no-id 2 usage/rules-new-no-id.out rules new)
add_test(NAME rules.new.writes-into-pack
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:gongkai>
    -DSOURCE_PACK=${PROJECT_SOURCE_DIR}/rules/juesuan
    -DWORKDIR=${CMAKE_CURRENT_BINARY_DIR}/rules-new-scratch
    -P ${GK_GOLDEN_DIR}/RunRulesNew.cmake)

# `rules fmt`: --check lists the files not in the canonical layout with a diff (exit 1) and
# is silent about canonical ones (exit 0); a file with syntax errors is refused (exit 2).
gongkai_golden_test(rules.fmt.check-unformatted 1 rules/fmt-check-unformatted.txt
                    rules fmt --check tests/data/rules/fmt/unformatted.gk)
gongkai_golden_test(rules.fmt.check-en 1 rules/fmt-check-en.txt
                    rules fmt --check --lang en tests/data/rules/fmt/unformatted.gk)
gongkai_golden_test(rules.fmt.check-canonical 0 rules/fmt-check-canonical.txt
                    rules fmt --check tests/data/rules/fmt/canonical.gk)
gongkai_golden_test(rules.fmt.syntax-error 2 rules/fmt-syntax-error.out
                    rules fmt --check tests/data/rules/three_mistakes.gk)
gongkai_golden_test(usage.rules-fmt-no-path 2 usage/rules-fmt-no-path.out rules fmt --check)
add_test(NAME rules.fmt.rewrites-in-place
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:gongkai>
    -DDATA=${CMAKE_CURRENT_SOURCE_DIR}/data/rules
    -DWORKDIR=${CMAKE_CURRENT_BINARY_DIR}/rules-fmt-scratch
    -P ${GK_GOLDEN_DIR}/RunRulesFmt.cmake)

# `rules check --corpus DIR`: patterns that match in none of the documents under DIR are
# warned about (W205) at their place in the rule file; the exit status stays 0. Unreadable
# corpus files are reported and skipped; a corpus without any readable document is an error.
gongkai_golden_test(rules.check.corpus 0 rules/check-corpus.txt
                    rules check --corpus examples tests/data/rules/corpus_lint.gk)
gongkai_golden_test(rules.check.corpus-en 0 rules/check-corpus-en.txt
                    rules check --lang en --corpus examples tests/data/rules/corpus_lint.gk)
gongkai_golden_test(rules.check.corpus-unreadable 0 rules/check-corpus-unreadable.out
                    rules check --corpus tests/data/inputs/binary.txt --corpus examples
                    tests/data/rules/corpus_lint.gk)
gongkai_golden_test(rules.check.corpus-empty 2 rules/check-corpus-empty.out
                    rules check --corpus tests/data/rules tests/data/rules/corpus_lint.gk)

# A misspelled keyword, English or Chinese, at the top level or in a rule, is reported as the
# keyword most likely meant ("did you mean"), each once, and the file is still read.
gongkai_golden_test(rules.check.keyword-typos 2 rules/check-keyword-typos.out
                    rules check tests/data/rules/keyword_typos.gk)
gongkai_golden_test(rules.check.keyword-typos-en 2 rules/check-keyword-typos-en.out
                    rules check --lang en tests/data/rules/keyword_typos.gk)

# One error per mistake: a fact template with a wrong hole kind, a declaration and a rule
# with syntax errors give one error each, none at the rules and tests using them.
gongkai_golden_test(rules.check.cascades 2 rules/check-cascades.out
                    rules check tests/data/rules/cascades.gk)

# W204 beyond the literal `false`: constants compared, a count below zero, an expression
# compared with itself, `a and not a`; look-alikes that may hold get no warning.
gongkai_golden_test(rules.check.never-holds 0 rules/check-never-holds.txt
                    rules check tests/data/rules/never_holds.gk)

# `gongkai scorecard` on every example: one row per document × scope × pack and the rules
# failing most, as text, JSON (gongkai.scorecard/1) and CSV (UTF-8 BOM, CRLF). Each batch
# is checked on one and on two threads: the output must be the same, byte for byte.
foreach(jobs 1 2)
  gongkai_golden_test(scorecard.text.jobs${jobs} 1 scorecard/examples.txt scorecard --jobs ${jobs} examples/)
  gongkai_golden_test(check.batch.jobs${jobs} 1 check/examples.txt check --jobs ${jobs} examples/)
  gongkai_golden_test(check.sarif.jobs${jobs} 1 check/examples.sarif check --jobs ${jobs} --format sarif examples/)
endforeach()
gongkai_golden_test(scorecard.json 1 scorecard/examples.json scorecard --format json examples/)
gongkai_golden_test(scorecard.english 0 scorecard/002-en.txt scorecard --lang en --fail-on never
                    examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(scorecard.bad-inputs 2 scorecard/bad-inputs.txt scorecard tests/data/inputs/
                    examples/001_25d83f0624c6e4b5.txt)
gongkai_golden_test(usage.scorecard-two-stdout 2 usage/scorecard-two-stdout.out scorecard --format json
                    --format csv examples/)
gongkai_golden_test(usage.check-out-is-input 2 usage/check-out-is-input.out check --format json
                    --out examples/002_e5bbbd38b1f7eef3.txt examples/)
gongkai_golden_test(usage.check-bad-jobs 2 usage/check-bad-jobs.out check --jobs 0 examples/)
gongkai_golden_test(usage.scorecard-out-twice 2 usage/scorecard-out-twice.out scorecard --format json
                    --out a.json --out b.json examples/)

# Waivers (--waivers FILE): findings a waiver covers are shown, marked 已豁免 with the reason,
# and do not fail the gate. On seed 002 every error is waived (exit 0) while the JS-AR-03
# warnings are not (an expired waiver: warned about; exit 1 with --fail-on warning); a waiver
# that matched nothing, and one naming no rule of any pack, get a note. Waiving one error of
# several leaves the exit status 1. A waiver file with mistakes: each reported once, at its
# line and column, exit 2, nothing checked.
gongkai_golden_test(check.waivers.002 0 check/waivers-002.txt check --waivers tests/data/waivers/002.ini
                    examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.waivers.fail-on-warning 1 check/waivers-002.txt check --fail-on warning
                    --waivers tests/data/waivers/002.ini examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.waivers.json.002 0 check/waivers-002.json check --format json
                    --waivers tests/data/waivers/002.ini examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.waivers.one-of-several 1 check/waivers-002-one-en.txt check --lang en
                    --waivers tests/data/waivers/002-one.ini examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.waivers.broken 2 check/waivers-broken.out check
                    --waivers tests/data/waivers/broken.ini examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.waivers.broken-en 2 check/waivers-broken-en.out check --lang en
                    --waivers tests/data/waivers/broken.ini examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(check.waivers.missing 2 check/waivers-missing.out check
                    --waivers tests/data/waivers/no-such-file.ini examples/002_e5bbbd38b1f7eef3.txt)
gongkai_golden_test(usage.scorecard-waivers 2 usage/scorecard-waivers.out scorecard
                    --waivers tests/data/waivers/002.ini examples/)

# A baseline (--baseline FINDINGS.json, written by `check --format json`): 002-edited.txt is
# seed 002 with three lines added at the top, the JS-AR-01 rate of line 416 corrected and a
# wrong rate written on line 432. Its baseline holds the findings of the seed: 20 are found
# again (on new line numbers), 1 is fixed, and the new JS-AR-01 finding alone fails the gate;
# a waiver for it lets the document pass. A corrupt or foreign baseline is an error (exit 2).
gongkai_golden_test(check.baseline.text 1 check/baseline-edited.txt check
                    --baseline tests/data/baseline/002-before.json tests/data/baseline/002-edited.txt)
gongkai_golden_test(check.baseline.json 1 check/baseline-edited.json check --format json
                    --baseline tests/data/baseline/002-before.json tests/data/baseline/002-edited.txt)
gongkai_golden_test(check.baseline.with-waiver 0 check/baseline-with-waiver.txt check --lang en
                    --baseline tests/data/baseline/002-before.json --waivers tests/data/waivers/edited-new.ini
                    tests/data/baseline/002-edited.txt)
gongkai_golden_test(check.baseline.corrupt 2 check/baseline-corrupt.out check
                    --baseline tests/data/baseline/corrupt.json tests/data/baseline/002-edited.txt)
gongkai_golden_test(check.baseline.not-findings 2 check/baseline-not-findings.out check
                    --baseline tests/golden/scorecard/examples.json tests/data/baseline/002-edited.txt)
gongkai_golden_test(check.baseline.missing 2 check/baseline-missing.out check
                    --baseline tests/data/baseline/no-such-file.json tests/data/baseline/002-edited.txt)
gongkai_golden_test(usage.check-waivers-twice 2 usage/check-waivers-twice.out check --waivers a.ini
                    --waivers b.ini examples/)
gongkai_golden_test(usage.check-out-is-waivers 2 usage/check-out-is-waivers.out check --out tests/data/waivers/002.ini
                    --waivers tests/data/waivers/002.ini examples/002_e5bbbd38b1f7eef3.txt)

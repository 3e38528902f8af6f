#include "eval/rule_tests.h"

#include <algorithm>
#include <filesystem>

#include "document/extract.h"
#include "document/reader.h"

namespace gk::eval {

std::string snippet_text(const std::string& written) {
  std::string out;
  for (size_t i = 0; i < written.size(); ++i) {
    const char next = i + 1 < written.size() ? written[i + 1] : 0;
    if (written[i] == '\\' && (next == 'n' || next == 't')) {
      out.push_back(next == 'n' ? '\n' : '\t');
      ++i;
    } else {
      out.push_back(written[i]);
    }
  }
  return out;
}

namespace {

bool matches(ast::TestOutcome expected, Outcome actual) {
  switch (expected) {
    case ast::TestOutcome::Pass: return actual == Outcome::Pass;
    case ast::TestOutcome::Fail: return actual == Outcome::Fail;
    case ast::TestOutcome::NotApplicable: return actual == Outcome::NotApplicable;
  }
  return false;
}

void note_failing_items(const RuleResult& rule, const doc::Document& input, RuleTestResult& r) {
  for (const auto& item : rule.items) {
    if (item.outcome != Outcome::Fail) continue;
    ++r.failing_count;
    r.failing_messages.push_back(item.message);
    if (!item.location.empty()) r.failing_lines.push_back(input.source.locate(item.location.begin).line);
  }
  std::sort(r.failing_lines.begin(), r.failing_lines.end());
  r.failing_lines.erase(std::unique(r.failing_lines.begin(), r.failing_lines.end()), r.failing_lines.end());
}

}  // namespace

bool meets(const RuleTestResult& result, const ast::TestExpectation& expectation) {
  switch (expectation.kind) {
    case ast::ExpectationKind::Message:
      return std::any_of(result.failing_messages.begin(), result.failing_messages.end(),
                         [&](const std::string& m) { return m.find(expectation.text.value) != std::string::npos; });
    case ast::ExpectationKind::Count: return result.failing_count == expectation.numbers.front();
    case ast::ExpectationKind::Lines: {
      std::vector<uint32_t> wanted = expectation.numbers;
      std::sort(wanted.begin(), wanted.end());
      wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
      return wanted == result.failing_lines;
    }
  }
  return false;
}

const char* to_string(ast::TestOutcome outcome) {
  switch (outcome) {
    case ast::TestOutcome::Pass: return "pass";
    case ast::TestOutcome::Fail: return "fail";
    case ast::TestOutcome::NotApplicable: return "na";
  }
  return "";
}

std::vector<RuleTestResult> run_rule_tests(const check::Pack& pack, CaseObserver* observer) {
  std::vector<RuleTestResult> results;
  for (size_t t = 0; t < pack.trees.size(); ++t) {
    if (pack.tree_used[t]) continue;  // a used pack's tests run where that pack is tested
    const SourceText& rule_file = pack.files[pack.tree_files[t]];
    for (const auto& declaration : pack.trees[t]->declarations) {
      const auto* test = std::get_if<ast::TestDecl>(&declaration);
      if (!test) continue;
      size_t index = 0;
      for (const auto& c : test->cases) {
        ++index;
        RuleTestResult r;
        r.rule = test->rule.text;
        r.expected = c.expected;
        r.file = rule_file.name();
        r.location = rule_file.locate(c.span.begin);
        std::optional<SourceText> input;
        if (c.input == ast::TestInput::Snippet) {
          input = SourceText("<" + r.rule + " #" + std::to_string(index) + ">", snippet_text(c.text.value));
        } else {
          const auto path = std::filesystem::path(rule_file.name()).parent_path() / c.text.value;
          auto read = doc::read_document_file(path.string());
          if (auto* text = std::get_if<SourceText>(&read)) input = std::move(*text);
          else r.message = std::get<Diagnostic>(read).message;
        }
        if (input) {
          const doc::Document document = doc::extract_document(std::move(*input));
          EvalOptions options;
          options.snippet = c.input == ast::TestInput::Snippet;
          options.only_rule = r.rule;
          options.steps = observer;
          const PackResult result = evaluate(pack, document, options);
          if (!result.rules.empty()) {
            const RuleResult& rule = result.rules.front();
            r.actual = rule.outcome;
            for (const auto& item : rule.items)
              if (item.outcome == rule.outcome && !item.message.empty()) {
                r.message = item.message;
                break;
              }
            note_failing_items(rule, document, r);
            r.passed = matches(c.expected, rule.outcome);
            if (r.passed)
              for (const auto& e : c.expectations)
                if (!meets(r, e)) r.unmet.push_back(&e);
            r.passed = r.passed && r.unmet.empty();
            if (observer && rule.rule) observer->observe(*rule.rule, document, options.snippet);
          }
        }
        results.push_back(std::move(r));
      }
    }
  }
  return results;
}

}  // namespace gk::eval

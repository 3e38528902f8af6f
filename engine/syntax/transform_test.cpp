// Parse tree → AST for `test` blocks: each case's outcome, its snippet or fixture file, and
// its expectations. The expectation words are plain names checked here (E009): message/消息
// takes a string, count/条数 one whole number, line/行 one or more whole numbers, each at
// most once per case; a `message` or `line` on a pass or na case (which has no finding) is
// refused, and so is a `count` other than 0 there.
#include <charconv>
#include <optional>

#include <fmt/format.h>

#include "GongkaiParser.h"
#include "base/unicode.h"
#include "syntax/transform_context.h"

namespace gk::syntax {

using P = gkgen::GongkaiParser;

// Defined in transform_rule.cpp.
ast::RuleId transform_rule_id(const TransformContext& cx, P::RuleIdContext* ctx);

namespace {

struct ExpectationWord {
  ast::ExpectationKind kind;
  std::string_view english, chinese;
};
constexpr ExpectationWord kWords[] = {
    {ast::ExpectationKind::Message, "message", "消息"},
    {ast::ExpectationKind::Count, "count", "条数"},
    {ast::ExpectationKind::Lines, "line", "行"},
};

std::string say(const TransformContext& cx, std::string zh, std::string en) {
  return cx.language() == Language::Zh ? std::move(zh) : std::move(en);
}

const ExpectationWord* find_word(std::string_view written) {
  for (const auto& w : kWords)
    if (written == w.english || written == w.chinese) return &w;
  return nullptr;
}

/// A whole number as written ("3"), or nullopt for "2.5" or one too large.
std::optional<uint32_t> whole_number(std::string_view text) {
  uint32_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

/// The expectation `ctx`, or nullopt after reporting why it cannot be one.
std::optional<ast::TestExpectation> transform_expectation(const TransformContext& cx, P::ExpectationContext* ctx,
                                                          ast::TestOutcome outcome) {
  const Span word_span = cx.token_span(ctx->word);
  const std::string_view written = cx.text(word_span);
  const ExpectationWord* word = find_word(written);
  if (!word) {
    std::string message =
        say(cx, fmt::format("测试期望“{}”不存在；可用：message（消息）、count（条数）、line（行）", written),
            fmt::format("there is no test expectation ‘{}’; use message, count or line (消息, 条数, 行)", written));
    for (const auto& w : kWords) {
      if (unicode::edit_distance(written, w.english, /*fold_ascii_case=*/true) <= 2)
        message += say(cx, fmt::format("。是不是 {}？", w.english), fmt::format(". Did you mean ‘{}’?", w.english));
    }
    cx.report("E009", std::move(message), word_span);
    return std::nullopt;
  }
  ast::TestExpectation e;
  e.kind = word->kind;
  e.span = cx.node_span(ctx);
  const std::string shown(written);
  if (word->kind == ast::ExpectationKind::Message) {
    if (ctx->text == nullptr) {
      cx.report("E009", say(cx, fmt::format("“{}”后面要写一段用引号括起的文字", shown),
                            fmt::format("‘{}’ takes a quoted text", shown)), e.span);
      return std::nullopt;
    }
    e.text = cx.string_literal_of(ctx->text);
  } else {
    if (ctx->text != nullptr) {
      cx.report("E009", say(cx, fmt::format("“{}”后面要写整数，不是文字", shown),
                            fmt::format("‘{}’ takes whole numbers, not a text", shown)), e.span);
      return std::nullopt;
    }
    for (auto* token : ctx->numbers) {
      const Span span = cx.token_span(token);
      const auto n = whole_number(cx.text(span));
      if (!n || (word->kind == ast::ExpectationKind::Lines && *n == 0)) {
        cx.report("E009", say(cx, fmt::format("“{}”后面要写{}整数", shown, word->kind == ast::ExpectationKind::Lines ? "正" : ""),
                              fmt::format("‘{}’ takes {}whole numbers", shown,
                                          word->kind == ast::ExpectationKind::Lines ? "positive " : "")),
                  span);
        return std::nullopt;
      }
      e.numbers.push_back(*n);
    }
    if (word->kind == ast::ExpectationKind::Count && e.numbers.size() != 1) {
      cx.report("E009", say(cx, fmt::format("“{}”后面只写一个整数", shown), fmt::format("‘{}’ takes one number", shown)),
                e.span);
      return std::nullopt;
    }
  }
  const bool without_findings = outcome != ast::TestOutcome::Fail;
  if (without_findings && (word->kind != ast::ExpectationKind::Count || e.numbers.front() != 0)) {
    cx.report("E009",
              say(cx, fmt::format("“{}”只能用于不通过（fail）的用例：通过和不适用的用例没有问题可查", shown),
                  fmt::format("‘{}’ belongs to a fail case: a pass or na case has no finding to look at", shown)),
              e.span);
    return std::nullopt;
  }
  return e;
}

ast::TestCase transform_test_case(const TransformContext& cx, P::TestCaseContext* ctx) {
  ast::TestCase test_case;
  switch (need(need(ctx)->outcome)->getType()) {
    case P::PASS: test_case.expected = ast::TestOutcome::Pass; break;
    case P::FAIL: test_case.expected = ast::TestOutcome::Fail; break;
    default: test_case.expected = ast::TestOutcome::NotApplicable; break;
  }
  if (auto* file = dynamic_cast<P::FileInputContext*>(ctx->input)) {
    test_case.input = ast::TestInput::File;
    test_case.text = cx.string_literal_of(file->path);
  } else {
    test_case.input = ast::TestInput::Snippet;
    auto* snippet = need(dynamic_cast<P::SnippetInputContext*>(ctx->input));
    test_case.text = cx.string_literal_of(snippet->text);
  }
  for (auto* e : ctx->expectations) {
    auto expectation = transform_expectation(cx, need(e), test_case.expected);
    if (!expectation) continue;
    bool repeated = false;
    for (const auto& earlier : test_case.expectations) repeated = repeated || earlier.kind == expectation->kind;
    if (repeated) {
      const std::string shown(cx.text(cx.token_span(e->word)));
      cx.report("E009", say(cx, fmt::format("这个用例已经写过“{}”", shown),
                            fmt::format("‘{}’ is given twice in this case", shown)),
                expectation->span);
      continue;
    }
    test_case.expectations.push_back(std::move(*expectation));
  }
  test_case.span = cx.node_span(ctx);
  return test_case;
}

}  // namespace

ast::TestDecl transform_test(const TransformContext& cx, P::TestDeclContext* ctx) {
  ast::TestDecl test;
  test.rule = transform_rule_id(cx, ctx->id);
  for (auto* test_case : ctx->testCase()) test.cases.push_back(transform_test_case(cx, test_case));
  test.span = cx.node_span(ctx);
  return test;
}

}  // namespace gk::syntax

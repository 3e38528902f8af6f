#include "syntax/parse_errors.h"

#include "GongkaiLexer.h"
#include "GongkaiParser.h"
#include "syntax/keyword_typos.h"
#include "syntax/syntax_messages.h"

namespace gk::syntax {

namespace {

/// The byte span a message about `token` points at; the end of input points just after
/// the last real token.
Span error_span(const TransformContext& cx, antlr4::TokenStream& tokens, antlr4::Token* token) {
  if (token->getType() != antlr4::Token::EOF) return cx.token_span(token);
  for (size_t i = token->getTokenIndex(); i-- > 0;) {
    antlr4::Token* before = tokens.get(i);
    if (before->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      const Span last = cx.token_span(before);
      return {last.end, last.end};
    }
  }
  return cx.token_span(token);
}

/// The declaration being read when the parser is in `ctx`, or null between declarations.
antlr4::ParserRuleContext* enclosing_declaration(antlr4::ParserRuleContext* ctx) {
  for (; ctx != nullptr; ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent)) {
    if (dynamic_cast<gkgen::GongkaiParser::DeclarationContext*>(ctx) != nullptr) return ctx;
  }
  return nullptr;
}

std::vector<size_t> token_types(const antlr4::misc::IntervalSet& set) {
  std::vector<size_t> types;
  for (ssize_t type : set.toList()) types.push_back(static_cast<size_t>(type));
  return types;
}

/// The keywords a word found at `expected` may misspell: those expected, and inside a
/// block (where `}` is expected) also the words that continue the item before it, which
/// the parser no longer expects once the item could end: `wher` after `for x in list`,
/// `els` after `require …`, `adn` inside a condition.
std::vector<size_t> keywords_meant(const antlr4::misc::IntervalSet& expected) {
  std::vector<size_t> types = token_types(expected);
  if (expected.contains(static_cast<size_t>(gkgen::GongkaiLexer::RBRACE))) {
    for (size_t type : {size_t{gkgen::GongkaiLexer::WHERE}, size_t{gkgen::GongkaiLexer::ELSE},
                        size_t{gkgen::GongkaiLexer::AT},
                        size_t{gkgen::GongkaiLexer::WITHIN}, size_t{gkgen::GongkaiLexer::AND},
                        size_t{gkgen::GongkaiLexer::OR}})
      types.push_back(type);
  }
  return types;
}

}  // namespace

void DiagnosticListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending,
                                     size_t, size_t, const std::string& message,
                                     std::exception_ptr) {
  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  if (offending == nullptr || parser == nullptr) return;
  cx_.report("E001", message, error_span(cx_, *parser->getTokenStream(), offending));
  if (auto* declaration = enclosing_declaration(parser->getContext())) {
    broken_.push_back(declaration);
  }
}

void PlainWordsErrorStrategy::reportNoViableAlternative(antlr4::Parser* parser,
                                                        const antlr4::NoViableAltException& e) {
  // Expected tokens are known only when the parser got stuck at the first token.
  if (e.getStartToken() == e.getOffendingToken()) {
    report_expected(parser, e.getOffendingToken(), e.getExpectedTokens());
  } else {
    const std::string found = describe(e.getOffendingToken());
    parser->notifyErrorListeners(e.getOffendingToken(), unexpected_token(found, cx_.language()),
                                 nullptr);
  }
}

void PlainWordsErrorStrategy::reportInputMismatch(antlr4::Parser* parser,
                                                  const antlr4::InputMismatchException& e) {
  report_expected(parser, e.getOffendingToken(), e.getExpectedTokens());
}

void PlainWordsErrorStrategy::reportFailedPredicate(antlr4::Parser* parser,
                                                    const antlr4::FailedPredicateException& e) {
  const std::string found = describe(e.getOffendingToken());
  parser->notifyErrorListeners(e.getOffendingToken(), unexpected_token(found, cx_.language()),
                               nullptr);
}

void PlainWordsErrorStrategy::sync(antlr4::Parser* parser) {
  try {
    DefaultErrorStrategy::sync(parser);
  } catch (const antlr4::InputMismatchException&) {
    reportUnwantedToken(parser);
    consumeUntil(parser, parser->getExpectedTokens().Or(getErrorRecoverySet(parser)));
  }
}

void PlainWordsErrorStrategy::consumeUntil(antlr4::Parser* parser,
                                           const antlr4::misc::IntervalSet& stop) {
  const std::vector<size_t> keywords = keywords_meant(stop);
  antlr4::TokenStream& tokens = *parser->getTokenStream();
  for (bool first = true; tokens.LA(1) != antlr4::Token::EOF && !stop.contains(tokens.LA(1));
       first = false) {
    antlr4::Token* token = tokens.LT(1);
    const antlr4::Token* before = tokens.LT(-1);
    if (!first && token->getType() == gkgen::GongkaiLexer::IDENT && before != nullptr &&
        before->getLine() != token->getLine()) {
      const std::string word(cx_.text(cx_.token_span(token)));
      if (const auto keyword = likely_keyword(word, keywords)) {
        parser->notifyErrorListeners(token, unknown_word(word, *keyword, cx_.language()), nullptr);
      }
    }
    parser->consume();
  }
}

void PlainWordsErrorStrategy::report_at_current(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report_expected(parser, parser->getCurrentToken(), getExpectedTokens(parser));
}

void PlainWordsErrorStrategy::report_expected(antlr4::Parser* parser, antlr4::Token* found,
                                              const antlr4::misc::IntervalSet& expected) {
  std::vector<size_t> types = token_types(expected);
  if (found->getType() == gkgen::GongkaiLexer::IDENT) {
    const std::string word(cx_.text(cx_.token_span(found)));
    if (const auto keyword = likely_keyword(word, keywords_meant(expected))) {
      parser->notifyErrorListeners(found, unknown_word(word, *keyword, cx_.language()), nullptr);
      return;
    }
  }
  const std::string message = expected_but_found(
      describe_expected(std::move(types), cx_.language()), describe(found), cx_.language());
  parser->notifyErrorListeners(found, message, nullptr);
}

std::string PlainWordsErrorStrategy::describe(antlr4::Token* token) const {
  if (token->getType() == antlr4::Token::EOF && !whole_file_) {
    return end_of_expression(cx_.language());
  }
  const Span span = cx_.token_span(token);
  return describe_found(token->getType(), cx_.text(span), cx_.language());
}

}  // namespace gk::syntax

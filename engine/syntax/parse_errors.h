// Syntax errors in plain words: ANTLR's error recovery with our wording ("此处应为 X，却是
// Y", "未知的词 “requre”——是不是 “require”？"), and the listener that turns each error
// into an E001 diagnostic and remembers the declarations in which errors occurred.
#pragma once

#include <vector>

#include "antlr4-runtime.h"
#include "syntax/transform_context.h"

namespace gk::syntax {

/// Turns each syntax error the parser notifies into an E001 diagnostic, and remembers the
/// declarations in which errors occurred.
class DiagnosticListener : public antlr4::BaseErrorListener {
 public:
  explicit DiagnosticListener(const TransformContext& cx) : cx_(cx) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t, size_t,
                   const std::string& message, std::exception_ptr) override;
  /// The declarations in which syntax errors were reported.
  const std::vector<antlr4::ParserRuleContext*>& broken() const { return broken_; }

 private:
  const TransformContext& cx_;
  std::vector<antlr4::ParserRuleContext*> broken_;
};

/// ANTLR's error recovery with our wording: "此处应为 X，却是 Y".
class PlainWordsErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  PlainWordsErrorStrategy(const TransformContext& cx, bool whole_file)
      : cx_(cx), whole_file_(whole_file) {}

 protected:
  void reportNoViableAlternative(antlr4::Parser* parser,
                                 const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* parser,
                           const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* parser,
                             const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* parser) override { report_at_current(parser); }
  /// On entering a loop (the declarations of a file, the items of a rule) ANTLR gives up
  /// the whole rule when the next token cannot start an item; skip to one instead, so that
  /// the rest of the file is still read and checked.
  void sync(antlr4::Parser* parser) override;
  /// Skips tokens up to one in `stop` (where parsing can go on), reporting on the way each
  /// word at the start of a line that misspells a keyword in `stop`: after a mistaken
  /// `catgory`, the next line's `severty` would otherwise be skipped unreported. The first
  /// token is the one just reported.
  void consumeUntil(antlr4::Parser* parser, const antlr4::misc::IntervalSet& stop) override;
  void reportMissingToken(antlr4::Parser* parser) override { report_at_current(parser); }

 private:
  void report_at_current(antlr4::Parser* parser);
  /// "此处应为 X，却是 Y", or for a word much like an expected keyword "未知的词……是不是……".
  void report_expected(antlr4::Parser* parser, antlr4::Token* found,
                       const antlr4::misc::IntervalSet& expected);
  std::string describe(antlr4::Token* token) const;

  const TransformContext& cx_;
  bool whole_file_;
};

}  // namespace gk::syntax

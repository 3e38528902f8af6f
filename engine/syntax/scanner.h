// The rule-language scanner: a hand-written lexer that gives the parser exactly the tokens
// the grammar's lexer (grammar/GongkaiLexer.g4, generated as gkgen::GongkaiLexer) would —
// the same types, channels, code point positions, lines, columns and modes — in one pass
// and without building the generated lexer's automaton at every start. The grammar stays the
// specification: tests/unit/scanner_test.cpp lexes every rule file of the repository and
// many random and mutated texts with both and requires identical token streams. Keywords
// are listed once, in kKeywords (scanner.cpp); the character classes are read from the
// generated lexer at build time (syntax/character_classes.h).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "antlr4-runtime.h"

namespace gk::syntax {

/// The text as the lexer sees it. In code, each Han character that no literal uses becomes
/// the stand-in U+0001 (see GongkaiLexer.g4), and other characters above ASCII that are
/// neither letters nor numbers nor in a literal become U+0002; inside comments and strings,
/// every character above ASCII but the closing ” becomes U+0002 (those rules take any
/// character there). Lexing the view gives the same tokens as lexing the text, and lets the
/// generated lexer cache its decisions (it caches code points below 128 only). Token texts
/// are always taken from the source through spans, never from the view.
std::u32string lexer_view(std::u32string code_points);

/// The code points above ASCII that the lexer's literals use (keywords, units, full-width
/// punctuation, quotes, blanks), in ascending order.
const std::vector<char32_t>& literal_code_points();

/// The keyword and unit spellings the scanner knows, for tests: each with its token type.
struct Spelling {
  std::u32string text;
  size_t type;
};
std::vector<Spelling> scanner_spellings();

/// Reads a lexer view (see lexer_view) into tokens for the parser, as the generated lexer
/// would. Tokens refer to `stream` (which must hold the same view) for their text.
class Scanner : public antlr4::TokenSource {
 public:
  Scanner(std::u32string_view view, antlr4::CharStream* stream);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return line_; }
  size_t getCharPositionInLine() override { return column_; }
  antlr4::CharStream* getInputStream() override { return stream_; }
  std::string getSourceName() override { return stream_->getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

 private:
  /// Moves past `count` code points, counting lines as the generated lexer does.
  void advance(size_t count);
  /// The type and length of the token at the current position; kSkip for blanks.
  std::pair<size_t, size_t> default_mode_token() const;
  std::pair<size_t, size_t> rule_number_mode_token() const;

  std::u32string_view text_;
  antlr4::CharStream* stream_;
  size_t at_ = 0;
  size_t line_ = 1;
  size_t column_ = 0;
  bool rule_number_mode_ = false;  ///< right after `rule`, `test` or `disable`
};

}  // namespace gk::syntax

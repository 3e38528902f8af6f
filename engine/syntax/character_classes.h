// The character classes of the rule-language lexer (fragments LETTER and NUMERAL of
// grammar/GongkaiLexer.g4), as sorted tables of code point ranges. They are generated at
// build time from the generated lexer itself (grammar/character_classes.cpp), so the
// hand-written scanner follows the grammar's Unicode data, not the ICU library's.
#pragma once

#include <span>

namespace gk::syntax {

struct CodePointRange {
  char32_t first;
  char32_t last;  ///< included
};

/// LETTER: \p{L} and the stand-in U+0001, in ascending order.
std::span<const CodePointRange> lexer_letters();
/// NUMERAL: \p{N}, in ascending order.
std::span<const CodePointRange> lexer_numerals();

}  // namespace gk::syntax

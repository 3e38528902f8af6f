// The one ICU wrapper: UTF-8 decoding, NFKC normalisation, character classes and Chinese
// numerals. Nothing else in the engine includes ICU headers except regex users in eval/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gk::unicode {

/// Decodes one code point at `pos` and advances `pos`; returns U+FFFD on a bad sequence
/// (advancing one byte). Precondition: pos < text.size().
char32_t next_code_point(std::string_view text, size_t& pos);
/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);
/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view bytes);
/// Length of the longest well-formed UTF-8 prefix of `bytes` (== bytes.size() when valid),
/// i.e. the offset of the first byte that starts an invalid or truncated sequence.
size_t valid_utf8_prefix(std::string_view bytes);
/// Number of code points.
size_t length(std::string_view utf8);

/// `text` safe to show on a terminal: every control character made visible, so a file name
/// or a document cannot move the cursor, retitle or clear the terminal. C0 controls and DEL
/// become their Control Pictures (ESC is "␛", form feed "␌": one column each, so carets stay
/// aligned); C1 controls become "\u0085"; bytes that are not UTF-8 become "\x9B". Tab stays,
/// and line feed when `keep_line_breaks`.
std::string visible_controls(std::string_view text, bool keep_line_breaks = true);

/// True when a well-formed three-byte sequence of a common CJK ideograph (U+4E00–U+9FFF,
/// NFKC-inert) starts at byte `at` of `p[0, size)`: lead byte E4 (second byte from B8) up to
/// E9, then two continuation bytes. Most Chinese text is such runs, which loops can copy
/// without decoding.
inline bool common_han_at(const unsigned char* p, size_t at, size_t size) {
  if (at + 3 > size) return false;
  const uint32_t bytes = (uint32_t{p[at]} << 16) | (uint32_t{p[at + 1]} << 8) | p[at + 2];
  return bytes - 0xE4B880u <= 0xE9BFBFu - 0xE4B880u && (bytes & 0xC0C0u) == 0x8080u;
}

/// NFKC of a UTF-8 string (full-width digits, letters and punctuation become ASCII).
std::string nfkc(std::string_view utf8);
/// Appends the NFKC of the single code point `cp` (no composition with its neighbours);
/// ASCII, full-width ASCII forms and normalisation-inert characters never reach ICU.
void append_nfkc(std::string& out, char32_t cp);

/// Han ideographs (CJK Unified, Ext. A, Compatibility).
bool is_han(char32_t cp);
/// CJK punctuation and full-width forms (U+3000–U+303F, U+FF00–U+FFEF).
bool is_cjk_punctuation(char32_t cp);
/// Takes two terminal columns (East Asian Width W or F).
bool is_wide(char32_t cp);
/// Unicode White_Space, including U+3000 IDEOGRAPHIC SPACE and NBSP.
bool is_space(char32_t cp);

/// Parses a Chinese numeral written with 〇零一二两三四五六七八九十百千万 ("二十六" → 26,
/// "十" → 10) using ICU's rule-based spellout for zh; also accepts ASCII digits.
/// nullopt when the text is not a whole numeral or its value is above 99 999 999.
std::optional<int> parse_chinese_numeral(std::string_view utf8);

/// Terminal display width of a UTF-8 string (wide characters count 2).
size_t display_width(std::string_view utf8);

/// Levenshtein distance over code points ("did you mean"); with `fold_ascii_case`, ASCII
/// letters compare without case.
size_t edit_distance(std::string_view a, std::string_view b, bool fold_ascii_case = false);

}  // namespace gk::unicode

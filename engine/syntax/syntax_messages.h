// The wording of syntax and structure errors for people who are not programmers, in
// Chinese or English: parser token kinds become the words or spellings a rule writer knows
// (“=”, 字符串 / a string, 名称 / a name), and long lists of expected tokens are summed up
// ("a declaration (rule, section, table…)"). Token kinds are the parser's numbers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/language.h"

namespace gk::syntax {

/// The token kind of the end of the input.
inline constexpr size_t kEndOfInput = static_cast<size_t>(-1);

/// A found token as a message shows it: “表”, 字符串 "…", 文件结尾.
std::string describe_found(size_t token_type, std::string_view text, Language language);
/// The end of an embedded expression (the end of a whole file is a found token like others).
std::string end_of_expression(Language language);
/// The expected token kinds, listed when few and summed up by kind when many.
std::string describe_expected(std::vector<size_t> token_types, Language language);
/// How a keyword token is spelled in messages: “要求” / 'require'.
std::string keyword_spelling(size_t token_type, Language language);

/// The English and Chinese spellings of a keyword kind (one when they are the same); none
/// for punctuation and kinds of tokens.
std::vector<std::string> keyword_spellings(size_t token_type);
/// A plain word where a keyword was expected, spelled much like `keyword`:
/// "未知的词 “requre”——是不是 “require”？" / "unknown word 'requre' — did you mean 'require'?".
std::string unknown_word(std::string_view word, std::string_view keyword, Language language);

/// "语法错误：此处应为 X，却是 Y" / "syntax error: expected X but found Y".
std::string expected_but_found(const std::string& expected, const std::string& found,
                               Language language);
/// "语法错误：此处不应出现 Y" / "syntax error: unexpected Y".
std::string unexpected_token(const std::string& found, Language language);
/// A string without its closing quote.
std::string unclosed_string(Language language);
/// A character the language does not use.
std::string unknown_character(std::string_view character, Language language);
/// An item (given by its keyword token) written twice in a rule or a pack.
std::string duplicate_item(size_t keyword_type, bool in_rule, Language language);
/// A rule number that is a plain word (no '-').
std::string malformed_rule_number(std::string_view written, Language language);
/// A `{` in a message without its `}`.
std::string unclosed_message_brace(Language language);
/// A rule without any `require`.
std::string rule_without_require(std::string_view rule_id, Language language);

}  // namespace gk::syntax

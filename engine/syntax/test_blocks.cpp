#include "syntax/test_blocks.h"

#include <optional>

namespace gk::syntax {
namespace {

constexpr std::string_view kOpenQuote = "\u201C";   // “
constexpr std::string_view kCloseQuote = "\u201D";  // ”

/// Whether byte `c` can start nothing skip_token skips: no comment, no quote.
bool is_plain_byte(char c) { return c != '#' && c != '"' && c != kOpenQuote[0]; }

/// Where the string, comment or other token starting at `at` ends (one past it); strings
/// and comments end at their line's end at the latest, as the lexer reads them.
size_t skip_token(std::string_view text, size_t at) {
  const auto line_break = [&](size_t i) { return text[i] == '\n' || text[i] == '\r'; };
  size_t i = at + 1;
  if (text[at] == '#') {
    while (i < text.size() && !line_break(i)) ++i;
    return i;
  }
  if (text[at] == '"') {
    for (; i < text.size() && !line_break(i); ++i) {
      if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '"') ++i;  // \" stands for a quote
      else if (text[i] == '"') return i + 1;
    }
    return i;
  }
  if (text[at] == kOpenQuote[0] && text.substr(at, kOpenQuote.size()) == kOpenQuote) {
    for (i = at + kOpenQuote.size(); i < text.size() && !line_break(i); ++i)
      if (text[i] == kCloseQuote[0] && text.substr(i, kCloseQuote.size()) == kCloseQuote) return i + kCloseQuote.size();
    return i;
  }
  return at + 1;
}

/// Whether a test block starts at `at`: the keyword (test or 测试) first on its line and
/// followed by a blank.
bool starts_test_block(std::string_view text, size_t at) {
  size_t line_start = at;
  while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) --line_start;
  if (line_start > 0 && text[line_start - 1] != '\n' && text[line_start - 1] != '\r') return false;
  for (std::string_view keyword : {std::string_view("test"), std::string_view("\u6D4B\u8BD5")}) {
    if (text.substr(at, keyword.size()) != keyword) continue;
    const size_t after = at + keyword.size();
    if (after < text.size() && (text[after] == ' ' || text[after] == '\t')) return true;
  }
  return false;
}

/// One past the `}` that closes the test block starting at `at`; nullopt when the block
/// has no braces of its own or they do not balance.
std::optional<size_t> test_block_end(std::string_view text, size_t at) {
  int depth = 0;
  for (size_t i = at; i < text.size(); i = is_plain_byte(text[i]) ? i + 1 : skip_token(text, i)) {
    if (text[i] == '{') {
      ++depth;
    } else if (text[i] == '}') {
      if (depth == 0) return std::nullopt;
      if (--depth == 0) return i + 1;
    }
  }
  return std::nullopt;
}

/// Appends `text` blanked: its line breaks kept, and a space for each code point after
/// the last one.
void append_blank(std::string& out, std::string_view text) {
  const size_t last_break = text.find_last_of("\r\n");
  const size_t tail = last_break == std::string_view::npos ? 0 : last_break + 1;
  for (size_t i = 0; i < tail; ++i)
    if (text[i] == '\r' || text[i] == '\n') out += text[i];
  for (size_t i = tail; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out += ' ';  // a code point's first byte
}

}  // namespace

std::string without_test_blocks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  int depth = 0;
  size_t copied = 0;  // text before this is in `out`
  for (size_t i = 0; i < text.size();) {
    const bool may_start = text[i] == 't' || text[i] == '\xE6';  // test, 测试
    if (depth == 0 && may_start && starts_test_block(text, i)) {
      const auto end = test_block_end(text, i);
      if (!end) return std::string(text);
      out.append(text.substr(copied, i - copied));
      append_blank(out, text.substr(i, *end - i));
      copied = i = *end;
      continue;
    }
    if (text[i] == '{') ++depth;
    else if (text[i] == '}' && depth > 0) --depth;
    i = is_plain_byte(text[i]) ? i + 1 : skip_token(text, i);
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace gk::syntax

// Words of a table region with their places: split at whitespace, typed (figure, 科目代码
// digits, text), letter-spaced labels joined.
#include <algorithm>

#include "base/unicode.h"
#include "document/numbers.h"
#include "document/plain_tables_internal.h"
#include "document/structure.h"

namespace gk::doc::plain {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// 科目代码 pieces are 2 (款, 项) or 3 (类) digits, or a whole code of 5 or 7.
bool code_shaped(std::string_view text) {
  return all_digits(text) && (text.size() == 2 || text.size() == 3 || text.size() == 5 || text.size() == 7);
}

void classify(PlacedToken& token) {
  if (code_shaped(token.text)) {
    token.kind = TokenKind::Code;
    token.value = parse_cell_number(token.text).value().value;  // digits always parse
    return;
  }
  if (auto number = parse_cell_number(token.text); number && !number->percentage) {
    token.kind = TokenKind::Number;
    token.value = number->value;
    return;
  }
  token.kind = TokenKind::Text;
}

/// A list numbering with nothing after it ("一、", "(一)", "1.").
bool bare_numbering(std::string_view text) { return !text.empty() && list_number_length(text) == text.size(); }

/// Letter-spaced words ("因 公 出 国") and a numbering split from its label ("一、 一般")
/// are one label.
bool joins(const PlacedToken& left, const PlacedToken& right) {
  if (left.kind != TokenKind::Text || right.kind != TokenKind::Text) return false;
  if (right.x0 != left.x1 + 1) return false;
  return unicode::length(left.text) == 1 || unicode::length(right.text) == 1 || bare_numbering(left.text);
}

std::vector<PlacedToken> words_of_line(const SourceText& source, const Line& line, uint32_t y, uint32_t page) {
  std::vector<PlacedToken> words;
  const std::string_view text = source.slice(line.span);
  size_t pos = 0;
  uint32_t column = 0;
  size_t start = std::string_view::npos;
  uint32_t start_column = 0;
  auto close = [&](size_t end) {
    if (start == std::string_view::npos) return;
    PlacedToken token;
    token.span = Span{line.span.begin + static_cast<uint32_t>(start), line.span.begin + static_cast<uint32_t>(end)};
    token.text = matching_text(source, token.span).text;
    token.y = y;
    token.page = page;
    token.x0 = start_column;
    token.x1 = column;
    start = std::string_view::npos;
    if (token.text.empty()) return;
    classify(token);
    if (!words.empty() && joins(words.back(), token)) {
      words.back().span = words.back().span.merge(token.span);
      words.back().text += token.text;
      words.back().x1 = token.x1;
      return;
    }
    words.push_back(std::move(token));
  };
  while (pos < text.size()) {
    const size_t here = pos;
    const char32_t cp = unicode::next_code_point(text, pos);
    if (unicode::is_space(cp)) {
      close(here);
    } else if (start == std::string_view::npos) {
      start = here;
      start_column = column;
    }
    ++column;
  }
  close(text.size());
  if (!words.empty()) words.front().line_start = true;
  return words;
}

}  // namespace

std::vector<std::vector<PlacedToken>> tokenize(const SourceText& source, Lines lines) {
  std::vector<std::vector<PlacedToken>> words;
  words.reserve(lines.size());
  uint32_t page = 0;
  for (uint32_t y = 0; y < lines.size(); ++y) {
    const std::string_view text = source.slice(lines[y].span);
    page += static_cast<uint32_t>(std::count(text.begin(), text.end(), '\f'));
    words.push_back(words_of_line(source, lines[y], y, page));
  }
  return words;
}

bool is_total_label(std::string_view text) {
  return text == "合计" || text == "总计" || text == "小计" || text.ends_with("合计") ||
         text.ends_with("总计");
}

bool starts_numbered(std::string_view text) { return list_number_length(text) > 0; }

}  // namespace gk::doc::plain

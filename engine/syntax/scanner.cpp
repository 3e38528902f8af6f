#include "syntax/scanner.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <unordered_map>

#include "GongkaiLexer.h"
#include "base/unicode.h"
#include "syntax/character_classes.h"

namespace gk::syntax {
namespace {

using L = gkgen::GongkaiLexer;

/// A keyword of the grammar with its English and Chinese spellings (either may be empty),
/// and whether a rule number follows it (the lexer's mode RULE_NUMBER). One line per
/// keyword of GongkaiLexer.g4; the scanner test fails when one is missing here.
struct Keyword {
  size_t type;
  std::string_view english;
  std::string_view chinese;
  bool rule_number_follows = false;
};

constexpr std::array kKeywords = {
    Keyword{L::PACK, "pack", "规则包"},
    Keyword{L::PART, "part", "部分"},
    Keyword{L::SECTION, "section", "章节"},
    Keyword{L::TABLE, "table", "表"},
    Keyword{L::LIST, "list", "列表"},
    Keyword{L::FACT, "fact", "事实"},
    Keyword{L::RULE, "rule", "规则", true},
    Keyword{L::TEST, "test", "测试", true},
    Keyword{L::USE, "use", "引用"},
    Keyword{L::DISABLE, "disable", "停用", true},
    Keyword{L::OVERRIDE, "override", "替换"},
    Keyword{L::VERSION, "version", "版本"},
    Keyword{L::TITLE, "title", ""},
    Keyword{L::HEADING, "heading", ""},
    Keyword{L::TITLE_OR_HEADING, "", "标题"},
    Keyword{L::APPLIES, "applies", "适用"},
    Keyword{L::KINDS, "kinds", "文档类型"},
    Keyword{L::SCORE, "score", "评分"},
    Keyword{L::GRADES, "grades", "等级"},
    Keyword{L::CAPTION, "caption", "表名"},
    Keyword{L::CODE, "code", "表号"},
    Keyword{L::COLUMNS, "columns", "表头"},
    Keyword{L::CATEGORY, "category", "类别"},
    Keyword{L::SEVERITY, "severity", "级别"},
    Keyword{L::WEIGHT, "weight", "权重"},
    Keyword{L::BASIS, "basis", "依据"},
    Keyword{L::FOR, "for", "对于"},
    Keyword{L::WHERE, "where", "满足"},
    Keyword{L::LET, "let", "令"},
    Keyword{L::WHEN, "when", "当"},
    Keyword{L::REQUIRE, "require", "要求"},
    Keyword{L::ELSE, "else", "否则"},
    Keyword{L::AT, "at", "位于"},
    Keyword{L::ERROR, "error", "错误"},
    Keyword{L::WARNING, "warning", "警告"},
    Keyword{L::INFO, "info", "提示"},
    Keyword{L::PASS, "pass", "通过"},
    Keyword{L::FAIL, "fail", "不通过"},
    Keyword{L::NA, "na", "不适用"},
    Keyword{L::FILE, "file", "文件"},
    Keyword{L::IN, "in", "在"},
    Keyword{L::OR, "or", "或"},
    Keyword{L::AND, "and", "且"},
    Keyword{L::NOT, "not", "非"},
    Keyword{L::WITHIN, "within", "容差"},
    Keyword{L::TRUE, "true", "真"},
    Keyword{L::FALSE, "false", "假"},
};

/// Units are words too (万元 alone is a unit, 万元数 a name); % and ％ are punctuation.
constexpr std::array<std::string_view, 3> kUnitWords = {"元", "万元", "亿元"};

/// Punctuation of one code point.
constexpr std::array<std::pair<char32_t, size_t>, 29> kPunctuation = {{
    {U'{', L::LBRACE},    {U'}', L::RBRACE},    {U'(', L::LPAREN},     {U'\uFF08', L::LPAREN},
    {U')', L::RPAREN},    {U'\uFF09', L::RPAREN}, {U'[', L::LBRACK},   {U'\uFF3B', L::LBRACK},
    {U']', L::RBRACK},    {U'\uFF3D', L::RBRACK}, {U',', L::COMMA},    {U'\uFF0C', L::COMMA},
    {U':', L::COLON},     {U'\uFF1A', L::COLON}, {U'.', L::DOT},       {U'\u2260', L::NE},
    {U'\u2264', L::LE},   {U'\u2265', L::GE},    {U'<', L::LT},        {U'>', L::GT},
    {U'=', L::ASSIGN},    {U'~', L::MATCH},      {U'+', L::PLUS},      {U'-', L::MINUS},
    {U'*', L::STAR},      {U'/', L::SLASH},      {U'%', L::UNIT},      {U'\uFF05', L::UNIT},
    {U'\u3000', 0},  // a blank, listed for literal_code_points only
}};

/// Punctuation of two ASCII characters.
constexpr std::array<std::pair<std::string_view, size_t>, 5> kPairs = {{
    {"==", L::EQ}, {"!=", L::NE}, {"<=", L::LE}, {">=", L::GE}, {"!~", L::NOT_MATCH}}};

constexpr char32_t kOpenQuote = U'\u201C', kCloseQuote = U'\u201D';  // “ ”
constexpr char32_t kIdeographicSpace = U'\u3000', kByteOrderMark = U'\uFEFF';
constexpr size_t kSkip = static_cast<size_t>(-2);

std::u32string decoded(std::string_view utf8) {
  std::u32string points;
  for (size_t at = 0; at < utf8.size();) points.push_back(unicode::next_code_point(utf8, at));
  return points;
}

bool in_ranges(std::span<const CodePointRange> ranges, char32_t point) {
  const auto it = std::upper_bound(ranges.begin(), ranges.end(), point,
                                   [](char32_t p, const CodePointRange& r) { return p < r.first; });
  return it != ranges.begin() && point <= std::prev(it)->last;
}

/// The lexer's character classes, ASCII from a table.
class Classes {
 public:
  Classes() {
    for (char32_t c = 0; c < 128; ++c) {
      ascii_[c] = (in_ranges(lexer_letters(), c) ? kLetter : 0) |
                  (in_ranges(lexer_numerals(), c) ? kNumeral : 0);
    }
  }
  bool letter(char32_t c) const {
    return c < 128 ? (ascii_[c] & kLetter) != 0 : in_ranges(lexer_letters(), c);
  }
  bool numeral(char32_t c) const {
    return c < 128 ? (ascii_[c] & kNumeral) != 0 : in_ranges(lexer_numerals(), c);
  }
  /// IDENT's and RULE_ID_WORD's later characters: LETTER | NUMERAL | '_'.
  bool word(char32_t c) const { return c == '_' || letter(c) || numeral(c); }

 private:
  static constexpr unsigned char kLetter = 1, kNumeral = 2;
  std::array<unsigned char, 128> ascii_{};
};

const Classes& classes() {
  static const Classes instance;
  return instance;
}

/// Every word that lexes as a keyword or a unit, with its token type.
class Words {
 public:
  Words() {
    for (const auto& k : kKeywords)
      for (std::string_view spelling : {k.english, k.chinese})
        if (!spelling.empty()) add(spelling, k.type);
    for (std::string_view unit : kUnitWords) add(unit, L::UNIT);
    for (size_t i = 0; i < spellings_.size(); ++i) {
      by_text_.emplace(spellings_[i].text, i);
      longest_ = std::max(longest_, spellings_[i].text.size());
    }
  }
  /// The token type of `word`: a keyword's, UNIT, or IDENT.
  size_t type_of(std::u32string_view word) const {
    if (word.size() > longest_) return L::IDENT;
    const auto it = by_text_.find(word);
    return it == by_text_.end() ? size_t{L::IDENT} : spellings_[it->second].type;
  }
  const std::vector<Spelling>& spellings() const { return spellings_; }

 private:
  void add(std::string_view spelling, size_t type) { spellings_.push_back({decoded(spelling), type}); }

  std::vector<Spelling> spellings_;
  std::unordered_map<std::u32string_view, size_t> by_text_;  ///< index in spellings_
  size_t longest_ = 0;
};

const Words& words() {
  static const Words table;
  return table;
}

bool starts_rule_number(size_t type) {
  return std::any_of(kKeywords.begin(), kKeywords.end(),
                     [&](const Keyword& k) { return k.type == type && k.rule_number_follows; });
}

/// Han characters of the original and Extension A blocks (letters in every Unicode version).
bool is_common_han(char32_t point) {
  return (point >= 0x4E00 && point <= 0x9FA5) || (point >= 0x3400 && point <= 0x4DB5);
}

bool is_literal(char32_t point) {
  const auto& literal = literal_code_points();
  return std::binary_search(literal.begin(), literal.end(), point);
}

/// Characters that only the lexer's negated sets (strings, comments) take: above ASCII,
/// neither letters nor numbers (\p{L}, \p{N}), and in no literal of the grammar.
bool is_plain_symbol(char32_t point) {
  if (point < 0x80 || is_literal(point)) return false;
  return (U_GET_GC_MASK(static_cast<UChar32>(point)) & (U_GC_L_MASK | U_GC_N_MASK)) == 0;
}

/// Where the lexer is, as far as stand-ins are concerned: in code, or inside a comment or
/// string, where it takes any character but the one that ends it.
enum class LexerPlace { Code, Comment, AsciiString, ChineseString };

/// Where the "…" string opened at `open` ends as the lexer reads it (longest match of
/// '"' ('\\"' | ~["\r\n])* '"'): at the first quote of its line not preceded by a backslash,
/// or else at the last quote preceded by one; npos when the line has neither (unclosed).
size_t ascii_string_end(std::u32string_view points, size_t open) {
  size_t escaped = std::u32string::npos;
  for (size_t i = open + 1; i < points.size() && points[i] != '\n' && points[i] != '\r'; ++i) {
    if (points[i] != '"') continue;
    if (points[i - 1] != '\\') return i;
    escaped = i;
  }
  return escaped;
}

/// The end of the run of points from `from` that `in` accepts.
template <class In>
size_t run_end(std::u32string_view text, size_t from, const In& in) {
  while (from < text.size() && in(text[from])) ++from;
  return from;
}

size_t line_end(std::u32string_view text, size_t from) {
  while (from < text.size() && text[from] != '\n' && text[from] != '\r') ++from;
  return from;
}

/// The type and length of the string (or unclosed string) opened at `at`, as both modes
/// read it: the longest match of STRING and UNCLOSED_STRING, STRING first on a tie.
std::pair<size_t, size_t> string_token(std::u32string_view text, size_t at) {
  const size_t end = line_end(text, at + 1);
  if (text[at] == kOpenQuote) {
    for (size_t i = at + 1; i < end; ++i)
      if (text[i] == kCloseQuote) return {L::STRING, i + 1 - at};
    return {L::UNCLOSED_STRING, end - at};
  }
  const size_t close = ascii_string_end(text, at);
  // An unclosed body runs to the line's end; it is longer unless the quote ends the line.
  if (close != std::u32string::npos && (text[close - 1] != '\\' || close + 1 == end))
    return {L::STRING, close + 1 - at};
  return {L::UNCLOSED_STRING, end - at};
}

}  // namespace

const std::vector<char32_t>& literal_code_points() {
  static const std::vector<char32_t> points = [] {
    std::vector<char32_t> out{kOpenQuote, kCloseQuote, kIdeographicSpace, kByteOrderMark};
    const auto add = [&](std::string_view spelling) {
      for (char32_t point : decoded(spelling))
        if (point >= 128) out.push_back(point);
    };
    for (const auto& k : kKeywords) add(k.chinese);
    for (std::string_view unit : kUnitWords) add(unit);
    for (const auto& [point, type] : kPunctuation)
      if (point >= 128) out.push_back(point);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return points;
}

std::vector<Spelling> scanner_spellings() { return words().spellings(); }

std::u32string lexer_view(std::u32string points) {
  LexerPlace place = LexerPlace::Code;
  size_t string_end = std::u32string::npos;  // AsciiString: the index of its closing quote
  for (size_t index = 0; index < points.size(); ++index) {
    char32_t& point = points[index];
    if (point == '\n' || point == '\r') {
      place = LexerPlace::Code;
      continue;
    }
    // The stand-ins of code, right anywhere.
    auto code_stand_in = [&] {
      if (point == 0x0001) point = 0x0002;
      else if (point < 0x80) return;
      else if (is_common_han(point) && !is_literal(point)) point = 0x0001;
      else if (is_plain_symbol(point)) point = 0x0002;
    };
    switch (place) {
      case LexerPlace::Code:
        if (point == '#') place = LexerPlace::Comment;
        else if (point == '"') {
          place = LexerPlace::AsciiString;
          string_end = ascii_string_end(points, index);
        } else if (point == kOpenQuote) place = LexerPlace::ChineseString;
        else code_stand_in();
        continue;
      case LexerPlace::Comment:
        if (point >= 0x80 || point == 0x0001) point = 0x0002;
        continue;
      case LexerPlace::AsciiString:
        if (index == string_end) place = LexerPlace::Code;
        else if (point >= 0x80 || point == 0x0001) point = 0x0002;
        continue;
      case LexerPlace::ChineseString:
        if (point == kCloseQuote) place = LexerPlace::Code;
        else if (point >= 0x80 || point == 0x0001) point = 0x0002;
        continue;
    }
  }
  return points;
}

Scanner::Scanner(std::u32string_view view, antlr4::CharStream* stream) : text_(view), stream_(stream) {}

antlr4::TokenFactory<antlr4::CommonToken>* Scanner::getTokenFactory() {
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

void Scanner::advance(size_t count) {
  for (const size_t end = at_ + count; at_ < end; ++at_) {
    if (text_[at_] == '\n') {
      ++line_;
      column_ = 0;
    } else {
      ++column_;
    }
  }
}

std::pair<size_t, size_t> Scanner::default_mode_token() const {
  const Classes& is = classes();
  const char32_t c = text_[at_];
  const auto run = [&](size_t from, const auto& in) { return run_end(text_, from, in) - at_; };
  const auto space = [](char32_t p) {
    return p == ' ' || p == '\t' || p == '\r' || p == '\n' || p == kIdeographicSpace || p == kByteOrderMark;
  };
  if (space(c)) return {kSkip, run(at_, space)};
  if (c == '#') return {L::COMMENT, line_end(text_, at_) - at_};
  if (c == '"' || c == kOpenQuote) return string_token(text_, at_);
  const auto digit = [](char32_t p) { return p >= '0' && p <= '9'; };
  if (digit(c)) {
    size_t length = run(at_, digit);
    const size_t dot = at_ + length;
    if (dot + 1 < text_.size() && text_[dot] == '.' && digit(text_[dot + 1])) length = run(dot + 1, digit);
    return {L::NUMBER, length};
  }
  if (c == '_' || is.letter(c)) {
    const size_t length = run(at_ + 1, [&](char32_t p) { return is.word(p); });
    return {words().type_of(text_.substr(at_, length)), length};
  }
  if (at_ + 1 < text_.size() && c < 128 && text_[at_ + 1] < 128) {
    const char pair[2] = {static_cast<char>(c), static_cast<char>(text_[at_ + 1])};
    for (const auto& [spelling, type] : kPairs)
      if (spelling == std::string_view(pair, 2)) return {type, 2};
  }
  for (const auto& [point, type] : kPunctuation)
    if (point == c && type != 0) return {type, 1};
  return {L::BAD_CHAR, 1};
}

std::pair<size_t, size_t> Scanner::rule_number_mode_token() const {
  const Classes& is = classes();
  const char32_t c = text_[at_];
  const auto run = [&](size_t from, const auto& in) { return run_end(text_, from, in); };
  const auto space = [](char32_t p) {
    return p == ' ' || p == '\t' || p == '\r' || p == '\n' || p == kIdeographicSpace;
  };
  if (space(c)) return {kSkip, run(at_, space) - at_};
  if (c == '#') return {L::COMMENT, line_end(text_, at_) - at_};
  if (c == '"' || c == kOpenQuote) return string_token(text_, at_);
  if (c == '{') return {L::LBRACE, 1};
  const auto letter_or_numeral = [&](char32_t p) { return is.letter(p) || is.numeral(p); };
  // RULE_ID: [A-Za-z] (LETTER | NUMERAL)* ('-' (LETTER | NUMERAL)+)+
  size_t rule_id = 0;
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
    size_t end = run(at_ + 1, letter_or_numeral);
    while (end + 1 < text_.size() && text_[end] == '-' && letter_or_numeral(text_[end + 1])) {
      end = run(end + 1, letter_or_numeral);
      rule_id = end - at_;
    }
  }
  const size_t word = run(at_, [&](char32_t p) { return is.word(p); }) - at_;
  if (rule_id > 0 && rule_id >= word) return {L::RULE_ID, rule_id};
  if (word > 0) return {L::IDENT, word};
  return {L::BAD_CHAR, 1};
}

std::unique_ptr<antlr4::Token> Scanner::nextToken() {
  while (at_ < text_.size()) {
    const auto [type, length] = rule_number_mode_ ? rule_number_mode_token() : default_mode_token();
    const size_t start = at_, line = line_, column = column_;
    advance(length);
    if (type == kSkip) continue;
    if (type != L::COMMENT) rule_number_mode_ = !rule_number_mode_ && starts_rule_number(type);
    const size_t channel = type == L::COMMENT ? antlr4::Token::HIDDEN_CHANNEL : antlr4::Token::DEFAULT_CHANNEL;
    return getTokenFactory()->create({this, stream_}, type, "", channel, start, at_ - 1, line, column);
  }
  return getTokenFactory()->create({this, stream_}, antlr4::Token::EOF, "", antlr4::Token::DEFAULT_CHANNEL,
                                   at_, at_ - 1, line_, column_);
}

}  // namespace gk::syntax

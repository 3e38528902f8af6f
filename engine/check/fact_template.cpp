// Fact templates: the template text is read after NFKC (so ｛预算：金额｝ and …… typed with a
// Chinese input method work), checked for mistakes, and turned into one ICU regex with a
// capture group per hole. Matching runs over the sentence's UTF-8 bytes through a UText, so
// ICU reports byte offsets directly.
#include "check/fact_template.h"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <tuple>
#include <utility>

#include "base/unicode.h"
#include "document/numbers.h"

namespace gk {

struct FactTemplate::CompiledPattern {
  std::unique_ptr<icu::RegexPattern> regex;
};

namespace {

/// ICU time limit per search, in match-engine ticks of 10 000 steps (~0.15 ms each here):
/// about a quarter of a second.
constexpr int32_t kTimeLimitTicks = 1500;
constexpr size_t kMinGapDots = 3;

// ---- Reading the template ------------------------------------------------------------

/// One code point of the template after NFKC, with the bytes of the character it came from.
struct TemplateChar {
  char32_t cp = 0;
  size_t begin = 0, end = 0;
};

std::vector<TemplateChar> normalized_chars(std::string_view text) {
  std::vector<TemplateChar> chars;
  for (size_t pos = 0; pos < text.size();) {
    const size_t begin = pos;
    const char32_t cp = unicode::next_code_point(text, pos);
    std::string folded;
    unicode::append_nfkc(folded, cp);
    for (size_t i = 0; i < folded.size();) {
      chars.push_back({unicode::next_code_point(folded, i), begin, pos});
    }
  }
  return chars;
}

std::string utf8_of(const std::vector<TemplateChar>& chars, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) unicode::append_utf8(out, chars[i].cp);
  return out;
}

/// A piece of the template: a literal character, whitespace, a gap (…) or a hole.
struct TemplateToken {
  enum class Type { Literal, Space, Gap, Hole };
  Type type = Type::Literal;
  char32_t cp = 0;   ///< Literal
  size_t hole = 0;   ///< Hole: index into the holes
};

/// The words a hole kind can be written with.
struct KindSpelling {
  std::string_view word;
  HoleKind kind;
};

constexpr std::array<KindSpelling, 13> kKindSpellings = {{
    {"金额", HoleKind::Amount},       {"amount", HoleKind::Amount},
    {"百分比", HoleKind::Percentage}, {"percentage", HoleKind::Percentage},
    {"percent", HoleKind::Percentage}, {"数", HoleKind::Number},
    {"数字", HoleKind::Number},       {"number", HoleKind::Number},
    {"整数", HoleKind::Count},        {"count", HoleKind::Count},
    {"integer", HoleKind::Count},     {"文本", HoleKind::Text},
    {"text", HoleKind::Text},
}};

std::optional<HoleKind> kind_named(std::string word) {
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (const auto& spelling : kKindSpellings) {
    if (spelling.word == word) return spelling.kind;
  }
  return std::nullopt;
}

bool is_name_char(char32_t cp) { return cp == '_' || u_isalnum(static_cast<UChar32>(cp)); }

// ---- Messages ------------------------------------------------------------------------

class TemplateMessages {
 public:
  explicit TemplateMessages(Language lang) : zh_(lang == Language::Zh) {}

  std::string unclosed_brace() const {
    return zh_ ? "“{”没有对应的“}”；空位写成 {名称:类型}，原文中的大括号写成 {{"
               : "‘{’ has no closing ‘}’; write a hole as {name:kind}, and a brace of the "
                 "document as {{";
  }
  std::string stray_closing_brace() const {
    return zh_ ? "多余的“}”，前面没有“{”；原文中的大括号写成 }}"
               : "‘}’ without an opening ‘{’; write a brace of the document as }}";
  }
  std::string empty_name() const {
    return zh_ ? "空位缺少名称；写成 {名称:类型}，例如 {预算:金额}"
               : "the hole has no name; write it as {name:kind}, like {预算:金额}";
  }
  std::string bad_name(const std::string& name) const {
    return zh_ ? "空位名称“" + name + "”只能由文字、数字和下划线组成"
               : "hole name ‘" + name + "’ may contain only letters, digits and _";
  }
  std::string duplicate_name(const std::string& name) const {
    return zh_ ? "空位名称“" + name + "”重复；每个空位要用不同的名称"
               : "hole name ‘" + name + "’ is used twice; each hole needs its own name";
  }
  std::string missing_kind(const std::string& name) const {
    return zh_ ? "空位“" + name + "”缺少类型；名称和类型之间用冒号分开，例如 {预算:金额}。" +
                     zh_kinds()
               : "hole ‘" + name + "’ has no kind; put a colon between name and kind, like "
                 "{预算:金额}. " + en_kinds();
  }
  std::string unknown_kind(const std::string& kind) const {
    return zh_ ? "未知的空位类型“" + kind + "”；" + zh_kinds()
               : "unknown hole kind ‘" + kind + "’; " + en_kinds();
  }
  std::string single_choice(const std::string& choice) const {
    return zh_ ? "选项“" + choice + "”只有一个；至少写两个，用 | 分隔，例如 {方向:增加|减少}"
               : "the choice ‘" + choice + "’ has only one option; give two or more "
                 "separated by |, like {方向:增加|减少}";
  }
  std::string empty_choice() const {
    return zh_ ? "选项中有空的一项；去掉多余的 |"
               : "one of the options is empty; remove the extra |";
  }
  std::string no_holes() const {
    return zh_ ? "模板中没有空位；用 {名称:类型} 标出要读取的数字，例如 {预算:金额}"
               : "the template has no holes; mark the figures to read with {name:kind}, "
                 "like {预算:金额}";
  }
  std::string adjacent_holes(const std::string& first, const std::string& second) const {
    return zh_ ? "空位“" + first + "”和“" + second +
                     "”紧挨在一起，分不清各自到哪里为止；在两者之间写上原文中的文字"
               : "holes ‘" + first + "’ and ‘" + second +
                     "’ are right next to each other, so it is unclear where one ends; put "
                     "the document's words between them";
  }
  std::string internal_error(const char* detail) const {
    return zh_ ? std::string("模板无法编译（内部错误：") + detail + "）"
               : std::string("the template could not be compiled (internal error: ") + detail +
                     ")";
  }

 private:
  static std::string zh_kinds() { return "可用：金额、百分比、数、整数、文本，或用 | 分隔的选项"; }
  static std::string en_kinds() {
    return "use 金额 (amount), 百分比 (percentage), 数 (number), 整数 (count), 文本 (text), "
           "or choices separated by |";
  }

  bool zh_;
};

// ---- Parsing -------------------------------------------------------------------------

/// Reads a template into tokens and holes, collecting every problem on the way.
class TemplateReader {
 public:
  TemplateReader(std::string_view text, Language lang)
      : text_(text), chars_(normalized_chars(text)), messages_(lang) {}

  void read() {
    for (size_t i = 0; i < chars_.size();) i = read_at(i);
    check_has_holes();
    check_adjacent_holes();
  }

  std::vector<TemplateToken>& tokens() { return tokens_; }
  std::vector<TemplateHole>& holes() { return holes_; }
  std::vector<TemplateProblem>& problems() { return problems_; }

 private:
  char32_t cp_at(size_t i) const { return i < chars_.size() ? chars_[i].cp : 0; }

  void problem(size_t begin, size_t end, std::string message) {
    problems_.push_back({begin, end, std::move(message)});
  }
  void problem_at_char(size_t i, std::string message) {
    problem(chars_[i].begin, chars_[i].end, std::move(message));
  }

  /// Reads the token starting at char `i`; returns the index after it.
  size_t read_at(size_t i) {
    const char32_t cp = chars_[i].cp;
    if (cp == '{' && cp_at(i + 1) == '{') return literal(i, '{', 2);
    if (cp == '}' && cp_at(i + 1) == '}') return literal(i, '}', 2);
    if (cp == '{') return read_hole(i);
    if (cp == '}') {
      problem_at_char(i, messages_.stray_closing_brace());
      return i + 1;
    }
    if (cp == '.') return read_dots(i);
    if (unicode::is_space(cp)) {
      tokens_.push_back({TemplateToken::Type::Space, cp, 0});
      return i + 1;
    }
    return literal(i, cp, 1);
  }

  size_t literal(size_t i, char32_t cp, size_t width) {
    tokens_.push_back({TemplateToken::Type::Literal, cp, 0});
    return i + width;
  }

  /// Three or more dots (…, ……, ...) are a gap; one or two are literal.
  size_t read_dots(size_t i) {
    size_t end = i;
    while (cp_at(end) == '.' && end < chars_.size()) ++end;
    if (end - i < kMinGapDots) {
      for (size_t k = i; k < end; ++k) literal(k, '.', 1);
      return end;
    }
    tokens_.push_back({TemplateToken::Type::Gap, 0, 0});
    return end;
  }

  size_t read_hole(size_t open) {
    ++hole_attempts_;
    size_t close = open + 1;
    while (close < chars_.size() && chars_[close].cp != '}' && chars_[close].cp != '{') ++close;
    if (close == chars_.size() || chars_[close].cp == '{') {
      problem_at_char(open, messages_.unclosed_brace());
      return open + 1;
    }
    read_hole_content(open, close);
    return close + 1;
  }

  /// Index range of chars with surrounding whitespace removed.
  std::pair<size_t, size_t> trimmed(size_t from, size_t to) const {
    while (from < to && unicode::is_space(chars_[from].cp)) ++from;
    while (to > from && unicode::is_space(chars_[to - 1].cp)) --to;
    return {from, to};
  }

  size_t byte_begin(size_t from, size_t to, size_t fallback) const {
    return from < to ? chars_[from].begin : fallback;
  }
  size_t byte_end(size_t from, size_t to, size_t fallback) const {
    return from < to ? chars_[to - 1].end : fallback;
  }

  void read_hole_content(size_t open, size_t close) {
    TemplateHole hole;
    hole.begin = chars_[open].begin;
    hole.end = chars_[close].end;
    size_t colon = open + 1;
    while (colon < close && chars_[colon].cp != ':') ++colon;
    const auto [name_from, name_to] = trimmed(open + 1, colon);
    hole.name = utf8_of(chars_, name_from, name_to);
    const size_t problems_before = problems_.size();
    if (colon == close) {  // "{预算}", "{预算 金额}": one message about the missing kind
      problem(hole.begin, hole.end,
              hole.name.empty() ? messages_.empty_name() : messages_.missing_kind(hole.name));
    } else {
      check_name(hole, name_from, name_to);
      read_kind(hole, colon + 1, close);
    }
    if (problems_.size() != problems_before) return;
    tokens_.push_back({TemplateToken::Type::Hole, 0, holes_.size()});
    holes_.push_back(std::move(hole));
  }

  void check_name(const TemplateHole& hole, size_t from, size_t to) {
    if (hole.name.empty()) {
      problem(hole.begin, hole.end, messages_.empty_name());
      return;
    }
    const size_t begin = chars_[from].begin, end = chars_[to - 1].end;
    if (!std::all_of(chars_.begin() + static_cast<std::ptrdiff_t>(from),
                     chars_.begin() + static_cast<std::ptrdiff_t>(to),
                     [](const TemplateChar& c) { return is_name_char(c.cp); })) {
      problem(begin, end, messages_.bad_name(hole.name));
    } else if (std::find(names_.begin(), names_.end(), hole.name) != names_.end()) {
      problem(begin, end, messages_.duplicate_name(hole.name));
    }
    names_.push_back(hole.name);
  }

  void read_kind(TemplateHole& hole, size_t from, size_t to) {
    std::tie(from, to) = trimmed(from, to);
    const size_t begin = byte_begin(from, to, hole.begin), end = byte_end(from, to, hole.end);
    const std::string kind = utf8_of(chars_, from, to);
    if (kind.empty()) {
      problem(hole.begin, hole.end, messages_.missing_kind(hole.name));
    } else if (kind.find('|') != std::string::npos) {
      hole.kind = HoleKind::Choice;
      read_choices(hole, from, to, begin, end);
    } else if (const auto named = kind_named(kind)) {
      hole.kind = *named;
    } else {
      problem(begin, end, messages_.unknown_kind(kind));
    }
  }

  void read_choices(TemplateHole& hole, size_t from, size_t to, size_t begin, size_t end) {
    bool has_empty = false;
    for (size_t start = from; start <= to;) {
      size_t bar = start;
      while (bar < to && chars_[bar].cp != '|') ++bar;
      const auto [choice_from, choice_to] = trimmed(start, bar);
      if (choice_from == choice_to) {
        has_empty = true;
      } else {
        hole.choices.push_back(utf8_of(chars_, choice_from, choice_to));
      }
      start = bar + 1;
    }
    if (hole.choices.size() < 2) {
      problem(begin, end, messages_.single_choice(hole.choices.empty() ? "" : hole.choices[0]));
    } else if (has_empty) {
      problem(begin, end, messages_.empty_choice());
    }
  }

  void check_has_holes() {
    if (hole_attempts_ == 0) problem(0, text_.size(), messages_.no_holes());
  }

  /// Two holes with nothing but whitespace between them cannot be told apart, unless one
  /// of them is a choice (whose words are literal text).
  void check_adjacent_holes() {
    const TemplateHole* previous = nullptr;
    for (const auto& token : tokens_) {
      if (token.type == TemplateToken::Type::Space) continue;
      const TemplateHole* current =
          token.type == TemplateToken::Type::Hole ? &holes_[token.hole] : nullptr;
      if (previous && current && previous->kind != HoleKind::Choice &&
          current->kind != HoleKind::Choice) {
        problem(previous->begin, current->end,
                messages_.adjacent_holes(previous->name, current->name));
      }
      previous = current;
    }
  }

  std::string_view text_;
  std::vector<TemplateChar> chars_;
  TemplateMessages messages_;
  std::vector<TemplateToken> tokens_;
  std::vector<TemplateHole> holes_;
  std::vector<std::string> names_;
  std::vector<TemplateProblem> problems_;
  size_t hole_attempts_ = 0;
};

// ---- Building the regex --------------------------------------------------------------

constexpr std::string_view kOptionalSpace = R"(\s*)";
// Sentence ends a gap never crosses; a text hole does not cross commas or lines either.
constexpr std::string_view kSentenceEnds = "。；;！!？?";
constexpr std::string_view kClauseEnds = "。；;！!？?，,";

/// A number as conversion leaves it: "**2907.5**", "-3.5", "138, 307, 276. 56",
/// "137,500,26 5.00" (a thousands group is three digits, possibly split by a space).
constexpr std::string_view kNumberStart = R"((?<![\d.]))";
constexpr std::string_view kEmphasisOpen = R"((?:\*\*[ ]?)?)";
constexpr std::string_view kEmphasisClose = R"((?:[ ]?\*\*)?)";
constexpr std::string_view kIntegerDigits = R"(\d+(?:,[ ]?\d(?:[ ]?\d){2}(?![ ]?\d))*)";
constexpr std::string_view kFraction = R"((?:\.[ ]?\d+)?)";
constexpr std::string_view kSign = "[-+\u2212]?[ ]?";
constexpr std::string_view kNoMoreDigits = R"((?!\.?\d))";
constexpr std::string_view kMoneyUnits = "(?:亿元|万元|元)";
constexpr std::string_view kPercentSign = "[%％]";
// Longer measure words first (人次/人, 批次/批, 台套/台).
constexpr std::array<std::string_view, 17> kMeasureWords = {
    "人次", "批次", "台(套)", "台套", "个", "辆", "人", "名", "家",
    "项",   "场",   "次",     "户",   "件", "套", "台", "批"};

std::string decimal_pattern() {
  return std::string(kNumberStart) + std::string(kEmphasisOpen) + std::string(kSign) +
         std::string(kIntegerDigits) + std::string(kFraction) + std::string(kEmphasisClose);
}

std::string literal_pattern(char32_t cp);

std::string measure_words_pattern() {
  std::string words;
  for (const auto word : kMeasureWords) {
    if (!words.empty()) words += '|';
    for (size_t i = 0; i < word.size();) words += literal_pattern(unicode::next_code_point(word, i));
  }
  return "(?:" + std::string(kOptionalSpace) + "(?:" + words + "))?";
}

std::string count_pattern() {
  return std::string(kNumberStart) + std::string(kEmphasisOpen) + std::string(kIntegerDigits) +
         std::string(kNoMoreDigits) + std::string(kEmphasisClose) + measure_words_pattern();
}

std::string text_pattern() {
  const std::string edge = "[^\\s" + std::string(kClauseEnds) + "]";
  const std::string inner = "[^\\r\\n" + std::string(kClauseEnds) + "]";
  return edge + "(?:" + inner + "{0,28}?" + edge + ")??";
}

std::string gap_pattern() { return "[^" + std::string(kSentenceEnds) + "]{0,40}?"; }

std::string hex_escape(char32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\x{%X}", static_cast<unsigned>(cp));
  return buffer;
}

/// One template character as a regex; Chinese and ASCII punctuation are interchangeable.
std::string literal_pattern(char32_t cp) {
  switch (cp) {
    case ',': return "[,，]";
    case ':': return "[:：]";
    case ';': return "[;；]";
    case '%': return std::string(kPercentSign);
    default: break;
  }
  if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
    return std::string(1, static_cast<char>(cp));
  }
  if (cp < 0x20 || cp == 0x7F) return hex_escape(cp);
  if (cp < 0x80) return std::string("\\") + static_cast<char>(cp);
  std::string out;
  unicode::append_utf8(out, cp);
  return out;
}

/// Literal words with optional whitespace between their characters.
std::string words_pattern(std::string_view words) {
  std::string out;
  for (size_t i = 0; i < words.size();) {
    const char32_t cp = unicode::next_code_point(words, i);
    if (unicode::is_space(cp)) continue;
    if (!out.empty()) out += kOptionalSpace;
    out += literal_pattern(cp);
  }
  return out;
}

std::string choice_pattern(std::vector<std::string> choices) {
  // The longest word first, so "增加额" is preferred to "增加" when both are choices.
  std::stable_sort(choices.begin(), choices.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) out += '|';
    out += words_pattern(choices[i]);
  }
  return out + ")";
}

std::string hole_pattern(const TemplateHole& hole) {
  switch (hole.kind) {
    case HoleKind::Amount:
      return "(" + decimal_pattern() + std::string(kOptionalSpace) + std::string(kMoneyUnits) + ")";
    case HoleKind::Percentage:
      return "(" + decimal_pattern() + std::string(kOptionalSpace) + std::string(kPercentSign) +
             ")";
    case HoleKind::Number: return "(" + decimal_pattern() + std::string(kNoMoreDigits) + ")";
    case HoleKind::Count: return "(" + count_pattern() + ")";
    case HoleKind::Text: return "(" + text_pattern() + ")";
    case HoleKind::Choice: return "(" + choice_pattern(hole.choices) + ")";
  }
  return {};
}

/// A regex piece and whether it is a gap (gaps absorb whitespace themselves).
struct RegexPiece {
  std::string pattern;
  bool gap = false;
};

std::vector<RegexPiece> regex_pieces(const std::vector<TemplateToken>& tokens,
                                     const std::vector<TemplateHole>& holes) {
  std::vector<RegexPiece> pieces;
  for (const auto& token : tokens) {
    switch (token.type) {
      case TemplateToken::Type::Space: break;
      case TemplateToken::Type::Literal: pieces.push_back({literal_pattern(token.cp)}); break;
      case TemplateToken::Type::Hole: pieces.push_back({hole_pattern(holes[token.hole])}); break;
      case TemplateToken::Type::Gap:
        // A gap at either end or next to another gap adds nothing.
        if (!pieces.empty() && !pieces.back().gap) pieces.push_back({gap_pattern(), true});
        break;
    }
  }
  if (!pieces.empty() && pieces.back().gap) pieces.pop_back();
  return pieces;
}

std::string template_regex(const std::vector<TemplateToken>& tokens,
                           const std::vector<TemplateHole>& holes) {
  std::string regex;
  bool previous_gap = true;  // nothing before the first piece
  for (const auto& piece : regex_pieces(tokens, holes)) {
    if (!previous_gap && !piece.gap) regex += kOptionalSpace;
    regex += piece.pattern;
    previous_gap = piece.gap;
  }
  return regex;
}

// ---- Reading captured figures --------------------------------------------------------

std::string_view trim_trailing_spaces(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

/// Removes `suffix` (and the spaces before it) when `text` ends with it.
bool take_suffix(std::string_view& text, std::string_view suffix) {
  if (!text.ends_with(suffix)) return false;
  text.remove_suffix(suffix.size());
  text = trim_trailing_spaces(text);
  return true;
}

std::optional<Decimal> number_value(std::string_view number_text) {
  const auto number = doc::parse_cell_number(number_text);
  if (!number) return std::nullopt;
  return number->value;
}

struct MoneyWord {
  std::string_view word;
  doc::MoneyUnit unit;
};
constexpr std::array<MoneyWord, 3> kMoneyWords = {{
    {"亿元", doc::MoneyUnit::YiYuan}, {"万元", doc::MoneyUnit::WanYuan}, {"元", doc::MoneyUnit::Yuan}}};

void read_amount(TemplateCapture& capture) {
  std::string_view number = trim_trailing_spaces(capture.text);
  for (const auto& money : kMoneyWords) {
    if (take_suffix(number, money.word)) {
      capture.unit = money.unit;
      break;
    }
  }
  capture.value = number_value(number);
}

void read_percentage(TemplateCapture& capture) {
  std::string_view number = trim_trailing_spaces(capture.text);
  if (!take_suffix(number, "%")) take_suffix(number, "％");
  capture.value = number_value(number);
}

void read_count(TemplateCapture& capture) {
  std::string_view number = trim_trailing_spaces(capture.text);
  for (const auto word : kMeasureWords) {
    if (take_suffix(number, word)) {
      capture.measure = std::string(word);
      break;
    }
  }
  capture.value = number_value(number);
}

void read_figure(HoleKind kind, TemplateCapture& capture) {
  switch (kind) {
    case HoleKind::Amount: read_amount(capture); break;
    case HoleKind::Percentage: read_percentage(capture); break;
    case HoleKind::Number: capture.value = number_value(capture.text); break;
    case HoleKind::Count: read_count(capture); break;
    case HoleKind::Text:
    case HoleKind::Choice: break;
  }
}

}  // namespace

// ---- FactTemplate --------------------------------------------------------------------

std::optional<FactTemplate> FactTemplate::compile(std::string_view text, Language lang,
                                                  std::vector<TemplateProblem>& problems) {
  TemplateReader reader(text, lang);
  reader.read();
  if (!reader.problems().empty()) {
    problems.insert(problems.end(), reader.problems().begin(), reader.problems().end());
    return std::nullopt;
  }
  FactTemplate compiled;
  compiled.holes_ = std::move(reader.holes());
  compiled.regex_ = template_regex(reader.tokens(), compiled.holes_);

  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  auto pattern = std::make_shared<CompiledPattern>();
  pattern->regex.reset(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(compiled.regex_), 0, parse_error, status));
  if (U_FAILURE(status)) {
    problems.push_back({0, text.size(), TemplateMessages(lang).internal_error(u_errorName(status))});
    return std::nullopt;
  }
  compiled.pattern_ = std::move(pattern);
  return compiled;
}

MatchStatus FactTemplate::match(std::string_view sentence, std::vector<TemplateMatch>& out) const {
  if (sentence.empty()) return MatchStatus::Ok;
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUTextPointer input(utext_openUTF8(
      nullptr, sentence.data(), static_cast<int64_t>(sentence.size()), &status));
  std::unique_ptr<icu::RegexMatcher> matcher(pattern_->regex->matcher(status));
  if (U_FAILURE(status)) return MatchStatus::Failed;
  matcher->reset(input.getAlias());
  matcher->setTimeLimit(kTimeLimitTicks, status);
  while (U_SUCCESS(status) && matcher->find(status)) {
    TemplateMatch found;
    found.begin = static_cast<size_t>(matcher->start64(status));
    found.end = static_cast<size_t>(matcher->end64(status));
    for (size_t i = 0; i < holes_.size(); ++i) {
      const auto group = static_cast<int32_t>(i + 1);
      TemplateCapture capture;
      capture.begin = static_cast<size_t>(matcher->start64(group, status));
      capture.end = static_cast<size_t>(matcher->end64(group, status));
      capture.text = std::string(sentence.substr(capture.begin, capture.end - capture.begin));
      read_figure(holes_[i].kind, capture);
      found.captures.push_back(std::move(capture));
    }
    if (U_FAILURE(status)) break;
    out.push_back(std::move(found));
  }
  if (status == U_REGEX_TIME_OUT) return MatchStatus::TimeLimit;
  return U_FAILURE(status) ? MatchStatus::Failed : MatchStatus::Ok;
}

}  // namespace gk

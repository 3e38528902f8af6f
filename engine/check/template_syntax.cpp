// Reading fact templates: characters after NFKC, holes `{名:类型}`, choices, `…` gaps and
// literal braces, with every mistake collected as a problem at its bytes.
#include "check/template_syntax.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "base/unicode.h"

namespace gk::fact_template {
namespace {

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
  std::string unclosed_bracket() const {
    return zh_ ? "“[”没有对应的“]”；重复的部分写成 [{项目:文本}{金额:金额}]，原文中的方括号写成 [["
               : "‘[’ has no closing ‘]’; write a repeated part as [{项目:文本}{金额:金额}], and "
                 "a bracket of the document as [[";
  }
  std::string stray_closing_bracket() const {
    return zh_ ? "多余的“]”，前面没有“[”；原文中的方括号写成 ]]"
               : "‘]’ without an opening ‘[’; write a bracket of the document as ]]";
  }
  std::string nested_repeat() const {
    return zh_ ? "重复的部分 [...] 里不能再有 [...]"
               : "a repeated part [...] cannot contain another one";
  }
  std::string second_repeat() const {
    return zh_ ? "一个句式只能有一处重复的部分 [...]；另一处请写成另一个句式或另一个事实"
               : "a template can have only one repeated part [...]; write the other as "
                 "another template or another fact";
  }
  std::string repeat_without_hole() const {
    return zh_ ? "重复的部分 [...] 中没有空位；把每一项要读取的内容写成空位，例如 "
                 "[{项目:文本}{金额:金额}]"
               : "the repeated part [...] has no hole; mark what each item says with holes, "
                 "like [{项目:文本}{金额:金额}]";
  }
  std::string gap_in_repeat() const {
    return zh_ ? "重复的部分 [...] 中不能有省略号（…）；每一项要照原文写出"
               : "a repeated part [...] cannot contain a gap (…); write each item as the "
                 "document does";
  }
  std::string adjacent_holes(const std::string& first, const std::string& second) const {
    return zh_ ? "空位“" + first + "”和“" + second +
                     "”紧挨在一起，分不清各自到哪里为止；在两者之间写上原文中的文字"
               : "holes ‘" + first + "’ and ‘" + second +
                     "’ are right next to each other, so it is unclear where one ends; put "
                     "the document's words between them";
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
    if (repeat_open_) problem_at_char(*repeat_open_, messages_.unclosed_bracket());
    check_has_holes();
    check_adjacent_holes();
  }

  std::vector<TemplateToken>& tokens() { return tokens_; }
  std::vector<TemplateHole>& holes() { return holes_; }
  std::vector<TemplateProblem>& problems() { return problems_; }
  std::vector<UnreadHole>& unread_holes() { return unread_holes_; }

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
    if (cp == '[' && cp_at(i + 1) == '[') return literal(i, '[', 2);
    if (cp == ']' && cp_at(i + 1) == ']') return literal(i, ']', 2);
    if (cp == '[') return open_repeat(i);
    if (cp == ']') return close_repeat(i);
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
    if (repeat_open_) problem(chars_[i].begin, chars_[end - 1].end, messages_.gap_in_repeat());
    tokens_.push_back({TemplateToken::Type::Gap, 0, 0});
    return end;
  }

  /// `[` starts the repeated part: at most one, not nested.
  size_t open_repeat(size_t i) {
    if (repeat_open_) {
      problem_at_char(i, messages_.nested_repeat());
      return i + 1;
    }
    if (repeat_seen_) problem_at_char(i, messages_.second_repeat());
    repeat_seen_ = true;
    repeat_open_ = i;
    holes_before_repeat_ = hole_attempts_;
    tokens_.push_back({TemplateToken::Type::RepeatOpen, 0, 0});
    return i + 1;
  }

  size_t close_repeat(size_t i) {
    if (!repeat_open_) {
      problem_at_char(i, messages_.stray_closing_bracket());
      return i + 1;
    }
    if (hole_attempts_ == holes_before_repeat_) {
      problem(chars_[*repeat_open_].begin, chars_[i].end, messages_.repeat_without_hole());
    }
    repeat_open_.reset();
    tokens_.push_back({TemplateToken::Type::RepeatClose, 0, 0});
    return i + 1;
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
    hole.repeated = repeat_open_.has_value();
    size_t colon = open + 1;
    while (colon < close && chars_[colon].cp != ':') ++colon;
    const auto [name_from, name_to] = trimmed(open + 1, colon);
    hole.name = utf8_of(chars_, name_from, name_to);
    const size_t problems_before = problems_.size();
    if (colon == close) {  // "{预算}", "{预算 金额}": one message about the missing kind
      problem(hole.begin, hole.end,
              hole.name.empty() ? messages_.empty_name() : messages_.missing_kind(hole.name));
      size_t word_to = name_from;  // the name is the first word
      while (word_to < name_to && is_name_char(chars_[word_to].cp)) ++word_to;
      TemplateHole named = hole;
      named.name = utf8_of(chars_, name_from, word_to);
      if (!named.name.empty()) unread_holes_.push_back({std::move(named), false});
    } else {
      check_name(hole, name_from, name_to);
      const size_t problems_of_name = problems_.size();
      read_kind(hole, colon + 1, close);
      if (problems_of_name == problems_before && problems_.size() != problems_of_name)
        unread_holes_.push_back({hole, hole.kind == HoleKind::Choice});
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

  /// Two holes with nothing but whitespace (or the edge of the repeated part) between them
  /// cannot be told apart, unless one of them is a choice (whose words are literal text),
  /// or a text hole is followed by a figure: the text is as short as it can be and the
  /// figure starts at its first digit ("办公费12.30万元").
  void check_adjacent_holes() {
    const auto is_figure = [](HoleKind kind) {
      return kind == HoleKind::Amount || kind == HoleKind::Percentage || kind == HoleKind::Count ||
             kind == HoleKind::Number;
    };
    const TemplateHole* previous = nullptr;
    for (const auto& token : tokens_) {
      if (token.type == TemplateToken::Type::Space || token.type == TemplateToken::Type::RepeatOpen ||
          token.type == TemplateToken::Type::RepeatClose) {
        continue;
      }
      const TemplateHole* current =
          token.type == TemplateToken::Type::Hole ? &holes_[token.hole] : nullptr;
      if (previous && current && previous->kind != HoleKind::Choice &&
          current->kind != HoleKind::Choice &&
          !(previous->kind == HoleKind::Text && is_figure(current->kind))) {
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
  std::vector<UnreadHole> unread_holes_;
  size_t hole_attempts_ = 0;
  std::optional<size_t> repeat_open_;  ///< the char of the open `[`
  bool repeat_seen_ = false;
  size_t holes_before_repeat_ = 0;
};

}  // namespace

TemplateSyntax read_template(std::string_view text, Language lang) {
  TemplateReader reader(text, lang);
  reader.read();
  return TemplateSyntax{std::move(reader.tokens()), std::move(reader.holes()),
                        std::move(reader.problems()), std::move(reader.unread_holes())};
}

}  // namespace gk::fact_template

// Fact templates: the tokens read by template_syntax.cpp become one ICU regex with a capture
// group per hole; matching runs over the sentence converted once to UTF-16 (ICU's fast
// path), positions are mapped back to byte offsets, and captured figures are read as exact
// decimals.
#include "check/fact_template.h"

#include <unicode/regex.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <mutex>
#include <utility>

#include "base/unicode.h"
#include "base/utf16_text.h"
#include "check/template_anchor.h"
#include "check/template_syntax.h"
#include "document/numbers.h"

namespace gk {

/// The ICU side of a template. The regexes are compiled on first use, once, whichever
/// thread gets there first: a pack holds many templates and a document needs few, and a
/// single check should not pay for them all.
struct FactTemplate::CompiledPattern {
  std::optional<fact_template::LeadAnchor> lead;  ///< templates that start with a text hole
  std::optional<fact_template::WordCheck> word_check;  ///< other templates with a Han word inside
  std::string whole_regex;  ///< the whole template
  std::string tail_regex;   ///< the template from the word of `lead` or `word_check` on
  /// The group of `whole_regex` that captures each hole outside the repeated part (0 for a
  /// hole inside it), and the group that captures the whole repeated part (0: none).
  std::vector<int32_t> hole_groups;
  int32_t repeat_group = 0;
  /// A template with a repeated part: the items from one item on, the first item a group
  /// with its holes' groups after it; and what separates two items.
  std::string items_regex, separator_regex;

  struct Regexes {
    std::unique_ptr<icu::RegexPattern> whole, tail, items, separator;
    UErrorCode status = U_ZERO_ERROR;
  };
  /// The compiled regexes.
  const Regexes& regexes() const {
    std::call_once(once_, [&] {
      UParseError where{};
      const auto compile = [&](const std::string& regex, std::unique_ptr<icu::RegexPattern>& out) {
        if (regex.empty() || U_FAILURE(compiled_.status)) return;
        out.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), 0, where,
                                             compiled_.status));
      };
      compile(whole_regex, compiled_.whole);
      compile(tail_regex, compiled_.tail);
      compile(items_regex, compiled_.items);
      compile(separator_regex, compiled_.separator);
    });
    return compiled_;
  }

 private:
  mutable std::once_flag once_;
  mutable Regexes compiled_;
};

namespace {

using fact_template::TemplateToken;

/// ICU time limit per search, in match-engine ticks of 10 000 steps (~0.15 ms each here):
/// about a quarter of a second.
constexpr int32_t kTimeLimitTicks = 1500;

// ---- Building the regex --------------------------------------------------------------

constexpr std::string_view kOptionalSpace = R"(\s*)";
using fact_template::kClauseEnds;
using fact_template::kSentenceEnds;

/// A number as conversion leaves it: "**2907.5**", "-3.5", "138, 307, 276. 56",
/// "137,500,26 5.00" (a thousands group is three digits, possibly split by a space).
/// (Inside brackets the digits and spaces are spelled out: ICU builds a set for `\d` or `\s`
/// in brackets from the Unicode tables at each compilation, which cost more than the rest
/// of a template. Matched text is NFKC, so its digits are ASCII; kSpace is exactly `\s`.)
constexpr std::string_view kNumberStart = R"((?<![0-9.]))";
constexpr std::string_view kSpace =
    R"(\t\n\f\r\x{20}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000})";
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
  const std::string edge = "[^" + std::string(kSpace) + std::string(kClauseEnds) + "]";
  const std::string inner = "[^\\r\\n" + std::string(kClauseEnds) + "]";
  return edge + "(?:" + inner + "{0," + std::to_string(fact_template::kTextHoleInnerChars) +
         "}?" + edge + ")??";
}

std::string gap_pattern() {
  return "[^" + std::string(kSentenceEnds) + "]{0," + std::to_string(fact_template::kGapChars) +
         "}?";
}

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

std::string hole_content(const TemplateHole& hole) {
  switch (hole.kind) {
    case HoleKind::Amount:
      return decimal_pattern() + std::string(kOptionalSpace) + std::string(kMoneyUnits);
    case HoleKind::Percentage:
      return decimal_pattern() + std::string(kOptionalSpace) + std::string(kPercentSign);
    case HoleKind::Number: return decimal_pattern() + std::string(kNoMoreDigits);
    case HoleKind::Count: return count_pattern();
    case HoleKind::Text: return text_pattern();
    case HoleKind::Choice: return choice_pattern(hole.choices);
  }
  return {};
}

/// A hole as a regex group: a capturing group, or (inside a repeated part of the whole
/// template, whose items are read one by one afterwards) a non-capturing one.
std::string hole_pattern(const TemplateHole& hole, bool capture) {
  return (capture ? "(" : "(?:") + hole_content(hole) + ")";
}

/// What separates the items of a repeated part.
std::string separator_pattern() {
  std::string set;
  for (size_t i = 0; i < fact_template::kItemSeparators.size();) {
    unicode::append_utf8(set, unicode::next_code_point(fact_template::kItemSeparators, i));
  }
  return std::string(kOptionalSpace) + "[" + set + "]" + std::string(kOptionalSpace);
}

std::string template_regex(const std::vector<TemplateToken>& tokens,
                           const std::vector<TemplateHole>& holes, bool capture);

/// The repeated part: one item, then any more after a separator. `capture`: the whole
/// part is a group (its holes are not: a group captures only its last repetition).
std::string repeat_pattern(const std::vector<TemplateToken>& item,
                           const std::vector<TemplateHole>& holes, bool capture) {
  const std::string one = "(?:" + template_regex(item, holes, false) + ")";
  return (capture ? "(" : "(?:") + one + "(?:" + separator_pattern() + one + ")*)";
}

/// A regex piece and whether it is a gap (gaps absorb whitespace themselves).
struct RegexPiece {
  std::string pattern;
  bool gap = false;
};

/// The tokens of the repeated part that opens at `open` (a RepeatOpen), and the index of
/// its RepeatClose (or the end).
std::pair<std::vector<TemplateToken>, size_t> repeated_tokens(const std::vector<TemplateToken>& tokens,
                                                             size_t open) {
  size_t close = open + 1;
  while (close < tokens.size() && tokens[close].type != TemplateToken::Type::RepeatClose) ++close;
  return {std::vector<TemplateToken>(tokens.begin() + static_cast<std::ptrdiff_t>(open + 1),
                                     tokens.begin() + static_cast<std::ptrdiff_t>(close)),
          close};
}

std::vector<RegexPiece> regex_pieces(const std::vector<TemplateToken>& tokens,
                                     const std::vector<TemplateHole>& holes, bool capture) {
  std::vector<RegexPiece> pieces;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const TemplateToken& token = tokens[i];
    switch (token.type) {
      case TemplateToken::Type::Space: break;
      case TemplateToken::Type::Literal: pieces.push_back({literal_pattern(token.cp)}); break;
      case TemplateToken::Type::Hole:
        pieces.push_back({hole_pattern(holes[token.hole], capture)});
        break;
      case TemplateToken::Type::Gap:
        // A gap at either end or next to another gap adds nothing.
        if (!pieces.empty() && !pieces.back().gap) pieces.push_back({gap_pattern(), true});
        break;
      case TemplateToken::Type::RepeatOpen: {
        auto [item, close] = repeated_tokens(tokens, i);
        pieces.push_back({repeat_pattern(item, holes, capture)});
        i = close;
        break;
      }
      case TemplateToken::Type::RepeatClose: break;  // a tail that starts inside the part
    }
  }
  if (!pieces.empty() && pieces.back().gap) pieces.pop_back();
  return pieces;
}

/// The regex of `tokens`; with `capture`, each hole outside the repeated part and the
/// repeated part itself are groups, in the order written.
std::string template_regex(const std::vector<TemplateToken>& tokens,
                           const std::vector<TemplateHole>& holes, bool capture) {
  std::string regex;
  bool previous_gap = true;  // nothing before the first piece
  for (const auto& piece : regex_pieces(tokens, holes, capture)) {
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

std::vector<DeclaredHole> declared_holes(std::string_view text, Language lang) {
  const fact_template::TemplateSyntax syntax = fact_template::read_template(text, lang);
  std::vector<std::pair<size_t, DeclaredHole>> placed;
  for (const auto& hole : syntax.holes) placed.push_back({hole.begin, {hole.name, hole.kind}});
  for (const auto& unread : syntax.unread_holes) {
    placed.push_back({unread.hole.begin,
                      {unread.hole.name,
                       unread.kind_known ? std::optional(unread.hole.kind) : std::nullopt}});
  }
  std::stable_sort(placed.begin(), placed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<DeclaredHole> declared;
  for (auto& [begin, hole] : placed) declared.push_back(std::move(hole));
  return declared;
}

std::optional<FactTemplate> FactTemplate::compile(std::string_view text, Language lang,
                                                  std::vector<TemplateProblem>& problems) {
  fact_template::TemplateSyntax syntax = fact_template::read_template(text, lang);
  if (!syntax.problems.empty()) {
    problems.insert(problems.end(), syntax.problems.begin(), syntax.problems.end());
    return std::nullopt;
  }
  FactTemplate compiled;
  compiled.holes_ = std::move(syntax.holes);

  auto pattern = std::make_shared<CompiledPattern>();
  pattern->whole_regex = template_regex(syntax.tokens, compiled.holes_, true);
  // The groups of the whole regex, in the order their parentheses open.
  pattern->hole_groups.assign(compiled.holes_.size(), 0);
  int32_t group = 0;
  for (size_t i = 0; i < syntax.tokens.size(); ++i) {
    const TemplateToken& token = syntax.tokens[i];
    if (token.type == TemplateToken::Type::Hole && !compiled.holes_[token.hole].repeated) {
      pattern->hole_groups[token.hole] = ++group;
    } else if (token.type == TemplateToken::Type::RepeatOpen) {
      pattern->repeat_group = ++group;
      const auto item = repeated_tokens(syntax.tokens, i).first;
      pattern->items_regex = "(" + template_regex(item, compiled.holes_, true) + ")(?:" +
                             separator_pattern() + "(?:" + template_regex(item, compiled.holes_, false) +
                             "))*";
      pattern->separator_regex = separator_pattern();
    }
  }
  pattern->lead = fact_template::find_lead_anchor(syntax.tokens, compiled.holes_);
  if (!pattern->lead) pattern->word_check = fact_template::find_word_check(syntax.tokens);
  const size_t word = pattern->lead        ? pattern->lead->word_token
                      : pattern->word_check ? pattern->word_check->word_token
                                            : syntax.tokens.size();
  if (word < syntax.tokens.size()) {
    const std::vector<TemplateToken> tail(syntax.tokens.begin() + static_cast<std::ptrdiff_t>(word),
                                          syntax.tokens.end());
    pattern->tail_regex = template_regex(tail, compiled.holes_, false);
  }
  compiled.pattern_ = std::move(pattern);
  return compiled;
}

namespace {

/// A captured hole with its figure read; `group` of `m`.
TemplateCapture capture_of(const icu::RegexMatcher& m, int32_t group, const Utf16Text& input,
                           std::string_view sentence, HoleKind kind, UErrorCode& status) {
  TemplateCapture capture;
  capture.begin = input.to_utf8(m.start64(group, status));
  capture.end = input.to_utf8(m.end64(group, status));
  capture.text = std::string(sentence.substr(capture.begin, capture.end - capture.begin));
  read_figure(kind, capture);
  return capture;
}

}  // namespace

/// Appends the current match of `m` with its captured figures read: one TemplateMatch, or
/// one per item of the repeated part, each item found by matching the items from it on
/// (the first item a group) over what is left of the part, then skipping a separator.
void FactTemplate::add_match(const icu::RegexMatcher& m, const Utf16Text& input,
                             std::string_view sentence, std::vector<TemplateMatch>& out,
                             UErrorCode& status) const {
  const CompiledPattern& pattern = *pattern_;
  TemplateMatch found;
  found.begin = input.to_utf8(m.start64(status));
  found.end = input.to_utf8(m.end64(status));
  found.item_begin = found.begin;
  found.item_end = found.end;
  found.captures.resize(holes_.size());
  for (size_t i = 0; i < holes_.size(); ++i) {
    if (pattern.hole_groups[i] == 0) continue;
    found.captures[i] = capture_of(m, pattern.hole_groups[i], input, sentence, holes_[i].kind, status);
  }
  if (pattern.repeat_group == 0) {
    if (U_SUCCESS(status)) out.push_back(std::move(found));
    return;
  }
  const CompiledPattern::Regexes& regexes = pattern.regexes();
  std::unique_ptr<icu::RegexMatcher> items(regexes.items->matcher(input.text, status));
  std::unique_ptr<icu::RegexMatcher> separator(regexes.separator->matcher(input.text, status));
  if (U_FAILURE(status)) return;
  items->setTimeLimit(m.getTimeLimit(), status);
  // Lookarounds (no digit before or after a number) see the sentence around the part.
  items->useTransparentBounds(true);
  separator->useTransparentBounds(true);
  auto at = static_cast<int32_t>(m.start64(pattern.repeat_group, status));
  const auto end = static_cast<int32_t>(m.end64(pattern.repeat_group, status));
  while (U_SUCCESS(status)) {
    items->region(at, end, status);
    if (!items->matches(status) || U_FAILURE(status)) return;  // cannot be: the whole matched
    TemplateMatch item = found;
    item.item_begin = input.to_utf8(items->start64(1, status));
    item.item_end = input.to_utf8(items->end64(1, status));
    int32_t group = 1;
    for (size_t i = 0; i < holes_.size(); ++i) {
      if (!holes_[i].repeated) continue;
      item.captures[i] = capture_of(*items, ++group, input, sentence, holes_[i].kind, status);
    }
    const auto item_end = static_cast<int32_t>(items->end64(1, status));
    if (U_FAILURE(status)) return;
    out.push_back(std::move(item));
    if (item_end >= end) return;
    separator->region(item_end, end, status);
    if (!separator->lookingAt(status) || U_FAILURE(status)) return;
    at = static_cast<int32_t>(separator->end64(status));
  }
}

bool FactTemplate::repeats() const { return pattern_->repeat_group != 0; }

const std::string& FactTemplate::regex() const { return pattern_->whole_regex; }

MatchStatus FactTemplate::match(std::string_view sentence, std::vector<TemplateMatch>& out) const {
  if (sentence.empty()) return MatchStatus::Ok;
  return match(sentence, Utf16Text(sentence), out);
}

MatchStatus FactTemplate::match(std::string_view sentence, const Utf16Text& input,
                                std::vector<TemplateMatch>& out) const {
  if (sentence.empty()) return MatchStatus::Ok;
  const CompiledPattern::Regexes& regexes = pattern_->regexes();
  UErrorCode status = regexes.status;
  if (U_FAILURE(status)) return MatchStatus::Failed;  // a bug: the template read cleanly
  std::unique_ptr<icu::RegexMatcher> matcher(regexes.whole->matcher(input.text, status));
  if (U_FAILURE(status)) return MatchStatus::Failed;
  matcher->setTimeLimit(kTimeLimitTicks, status);
  auto add = [&] { add_match(*matcher, input, sentence, out, status); };
  if (pattern_->lead) {
    fact_template::match_near_anchor(*pattern_->lead, *regexes.tail, *matcher, input.text, add,
                                     status);
  } else if (pattern_->word_check &&
             !pattern_->word_check->passes(*regexes.tail, input.text, kTimeLimitTicks, status)) {
    // no match anywhere: the tail matches at no occurrence of the word
  } else {
    while (U_SUCCESS(status) && matcher->find(status)) add();
  }
  if (status == U_REGEX_TIME_OUT) return MatchStatus::TimeLimit;
  return U_FAILURE(status) ? MatchStatus::Failed : MatchStatus::Ok;
}

}  // namespace gk

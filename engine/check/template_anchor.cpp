#include "check/template_anchor.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>

#include "base/unicode.h"

namespace gk::fact_template {
namespace {

/// Characters a text hole takes at most: an edge, the inside, an edge.
constexpr int32_t kTextHoleChars = kTextHoleInnerChars + 2;

bool is_han_word(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = unicode::next_code_point(text, i);
    if (!unicode::is_han(cp) && !unicode::is_space(cp)) return false;
  }
  return true;
}

/// Characters a choice hole takes at most (whitespace between its characters not counted).
int32_t longest_choice(const TemplateHole& hole) {
  int32_t longest = 0;
  for (const auto& choice : hole.choices) {
    int32_t chars = 0;
    for (size_t i = 0; i < choice.size();) {
      if (!unicode::is_space(unicode::next_code_point(choice, i))) ++chars;
    }
    longest = std::max(longest, chars);
  }
  return longest;
}

/// The code points of a UTF-8 character set such as kSentenceEnds.
std::u32string code_points(std::string_view set) {
  std::u32string points;
  for (size_t i = 0; i < set.size();) points.push_back(unicode::next_code_point(set, i));
  return points;
}

/// Whitespace by any of ICU's definitions: `\s*` may take it anywhere between pieces.
bool is_any_space(UChar32 c) { return u_isUWhiteSpace(c) || u_isspace(c) || u_isWhitespace(c); }

bool is_barrier(Barrier barrier, UChar32 c) {
  // Decoded once: this runs for every character of every window.
  static const std::u32string sentence_ends = code_points(kSentenceEnds);
  static const std::u32string clause_ends = code_points(kClauseEnds);
  const auto point = static_cast<char32_t>(c);
  switch (barrier) {
    case Barrier::None: return false;
    case Barrier::SentenceEnds: return sentence_ends.find(point) != std::u32string::npos;
    case Barrier::ClauseEnds: return clause_ends.find(point) != std::u32string::npos;
  }
  return false;
}

/// The index of the first Han literal at or after `from`, and the run of Han literals there.
std::pair<size_t, icu::UnicodeString> han_word_at_or_after(const std::vector<TemplateToken>& tokens,
                                                           size_t from) {
  size_t i = from;
  while (i < tokens.size() &&
         !(tokens[i].type == TemplateToken::Type::Literal && unicode::is_han(tokens[i].cp))) {
    ++i;
  }
  const size_t first = i;
  // Consecutive Han characters: the matching view keeps no whitespace between them.
  icu::UnicodeString word;
  for (; i < tokens.size() && tokens[i].type == TemplateToken::Type::Literal &&
         unicode::is_han(tokens[i].cp);
       ++i) {
    word.append(static_cast<UChar32>(tokens[i].cp));
  }
  return {first, word};
}

}  // namespace

bool WordCheck::passes(const icu::RegexPattern& tail, const icu::UnicodeString& text,
                       int32_t time_limit, UErrorCode& status) const {
  std::unique_ptr<icu::RegexMatcher> m(tail.matcher(text, status));
  if (U_FAILURE(status)) return false;
  m->setTimeLimit(time_limit, status);
  m->useTransparentBounds(true).useAnchoringBounds(false);  // lookbehinds see before the word
  const int32_t length = text.length();
  for (int32_t at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    m->region(at, length, status);
    const bool found = m->lookingAt(status);
    if (U_FAILURE(status)) return false;
    if (found) return true;
  }
  return false;
}

std::optional<WordCheck> find_word_check(const std::vector<TemplateToken>& tokens) {
  size_t start = 0;
  while (start < tokens.size() && tokens[start].type == TemplateToken::Type::Space) ++start;
  auto [first, word] = han_word_at_or_after(tokens, start);
  if (word.isEmpty() || first == start) return std::nullopt;
  // A word inside the repeated part: the template from it on is not a whole template.
  bool inside_repeat = false;
  for (size_t i = start; i < first; ++i) {
    if (tokens[i].type == TemplateToken::Type::RepeatOpen) inside_repeat = true;
    if (tokens[i].type == TemplateToken::Type::RepeatClose) inside_repeat = false;
  }
  if (inside_repeat) return std::nullopt;
  WordCheck check;
  check.word_token = first;
  check.word = word;
  return check;
}

int32_t LeadAnchor::window_start(const icu::UnicodeString& text, int32_t at) const {
  int32_t counted = 0;
  while (at > 0) {
    const int32_t previous = text.moveIndex32(at, -1);
    const UChar32 c = text.char32At(previous);
    if (is_barrier(barrier, c)) break;
    if (!is_any_space(c)) {
      if (counted == max_before) break;
      ++counted;
    }
    at = previous;
  }
  return at;
}

std::optional<LeadAnchor> find_lead_anchor(const std::vector<TemplateToken>& tokens,
                                           const std::vector<TemplateHole>& holes) {
  size_t i = 0;
  while (i < tokens.size() && tokens[i].type == TemplateToken::Type::Space) ++i;
  if (i == tokens.size() || tokens[i].type != TemplateToken::Type::Hole ||
      holes[tokens[i].hole].kind != HoleKind::Text) {
    return std::nullopt;
  }
  LeadAnchor lead;
  bool gap = false, other_characters = false;
  for (; i < tokens.size(); ++i) {
    const TemplateToken& token = tokens[i];
    if (token.type == TemplateToken::Type::Literal && unicode::is_han(token.cp)) break;
    switch (token.type) {
      case TemplateToken::Type::Space: break;
      case TemplateToken::Type::Literal:
        lead.max_before += 1;
        other_characters = true;
        break;
      case TemplateToken::Type::Gap:
        lead.max_before += kGapChars;
        gap = true;
        break;
      case TemplateToken::Type::RepeatOpen:
      case TemplateToken::Type::RepeatClose:
        return std::nullopt;  // a repeated part before the word can be any length
      case TemplateToken::Type::Hole: {
        const TemplateHole& hole = holes[token.hole];
        if (hole.kind == HoleKind::Text) {
          lead.max_before += kTextHoleChars;
        } else if (hole.kind == HoleKind::Choice) {
          lead.max_before += longest_choice(hole);
          for (const auto& choice : hole.choices) other_characters |= !is_han_word(choice);
        } else {
          return std::nullopt;
        }
        break;
      }
    }
  }
  std::tie(lead.word_token, lead.word) = han_word_at_or_after(tokens, i);
  if (lead.word.isEmpty()) return std::nullopt;
  if (!other_characters) lead.barrier = gap ? Barrier::SentenceEnds : Barrier::ClauseEnds;
  return lead;
}

void match_near_anchor(const LeadAnchor& lead, const icu::RegexPattern& tail_pattern, icu::RegexMatcher& m,
                       const icu::UnicodeString& text, const std::function<void()>& on_match,
                       UErrorCode& status) {
  const int32_t length = text.length();
  std::unique_ptr<icu::RegexMatcher> tail(tail_pattern.matcher(text, status));
  if (U_FAILURE(status)) return;
  tail->setTimeLimit(m.getTimeLimit(), status);
  // Lookbehinds in the pattern see the text before a start.
  tail->useTransparentBounds(true).useAnchoringBounds(false);
  m.useTransparentBounds(true).useAnchoringBounds(false);
  int32_t done = 0;  // every start before this has been tried, is impossible or is matched
  for (int32_t at = text.indexOf(lead.word); at >= 0 && U_SUCCESS(status);
       at = text.indexOf(lead.word, std::max(done, at + 1))) {
    tail->region(at, length, status);
    const bool tail_matches = tail->lookingAt(status);
    if (U_FAILURE(status)) return;
    if (!tail_matches) continue;  // no match uses this occurrence of the word
    bool matched = false;
    for (int32_t start = std::max(done, lead.window_start(text, at)); start < at;
         start = text.moveIndex32(start, 1)) {
      m.region(start, length, status);
      const bool found = m.lookingAt(status);
      if (U_FAILURE(status)) return;
      if (!found) continue;
      on_match();
      done = static_cast<int32_t>(m.end64(status));
      matched = true;
      break;
    }
    if (!matched) done = std::max(done, at);
  }
}

}  // namespace gk::fact_template

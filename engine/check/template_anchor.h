// Lead anchors: how a fact template that starts with a text hole is matched without trying
// the hole at every position. ICU cannot skip ahead to a pattern whose first piece takes
// almost any character, and a text hole followed by a gap (…) costs hundreds of steps per
// failed start. But a match must reach the Han word after the hole within a bounded number
// of characters, without crossing a sentence end, so only the few starts before each
// occurrence of that word need trying, and only when the template's tail matches there.
#pragma once

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "check/template_syntax.h"

namespace gk::fact_template {

/// Which characters no match can contain before the lead word.
enum class Barrier {
  None,          ///< the pieces before the word can take any character
  SentenceEnds,  ///< 。；！？ (the pieces are text holes, gaps and Han words)
  ClauseEnds,    ///< 。；！？，and line ends (text holes and Han words only)
};

struct LeadAnchor {
  size_t word_token = 0;    ///< index of the word's first token
  icu::UnicodeString word;  ///< the Han characters that first follow the leading hole
  int32_t max_before = 0;   ///< the most characters (whitespace not counted) before `word`
  Barrier barrier = Barrier::None;

  /// The earliest start from which a match could reach the word at UTF-16 index `at`.
  int32_t window_start(const icu::UnicodeString& text, int32_t at) const;
};

/// The first Han word of a template that does not start with it, and the template from
/// that word on: a sentence where the tail matches at no occurrence of the word holds no
/// match, so the (costlier) search of the whole template is skipped there.
struct WordCheck {
  size_t word_token = 0;
  icu::UnicodeString word;

  /// True when `tail` (the template from the word on, compiled by the caller) matches at
  /// some occurrence of the word in `text`.
  bool passes(const icu::RegexPattern& tail, const icu::UnicodeString& text, int32_t time_limit,
              UErrorCode& status) const;
};

/// The word check of a template whose first Han word comes after other pieces; nullopt
/// for a template that starts with its word, has none, or has it inside the repeated part.
std::optional<WordCheck> find_word_check(const std::vector<TemplateToken>& tokens);

/// The lead anchor of a template that starts with a text hole and reaches a Han character
/// through text holes, choices, gaps and single literal characters only; nullopt for any
/// other template (a figure or a repeated part before the first Han character can be any
/// length).
std::optional<LeadAnchor> find_lead_anchor(const std::vector<TemplateToken>& tokens,
                                           const std::vector<TemplateHole>& holes);

/// Reports (via `on_match`, with `m` holding the match) exactly the matches that repeated
/// `m.find()` over `text` gives, left to right, trying only the starts in the window before
/// each occurrence of the lead word where `tail` (the template from the word on) matches:
/// no match uses an occurrence where it does not. `m` must be a matcher of the whole
/// template reset to `text`; its region is changed.
void match_near_anchor(const LeadAnchor& lead, const icu::RegexPattern& tail, icu::RegexMatcher& m,
                       const icu::UnicodeString& text, const std::function<void()>& on_match,
                       UErrorCode& status);

}  // namespace gk::fact_template

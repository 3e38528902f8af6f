// Internals of fact templates: reading the template text (after NFKC, so ｛预算：金额｝ and
// …… typed with a Chinese input method work) into tokens and holes, with every mistake as a
// plain-language problem. fact_template.cpp turns the tokens into one ICU regex.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check/fact_template.h"

namespace gk::fact_template {

// What the regex pieces may span (fact_template.cpp builds them, template_anchor.cpp relies
// on the same bounds).
/// Sentence ends a gap (…) never crosses.
inline constexpr std::string_view kSentenceEnds = "。；;！!？?";
/// Clause ends a text hole never crosses (nor a line end).
inline constexpr std::string_view kClauseEnds = "。；;！!？?，,";
/// Characters inside a text hole between its two edge characters, at most.
inline constexpr int kTextHoleInnerChars = 28;
/// Characters a gap (…) covers at most.
inline constexpr int kGapChars = 40;
/// What separates the items of a repeated part `[…]`: 、，；(and , ;), whitespace around.
inline constexpr std::string_view kItemSeparators = "、，,；;";

/// A piece of the template: a literal character, whitespace, a gap (…), a hole, or the
/// start or end of the repeated part `[…]`.
struct TemplateToken {
  enum class Type { Literal, Space, Gap, Hole, RepeatOpen, RepeatClose };
  Type type = Type::Literal;
  char32_t cp = 0;   ///< Literal
  size_t hole = 0;   ///< Hole: index into the holes
};

/// A hole left out of the template for a mistake in its kind (`{预算:金钱}`, `{预算}`) but
/// with a usable name: the fact still has that field, of unknown type unless `kind_known`.
struct UnreadHole {
  TemplateHole hole;
  bool kind_known = false;
};

/// A template as read: its tokens and holes, or the problems that stop it.
struct TemplateSyntax {
  std::vector<TemplateToken> tokens;
  std::vector<TemplateHole> holes;
  std::vector<TemplateProblem> problems;
  std::vector<UnreadHole> unread_holes;
};

TemplateSyntax read_template(std::string_view text, Language lang);

}  // namespace gk::fact_template

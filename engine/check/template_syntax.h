// Internals of fact templates: reading the template text (after NFKC, so ｛预算：金额｝ and
// …… typed with a Chinese input method work) into tokens and holes, with every mistake as a
// plain-language problem. fact_template.cpp turns the tokens into one ICU regex.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check/fact_template.h"

namespace gk::fact_template {

/// A piece of the template: a literal character, whitespace, a gap (…) or a hole.
struct TemplateToken {
  enum class Type { Literal, Space, Gap, Hole };
  Type type = Type::Literal;
  char32_t cp = 0;   ///< Literal
  size_t hole = 0;   ///< Hole: index into the holes
};

/// A template as read: its tokens and holes, or the problems that stop it.
struct TemplateSyntax {
  std::vector<TemplateToken> tokens;
  std::vector<TemplateHole> holes;
  std::vector<TemplateProblem> problems;
};

TemplateSyntax read_template(std::string_view text, Language lang);

/// The message for a regex ICU refused although the template read cleanly (a bug).
std::string internal_error(Language lang, const char* detail);

}  // namespace gk::fact_template

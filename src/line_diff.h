// A short unified diff of two texts, line by line (`rules fmt --check` shows what it would
// change): hunks with a line of context, `@@ -a,b +c,d @@` headers, `-`/`+` lines.
#pragma once

#include <string>
#include <string_view>

#include "syntax/language.h"

namespace gk::cli {

/// The hunks that turn `before` into `after` (empty when they are equal), at most
/// `max_hunks` of them; a last line says how many more there are. When the texts are too
/// long to compare in full, only the first differing line is shown.
std::string unified_diff(std::string_view before, std::string_view after, Language lang,
                         size_t max_hunks = 8);

}  // namespace gk::cli

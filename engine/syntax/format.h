// The canonical layout of rule files (`gongkai rules fmt`). Only the space between tokens
// changes: every token — keywords in the spelling the author chose, strings, patterns,
// full-width punctuation — and every comment stay as written, in the same order, so the
// formatted file always means the same as the original. The layout is the one of the
// built-in packs (rules/juesuan/):
//
//   - declarations start at column 0; a blank line between them, except between vocabulary
//     and fact lines, where the author's grouping (no blank line, or one) is kept;
//   - blocks (`pack`, `rule`, `test`) open with `{` at the end of the line, their items are
//     indented two spaces, one item per line, and `}` closes on a line of its own;
//   - pack items have their values aligned in one column (no further left than after
//     `applies`); a rule's `category`, `severity` and `weight` share one line, two spaces
//     apart; `else` has a line of its own; the outcomes of a test block are padded to one
//     width;
//   - vocabulary lines of one group have their keywords padded to one width, and their `=`
//     aligned when the names differ by at most four Chinese characters;
//   - the templates of a fact each go on a line of their own, indented two spaces, the
//     second and later ones after `or`;
//   - a line longer than 100 columns is broken before `or` (then `and`) of a condition, the
//     rest aligned under its start, and lists are filled up to 100 columns with the items
//     aligned after `[`; other constructs (and long strings) are never broken;
//   - one space between tokens, none inside brackets, before `,` `.` or a unit, after a
//     full-width comma `，`, between a function and its `(` and after a unary minus;
//   - comments keep their place: own-line comments before what they precede, at its
//     indentation; trailing comments at the end of their line, aligned with those of the
//     lines next to them; at most one blank line anywhere, none at the start of a block.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "base/diagnostics.h"
#include "base/source.h"
#include "syntax/language.h"

namespace gk {

/// The width the formatter keeps lines within where it can.
inline constexpr int kFormatWidth = 100;

/// The formatter produced text that does not read as the same tokens: a bug in the
/// formatter. The file must then be left as it is.
struct FormatError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The rule file in canonical layout ("\n" line ends, a final newline). A file with syntax
/// errors is never reformatted: they are reported into `sink` and the result is nullopt.
/// Throws FormatError when the result would not keep every token of the original.
std::optional<std::string> format_rule_file(const SourceText& source, DiagnosticSink& sink,
                                            Language lang = Language::Zh);

}  // namespace gk

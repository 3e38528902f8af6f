// Physical lines of a document with their matching view: NFKC-normalised text with
// conversion noise removed ([bookmark: _Toc…], markdown **bold**, the "- " before TOC
// entries) and whitespace folded, plus a byte map back to the original so that every match
// in the view yields an exact original span. Structure and table extraction work on these.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace gk::doc {

/// Text in the matching view with, for every byte, the original byte offset it came from.
///
/// origin[i] is the start of the original character that view byte i came from (every byte
/// of a character's NFKC maps to that character; the single space a folded whitespace run
/// becomes maps to the run's first character); origin[text.size()] is the end of the last
/// kept character (the span's start when nothing was kept). origin_end[i] is the end of that
/// same original character (of the whole run for a folded space): with it, a match followed
/// by dropped text (whitespace next to Han, "**", bookmarks) still maps to a tight span.
struct MatchingView {
  std::string text;
  std::vector<uint32_t> origin;  ///< origin.size() == text.size() + 1; last = end offset
  /// origin_end.size() == text.size(), or empty in a view assembled without it; then
  /// to_original() ends a span where the next view byte's original character starts.
  std::vector<uint32_t> origin_end;

  /// The original span of view bytes [begin, end).
  Span to_original(size_t begin, size_t end) const;
};

/// Builds the matching view of original bytes [span.begin, span.end) of `source`:
/// NFKC per character; removes "[bookmark: …]" markers and "**" emphasis; removes a
/// leading list dash ("- ", "• "); drops whitespace next to a Han character or CJK
/// punctuation (full-width digits and letters count as the ASCII they become); folds other
/// whitespace runs (tabs included) to one space; trims both ends.
MatchingView matching_view(const SourceText& source, Span span);

/// The matching-view text of a span, without the byte map.
struct ViewText {
  std::string text;
  Span original;  ///< first kept character to last; empty, at the span's start, when none
};

/// matching_view(source, span).text, and the original span that text covers, for callers
/// that need no position inside it: cheaper (no map is built).
ViewText matching_text(const SourceText& source, Span span);

struct Line {
  uint32_t number = 0;            ///< 1-based
  Span span;                      ///< original bytes, without the line terminator
  MatchingView view;              ///< of the whole line
  bool blank = false;             ///< view is empty (whitespace or noise only)
  bool tabbed = false;            ///< the original contains a TAB
  std::vector<Span> fields;       ///< original spans between TABs; empty when not tabbed
  uint32_t indent = 0;            ///< leading whitespace in the original, in code points
};

/// One Line per physical line (a final LF does not start another, empty line).
std::vector<Line> split_lines(const SourceText& source);

/// Consecutive lines of a text: all of them, or one appended report's.
using Lines = std::span<const Line>;

}  // namespace gk::doc

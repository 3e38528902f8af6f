// Physical lines of a document with their matching view: NFKC-normalised text with
// conversion noise removed ([bookmark: _Toc…], markdown **bold**, the "- " before TOC
// entries) and whitespace folded, plus a byte map back to the original so that every match
// in the view yields an exact original span. Structure and table extraction work on these.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace gk::doc {

/// Text in the matching view with, for every byte, the original byte offset it came from.
struct MatchingView {
  std::string text;
  std::vector<uint32_t> origin;  ///< origin.size() == text.size() + 1; last = end offset

  /// The original span of view bytes [begin, end).
  Span to_original(size_t begin, size_t end) const;
};

/// Builds the matching view of original bytes [span.begin, span.end) of `source`:
/// NFKC per character; removes "[bookmark: …]" markers and "**" emphasis; removes a
/// leading list dash ("- ", "• "); drops whitespace next to a Han character or CJK
/// punctuation; folds other whitespace runs (tabs included) to one space; trims both ends.
MatchingView matching_view(const SourceText& source, Span span);

struct Line {
  uint32_t number = 0;            ///< 1-based
  Span span;                      ///< original bytes, without the line terminator
  MatchingView view;              ///< of the whole line
  bool blank = false;             ///< view is empty (whitespace or noise only)
  bool tabbed = false;            ///< the original contains a TAB
  std::vector<Span> fields;       ///< original spans between TABs (one field if none)
  uint32_t indent = 0;            ///< leading whitespace in the original, in code points
};

std::vector<Line> split_lines(const SourceText& source);

}  // namespace gk::doc

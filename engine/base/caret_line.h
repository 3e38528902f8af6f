// The two lines under a message that show where it points: the source line, and a caret
// with tildes under the marked characters, aligned on a terminal (wide CJK characters take
// two cells, tabs are kept). A line longer than kMaxShownCodePoints is cut to a window of
// that many characters around the caret, with "..." where text was left out, so that a
// message about a line of a megabyte stays readable and small; the cost depends on the
// window, not on the length of the line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gk {

inline constexpr uint32_t kMaxShownCodePoints = 1000;

/// The bytes [first, last) of `line` that are shown around byte `caret`: the whole line when
/// it has at most kMaxShownCodePoints characters, else that many from a little before the
/// caret (moved back when the line ends sooner). Also for other writers (the HTML report).
struct ShownPart {
  size_t first = 0;
  size_t last = 0;
};
ShownPart shown_part(std::string_view line, size_t caret);

/// "  <line>\n  <pad>^~~~\n" for the bytes [caret, marked_end) of `line` (byte offsets in
/// the line; at least one cell is underlined).
std::string caret_lines_at(std::string_view line, size_t caret, size_t marked_end);

/// The same with the caret at 1-based code-point `column`, `marked` code points underlined.
std::string caret_lines(std::string_view line, uint32_t column, uint32_t marked);

}  // namespace gk

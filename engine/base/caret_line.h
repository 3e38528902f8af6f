// The two lines under a message that show where it points: the source line, and a caret
// with tildes under the marked characters, aligned on a terminal (wide CJK characters take
// two cells, tabs are kept). A line longer than kMaxShownCodePoints is cut to a window of
// that many characters around the caret, with "..." where text was left out, so that a
// message about a line of a megabyte stays readable and small.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gk {

inline constexpr uint32_t kMaxShownCodePoints = 1000;

/// "  <line>\n  <pad>^~~~\n": `column` is 1-based in code points, `marked` code points from
/// it are underlined (at least one cell).
std::string caret_lines(std::string_view line, uint32_t column, uint32_t marked);

}  // namespace gk

// Internals of the PDF reader shared by its translation units (not a public API): words
// with their boxes as poppler gives them, the lines built from their baselines, and the
// text each page becomes — narrative lines joined with spaces, table rows as TAB-separated
// cells in the columns the header and the figures line up in.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gk::input::pdf {

/// A rectangle in page space (points, y downwards).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  /// The smallest box covering both (an empty box is the identity).
  Box merge(const Box& other) const {
    if (x1 <= x0 && y1 <= y0) return other;
    if (other.x1 <= other.x0 && other.y1 <= other.y0) return *this;
    return {std::min(x0, other.x0), std::min(y0, other.y0), std::max(x1, other.x1), std::max(y1, other.y1)};
  }
};

/// One word: text, box, font size and font (an index into the page's font names).
struct Word {
  std::string text;
  Box box;
  double size = 0;
  int font = 0;
  double y = 0;  ///< the box's centre, corrected by the font's offset (pdf_lines.cpp)
};

struct PageWords {
  uint32_t number = 0;  ///< 1-based
  double width = 0, height = 0;
  std::vector<Word> words;
};

/// Words that share a baseline, left to right, cut into segments at wide gaps.
struct TextLine {
  std::vector<Word> words;
  std::vector<size_t> segment_starts;  ///< index of each segment's first word
  double y = 0;                        ///< mean corrected centre
  Box box;                             ///< the words' boxes together
  double size = 0;                     ///< largest font size
  double x0 = 0, x1 = 0;

  size_t segment_count() const { return segment_starts.size(); }
  size_t segment_end(size_t s) const {
    return s + 1 < segment_starts.size() ? segment_starts[s + 1] : words.size();
  }
};

/// How far below the main font's box centres each font's centres sit, in font sizes.
using FontOffsets = std::map<int, double>;

/// Each font's offset, from the words nearest to main-font words on every page (the
/// median), or borrowed from a font drawing boxes of the same shape (pdf_lines.cpp).
FontOffsets measure_font_offsets(const std::vector<std::vector<Word>>& pages);

/// The page's lines, top to bottom (pdf_lines.cpp).
std::vector<TextLine> build_lines(std::vector<Word> words, const FontOffsets& offsets);

/// Words joined as read: a space between two words only where the gap is visible.
std::string join_words(const std::vector<Word>& words, size_t begin, size_t end);
/// Joins two pieces of one cell wrapped over lines: no space between Chinese characters.
std::string join_wrapped(std::string_view first, std::string_view second);
/// A figure as tables write it: "2,946.25", "0.95", "-3", "12.5%".
bool is_figure(std::string_view text);

/// Drops running headers and footers (a short line repeated at the top or bottom of many
/// pages) and lone page numbers from `pages` (pdf_running.cpp).
void drop_running_lines(std::vector<std::vector<TextLine>>& pages,
                        const std::vector<double>& page_heights);

/// Tables carried from one page to the next: the columns of the table that ended the page.
struct Carry {
  std::vector<Box> bands;
  bool open = false;  ///< the page ended inside a table
};

/// A line of the rebuilt text and the box its words cover on the page.
struct PageLine {
  std::string text;
  Box box;
};

/// The page's text lines: narrative lines, and tables as TAB-separated rows
/// (pdf_tables.cpp).
std::vector<PageLine> layout_page(const std::vector<TextLine>& lines, Carry& carry);

}  // namespace gk::input::pdf

// Pieces of the HTML report (html_report.cpp): escaping, a source line with the cited figures
// marked, inline SVG bar charts, and the page's own CSS and JavaScript (no network: the
// report is one self-contained file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace gk::cli::html {

/// Text made safe for HTML content and attribute values (& < > " ').
std::string escape(std::string_view text);

/// Line `line` of `source`, escaped, with each of `marks` that falls on it wrapped in
/// <mark> (the finding's own place in <mark class="at">). Overlapping marks are merged. A
/// line over 1,000 characters is cut to a window around `at` ("..." where text is left out).
std::string marked_line(const SourceText& source, uint32_t line, Span at, const std::vector<Span>& marks);

struct Bar {
  std::string label;  ///< shown left of the bar
  double value = 0;   ///< only for drawing; the text shown is `shown`
  std::string shown;  ///< the value as text ("86.9", "3")
  std::string color;  ///< CSS colour
  std::string link;   ///< "#doc-3", or ""
};

/// A horizontal bar chart as inline SVG, bars scaled to `max`.
std::string bar_chart(const std::string& title, const std::vector<Bar>& bars, double max);

/// The page's stylesheet and script.
std::string_view style();
std::string_view script();

}  // namespace gk::cli::html

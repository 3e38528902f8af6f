// Running headers and footers: a line near the top or bottom of a page whose text, digits
// aside, comes back on many pages ("上海市普陀区财政局2024年度部门决算 - 3 -"), and a
// lone page number there ("3", "- 3 -", "第3页", "3/26"), are not part of the document.
#include <algorithm>
#include <map>

#include "input/pdf_layout.h"

namespace gk::input::pdf {
namespace {

constexpr double kMargin = 0.1;    ///< of the page height: the top and bottom zones
constexpr size_t kZoneLines = 2;   ///< lines looked at in each zone
constexpr size_t kMinRepeats = 3;  ///< pages a running line comes back on, at least...
constexpr double kMinShare = 0.3;  ///< ...and this share of the pages

std::string text_of(const TextLine& line) { return join_words(line.words, 0, line.words.size()); }

/// The text without digits and spaces: page numbers and years differ from page to page.
std::string key_of(const TextLine& line) {
  std::string key;
  for (const char c : text_of(line)) {
    if ((c < '0' || c > '9') && c != ' ') key += c;
  }
  return key;
}

bool is_page_number(const std::string& text) {
  std::string rest;
  for (const char c : text) {
    if (c != ' ' && c != '-' && c != '/') rest += c;
  }
  if (rest.starts_with("第")) rest.erase(0, 3);
  if (rest.ends_with("页")) rest.erase(rest.size() - 3);
  return !rest.empty() && rest.size() <= 6 &&
         std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool in_zone(const TextLine& line, double height) {
  return line.y < kMargin * height || line.y > (1 - kMargin) * height;
}

/// Indices of the lines in the top and bottom zones of a page.
std::vector<size_t> zone_lines(const std::vector<TextLine>& lines, double height) {
  std::vector<size_t> out;
  for (size_t i = 0; i < std::min(kZoneLines, lines.size()); ++i) {
    if (in_zone(lines[i], height)) out.push_back(i);
  }
  for (size_t i = lines.size() - std::min(kZoneLines, lines.size()); i < lines.size(); ++i) {
    if (in_zone(lines[i], height) && (out.empty() || out.back() < i)) out.push_back(i);
  }
  return out;
}

}  // namespace

void drop_running_lines(std::vector<std::vector<TextLine>>& pages, const std::vector<double>& page_heights) {
  std::map<std::string, size_t> repeats;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const size_t i : zone_lines(pages[p], page_heights[p])) ++repeats[key_of(pages[p][i])];
  }
  const auto needed = std::max<size_t>(kMinRepeats, static_cast<size_t>(kMinShare * static_cast<double>(pages.size())));
  for (size_t p = 0; p < pages.size(); ++p) {
    std::vector<bool> drop(pages[p].size(), false);
    for (const size_t i : zone_lines(pages[p], page_heights[p])) {
      const std::string key = key_of(pages[p][i]);
      drop[i] = is_page_number(text_of(pages[p][i])) || (!key.empty() && repeats[key] >= needed);
    }
    std::vector<TextLine> kept;
    for (size_t i = 0; i < pages[p].size(); ++i) {
      if (!drop[i]) kept.push_back(std::move(pages[p][i]));
    }
    pages[p] = std::move(kept);
  }
}

}  // namespace gk::input::pdf

// Lines from words: each font's boxes sit at their own height around the baseline (a CJK
// font with broken metrics gives a box a few points tall above it), so each font's offset
// against the document's main font is measured first (in font sizes, over all pages: a page
// with two figures in Times still knows where Times sits), then words are grouped by the
// corrected centre and cut into segments where the gap is wider than a character.
#include <algorithm>
#include <cmath>
#include <map>

#include "input/pdf_layout.h"

namespace gk::input::pdf {
namespace {

constexpr double kPairingReach = 0.8;  ///< of the font size: nearest main-font word to pair
constexpr double kSameLine = 0.4;      ///< of the font size: centres this close share a line
constexpr double kSegmentGap = 1.0;    ///< of the font size: a wider gap starts a segment
constexpr double kSpaceGap = 0.2;      ///< of the font size: a wider gap is a space

double centre(const Word& w) { return (w.box.y0 + w.box.y1) / 2; }

double median(std::vector<double> values) {
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

int main_font(const std::vector<std::vector<Word>>& pages) {
  std::map<int, size_t> counts;
  for (const auto& words : pages) {
    for (const auto& w : words) counts[w.font] += w.text.size();
  }
  if (counts.empty()) return 0;
  return std::max_element(counts.begin(), counts.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })->first;
}

/// Box height over font size of each font: fonts with the same metrics draw boxes alike.
std::map<int, double> height_ratios(const std::vector<std::vector<Word>>& pages) {
  std::map<int, std::vector<double>> ratios;
  for (const auto& words : pages) {
    for (const auto& w : words) {
      if (w.size > 0) ratios[w.font].push_back((w.box.y1 - w.box.y0) / w.size);
    }
  }
  std::map<int, double> out;
  for (auto& [font, list] : ratios) out[font] = median(std::move(list));
  return out;
}

/// A font with too few words to measure (one "221" in Arial among Times figures) takes
/// the offset of the measured font whose boxes it draws alike, within 15%.
void borrow_offsets(const std::vector<std::vector<Word>>& pages, int main, FontOffsets& offsets) {
  const auto ratios = height_ratios(pages);
  FontOffsets measured = offsets;
  measured[main] = 0;
  for (const auto& [font, ratio] : ratios) {
    if (measured.count(font)) continue;
    double best = 0.15 * ratio;
    for (const auto& [other, offset] : measured) {
      const auto it = ratios.find(other);
      if (it == ratios.end() || std::abs(it->second - ratio) > best) continue;
      best = std::abs(it->second - ratio);
      offsets[font] = offset;
    }
  }
}

/// Distances (in font sizes) from each word of another font to the nearest centre of a
/// main-font word on its page, by font.
void pair_with_main(const std::vector<Word>& words, int main, std::map<int, std::vector<double>>& distances) {
  std::vector<double> main_centres;
  for (const auto& w : words) {
    if (w.font == main) main_centres.push_back(centre(w));
  }
  std::sort(main_centres.begin(), main_centres.end());
  for (const auto& w : words) {
    if (w.font == main || w.size <= 0) continue;
    const double c = centre(w);
    auto it = std::lower_bound(main_centres.begin(), main_centres.end(), c);
    double best = 1e9;
    if (it != main_centres.end()) best = *it - c;
    if (it != main_centres.begin() && std::abs(*(it - 1) - c) < std::abs(best)) best = *(it - 1) - c;
    if (std::abs(best) <= kPairingReach * w.size) distances[w.font].push_back(best / w.size);
  }
}

/// A word printed twice a hair apart (fake bold) is read once.
bool is_overprint(const Word& a, const Word& b) {
  return a.text == b.text && std::abs(a.box.x0 - b.box.x0) < 1.5 && std::abs(a.y - b.y) < 1.5;
}

void finish_line(TextLine& line) {
  std::sort(line.words.begin(), line.words.end(),
            [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
  std::vector<Word> kept;
  for (auto& w : line.words) {
    if (!kept.empty() && is_overprint(kept.back(), w)) continue;
    kept.push_back(std::move(w));
  }
  line.words = std::move(kept);
  double sum = 0;
  line.x0 = line.words.front().box.x0;
  line.x1 = line.words.front().box.x1;
  for (size_t i = 0; i < line.words.size(); ++i) {
    const Word& w = line.words[i];
    sum += w.y;
    line.size = std::max(line.size, w.size);
    line.x1 = std::max(line.x1, w.box.x1);
    line.box = line.box.merge(w.box);
    if (i == 0 || w.box.x0 - line.words[i - 1].box.x1 > kSegmentGap * w.size) line.segment_starts.push_back(i);
  }
  line.y = sum / static_cast<double>(line.words.size());
}

}  // namespace

FontOffsets measure_font_offsets(const std::vector<std::vector<Word>>& pages) {
  const int main = main_font(pages);
  std::map<int, std::vector<double>> distances;
  for (const auto& words : pages) pair_with_main(words, main, distances);
  FontOffsets offsets;
  for (auto& [font, list] : distances) {
    if (list.size() >= 2) offsets[font] = median(std::move(list));
  }
  borrow_offsets(pages, main, offsets);
  return offsets;
}

std::vector<TextLine> build_lines(std::vector<Word> words, const FontOffsets& offsets) {
  for (auto& w : words) {
    const auto it = offsets.find(w.font);
    w.y = centre(w) + (it == offsets.end() ? 0 : it->second * w.size);
  }
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.y < b.y; });
  std::vector<TextLine> lines;
  double sum = 0, smallest = 0;
  for (auto& w : words) {
    if (!lines.empty()) {
      const double mean = sum / static_cast<double>(lines.back().words.size());
      if (std::abs(w.y - mean) <= kSameLine * std::min(smallest, w.size)) {
        sum += w.y;
        smallest = std::min(smallest, w.size);
        lines.back().words.push_back(std::move(w));
        continue;
      }
    }
    lines.emplace_back();
    sum = w.y;
    smallest = w.size;
    lines.back().words.push_back(std::move(w));
  }
  for (auto& line : lines) finish_line(line);
  return lines;
}

namespace {

bool is_ascii_word_char(unsigned char c) { return std::isalnum(c) || c == '%' || c == '.' || c == ','; }

}  // namespace

std::string join_words(const std::vector<Word>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin && words[i].box.x0 - words[i - 1].box.x1 > kSpaceGap * words[i].size) out += ' ';
    out += words[i].text;
  }
  return out;
}

std::string join_wrapped(std::string_view first, std::string_view second) {
  if (first.empty()) return std::string(second);
  if (second.empty()) return std::string(first);
  const bool ascii_seam = is_ascii_word_char(static_cast<unsigned char>(first.back())) &&
                          is_ascii_word_char(static_cast<unsigned char>(second.front()));
  return std::string(first) + (ascii_seam ? " " : "") + std::string(second);
}

bool is_figure(std::string_view text) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  if (!text.empty() && text.back() == '%') text.remove_suffix(1);
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front())) ||
      !std::isdigit(static_cast<unsigned char>(text.back()))) {
    return false;
  }
  int dots = 0;
  for (const char c : text) {
    if (c == '.') ++dots;
    else if (c != ',' && !std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return dots <= 1;
}

}  // namespace gk::input::pdf

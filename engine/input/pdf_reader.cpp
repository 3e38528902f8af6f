// Poppler in, reconstructed text out: one page's words at a time become lines, running
// headers and footers are dropped across pages, then each page is laid out (pdf_tables.cpp).
#include "input/pdf_reader.h"

#include <map>
#include <memory>
#include <mutex>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "input/pdf_layout.h"

namespace gk::input {
namespace {

/// Poppler's own complaints about a damaged file would go to stderr; ours say it once.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string utf8_of(const poppler::ustring& text) {
  const auto bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

/// The page's words; font names get numbers shared by all pages (`fonts`).
pdf::PageWords page_words(poppler::page& page, uint32_t number, std::map<std::string, int>& fonts) {
  pdf::PageWords out;
  out.number = number;
  const auto rect = page.page_rect(poppler::media_box);
  const bool turned = page.orientation() == poppler::page::landscape || page.orientation() == poppler::page::seascape;
  out.width = turned ? rect.height() : rect.width();
  out.height = turned ? rect.width() : rect.height();
  for (auto& box : page.text_list(poppler::page::text_list_include_font)) {
    std::string text = utf8_of(box.text());
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    const auto r = box.bbox();
    pdf::Word w;
    w.text = std::move(text);
    w.box = {r.left(), r.top(), r.right(), r.bottom()};
    w.size = box.get_font_size() > 0 ? box.get_font_size() : r.height();
    w.font = fonts.emplace(box.get_font_name(), static_cast<int>(fonts.size())).first->second;
    out.words.push_back(std::move(w));
  }
  return out;
}

/// The text of the pages: a line "\f" before each page but the first; where each page and
/// each line begins, with the line's box.
struct Assembled {
  std::string text;
  std::vector<uint32_t> page_starts;
  std::vector<TextBox> boxes;
};

Assembled assemble(const std::vector<std::vector<pdf::PageLine>>& pages) {
  Assembled out;
  for (size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) out.text += "\f\n";
    out.page_starts.push_back(static_cast<uint32_t>(out.text.size()));
    for (const auto& line : pages[p]) {
      const auto& b = line.box;
      out.boxes.push_back({static_cast<uint32_t>(out.text.size()), static_cast<float>(b.x0), static_cast<float>(b.y0),
                           static_cast<float>(b.x1), static_cast<float>(b.y1)});
      out.text += line.text;
      out.text += '\n';
    }
  }
  return out;
}

}  // namespace

doc::ReadResult read_pdf(std::string name, const std::string& bytes, const doc::ReadLimits& limits) {
  silence_poppler();
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return file_error("E-PDF-DAMAGED", "not a readable PDF (damaged or truncated)", name);
  if (document->is_locked()) {
    return file_error("E-PDF-ENCRYPTED", "the PDF is encrypted and needs a password to be read", name);
  }
  const int count = document->pages();
  if (count > kMaxPdfPages) {
    return file_error("E-READ-TOO-LARGE", "the PDF has " + std::to_string(count) + " pages, more than " +
                                         std::to_string(kMaxPdfPages), name);
  }
  std::vector<std::vector<pdf::Word>> words;
  std::vector<double> heights;
  std::map<std::string, int> fonts;
  size_t word_count = 0;
  for (int i = 0; i < count; ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    if (!page) return file_error("E-PDF-DAMAGED", "page " + std::to_string(i + 1) + " cannot be read", name);
    auto page_text = page_words(*page, static_cast<uint32_t>(i + 1), fonts);
    word_count += page_text.words.size();
    heights.push_back(page_text.height);
    words.push_back(std::move(page_text.words));
  }
  if (word_count == 0) {
    return file_error("E-PDF-NO-TEXT",
                 "the PDF has no text layer (scanned pages?); gongkai reads text, it does no OCR", name);
  }
  const auto offsets = pdf::measure_font_offsets(words);
  std::vector<std::vector<pdf::TextLine>> lines;
  for (auto& page_list : words) lines.push_back(pdf::build_lines(std::move(page_list), offsets));
  words.clear();
  pdf::drop_running_lines(lines, heights);
  std::vector<std::vector<pdf::PageLine>> pages;
  pdf::Carry carry;
  for (const auto& page_lines : lines) pages.push_back(pdf::layout_page(page_lines, carry));
  Assembled text = assemble(pages);
  if (text.text.size() > limits.max_bytes) {
    return file_error("E-READ-TOO-LARGE", "the PDF's text is larger than the limit", name);
  }
  return SourceText(std::move(name), std::move(text.text), "PDF", std::move(text.page_starts), UINT32_MAX,
                    std::move(text.boxes));
}

}  // namespace gk::input

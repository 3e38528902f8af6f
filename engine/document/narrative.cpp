// Narrative extraction: paragraphs are split into sentences, and every figure in them
// becomes a NarrativeAmount labelled with the words written before it.
#include "document/narrative.h"

#include <algorithm>
#include <array>

#include "base/word_lists.h"
#include "document/numbers.h"

namespace gk::doc {
namespace {

// The view has NFKC'd "；！？" to ";!?"; the full-width forms are listed for views that
// were joined or built without normalisation.
constexpr WordList<7> kSentenceEnds{{"。", ";", "!", "?", "；", "！", "？"}};
// Where a label starts: after a clause mark, an enumeration comma or an opening bracket.
constexpr WordList<9> kLabelStarts{{",", ":", ";", "、", "(", "，", "：", "；", "（"}};
constexpr WordList<2> kClosingBrackets{{")", "）"}};
// Linking words between a label and its figure: "支出决算数为306.88万元".
// "合计" stays in the label ("本年收入合计为…" → "本年收入合计") so labels match table rows.
constexpr WordList<5> kLabelLinks{{"共计", "为", "是", "达", "约"}};
constexpr std::string_view kAmong = "其中";

struct Range {
  size_t begin = 0;
  size_t end = 0;
};

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

Range trimmed(std::string_view text, Range range) {
  while (range.begin < range.end && text[range.begin] == ' ') ++range.begin;
  while (range.end > range.begin && text[range.end - 1] == ' ') --range.end;
  return range;
}

std::string_view slice(std::string_view text, Range range) {
  return text.substr(range.begin, range.end - range.begin);
}

/// True when the sentence holds more than spaces and its closing delimiter.
bool has_content(std::string_view text, Range range) {
  range.end -= suffix_size(slice(text, range), kSentenceEnds);
  return !slice(text, trimmed(text, range)).empty();
}

/// Sentences of a paragraph view, each ending with its delimiter (the last may have none).
std::vector<Range> sentence_ranges(std::string_view text) {
  std::vector<Range> sentences;
  size_t start = 0;
  auto close = [&](size_t end) {
    const Range sentence = trimmed(text, {start, end});
    if (has_content(text, sentence)) sentences.push_back(sentence);
    start = end;
  };
  for (size_t pos = 0; pos < text.size();) {
    const size_t delimiter = prefix_size(text.substr(pos), kSentenceEnds);
    if (delimiter == 0) {
      ++pos;
      continue;
    }
    pos += delimiter;
    close(pos);
  }
  if (start < text.size()) close(text.size());
  return sentences;
}

/// Start of the label that ends at `end`: just after the nearest label start mark at or
/// after `floor`. A bracketed part stays in the label ("一般公共服务(类)支出").
size_t label_begin(std::string_view text, size_t floor, size_t end) {
  int depth = 0;
  for (size_t pos = end; pos > floor; --pos) {
    const std::string_view before = text.substr(floor, pos - floor);
    if (suffix_size(before, kClosingBrackets) != 0) {
      ++depth;
      continue;
    }
    if (suffix_size(before, kLabelStarts) == 0) continue;
    if (depth == 0) return pos;
    if (before.ends_with("(") || before.ends_with("（")) --depth;
  }
  return floor;
}

/// The label proper: without a leading "其中" and trailing linking words ("为", "共计"…).
Range tidy_label(std::string_view text, Range label) {
  label = trimmed(text, label);
  if (slice(text, label).starts_with(kAmong)) label.begin += kAmong.size();
  for (size_t link = 1; link != 0;) {
    label = trimmed(text, label);
    link = suffix_size(slice(text, label), kLabelLinks);
    label.end -= link;
  }
  return trimmed(text, label);
}

/// Index of the sentence holding view byte `pos`, searching forward from `from`.
size_t sentence_at(const std::vector<Range>& sentences, size_t from, size_t pos) {
  while (from + 1 < sentences.size() && sentences[from].end <= pos) ++from;
  return from;
}

void add_amounts(Document& doc, const MatchingView& view, const std::vector<Range>& sentences,
                 uint32_t first_sentence) {
  size_t sentence = 0;
  size_t figure_end = 0;  // end of the previous figure in the same sentence
  for (auto& found : find_quantities(view)) {
    const size_t index = sentence_at(sentences, sentence, found.view_begin);
    if (index != sentence) figure_end = 0;
    const size_t floor =
        std::min(std::max(sentences[index].begin, figure_end), found.view_begin);
    const Range label = tidy_label(view.text, {label_begin(view.text, floor, found.view_begin),
                                               found.view_begin});
    NarrativeAmount amount;
    amount.quantity = std::move(found.quantity);
    amount.label = std::string(slice(view.text, label));
    amount.label_span = view.to_original(label.begin, label.end);
    amount.sentence = first_sentence + static_cast<uint32_t>(index);
    doc.amounts.push_back(std::move(amount));
    sentence = index;
    figure_end = found.view_end;
  }
}

void add_paragraph(Document& doc, ParagraphDraft& draft) {
  const auto paragraph_index = static_cast<uint32_t>(doc.paragraphs.size());
  const auto first_sentence = static_cast<uint32_t>(doc.sentences.size());
  const std::vector<Range> sentences = sentence_ranges(draft.view.text);
  Paragraph paragraph;
  paragraph.span = draft.view.to_original(0, draft.view.text.size());
  paragraph.numbering = std::move(draft.numbering);
  paragraph.section = draft.section;
  for (const Range range : sentences) {
    paragraph.sentences.push_back(static_cast<uint32_t>(doc.sentences.size()));
    doc.sentences.push_back({draft.view.to_original(range.begin, range.end),
                             std::string(slice(draft.view.text, range)), paragraph_index});
  }
  if (!sentences.empty()) add_amounts(doc, draft.view, sentences, first_sentence);
  paragraph.text = std::move(draft.view.text);
  doc.paragraphs.push_back(std::move(paragraph));
  if (draft.section < doc.sections.size()) {
    doc.sections[draft.section].paragraphs.push_back(paragraph_index);
  }
}

}  // namespace

void add_narrative(Document& doc, std::vector<ParagraphDraft> drafts) {
  for (auto& draft : drafts) add_paragraph(doc, draft);
}

void append_view(MatchingView& into, const MatchingView& next) {
  if (next.text.empty()) return;
  if (into.text.empty()) {
    into = next;
    return;
  }
  const bool exact = into.origin_end.size() == into.text.size() && next.origin_end.size() == next.text.size();
  const uint32_t line_end = into.origin.empty() ? 0 : into.origin.back();
  if (!into.origin.empty()) into.origin.pop_back();
  if (is_ascii_alnum(into.text.back()) && is_ascii_alnum(next.text.front())) {
    into.text.push_back(' ');  // stands for the line break between two words
    into.origin.push_back(line_end);
    into.origin_end.push_back(line_end);
  }
  into.text += next.text;
  into.origin.insert(into.origin.end(), next.origin.begin(), next.origin.end());
  if (exact) {
    into.origin_end.insert(into.origin_end.end(), next.origin_end.begin(), next.origin_end.end());
  } else {
    into.origin_end.clear();  // spans fall back to the looser origin-only rule
  }
}

}  // namespace gk::doc

// Breakdowns in the narrative: a trigger ("其中：", "主要用于以下方面：") between figures, the
// total written before it and the parts after it — in the same paragraph, and one part per
// following paragraph when the trigger ends its line.
#include "document/breakdown.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/word_lists.h"
#include "document/lines.h"

namespace gk::doc {
namespace {

// Longer words first: "主要用于以下方面" before "主要用于", "主要包括" before "包括".
constexpr WordList<7> kTriggers{{"主要用于以下方面", "主要用于", "主要包括", "其中", "包括", "分别为",
                                  "分别是"}};
// Marks that may stand between a trigger and the first part ("其中：", "其中，").
constexpr WordList<7> kJoiners{{" ", ",", ":", "、", "，", "：", "　"}};
// A sentence end closes a list of parts; "；" only separates its items.
constexpr std::array<std::string_view, 5> kSentenceEnds = {"。", "!", "?", "！", "？"};
constexpr std::array<std::string_view, 2> kClauseBreaks = {";", "；"};
// A change stated about a part ("比上年增加5万元") is no part of its own.
constexpr std::array<std::string_view, 8> kChangeWords = {"增加", "减少", "增长", "下降",
                                                          "降低", "比上年", "较上年", "同比"};
constexpr std::string_view kShareMark = "占";   // "占99.99%", "占基本支出的91.98%"
constexpr std::string_view kShareOf = "的";
constexpr std::string_view kShareRatio = "比";  // "占比81.24%": no base named
constexpr std::string_view kLeadInEnd = ":";    // "1.社会保障和就业：支出决算为26.42万元"

template <size_t N>
bool contains_any(std::string_view text, const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view word) { return text.find(word) != std::string_view::npos; });
}

/// True when `text` holds joining marks only (spaces, commas, colons, 、) or nothing.
bool only_joiners(std::string_view text) {
  while (!text.empty()) {
    const size_t size = prefix_size(text, kJoiners);
    if (size == 0) return false;
    text.remove_prefix(size);
  }
  return true;
}

struct Range {
  size_t begin = 0;
  size_t end = 0;
};

/// The last trigger word in `text`, if there is one.
std::optional<Range> last_trigger(std::string_view text) {
  std::optional<Range> found;
  for (size_t pos = 0; pos < text.size();) {
    const size_t size = prefix_size(text.substr(pos), kTriggers);
    if (size == 0) {
      ++pos;
      continue;
    }
    found = Range{pos, pos + size};
    pos += size;
  }
  return found;
}

bool is_money(const NarrativeAmount& amount) { return amount.quantity.kind == QuantityKind::Amount; }

bool is_share(const NarrativeAmount& amount) {
  return amount.quantity.kind == QuantityKind::Percentage && amount.label.starts_with(kShareMark);
}

/// An amount that can be a part: money, and not a change ("比上年增加").
bool may_be_part(const NarrativeAmount& amount) {
  return is_money(amount) && !contains_any(amount.label, kChangeWords);
}

/// "基本支出" from the label "占基本支出的" (or "占基本支出"); "" from "占" and "占比".
std::string share_base(std::string_view label) {
  label.remove_prefix(kShareMark.size());
  if (label.ends_with(kShareOf)) label.remove_suffix(kShareOf.size());
  if (label == kShareRatio) return {};
  return std::string(label);
}

// ---------------------------------------------------------------------------------------
// The text between figures

/// What is written before a figure, back to the previous figure of its paragraph (or the
/// paragraph's start), in the matching view; the figure's own label is its end.
struct Lead {
  uint32_t begin = 0;  ///< original offset where the lead starts
  std::string text;
  size_t label = 0;    ///< where the figure's label begins in `text`; text.size() if unlabelled

  std::string_view before_label() const { return std::string_view(text).substr(0, label); }
};

/// The view byte of a view that maps to original byte `offset` (or the first one after it).
size_t view_index(const MatchingView& view, uint32_t offset) {
  const auto at = std::lower_bound(view.origin.begin(), view.origin.end(), offset);
  return std::min(static_cast<size_t>(at - view.origin.begin()), view.text.size());
}

Lead lead_of(const Document& doc, uint32_t from, const NarrativeAmount& amount) {
  MatchingView view = matching_view(doc.source, {from, amount.quantity.span.begin});
  Lead lead;
  lead.begin = from;
  lead.label = amount.label.empty() ? view.text.size() : view_index(view, amount.label_span.begin);
  lead.text = std::move(view.text);
  return lead;
}

/// True when the lead ends with a trigger that the figure follows directly: "，其中：" +
/// "财政拨款收入", a label starting with the trigger ("主要用于会议费"), or one ending in it
/// ("…分别为" + the figure).
bool opens_breakdown(const Lead& lead) {
  const auto trigger = last_trigger(lead.text);
  if (!trigger) return false;
  const std::string_view text = lead.text;
  if (lead.label >= trigger->end) return only_joiners(text.substr(trigger->end, lead.label - trigger->end));
  if (lead.label >= trigger->begin) return true;
  return only_joiners(text.substr(trigger->end));
}

uint32_t label_start(const NarrativeAmount& amount) {
  return amount.label.empty() ? amount.quantity.span.begin : amount.label_span.begin;
}

/// True when the original breaks the line after the trigger ("其中：⏎人员经费…"): the parts
/// are then listed one per line, and the list goes on in the following paragraphs.
bool breaks_line_after_trigger(const Document& doc, const Lead& lead, const NarrativeAmount& amount) {
  const uint32_t label = label_start(amount);
  if (label < lead.begin) return false;
  const size_t line_break = doc.source.slice({lead.begin, label}).rfind('\n');
  if (line_break == std::string_view::npos) return false;
  const auto next_line = static_cast<uint32_t>(lead.begin + line_break + 1);
  return only_joiners(matching_text(doc.source, {next_line, label}).text);
}

/// The amounts of one paragraph, Document::amounts[first, end()), with their leads.
struct Figures {
  uint32_t first = 0;
  std::vector<Lead> leads;  ///< leads[i] is written before amount first + i
  Lead tail;                ///< after the last figure, to the paragraph's end

  uint32_t end() const { return first + static_cast<uint32_t>(leads.size()); }
  const Lead& lead(uint32_t amount) const { return leads[amount - first]; }
};

struct AmountRange {
  uint32_t first = 0;
  uint32_t end = 0;
};

std::vector<AmountRange> amounts_by_paragraph(const Document& doc) {
  std::vector<AmountRange> ranges(doc.paragraphs.size());
  for (uint32_t i = 0; i < doc.amounts.size(); ++i) {
    auto& range = ranges[doc.sentences[doc.amounts[i].sentence].paragraph];
    if (range.first == range.end) range.first = i;
    range.end = i + 1;
  }
  return ranges;
}

/// Where a paragraph's words start: after its numbering ("1、"), if it has one.
uint32_t text_start(const Paragraph& paragraph) {
  const auto& numbering = paragraph.numbering;
  if (!numbering || numbering->span.end > paragraph.span.end) return paragraph.span.begin;
  return std::max(paragraph.span.begin, numbering->span.end);
}

Figures figures_of(const Document& doc, const std::vector<AmountRange>& ranges, uint32_t paragraph) {
  Figures figures;
  figures.first = ranges[paragraph].first;
  uint32_t from = text_start(doc.paragraphs[paragraph]);
  for (uint32_t i = ranges[paragraph].first; i < ranges[paragraph].end; ++i) {
    figures.leads.push_back(lead_of(doc, from, doc.amounts[i]));
    from = doc.amounts[i].quantity.span.end;
  }
  figures.tail.text = matching_text(doc.source, {from, doc.paragraphs[paragraph].span.end}).text;
  figures.tail.label = figures.tail.text.size();
  return figures;
}

// ---------------------------------------------------------------------------------------
// Totals and parts

/// The share "占p%" written directly after amount `i` in the same clause, if any.
std::optional<uint32_t> share_after(const Document& doc, const Figures& figures, uint32_t i) {
  const uint32_t next = i + 1;
  if (next >= figures.end() || !is_share(doc.amounts[next])) return std::nullopt;
  if (!only_joiners(figures.lead(next).before_label())) return std::nullopt;
  return next;
}

BreakdownPart part_at(const Document& doc, const Figures& figures, uint32_t i) {
  BreakdownPart part;
  part.amount = i;
  part.share = share_after(doc, figures, i);
  if (part.share) part.share_base = share_base(doc.amounts[*part.share].label);
  return part;
}

/// The total of a trigger written before amount `at`: the last amount before it in the
/// paragraph — unless that amount is one item of a list with shares ("A 1万元，占10%，
/// B 9万元，占90%。其中：" goes on about the whole list, not about B).
std::optional<uint32_t> total_before(const Document& doc, const Figures& figures, uint32_t at) {
  for (uint32_t i = at; i-- > figures.first;) {
    if (!is_money(doc.amounts[i])) continue;
    const bool listed = i > figures.first && is_share(doc.amounts[i - 1]) &&
                        share_after(doc, figures, i).has_value();
    if (listed) return std::nullopt;
    return i;
  }
  return std::nullopt;
}

/// True when amount `i` restates the total's figure for the current part ("因公出国(境)费
/// 支出预算为0万元，支出决算为0万元" under the total "支出决算").
bool restates_total(const Document& doc, uint32_t total, uint32_t i) {
  const auto& label = doc.amounts[i].label;
  return !label.empty() && label == doc.amounts[total].label;
}

/// The parts from amount `first_part` on, in the trigger's paragraph: up to a sentence end
/// or a nested breakdown; a list separated by "，"/"、" also ends at a "；".
std::vector<BreakdownPart> parts_in_paragraph(const Document& doc, const Figures& figures,
                                              uint32_t total, uint32_t first_part) {
  std::vector<BreakdownPart> parts;
  bool semicolon_list = false;  // the list's items are separated by "；"
  bool clause_break = false;    // a "；" since the last part
  for (uint32_t i = first_part; i < figures.end(); ++i) {
    const Lead& lead = figures.lead(i);
    if (i > first_part) {
      if (contains_any(lead.text, kSentenceEnds) || opens_breakdown(lead)) break;
      clause_break = clause_break || contains_any(lead.text, kClauseBreaks);
    }
    if (!may_be_part(doc.amounts[i])) continue;
    if (!parts.empty() && restates_total(doc, total, i)) {
      parts.back() = part_at(doc, figures, i);
      continue;
    }
    if (parts.size() == 1) semicolon_list = clause_break;
    if (parts.size() > 1 && clause_break && !semicolon_list) break;
    parts.push_back(part_at(doc, figures, i));
    clause_break = false;
  }
  return parts;
}

/// True when the paragraph starts with a labelled amount, perhaps after a lead-in ending
/// in "：" ("1.社会保障和就业：支出决算为26.42万元").
bool starts_with_part(const Document& doc, const Figures& figures) {
  if (figures.leads.empty() || !may_be_part(doc.amounts[figures.first])) return false;
  const Lead& lead = figures.leads.front();
  if (lead.label == lead.text.size()) return false;
  std::string_view before = lead.before_label();
  while (before.ends_with(' ')) before.remove_suffix(1);
  if (only_joiners(before)) return true;
  return before.ends_with(kLeadInEnd) && !contains_any(before, kSentenceEnds) &&
         !contains_any(before, kClauseBreaks);
}

/// The part a following paragraph states: the amount of its first sentence labelled like
/// the total ("…预算为0万元，支出决算为0万元" under "支出决算"), else its first amount.
uint32_t stated_part(const Document& doc, const Figures& figures, uint32_t total) {
  for (uint32_t i = figures.first; i < figures.end(); ++i) {
    if (i > figures.first && contains_any(figures.lead(i).text, kSentenceEnds)) break;
    if (is_money(doc.amounts[i]) && restates_total(doc, total, i)) return i;
  }
  return figures.first;
}

/// True when a line break follows a trigger that opens a breakdown in the paragraph: the
/// paragraph announces a list of its own ("…决算数为46.42万元。其中：").
bool announces_list(const Document& doc, const Figures& figures) {
  if (opens_breakdown(figures.tail)) return true;
  for (uint32_t i = figures.first; i < figures.end(); ++i) {
    const Lead& lead = figures.lead(i);
    if (opens_breakdown(lead) && breaks_line_after_trigger(doc, lead, doc.amounts[i])) return true;
  }
  return false;
}

/// True when paragraph `next` goes on with the list whose last item is `previous`: both
/// unnumbered, or numbered in the same style one after the other ("1、" then "2、").
bool continues_list(const Paragraph& previous, const Paragraph& next) {
  if (!previous.numbering || !next.numbering) return !previous.numbering && !next.numbering;
  return previous.numbering->style == next.numbering->style &&
         next.numbering->value == previous.numbering->value + 1;
}

/// One part per paragraph after `paragraph` in its section, while each starts with a part,
/// continues the list's numbering and announces no list of its own.
std::vector<BreakdownPart> parts_in_following(const Document& doc, const std::vector<AmountRange>& ranges,
                                              uint32_t paragraph, uint32_t total) {
  const auto& siblings = doc.sections[doc.paragraphs[paragraph].section].paragraphs;
  auto next = std::find(siblings.begin(), siblings.end(), paragraph);
  std::vector<BreakdownPart> parts;
  if (next == siblings.end()) return parts;
  for (++next; next != siblings.end(); ++next) {
    if (!parts.empty() && !continues_list(doc.paragraphs[*(next - 1)], doc.paragraphs[*next])) break;
    const Figures figures = figures_of(doc, ranges, *next);
    if (!starts_with_part(doc, figures) || announces_list(doc, figures)) break;
    parts.push_back(part_at(doc, figures, stated_part(doc, figures, total)));
  }
  return parts;
}

void add_breakdown(Document& doc, uint32_t total, std::vector<BreakdownPart> parts) {
  if (parts.empty()) return;
  Breakdown breakdown;
  breakdown.total = total;
  breakdown.section = doc.paragraphs[doc.sentences[doc.amounts[total].sentence].paragraph].section;
  breakdown.span = {label_start(doc.amounts[total]), doc.amounts[total].quantity.span.end};
  for (const auto& part : parts) {
    const uint32_t last = part.share.value_or(part.amount);
    breakdown.span.end = std::max(breakdown.span.end, doc.amounts[last].quantity.span.end);
  }
  breakdown.parts = std::move(parts);
  doc.breakdowns.push_back(std::move(breakdown));
}

void scan_paragraph(Document& doc, const std::vector<AmountRange>& ranges, uint32_t paragraph) {
  if (ranges[paragraph].first == ranges[paragraph].end) return;  // no figure, no total
  const Figures figures = figures_of(doc, ranges, paragraph);
  for (uint32_t i = figures.first; i < figures.end(); ++i) {
    const auto& amount = doc.amounts[i];
    if (amount.label.empty() || !may_be_part(amount) || !opens_breakdown(figures.lead(i))) continue;
    const auto total = total_before(doc, figures, i);
    if (!total) continue;
    auto parts = parts_in_paragraph(doc, figures, *total, i);
    // The list goes on in the following paragraphs when at most its first item is in this
    // one; a paragraph that lists several ("货物…、工程…、服务…。") holds the whole list
    // (a PDF converter breaks the line after "其中：" wherever the line is full).
    if (parts.size() <= 1 && breaks_line_after_trigger(doc, figures.lead(i), amount)) {
      const auto following = parts_in_following(doc, ranges, paragraph, *total);
      parts.insert(parts.end(), following.begin(), following.end());
    }
    add_breakdown(doc, *total, std::move(parts));
  }
  if (!opens_breakdown(figures.tail)) return;  // a trigger ending the paragraph: "…其中："
  if (const auto total = total_before(doc, figures, figures.end())) {
    add_breakdown(doc, *total, parts_in_following(doc, ranges, paragraph, *total));
  }
}

}  // namespace

void find_breakdowns(Document& doc) {
  const std::vector<AmountRange> ranges = amounts_by_paragraph(doc);
  for (uint32_t paragraph = 0; paragraph < doc.paragraphs.size(); ++paragraph) {
    scan_paragraph(doc, ranges, paragraph);
  }
}

}  // namespace gk::doc

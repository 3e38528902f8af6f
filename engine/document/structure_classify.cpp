// Tells headings from numbered paragraphs (list items, definitions) and plain text lines.
#include <algorithm>
#include <array>

#include "base/unicode.h"
#include "document/structure_internal.h"

namespace gk::doc::structure {
namespace {

constexpr size_t kMaxHeadingChars = 50;  // longer numbered lines are list items
constexpr size_t kFullLinePercent = 85;  // of the wrap width: a line the converter broke
constexpr size_t kMaxRunInChars = 20;    // "（一）内设机构设置。正文…"
constexpr size_t kMaxStatementHeadingChars = 30;  // "（一）…总体情况说明。" vs a duty ending in 。
constexpr std::array<std::string_view, 7> kDelimiters = {"。", ":", ";", ",", "!", "?", "；"};

/// A digit followed by a money unit or "%": headings never state figures.
bool states_a_figure(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') continue;
    const std::string_view after = text.substr(i + 1);
    if (after.starts_with("万元") || after.starts_with("亿元") || after.starts_with("元") ||
        after.starts_with("%")) {
      return true;
    }
  }
  return false;
}

/// Byte offset of the first clause or sentence delimiter, or npos.
size_t first_delimiter(std::string_view text, std::string_view* which) {
  size_t best = std::string_view::npos;
  for (auto d : kDelimiters) {
    const size_t at = text.find(d);
    if (at < best) {
      best = at;
      *which = d;
    }
  }
  return best;
}

std::string_view trim_end_punctuation(std::string_view text) {
  for (bool changed = true; changed && !text.empty();) {
    changed = false;
    for (std::string_view p : {"。", ":", ";", " "}) {
      if (text.ends_with(p)) {
        text.remove_suffix(p.size());
        changed = true;
      }
    }
  }
  return text;
}

size_t count_of(std::string_view text, std::string_view what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

/// A 科目 path "…(类)…(款)…(项)" is a heading however long, with or without its "。".
bool is_subject_path(std::string_view text) {
  return text.find("(类)") != std::string_view::npos || text.find("(项)") != std::string_view::npos;
}

/// A numbered sentence ending in "。" that is long or enumerates with "、" is a list item
/// ("（一）贯彻执行国家、省、市关于…的法律法规。"), not a heading.
bool reads_as_statement(std::string_view rest, std::string_view body) {
  if (!rest.ends_with("。") || is_subject_path(body)) return false;
  return char_count(body) > kMaxStatementHeadingChars || count_of(body, "、") >= 2;
}

ClassifiedLine classify_numbered(const Line& line, const NumberPrefix& prefix) {
  ClassifiedLine c;
  c.prefix = prefix;
  c.role = LineRole::Heading;
  if (prefix.numbering.style == NumberingStyle::Part) return c;
  const std::string_view rest = std::string_view(line.view.text).substr(prefix.rest);
  if (rest.empty()) return c;
  if (states_a_figure(rest)) {
    c.role = LineRole::NumberedParagraph;
    return c;
  }
  const std::string_view body = trim_end_punctuation(rest);
  std::string_view delimiter;
  const size_t at = first_delimiter(body, &delimiter);
  if (at == std::string_view::npos) {
    if (char_count(body) > kMaxHeadingChars || reads_as_statement(rest, body)) {
      c.role = LineRole::NumberedParagraph;
    }
    return c;
  }
  if (delimiter == "。" && (char_count(body.substr(0, at)) <= kMaxRunInChars || is_subject_path(body.substr(0, at)))) {
    c.run_in_end = prefix.rest + at + delimiter.size();
    return c;
  }
  c.role = LineRole::NumberedParagraph;
  return c;
}

bool ends_with_full_stop(const Line& line) {
  return std::string_view(line.view.text).ends_with("。");
}

/// In a run of same-style items where most are paragraphs (a list of duties, say), the short
/// ones ending in "。" and the run-in ones are list items too.
void demote_list_items(Lines lines, std::vector<ClassifiedLine>& classes,
                       const std::vector<size_t>& run) {
  size_t paragraphs = 0;
  for (size_t i : run) paragraphs += classes[i].role == LineRole::NumberedParagraph;
  if (paragraphs * 2 <= run.size()) return;
  for (size_t i : run) {
    auto& c = classes[i];
    if (c.role == LineRole::Heading && (c.run_in_end > 0 || ends_with_full_stop(lines[i]))) {
      c.role = LineRole::NumberedParagraph;
      c.run_in_end = 0;
    }
  }
}

/// Groups numbered lines into runs: same style, values increasing, no line of a
/// higher-ranked style in between.
void demote_by_runs(Lines lines, std::vector<ClassifiedLine>& classes) {
  std::array<std::vector<size_t>, 5> runs;
  auto flush = [&](int from_rank) {
    for (int r = from_rank; r < 5; ++r) {
      if (!runs[r].empty()) demote_list_items(lines, classes, runs[r]);
      runs[r].clear();
    }
  };
  for (size_t i = 0; i < classes.size(); ++i) {
    if (!classes[i].prefix || classes[i].role == LineRole::Skip) continue;
    const auto& n = classes[i].prefix->numbering;
    const int r = rank(n.style);
    auto& run = runs[r];
    const bool restarts = !run.empty() && classes[run.back()].prefix->numbering.value >= n.value;
    flush(restarts ? r : r + 1);
    runs[r].push_back(i);
  }
  flush(0);
}

/// Section titles of the genre end in these words (…决算总体情况, …情况说明, 主要职能,
/// 单位构成): a full line that ends so is a heading, not a wrapped item.
bool ends_like_a_title(std::string_view title) {
  static constexpr std::array<std::string_view, 5> kEndings = {"情况", "说明", "职能", "构成", "解释"};
  return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view e) { return title.ends_with(e); });
}

size_t next_content(const std::vector<ClassifiedLine>& classes, size_t i) {
  size_t j = i + 1;
  while (j < classes.size() && classes[j].role == LineRole::Blank) ++j;
  return j;
}

/// The width at which the converter wrapped running text: the median width of text lines
/// that run on into the next line (no sentence end). 0 when there are too few to tell.
size_t wrap_width(Lines lines, const std::vector<ClassifiedLine>& classes) {
  constexpr size_t kMinSamples = 8;
  std::vector<size_t> widths;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (classes[i].role != LineRole::Text) continue;
    const size_t j = next_content(classes, i);  // pdfminer puts a blank line after every line
    if (j - i > 2 || j >= lines.size() || classes[j].role != LineRole::Text) continue;
    const std::string_view t = lines[i].view.text;
    if (t.ends_with("。") || t.ends_with(";") || t.ends_with(":") || t.ends_with("；")) continue;
    widths.push_back(unicode::display_width(t));
  }
  if (widths.size() < kMinSamples) return 0;
  std::nth_element(widths.begin(), widths.begin() + static_cast<long>(widths.size() / 2), widths.end());
  return widths[widths.size() / 2];
}

/// A numbered line the converter wrapped: it fills the line (or holds only its number) and
/// runs on into an unnumbered line; read together they are a numbered paragraph (a duty, a
/// 科目 item with its figures), not a heading.
void demote_wrapped_items(Lines lines, std::vector<ClassifiedLine>& classes, const std::vector<TocEntry>& toc) {
  const size_t width = wrap_width(lines, classes);
  auto in_toc = [&](std::string_view title) {
    return std::any_of(toc.begin(), toc.end(), [&](const TocEntry& e) { return e.title == title; });
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    auto& c = classes[i];
    if (c.role != LineRole::Heading || !c.prefix || c.prefix->numbering.style == NumberingStyle::Part || c.run_in_end)
      continue;
    const size_t j = next_content(classes, i);
    if (j >= lines.size() || classes[j].role != LineRole::Text) continue;
    const std::string_view text = lines[i].view.text;
    const std::string_view rest = text.substr(c.prefix->rest);
    const bool bare = rest.empty();
    const bool full = width > 0 && unicode::display_width(text) * 100 >= width * kFullLinePercent && !text.ends_with(")") &&
                      !text.ends_with("。") && !text.ends_with(":");
    const bool dangling = text.ends_with("、");  // broken after an enumeration comma
    if ((!bare && !full && !dangling) || in_toc(trim_end_punctuation(rest)) || ends_like_a_title(rest)) continue;
    Line joined = lines[i];
    joined.view.text += lines[j].view.text;
    const auto as_one = classify_numbered(joined, *c.prefix);
    const std::string_view next = lines[j].view.text;
    const bool runs_on = width > 0 && unicode::display_width(next) * 100 >= width * kFullLinePercent && !next.ends_with("。");
    if (bare && runs_on) {  // "（八）" alone, its text filling the next lines
      c.role = LineRole::NumberedParagraph;
      continue;
    }
    if (is_subject_path(std::string_view(joined.view.text).substr(c.prefix->rest))) continue;  // a 科目 heading
    if (as_one.role == LineRole::NumberedParagraph || dangling || (full && as_one.run_in_end))
      c.role = LineRole::NumberedParagraph;
  }
}

}  // namespace

size_t char_count(std::string_view text) { return unicode::length(text); }

void demote_wrapped_lines(Lines lines, std::vector<ClassifiedLine>& classes, const std::vector<TocEntry>& toc) {
  demote_wrapped_items(lines, classes, toc);
  demote_by_runs(lines, classes);  // runs now mostly paragraphs demote their short items too
}

std::vector<ClassifiedLine> classify_lines(Lines lines,
                                           const std::vector<bool>& consumed) {
  std::vector<ClassifiedLine> classes(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    auto& c = classes[i];
    if (consumed[i]) {
      c.role = LineRole::Skip;
    } else if (lines[i].blank) {
      c.role = LineRole::Blank;
    } else if (auto prefix = parse_number_prefix(lines[i].view)) {
      c = classify_numbered(lines[i], *prefix);
    } else {
      c.role = LineRole::Text;
    }
  }
  demote_by_runs(lines, classes);
  return classes;
}

MatchingView slice_view(const MatchingView& view, size_t begin, size_t end) {
  MatchingView out;
  begin = std::min(begin, view.text.size());
  end = std::clamp(end, begin, view.text.size());
  out.text = view.text.substr(begin, end - begin);
  out.origin.assign(view.origin.begin() + static_cast<long>(begin),
                    view.origin.begin() + static_cast<long>(end) + 1);
  if (view.origin_end.size() == view.text.size()) {
    out.origin_end.assign(view.origin_end.begin() + static_cast<long>(begin),
                          view.origin_end.begin() + static_cast<long>(end));
  }
  return out;
}

std::string heading_title(const MatchingView& view, size_t rest, size_t end) {
  std::string_view t = std::string_view(view.text).substr(0, end);
  t = t.substr(std::min(rest, t.size()));
  return std::string(trim_end_punctuation(t));
}

}  // namespace gk::doc::structure

// Physical lines and their matching views: conversion noise removed, NFKC per character,
// whitespace dropped or folded, and an exact byte map back to the original.
#include "document/lines.h"

#include <algorithm>
#include <cstring>

#include "base/unicode.h"

namespace gk::doc {
namespace {

constexpr std::string_view kBookmark = "[bookmark:";
constexpr std::string_view kEmphasis = "**";

bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// Full-width digits and letters: they become ASCII, and so do the spaces around them.
bool is_fullwidth_alphanumeric(char32_t cp) {
  return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
         (cp >= 0xFF41 && cp <= 0xFF5A);
}

/// Characters next to which whitespace is conversion noise.
bool is_cjk(char32_t cp) {
  return unicode::is_han(cp) || (unicode::is_cjk_punctuation(cp) && !is_fullwidth_alphanumeric(cp));
}

bool contains_cjk(std::string_view utf8) {
  for (size_t pos = 0; pos < utf8.size();) {
    if (is_cjk(unicode::next_code_point(utf8, pos))) return true;
  }
  return false;
}

/// Invisible characters that conversion leaves behind; removed without leaving a space.
bool is_invisible(char32_t cp) {
  return cp == 0xFEFF || cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060;
}

/// List dashes removed at the start of a line when a space follows: "- ", "• ", "· ".
bool is_list_dash(char32_t cp) { return cp == '-' || cp == 0x2022 || cp == 0x00B7; }

/// Appends kept characters and whitespace decisions to a MatchingView; without `kWithMap`,
/// only the text and the original span it covers are kept.
template <bool kWithMap>
class ViewBuilder {
 public:
  /// Room for the span's bytes: NFKC rarely makes text longer (push() grows when it does).
  explicit ViewBuilder(Span span) : last_end_(span.begin) { grow(span.size()); }

  /// Keeps a run of CJK ideographs (U+4E00–U+9FFF, three bytes each, NFKC-inert): the bulk
  /// of the text, copied in one go. `original` is the run's bytes, starting at `begin`.
  void keep_han_run(uint32_t begin, std::string_view original) {
    flush_space(true);
    const size_t n = original.size();
    if (size_ + n > capacity_) grow(std::max(size_ + n, 2 * capacity_));
    std::memcpy(view_.text.data() + size_, original.data(), n);
    if constexpr (kWithMap) {
      uint32_t* origin = view_.origin.data() + size_;
      uint32_t* origin_end = view_.origin_end.data() + size_;
      for (uint32_t i = 0; i < n; i += 3) {
        origin[i] = origin[i + 1] = origin[i + 2] = begin + i;
        origin_end[i] = origin_end[i + 1] = origin_end[i + 2] = begin + i + 3;
      }
    } else if (size_ == 0) {
      first_begin_ = begin;
    }
    size_ += n;
    last_end_ = begin + static_cast<uint32_t>(n);
    previous_cjk_ = true;
  }

  void keep_ascii(uint32_t offset, char c) {
    flush_space(false);
    push(std::string_view(&c, 1), offset, offset + 1);
    previous_cjk_ = false;
  }

  /// Keeps character `cp`, whose original bytes are `original` at [begin, end).
  void keep(uint32_t begin, uint32_t end, char32_t cp, std::string_view original) {
    if (unicode::is_han(cp) && cp <= 0x9FFF) {  // the bulk of the text: NFKC-inert
      flush_space(true);
      push(original, begin, end);
      previous_cjk_ = true;
      return;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII ("，", "（", "２"): NFKC makes it ASCII
      const bool cjk = !is_fullwidth_alphanumeric(cp);
      const char ascii = static_cast<char>(cp - 0xFEE0);
      flush_space(cjk);
      push(std::string_view(&ascii, 1), begin, end);
      previous_cjk_ = cjk;
      return;
    }
    normalized_.clear();
    unicode::append_nfkc(normalized_, cp);
    const bool cjk = is_cjk(cp) || (normalized_.size() > 1 && contains_cjk(normalized_));
    flush_space(cjk);
    push(normalized_, begin, end);
    previous_cjk_ = cjk;
  }

  void whitespace(uint32_t begin, uint32_t end) {
    if (!space_pending_) space_begin_ = begin;
    space_pending_ = true;
    space_end_ = end;
  }

  /// The text alone, and the original bytes from its first kept character to its last.
  ViewText finish_text() {
    view_.text.resize(size_);
    const Span covered = size_ == 0 ? Span{last_end_, last_end_} : Span{first_begin_, last_end_};
    return {std::move(view_.text), covered};
  }

  MatchingView finish() {
    view_.text.resize(size_);
    view_.origin.resize(size_ + 1);
    view_.origin[size_] = last_end_;
    view_.origin_end.resize(size_);
    return std::move(view_);
  }

 private:
  /// A pending whitespace run becomes one space between two non-CJK characters.
  void flush_space(bool next_cjk) {
    if (space_pending_ && size_ > 0 && !previous_cjk_ && !next_cjk) {
      push(" ", space_begin_, space_end_);
    }
    space_pending_ = false;
  }

  /// Writes in place: this runs for every character of every line.
  void push(std::string_view bytes, uint32_t begin, uint32_t end) {
    const size_t n = bytes.size();
    if (size_ + n > capacity_) grow(std::max(size_ + n, 2 * capacity_));
    if (n == 1) view_.text[size_] = bytes[0];  // most often: no call to memcpy
    else std::memcpy(view_.text.data() + size_, bytes.data(), n);
    if constexpr (kWithMap) {
      uint32_t* origin = view_.origin.data() + size_;
      uint32_t* origin_end = view_.origin_end.data() + size_;
      for (size_t i = 0; i < n; ++i) {
        origin[i] = begin;
        origin_end[i] = end;
      }
    } else if (size_ == 0) {
      first_begin_ = begin;
    }
    size_ += n;
    last_end_ = end;
  }

  void grow(size_t capacity) {
    capacity_ = capacity;
    view_.text.resize(capacity_);
    if constexpr (kWithMap) {
      view_.origin.resize(capacity_ + 1);
      view_.origin_end.resize(capacity_);
    }
  }

  MatchingView view_;  // sized to capacity_ while building; size_ bytes are used
  uint32_t first_begin_ = 0;  // original start of the first kept character (without map)
  size_t size_ = 0;
  size_t capacity_ = 0;
  std::string normalized_;  // NFKC of the current character, reused
  uint32_t last_end_;
  bool previous_cjk_ = false;
  bool space_pending_ = false;
  uint32_t space_begin_ = 0;
  uint32_t space_end_ = 0;
};

/// Walks the original bytes of a span once, feeding a ViewBuilder.
template <bool kWithMap>
class ViewScanner {
 public:
  ViewScanner(std::string_view text, Span span)
      : text_(text.substr(0, span.end)), pos_(span.begin), builder_(span) {}

  ViewBuilder<kWithMap>& scan() {
    while (pos_ < text_.size()) step();
    return builder_;
  }

 private:
  void step() {
    const auto c = static_cast<unsigned char>(text_[pos_]);
    if (const size_t noise = noise_length(c)) {
      pos_ += static_cast<uint32_t>(noise);
    } else if (c < 0x80) {
      ascii(c);
    } else if (is_common_han(pos_)) {
      uint32_t end = pos_ + 3;
      while (is_common_han(end)) end += 3;
      builder_.keep_han_run(pos_, text_.substr(pos_, end - pos_));
      line_start_ = false;
      pos_ = end;
    } else {
      size_t next = pos_;
      const char32_t cp = unicode::next_code_point(text_, next);
      other(cp, static_cast<uint32_t>(next));
    }
  }

  void ascii(unsigned char c) {
    if (is_ascii_space(c)) {
      builder_.whitespace(pos_, pos_ + 1);
      line_start_ = line_start_ || c == '\n';
    } else if (!drops_list_dash(c, pos_ + 1)) {
      builder_.keep_ascii(pos_, static_cast<char>(c));
      line_start_ = false;
    }
    ++pos_;
  }

  void other(char32_t cp, uint32_t next) {
    if (is_invisible(cp)) {
      // nothing kept, nothing folded
    } else if (unicode::is_space(cp)) {
      builder_.whitespace(pos_, next);
    } else if (!drops_list_dash(cp, next)) {
      builder_.keep(pos_, next, cp, text_.substr(pos_, next - pos_));
      line_start_ = false;
    }
    pos_ = next;
  }

  bool is_common_han(size_t at) const {
    return unicode::common_han_at(reinterpret_cast<const unsigned char*>(text_.data()), at, text_.size());
  }

  /// At the start of a line, a list dash followed by whitespace is dropped.
  bool drops_list_dash(char32_t cp, size_t next) {
    if (!line_start_ || !is_list_dash(cp) || next >= text_.size()) return false;
    if (!unicode::is_space(unicode::next_code_point(text_, next))) return false;
    line_start_ = false;
    return true;
  }

  /// Length of a "**" or "[bookmark: …]" marker at the current position, or 0.
  size_t noise_length(unsigned char c) const {
    const std::string_view rest = text_.substr(pos_);
    if (c == '*') return rest.starts_with(kEmphasis) ? kEmphasis.size() : 0;
    if (c != '[' || !rest.starts_with(kBookmark)) return 0;
    const size_t close = rest.find_first_of("]\n", kBookmark.size());
    return close != std::string_view::npos && rest[close] == ']' ? close + 1 : 0;
  }

  std::string_view text_;
  uint32_t pos_;
  ViewBuilder<kWithMap> builder_;
  bool line_start_ = true;
};

/// True when `bytes` are their own matching view: printable ASCII other than "*" and "["
/// (where noise markers start) and CJK ideographs U+4E00–U+9FFF, no whitespace. Most table
/// cells are such text (figures, names).
bool is_own_view(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t size = bytes.size();
  for (size_t i = 0; i < size;) {
    const unsigned char c = p[i];
    if (c > 0x20 && c < 0x7F && c != '*' && c != '[') {
      ++i;
    } else if (c >= 0xE4 && c <= 0xE9 && size - i >= 3 && (p[i + 1] & 0xC0) == 0x80 &&
               (p[i + 2] & 0xC0) == 0x80 && (c != 0xE4 || p[i + 1] >= 0xB8)) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

std::vector<Span> tab_fields(std::string_view original, uint32_t base) {
  std::vector<Span> fields;
  size_t begin = 0;
  while (true) {
    const size_t tab = original.find('\t', begin);
    const size_t end = tab == std::string_view::npos ? original.size() : tab;
    fields.push_back({base + static_cast<uint32_t>(begin), base + static_cast<uint32_t>(end)});
    if (tab == std::string_view::npos) return fields;
    begin = tab + 1;
  }
}

uint32_t leading_whitespace(std::string_view original) {
  uint32_t count = 0;
  for (size_t pos = 0; pos < original.size(); ++count) {
    if (!unicode::is_space(unicode::next_code_point(original, pos))) break;
  }
  return count;
}

Line make_line(const SourceText& source, uint32_t number) {
  Line line;
  line.number = number;
  line.span = source.line_span(number);
  line.view = matching_view(source, line.span);
  line.blank = line.view.text.empty();
  const std::string_view original = source.slice(line.span);
  line.tabbed = original.find('\t') != std::string_view::npos;
  if (line.tabbed) line.fields = tab_fields(original, line.span.begin);  // most lines: none
  line.indent = leading_whitespace(original);
  return line;
}

}  // namespace

MatchingView matching_view(const SourceText& source, Span span) {
  const auto size = static_cast<uint32_t>(source.text().size());
  span.end = std::min(span.end, size);
  span.begin = std::min(span.begin, span.end);
  return ViewScanner<true>(source.text(), span).scan().finish();
}

ViewText matching_text(const SourceText& source, Span span) {
  const auto size = static_cast<uint32_t>(source.text().size());
  span.end = std::min(span.end, size);
  span.begin = std::min(span.begin, span.end);
  const std::string_view original = std::string_view(source.text()).substr(span.begin, span.size());
  if (is_own_view(original)) return {std::string(original), span};
  return ViewScanner<false>(source.text(), span).scan().finish_text();
}

std::vector<Line> split_lines(const SourceText& source) {
  uint32_t count = source.line_count();
  if (source.text().empty()) return {};
  if (source.text().back() == '\n') --count;
  std::vector<Line> lines;
  lines.reserve(count);
  for (uint32_t number = 1; number <= count; ++number) lines.push_back(make_line(source, number));
  return lines;
}

}  // namespace gk::doc

// Substring search tuned for Chinese UTF-8 text, where the first byte of a needle (0xE4–0xE9
// for most Han characters) occurs at every third byte: candidates are found by the needle's
// last byte, which is far rarer, then compared whole.
#pragma once

#include <cstring>
#include <string_view>

namespace gk {

/// The first position at or after `from` where `needle` occurs in `text`; npos when none.
inline size_t find_text(std::string_view text, std::string_view needle, size_t from = 0) {
  if (needle.empty()) return from <= text.size() ? from : std::string_view::npos;
  if (from >= text.size() || needle.size() > text.size() - from) return std::string_view::npos;
  const size_t last = needle.size() - 1;
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* p = begin + from + last;
       (p = static_cast<const char*>(std::memchr(p, needle[last], static_cast<size_t>(end - p)))) != nullptr; ++p) {
    if (std::memcmp(p - last, needle.data(), last) == 0) return static_cast<size_t>(p - last - begin);
  }
  return std::string_view::npos;
}

inline bool contains_text(std::string_view text, std::string_view needle) {
  return find_text(text, needle) != std::string_view::npos;
}

}  // namespace gk

// Matching a text's start or end against a short list of words (sentence ends, label marks,
// linking words). These run for every byte of every paragraph, so a word is compared only
// when its first (or last) byte already matches.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace gk {

/// Size of the first word of `words` that `text` starts with, or 0.
template <size_t N>
size_t prefix_size(std::string_view text, const std::array<std::string_view, N>& words) {
  if (text.empty()) return 0;
  for (const auto word : words) {
    if (word.front() == text.front() && text.starts_with(word)) return word.size();
  }
  return 0;
}

/// Size of the first word of `words` that `text` ends with, or 0.
template <size_t N>
size_t suffix_size(std::string_view text, const std::array<std::string_view, N>& words) {
  if (text.empty()) return 0;
  for (const auto word : words) {
    if (word.back() == text.back() && text.ends_with(word)) return word.size();
  }
  return 0;
}

}  // namespace gk

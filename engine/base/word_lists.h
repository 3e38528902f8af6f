// Matching a text's start or end against a short list of words (sentence ends, label marks,
// linking words). These run for every byte of every paragraph, so a list knows which bytes
// its words start and end with, and a word is compared only when that byte matches.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace gk {

template <size_t N>
class WordList {
 public:
  constexpr WordList(std::array<std::string_view, N> words) : words_(words) {  // NOLINT: implicit
    for (const auto word : words_) {
      first_[static_cast<unsigned char>(word.front())] = true;
      last_[static_cast<unsigned char>(word.back())] = true;
    }
  }

  /// Size of the first word that `text` starts with, or 0.
  constexpr size_t prefix_of(std::string_view text) const {
    if (text.empty() || !first_[static_cast<unsigned char>(text.front())]) return 0;
    for (const auto word : words_) {
      if (text.starts_with(word)) return word.size();
    }
    return 0;
  }

  /// Size of the first word that `text` ends with, or 0.
  constexpr size_t suffix_of(std::string_view text) const {
    if (text.empty() || !last_[static_cast<unsigned char>(text.back())]) return 0;
    for (const auto word : words_) {
      if (text.ends_with(word)) return word.size();
    }
    return 0;
  }

  constexpr const std::array<std::string_view, N>& words() const { return words_; }

 private:
  std::array<std::string_view, N> words_;
  std::array<bool, 256> first_{};
  std::array<bool, 256> last_{};
};

template <size_t N>
size_t prefix_size(std::string_view text, const WordList<N>& words) {
  return words.prefix_of(text);
}

template <size_t N>
size_t suffix_size(std::string_view text, const WordList<N>& words) {
  return words.suffix_of(text);
}

}  // namespace gk

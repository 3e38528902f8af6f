// Matching a text's start or end against a short list of words (sentence ends, label marks,
// linking words). These run for every byte of every paragraph, so a list knows which bytes
// its words start and end with, and which bytes come second (and second to last), and a
// word is compared only when both match. In Chinese text the first byte alone says little:
// most characters start with one of six lead bytes.
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
      const auto front = static_cast<unsigned char>(word.front());
      const auto back = static_cast<unsigned char>(word.back());
      first_[front] = true;
      last_[back] = true;
      if (word.size() == 1) {
        single_first_[front] = true;
        single_last_[back] = true;
      } else {
        second_[static_cast<unsigned char>(word[1])] = true;
        second_last_[static_cast<unsigned char>(word[word.size() - 2])] = true;
      }
    }
  }

  /// Size of the first word that `text` starts with, or 0.
  constexpr size_t prefix_of(std::string_view text) const {
    if (text.empty()) return 0;
    const auto front = static_cast<unsigned char>(text.front());
    if (!first_[front]) return 0;
    if (!single_first_[front] &&
        (text.size() < 2 || !second_[static_cast<unsigned char>(text[1])])) {
      return 0;
    }
    for (const auto word : words_) {
      if (text.starts_with(word)) return word.size();
    }
    return 0;
  }

  /// Size of the first word that `text` ends with, or 0.
  constexpr size_t suffix_of(std::string_view text) const {
    if (text.empty()) return 0;
    const auto back = static_cast<unsigned char>(text.back());
    if (!last_[back]) return 0;
    if (!single_last_[back] &&
        (text.size() < 2 || !second_last_[static_cast<unsigned char>(text[text.size() - 2])])) {
      return 0;
    }
    for (const auto word : words_) {
      if (text.ends_with(word)) return word.size();
    }
    return 0;
  }

  constexpr const std::array<std::string_view, N>& words() const { return words_; }

 private:
  std::array<std::string_view, N> words_;
  std::array<bool, 256> first_{};         ///< bytes a word starts with
  std::array<bool, 256> last_{};          ///< bytes a word ends with
  std::array<bool, 256> single_first_{};  ///< … a one-byte word is (no second byte to test)
  std::array<bool, 256> single_last_{};
  std::array<bool, 256> second_{};        ///< second bytes of the longer words
  std::array<bool, 256> second_last_{};   ///< their second-to-last bytes
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

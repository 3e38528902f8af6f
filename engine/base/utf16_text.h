// UTF-8 text converted once to ICU's UTF-16 string, for regular expressions: ICU matches a
// UnicodeString several times faster than a UTF-8 UText. Match positions (UTF-16 indices)
// map back to byte offsets of the UTF-8 text through `byte_offset`.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

namespace gk {

struct Utf16Text {
  icu::UnicodeString text;
  /// For each UTF-16 index i in [0, text.length()], the byte offset in the UTF-8 text of the
  /// character that unit belongs to (the end of the text for i == length()).
  std::vector<uint32_t> byte_offset;

  explicit Utf16Text(std::string_view utf8);
  size_t to_utf8(int64_t index) const { return byte_offset[static_cast<size_t>(index)]; }
};

}  // namespace gk

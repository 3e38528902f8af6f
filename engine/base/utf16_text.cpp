#include "base/utf16_text.h"

#include "base/unicode.h"

namespace gk {

Utf16Text::Utf16Text(std::string_view utf8) {
  // UTF-16 never needs more units than UTF-8 has bytes; written in place, released once.
  const auto capacity = static_cast<int32_t>(utf8.size() + 1);
  char16_t* out = text.getBuffer(capacity);
  int32_t length = 0;
  byte_offset.reserve(utf8.size() + 1);
  for (size_t pos = 0; pos < utf8.size();) {
    const auto begin = static_cast<uint32_t>(pos);
    const char32_t cp = unicode::next_code_point(utf8, pos);
    if (cp > 0xFFFF) {
      out[length++] = static_cast<char16_t>(0xD7C0 + (cp >> 10));
      out[length++] = static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
      byte_offset.push_back(begin);
    } else {
      out[length++] = static_cast<char16_t>(cp);
    }
    byte_offset.push_back(begin);
  }
  text.releaseBuffer(length);
  byte_offset.push_back(static_cast<uint32_t>(utf8.size()));
}

}  // namespace gk

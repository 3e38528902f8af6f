#include "base/utf16_text.h"

#include "base/unicode.h"

namespace gk {

Utf16Text::Utf16Text(std::string_view utf8) {
  byte_offset.reserve(utf8.size() + 1);
  for (size_t pos = 0; pos < utf8.size();) {
    const auto begin = static_cast<uint32_t>(pos);
    const char32_t cp = unicode::next_code_point(utf8, pos);
    text.append(static_cast<UChar32>(cp));
    byte_offset.push_back(begin);
    if (cp > 0xFFFF) byte_offset.push_back(begin);
  }
  byte_offset.push_back(static_cast<uint32_t>(utf8.size()));
}

}  // namespace gk

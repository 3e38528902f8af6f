// Matching views built by hand for tests of code that works on views: a few full-width
// marks folded to ASCII, "**" removed and spaces next to non-ASCII text dropped, with every
// view byte mapped back to the original byte it came from.
#pragma once

#include <array>
#include <string_view>
#include <utility>

#include "document/lines.h"

namespace gk::test {

/// The view of `text` unchanged: byte i comes from original byte i.
inline doc::MatchingView identity_view(std::string_view text) {
  doc::MatchingView view;
  view.text = std::string(text);
  for (uint32_t i = 0; i <= text.size(); ++i) view.origin.push_back(i);
  return view;
}

/// A small stand-in for the real matching view of `original`.
inline doc::MatchingView hand_view(std::string_view original) {
  static constexpr std::array<std::pair<std::string_view, char>, 8> kFolds = {{
      {"，", ','}, {"：", ':'}, {"；", ';'}, {"（", '('},
      {"）", ')'}, {"％", '%'}, {"！", '!'}, {"？", '?'}}};
  auto non_ascii = [&](size_t pos) {
    return pos < original.size() && static_cast<unsigned char>(original[pos]) >= 0x80;
  };
  doc::MatchingView view;
  for (size_t pos = 0; pos < original.size();) {
    const std::string_view rest = original.substr(pos);
    bool folded = false;
    for (const auto& [wide, ascii] : kFolds) {
      if (!rest.starts_with(wide)) continue;
      view.text.push_back(ascii);
      view.origin.push_back(static_cast<uint32_t>(pos));
      pos += wide.size();
      folded = true;
      break;
    }
    if (folded) continue;
    if (rest.starts_with("**")) {
      pos += 2;
      continue;
    }
    const bool dropped_space = rest[0] == ' ' && ((pos > 0 && non_ascii(pos - 1)) || non_ascii(pos + 1));
    if (!dropped_space) {
      view.text.push_back(rest[0]);
      view.origin.push_back(static_cast<uint32_t>(pos));
    }
    ++pos;
  }
  view.origin.push_back(static_cast<uint32_t>(original.size()));
  return view;
}

/// The hand-made view of original bytes [begin, end) of `original`.
inline doc::MatchingView hand_view(std::string_view original, size_t begin, size_t end) {
  doc::MatchingView view = hand_view(original.substr(begin, end - begin));
  for (auto& offset : view.origin) offset += static_cast<uint32_t>(begin);
  return view;
}

}  // namespace gk::test

// MatchingView: mapping view byte ranges back to tight original spans.
#include "document/lines.h"

#include <algorithm>

namespace gk::doc {

Span MatchingView::to_original(size_t begin, size_t end) const {
  if (origin.empty()) return {};
  begin = std::min(begin, origin.size() - 1);
  end = std::clamp(end, begin, origin.size() - 1);
  if (begin == end) return {origin[begin], origin[begin]};
  if (origin_end.size() == text.size()) {
    return {origin[begin], std::max(origin_end[end - 1], origin[begin])};
  }
  // Without origin_end: the last byte of the range maps to the start of its character;
  // extend to where the next view byte's character (or the end) starts.
  uint32_t last_end = origin[end];
  if (last_end <= origin[end - 1]) last_end = origin[end - 1] + 1;
  return {origin[begin], std::max(last_end, origin[begin])};
}

}  // namespace gk::doc

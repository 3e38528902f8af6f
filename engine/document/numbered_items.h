// Numbered lists as a reader sees them: every numbered heading and numbered paragraph of a
// document, in text order, grouped into the lists they continue, with the number each one
// should have. Headings and numbered paragraphs (long items, items with figures) often
// alternate in one list, so numbering checks must see both.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document/model.h"

namespace gk::doc {

struct NumberedItem {
  bool heading = false;    ///< a section heading (else a numbered paragraph)
  uint32_t index = 0;      ///< into Document::sections (heading) or Document::paragraphs
  Numbering numbering;
  int expected = 1;        ///< the previous item of the same list + 1, or 1 for the first
  uint32_t list_owner = 0; ///< the section the list belongs to (0: the document)
  std::string title;       ///< heading title, or the paragraph's first clause (matching view)
  Span span;               ///< heading line, or the numbering and first clause of the paragraph
};

/// The numbered items of `doc` in text order.
///
/// A heading's list is its parent section's list of that numbering style. A numbered
/// paragraph belongs to the list of its style in the nearest enclosing section numbered in a
/// higher-ranked style (a `6、` paragraph inside the section of a `5、` heading continues the
/// list of `1、` and `5、`), except that paragraphs numbered like their own section that
/// start again at 1 are a list of their own inside it (duties `（一）…（十一）` under the
/// heading `（三）主要职能`).
std::vector<NumberedItem> numbered_items(const Document& doc);

}  // namespace gk::doc

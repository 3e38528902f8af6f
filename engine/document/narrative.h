// Narrative extraction: paragraphs (already delimited by the structure pass) are split into
// sentences on 。；！？ (and ; ! ? in the matching view), and every figure in a sentence is
// recorded with the label text written before it.
#pragma once

#include <optional>
#include <vector>

#include "document/lines.h"
#include "document/model.h"

namespace gk::doc {

/// A paragraph as delimited by the structure pass: its joined matching view (the view of
/// each physical line, concatenated; the origin map still points into the original).
struct ParagraphDraft {
  MatchingView view;
  std::optional<Numbering> numbering;
  uint32_t section = 0;
};

/// Appends to doc.paragraphs, doc.sentences and doc.amounts, and links each paragraph into
/// doc.sections[draft.section].paragraphs.
///
/// Label rule: the text between the previous delimiter (sentence start, "，,：:；;、" or the
/// end of the previous figure) and the figure, with a trailing "为" / "是" / "达" / "共计"
/// and the words "其中" removed; e.g. "其中：财政拨款收入306.88万元" → "财政拨款收入".
void add_narrative(Document& doc, std::vector<ParagraphDraft> drafts);

/// Joins two matching views as the continuation of one paragraph across a line break
/// (a space is inserted only between two ASCII letters/digits).
void append_view(MatchingView& into, const MatchingView& next);

}  // namespace gk::doc

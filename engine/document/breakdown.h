// Breakdowns: the genre's way of stating a total and its components — "收入合计N万元，其中：
// A a万元，占p%；B b万元，占q%", "支出N万元，主要用于以下方面：…", or "基本支出N万元，其中："
// followed by one paragraph per component. Found in the narrative figures already extracted
// (Document::amounts); rules check the sums and shares.
#pragma once

#include "document/model.h"

namespace gk::doc {

/// Finds breakdowns in doc.paragraphs / sentences / amounts and appends them to
/// doc.breakdowns.
///
/// A trigger ("其中", "主要用于(以下方面)", "(主要)包括", "分别为/是") followed directly (only
/// punctuation between) by a labelled amount opens a breakdown; its total is the last amount
/// before the trigger in the same paragraph. Parts are the amounts (元/万元/亿元) that follow,
/// up to the end of the sentence ("。"), a nested breakdown, or a "；" ending a list that was
/// separated by "，"/"、". Counts, change figures ("比上年增加…") and other percentages are
/// passed over; a "占…%" directly after a part is its share. After a trigger that ends its
/// line ("其中：⏎"), each following paragraph of the same section that starts with a labelled
/// amount and continues the list's numbering gives one more part.
void find_breakdowns(Document& doc);

}  // namespace gk::doc

// The document reader's front door: text → Document. Runs the passes in order — lines and
// matching view, tables, structure (TOC, parts, sections, numbered paragraphs), narrative —
// and links tables and paragraphs to their sections.
#pragma once

#include "base/source.h"
#include "document/model.h"

namespace gk::doc {

Document extract_document(SourceText source);

}  // namespace gk::doc

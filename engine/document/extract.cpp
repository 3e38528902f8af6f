// Runs the extraction passes in order and links tables to their sections.
#include "document/extract.h"

#include "document/breakdown.h"
#include "document/lines.h"
#include "document/narrative.h"
#include "document/structure.h"
#include "document/tables.h"

namespace gk::doc {
namespace {

/// The deepest section whose extent contains `offset` (sections are in document order).
uint32_t section_at(const Document& doc, uint32_t offset) {
  uint32_t found = 0;
  for (uint32_t i = 1; i < doc.sections.size(); ++i) {
    const auto& s = doc.sections[i];
    if (s.span.begin > offset) break;
    if (offset < s.span.end) found = i;
  }
  return found;
}

void link_tables(Document& doc) {
  for (uint32_t t = 0; t < doc.tables.size(); ++t) {
    auto& table = doc.tables[t];
    // A table belongs where its title stands; its unit line may sit above a numbered title.
    const uint32_t anchor = table.title_span.empty() ? table.span.begin : table.title_span.begin;
    table.section = section_at(doc, anchor);
    doc.sections[table.section].tables.push_back(t);
  }
}

}  // namespace

Document extract_document(SourceText source) {
  Document doc;
  doc.source = std::move(source);
  const auto lines = split_lines(doc.source);
  std::vector<bool> consumed(lines.size(), false);
  doc.tables = extract_tables(doc.source, lines, consumed);
  doc.table_references = find_table_references(lines, consumed);
  auto drafts = extract_structure(doc, lines, consumed);
  add_narrative(doc, std::move(drafts));
  link_tables(doc);
  find_breakdowns(doc);
  return doc;
}

}  // namespace gk::doc

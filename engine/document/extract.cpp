// Runs the extraction passes in order and links tables to their sections.
#include "document/extract.h"

#include <algorithm>

#include "document/appended.h"
#include "document/breakdown.h"
#include "document/lines.h"
#include "document/narrative.h"
#include "document/structure.h"
#include "document/tables.h"

namespace gk::doc {
namespace {

/// The deepest section whose extent contains `offset`. Sections are in document order and
/// nested, so it is the last one starting at or before `offset`, or the nearest of its
/// ancestors that still contains `offset` (a binary search, not a scan per table).
uint32_t section_at(const Document& doc, uint32_t offset) {
  const auto after = std::upper_bound(doc.sections.begin() + 1, doc.sections.end(), offset,
                                      [](uint32_t o, const Section& s) { return o < s.span.begin; });
  auto index = static_cast<uint32_t>(after - doc.sections.begin()) - 1;
  while (index != 0 && index != kNone && !(offset < doc.sections[index].span.end))
    index = doc.sections[index].parent;
  return index == kNone ? 0 : index;
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

/// A blank stand-in for a line that belongs to another document of the same text.
Line blank_line(const Line& line) {
  Line out;
  out.number = line.number;
  out.span = line.span;
  out.view.origin = {line.span.begin};
  out.blank = true;
  return out;
}

Document extract_lines(SourceText source, Lines lines) {
  Document doc;
  doc.source = std::move(source);
  if (!lines.empty()) doc.extent = Span{lines.front().span.begin, lines.back().span.end};
  std::vector<bool> consumed(lines.size(), false);
  doc.tables = extract_tables(doc.source, lines, consumed);
  doc.table_references = find_table_references(lines, consumed);
  auto drafts = extract_structure(doc, lines, consumed);
  add_narrative(doc, std::move(drafts));
  link_tables(doc);
  find_breakdowns(doc);
  doc.kind = classify_kind(doc);
  return doc;
}

}  // namespace

Document extract_document(SourceText source) {
  auto lines = split_lines(source);
  const auto reports = find_appended_reports(lines);
  if (reports.empty()) return extract_lines(std::move(source), lines);

  // Each report is read from its own lines only (every span stays an offset into the one
  // text, which the documents share); the host keeps each report's title block. So the
  // cost stays linear however many reports a text holds.
  std::vector<Document> appended;
  for (const auto& report : reports) {
    Document doc = extract_lines(source, Lines(lines).subspan(report.begin, report.end - report.begin));
    doc.title = report.title;
    if (const auto year = year_in(report.title)) doc.year = year;
    doc.kind = kind_from_title(report.title);
    appended.push_back(std::move(doc));
  }
  for (const auto& report : reports)
    for (size_t i = report.title_end; i < report.end; ++i) lines[i] = blank_line(lines[i]);
  Document host = extract_lines(std::move(source), lines);
  host.appended = std::move(appended);
  return host;
}

}  // namespace gk::doc

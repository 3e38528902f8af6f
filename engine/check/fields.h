// The fields of document values a rule can read with a dot (`doc.title`, `s.编号`,
// `t.有数据`): English and Chinese names, the owning type and the field's type. Fields of
// facts are the holes of their templates and are not listed here.
#pragma once

#include <span>
#include <string_view>

#include "check/types.h"

namespace gk::check {

enum class FieldId : uint8_t {
  // doc
  DocTitle, DocKind, DocYear, DocTables, DocSections, DocParts, DocToc, DocReferences,
  // section
  SectionTitle, SectionNumber, SectionExpectedNumber, SectionLevel, SectionStyle,
  SectionEmpty, SectionText, SectionChildren, SectionTables,
  // table
  TableTitle, TableCode, TableUnit, TableHasData, TableNoDataNote, TableRows, TableSection,
  // row
  RowLabel, RowCode, RowLevel, RowLine,
  // breakdown and its parts
  BreakdownTotal, BreakdownParts, BreakdownLabel, BreakdownShareTotal,
  ShareLabel, ShareAmount, SharePercentage, ShareBase, ShareTotal,
  // table of contents entry
  TocTitle, TocNumber, TocLevel,
  // numbered item (numbered())
  ItemTitle, ItemNumber, ItemExpectedNumber, ItemStyle,
};

struct Field {
  FieldId id;
  TypeKind owner;
  const char* en;
  const char* zh;
  Type type;
  const char* summary_zh;
};

std::span<const Field> fields();
const Field* find_field(TypeKind owner, std::string_view name);
/// The field of an id (the table is in FieldId order; a unit test holds it to that).
const Field& field(FieldId id);

}  // namespace gk::check

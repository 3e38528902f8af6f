// The static types of rule expressions: what the checker infers for every expression so
// that a wrong name, a wrong argument or an amount compared with a count is reported
// before any document is read.
#pragma once

#include <cstdint>
#include <string>

#include "syntax/language.h"

namespace gk::check {

enum class TypeKind : uint8_t {
  Error,      ///< after a reported error; accepted everywhere, so errors do not cascade
  Bool,
  Plain,      ///< a bare number: takes the dimension of what it meets
  Money,      ///< 金额
  Ratio,      ///< 比率 / 百分比
  Count,      ///< 数量 (人, 个, 辆…)
  Figure,     ///< a figure read from a table: an amount, a percentage or a count by its column
  Text,
  Section,    ///< a part or section of the document
  Table,
  Row,        ///< a row of a table
  Fact,       ///< a record read by a fact template
  Breakdown,  ///< 合计 with its 其中 parts
  Share,      ///< one part of a breakdown
  TocEntry,   ///< an entry of the table of contents
  Item,       ///< a numbered heading or numbered paragraph (numbered())
  Document,   ///< `doc`
  List,
};

struct Type {
  TypeKind kind = TypeKind::Error;
  TypeKind element = TypeKind::Error;  ///< List only; Error for `[]`
  uint32_t fact = 0;                   ///< Fact (or list of Fact): index of the fact

  static Type of(TypeKind kind) { return Type{kind, TypeKind::Error, 0}; }
  static Type list_of(TypeKind element, uint32_t fact = 0) {
    return Type{TypeKind::List, element, fact};
  }
  bool is(TypeKind k) const { return kind == k || kind == TypeKind::Error; }
  bool is_numeric() const;
  /// The type of one item of a list.
  Type item() const { return Type{element, TypeKind::Error, fact}; }
};

/// How a type is named in messages: 金额 / an amount, 章节列表 / a list of sections.
std::string describe(const Type& type, Language lang);
std::string describe(TypeKind kind, Language lang);

}  // namespace gk::check

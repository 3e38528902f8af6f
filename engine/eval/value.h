// Run-time values of rule expressions, each with the evidence it came from: the document
// spans (a narrative figure, a table cell, a heading) that produced it. Derived values carry
// the union of their operands' evidence, so a finding can list every figure it used.
// A Missing value stands for something the rule needed and the document does not give; it
// carries the reason, which becomes the "cannot verify" explanation.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/source.h"
#include "check/types.h"
#include "eval/evidence.h"
#include "eval/figure.h"

namespace gk::eval {

using check::TypeKind;

struct Value {
  /// Missing, or one of the TypeKinds Bool, Plain/Money/Ratio/Count (as Figure), Text,
  /// Section, Table, Row, Fact, Breakdown, Share, TocEntry, Item, Document, List.
  enum class Kind : uint8_t {
    Missing, Bool, Figure, Text, Section, Table, Row, Fact, Breakdown, Share, TocEntry,
    Item, Document, List
  };
  Kind kind = Kind::Missing;
  bool boolean = false;
  eval::Figure figure;
  /// Text: the text. Missing: why. Section/Table: the vocabulary name it was looked up by.
  /// Item: its title.
  std::string text;
  /// Section/Table: every match, first is primary (empty: not found). Row: {table, row}.
  /// Fact/Breakdown: {index}; Share: {breakdown, part}; TocEntry: {entry}. Item (a numbered
  /// heading or paragraph, self-contained): {1 heading / 0 paragraph, section or paragraph
  /// index, number, expected number, style}; its evidence is where it is.
  std::vector<uint32_t> ids;
  std::vector<Value> items;  ///< List
  EvidenceList evidence;
  /// Text that is a pattern when used as one (an item of a `list` of the rule file).
  bool pattern = false;
  /// Missing because the document could not be read with certainty (a table's rows not
  /// read, a figure's column unsure, a name that fits several rows) — not because the
  /// thing is absent: exists() then cannot say either, and is Missing too.
  bool uncertain = false;
  /// Missing because a part, section or table the rule names is not in the document: a
  /// `for` over its rows or contents then has nothing to go over (not applicable).
  bool absent = false;

  static Value missing(std::string why);
  /// Missing for want of certainty, not of the thing (see `uncertain`).
  static Value unsure(std::string why);
  /// Missing because the part, section or table named is not in the document (`absent`).
  static Value not_there(std::string why);
  static Value of_bool(bool b);
  static Value of_figure(eval::Figure f, EvidenceList evidence = {});
  static Value of_text(std::string text, EvidenceList evidence = {});
  static Value list(std::vector<Value> items);
  /// A document object by its indices: Section/Table {index}, Row {table, row}, Fact
  /// {fact, instance}, Breakdown {index}, Share {breakdown, part}, TocEntry {entry}.
  static Value of_ids(Kind kind, std::vector<uint32_t> ids);

  bool is_missing() const { return kind == Kind::Missing; }
  /// A Section or Table value that found nothing.
  bool found_nothing() const {
    return (kind == Kind::Section || kind == Kind::Table) && ids.empty();
  }
  uint32_t primary() const { return ids.empty() ? UINT32_MAX : ids.front(); }
  /// Adds `more` to this value's evidence, without duplicates.
  void add_evidence(const EvidenceList& more) { evidence.add_missing(more); }
};

}  // namespace gk::eval

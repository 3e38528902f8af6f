// Which patterns of a pack match in a corpus of documents: the lint warning W205 of
// `gongkai rules check --corpus DIR`. A pattern that matches in none of the documents is
// probably mistyped or out of date. Looked at: each vocabulary selector (heading, caption,
// code), each item of a list, each pattern literal of the rules (`~ "…"` and the pattern
// arguments of built-ins) and each fact template. Matching is the evaluation's own
// (eval::Context): selectors and templates as the rules see them, within their scope;
// list items and pattern literals against every text of a document — titles, paragraphs,
// sentences, table captions, column headers, row labels, cells and figure labels.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "check/pack.h"
#include "document/model.h"
#include "syntax/language.h"

namespace gk::eval {

class PatternCoverage {
 public:
  explicit PatternCoverage(const check::Pack& pack);

  /// Notes the patterns that match in a file's document and its appended reports — those
  /// of the pack's kinds, the documents `gongkai check` would run the pack on.
  void add(const doc::Document& doc);
  size_t documents() const { return documents_; }
  /// A W205 warning, at the pattern in its rule file, for each pattern that matched in
  /// none of the documents added; in file order.
  void report(DiagnosticSink& sink, Language lang) const;

 private:
  void add_scope(const doc::Document& doc);

  enum class Kind { Selector, ListItem, Literal, Template };
  /// One pattern of the pack and whether it has matched yet.
  struct Site {
    Kind kind;
    uint32_t owner;  ///< vocabulary entry, compiled regex (Literal) or fact
    uint32_t index;  ///< selector, list item or template of the owner
    uint32_t file;   ///< index into Pack::files
    Span span;
    bool matched = false;
  };

  void add_literals(const plan::Node& root, uint32_t file);

  const check::Pack& pack_;
  std::vector<Site> sites_;
  size_t documents_ = 0;
};

}  // namespace gk::eval

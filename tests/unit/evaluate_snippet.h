// Test helper: a pack compiled from a string, evaluated on a document built from a text
// snippet, with the results looked up by rule number.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "check/pack.h"
#include "document/extract.h"
#include "eval/evaluator.h"

namespace gk::testing {

/// A pack, a document and the result of evaluating one on the other.
struct Checked {
  std::unique_ptr<gk::check::Pack> pack;
  gk::doc::Document document;
  gk::eval::PackResult result;

  const gk::eval::RuleResult& rule(const std::string& id) const {
    for (const auto& r : result.rules)
      if (r.rule->info.id == id) return r;
    FAIL("no result for rule " << id);
    return result.rules.front();
  }
  /// The single item of a rule without `for`.
  const gk::eval::ItemResult& only(const std::string& id) const {
    const auto& r = rule(id);
    REQUIRE(r.items.size() == 1);
    return r.items.front();
  }
  std::string slice(gk::Span span) const { return std::string(document.source.slice(span)); }
};

inline Checked check(const std::string& rules, const std::string& text,
              const gk::eval::EvalOptions& options = {}) {
  Checked c;
  gk::DiagnosticSink sink;
  std::vector<gk::SourceText> files;
  files.emplace_back("t.gk", rules);
  c.pack = gk::check::compile_pack(std::move(files), "t", sink);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  REQUIRE(c.pack);
  c.document = gk::doc::extract_document(gk::SourceText("d.txt", text));
  c.result = gk::eval::evaluate(*c.pack, c.document, options);
  return c;
}

}  // namespace gk::testing

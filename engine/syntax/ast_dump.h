// A stable text form of the rule AST for golden tests and for looking at what the parser
// understood: one S-expression per node, children indented by two spaces, each node with
// the line:column where it starts. Keyword spellings never show (the tree does not keep
// them); names, numbers and strings appear as written ("…" with \" for a quote).
#pragma once

#include <string>

#include "base/source.h"
#include "syntax/ast.h"

namespace gk::ast {

struct DumpOptions {
  bool positions = true;  ///< append " @line:col" to each node
};

/// The whole file, ending with a newline.
std::string dump(const File& file, const SourceText& source, DumpOptions options = {});
/// One expression, on possibly several lines, without a final newline.
std::string dump(const Expr& expr, const SourceText& source, DumpOptions options = {});

}  // namespace gk::ast

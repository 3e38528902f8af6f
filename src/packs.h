// Loading rule packs for a command: the packs embedded in the binary (rules/ at build
// time) and those named with --rules. A directory's own *.gk files form one pack and its
// subdirectories are searched the same way; a single .gk file is a pack by itself. A pack
// loaded with --rules replaces the embedded pack of the same name and is otherwise added.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "check/pack.h"
#include "syntax/language.h"

namespace gk::cli {

struct PackSet {
  std::vector<std::unique_ptr<check::Pack>> packs;
  bool ok = true;  ///< false after a compile or read error (already printed to stderr)
};

/// Whether the embedded packs are compiled with their test blocks. Commands that only
/// evaluate rules (check and scorecard without a SARIF report, check --why) leave them out,
/// which saves reading half of the built-in rule text (syntax/test_blocks.h); commands
/// that run, check or show tests (rules, explain, a SARIF report's rule help) keep them.
/// Packs given with --rules are always read whole.
enum class EmbeddedTests { Keep, Leave };

/// Compiles the embedded packs (unless `with_embedded` is false) and the packs at
/// `paths`; every diagnostic is printed to stderr.
PackSet load_packs(const std::vector<std::string>& paths, bool with_embedded, Language lang,
                   EmbeddedTests tests = EmbeddedTests::Keep);

}  // namespace gk::cli

// The rule packs shipped inside the binary, and their syntax trees (generated from rules/ at
// build time).
#pragma once

#include <span>
#include <string_view>

namespace gk {

struct EmbeddedFile {
  std::string_view path;     ///< relative to rules/, e.g. "juesuan/completeness.gk"
  std::string_view content;
};

std::span<const EmbeddedFile> embedded_packs();

/// The syntax trees of the embedded rule files (syntax/ast_serial.h), made when the program is
/// built by parsing exactly the texts the commands compile, so that these files are not
/// parsed at run time. A tree is empty when its text did not parse cleanly: the file is then
/// parsed at run time, which reports why.
struct EmbeddedTrees {
  std::string_view path;           ///< as EmbeddedFile::path
  std::string_view whole;          ///< of the whole text
  std::string_view without_tests;  ///< of the text without test blocks (syntax/test_blocks.h)
  std::string_view text_without_tests;  ///< that text itself, made at build time too
};

/// Generated at build time by src/tools/write_pack_trees.cpp.
std::span<const EmbeddedTrees> embedded_pack_trees();

}  // namespace gk

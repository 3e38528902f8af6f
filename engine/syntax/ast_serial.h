// A compact binary form of the rule AST (ast.h; a File with its message parts read ahead),
// so that a tree read once — the built-in packs' trees, made when the program is built — is
// rebuilt without running the parser.
// Spans stay byte offsets into the rule file's text, which is not stored: a name or string
// that is the text at its position is stored as a length. The bytes begin with the length
// and fingerprint of the text they were made from and the fingerprint of the tree's bytes,
// so a tree is only read for that very text; bytes that are not a whole tree (cut short,
// changed, of another format version) are refused, and the caller parses the text instead.
//
// Layout: "GKAST" and the format version (one byte), then three little-endian 64-bit
// numbers (the text's length, its fingerprint, the fingerprint of the rest), then the tree:
// each node's fields in declaration order, numbers as LEB128, spans as the distance from
// the previous span's start and a length.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/source.h"
#include "syntax/ast.h"

namespace gk::ast {

/// The bytes of `file`, a tree read from `source`.
std::string serialize(const File& file, const SourceText& source);

/// The tree `bytes` hold, when they were written by serialize() for a text equal to
/// `source`'s and are whole; null otherwise (whatever the bytes, nothing is thrown).
std::unique_ptr<File> deserialize(std::string_view bytes, const SourceText& source);

/// The 64-bit fingerprint of some bytes stored in the header (not a cryptographic hash).
uint64_t fingerprint(std::string_view bytes);

/// Bytes of the header before the tree.
inline constexpr size_t kSerialHeaderSize = 6 + 3 * 8;

}  // namespace gk::ast

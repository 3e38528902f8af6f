// Reads a document file into a UTF-8 SourceText: detects UTF-8 (with or without BOM),
// UTF-16 with BOM and GB18030/GBK, normalises CRLF/CR line ends to LF, and rejects empty,
// binary, undecodable and oversized input with a coded diagnostic. Never writes anything.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>

#include "base/diagnostics.h"
#include "base/source.h"

namespace gk::doc {

struct ReadLimits {
  size_t max_bytes = 256u << 20;       ///< whole file
  size_t max_line_bytes = 1u << 20;    ///< one line after decoding
};

/// Diagnostic codes: E-READ-OPEN (missing, unreadable, a directory), E-READ-EMPTY (empty or
/// whitespace only), E-READ-BINARY (NUL or many control bytes), E-READ-CONTROL (a control
/// character other than tab, line ends and form feed), E-READ-ENCODING (neither UTF-8,
/// UTF-16 with BOM nor GB18030; the message names the first bad byte offset),
/// E-READ-TOO-LARGE (file or line over the limit).
using ReadResult = std::variant<SourceText, Diagnostic>;

/// Decodes bytes already in memory; `name` is used in the SourceText and diagnostics.
ReadResult decode_document(std::string name, std::string bytes, const ReadLimits& limits = {});
/// A file's bytes, or E-READ-OPEN / E-READ-TOO-LARGE.
using FileBytes = std::variant<std::string, Diagnostic>;
/// Reads a regular file's bytes (opened read-only, without blocking; anything else, a pipe
/// or a device, is E-READ-OPEN), at most `limits.max_bytes`.
FileBytes read_file_bytes(const std::string& path, const ReadLimits& limits = {});
/// Reads and decodes a regular file (as read_file_bytes, then decode_document).
ReadResult read_document_file(const std::string& path, const ReadLimits& limits = {});

}  // namespace gk::doc

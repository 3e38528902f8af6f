// The readers that need large libraries — PDF (poppler and its ~30 font, image and crypto
// libraries) and the office formats (libzip, pugixml, FreeXL) — live in modules the program
// loads with dlopen the first time a file of that kind is read, so that checking text loads
// none of them. Builds without modules (sanitized and fuzzing builds) link them in instead.
#pragma once

#include <string>
#include <variant>

#include "base/diagnostics.h"
#include "document/reader.h"

namespace gk::input {

using ReadFunction = doc::ReadResult (*)(std::string name, const std::string& bytes, const doc::ReadLimits& limits);

enum class ReaderKind : int { Pdf = 0, Docx = 1, Xlsx = 2, Xls = 3 };

/// Bumped whenever ReadFunction or the module entry changes, so a stale module is refused.
inline constexpr int kReaderModuleAbi = 1;

/// The module entry every reader module exports (extern "C"): the reader of `kind`, or
/// nullptr when the module has none or was built for another `abi`.
inline constexpr const char* kReaderModuleEntry = "gongkai_reader_module";

/// The reader of `kind`, loading its module on first use (thread-safe). When the module
/// cannot be loaded: E-READER-MISSING about `file`, naming the module file and why.
std::variant<ReadFunction, Diagnostic> reader_for(ReaderKind kind, const std::string& file);

/// The directory reader modules are loaded from: $GONGKAI_MODULE_DIR when set, else the
/// directory configured at build time, relative to the program's own directory.
std::string reader_module_dir();

}  // namespace gk::input

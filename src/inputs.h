// Expands the FILE|DIR arguments of a command into the list of documents to read.
#pragma once

#include <string>
#include <vector>

namespace gk::cli {

/// Files are kept as given (a missing file is reported by the reader); directories are
/// walked recursively for documents (*.txt, *.text, *.md), sorted by path so output order
/// is deterministic. Symbolic links to directories are not followed. Inside a directory,
/// every entry named like a document is kept whatever it is — a broken or looping symbolic
/// link, a pipe — and so is a subdirectory that cannot be read, so the reader reports each
/// as unreadable instead of the walk skipping it silently.
std::vector<std::string> collect_documents(const std::vector<std::string>& paths);

}  // namespace gk::cli

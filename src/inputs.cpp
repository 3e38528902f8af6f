#include "inputs.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "input/read_input.h"

namespace gk::cli {
namespace {
namespace fs = std::filesystem;

bool is_document_name(const fs::path& p) { return input::is_document_extension(p.extension().string()); }

/// Adds the documents under `dir` to `found`; a directory that cannot be listed is added
/// itself, for the reader to report.
void walk(const fs::path& dir, std::vector<std::string>& found) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    found.push_back(dir.string());
    return;
  }
  for (; it != end; it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code kind_ec;
    const bool link = entry.is_symlink(kind_ec);
    if (!link && entry.is_directory(kind_ec)) {
      walk(entry.path(), found);
      continue;
    }
    if (!is_document_name(entry.path())) continue;
    if (link && fs::is_directory(entry.path(), kind_ec)) continue;  // links to directories are not followed
    found.push_back(entry.path().string());
  }
  if (ec) found.push_back(dir.string());  // the listing broke off
}

}  // namespace

std::vector<std::string> collect_documents(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      walk(p, found);
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace gk::cli

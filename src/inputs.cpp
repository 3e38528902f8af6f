#include "inputs.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "input/read_input.h"

namespace gk::cli {
namespace {

bool is_document_name(const std::filesystem::path& p) {
  return input::is_document_extension(p.extension().string());
}

void walk(const std::filesystem::path& dir, std::vector<std::string>& out) {
  std::error_code ec;
  std::vector<std::string> found;
  for (auto it = std::filesystem::recursive_directory_iterator(
           dir, std::filesystem::directory_options::skip_permission_denied, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && is_document_name(it->path())) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

std::vector<std::string> collect_documents(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      walk(p, out);
    } else {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace gk::cli

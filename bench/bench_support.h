// What the benchmark programs share: finding the files of a corpus and reading the peak
// memory of the process.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace gk::bench {

/// Every regular file under `dir` with this extension (".txt", ".gk"), sorted by path.
inline std::vector<std::string> files_under(const std::string& dir, const char* extension) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == extension) out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

/// Peak resident memory of this process so far, in KiB (max RSS).
inline long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace gk::bench

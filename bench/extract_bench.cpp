// Extraction throughput: reads every document under the given directories, extracts the
// document model, and reports documents/second, MB/second and peak memory (max RSS).
// Documents are processed one at a time and dropped, as a streaming batch would.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_support.h"
#include "document/extract.h"
#include "document/reader.h"

using gk::bench::files_under;
using gk::bench::peak_rss_kib;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gongkai_extract_bench DIR... (see bench/README.md)\n");
    return 2;
  }
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    auto more = files_under(argv[i], ".txt");
    files.insert(files.end(), more.begin(), more.end());
  }
  size_t bytes = 0, sections = 0, tables = 0, amounts = 0, errors = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& f : files) {
    auto read = gk::doc::read_document_file(f);
    if (!std::holds_alternative<gk::SourceText>(read)) {
      ++errors;
      continue;
    }
    auto& text = std::get<gk::SourceText>(read);
    bytes += text.text().size();
    const auto doc = gk::doc::extract_document(std::move(text));
    sections += doc.sections.size();
    tables += doc.tables.size();
    amounts += doc.amounts.size();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("documents: %zu (%zu unreadable), %.1f MB\n", files.size(), errors, bytes / 1e6);
  std::printf("extracted: %zu sections, %zu tables, %zu amounts\n", sections, tables, amounts);
  std::printf("time: %.3f s  →  %.0f documents/s, %.1f MB/s (one thread)\n", seconds,
              files.size() / seconds, bytes / 1e6 / seconds);
  std::printf("peak memory (max RSS): %.1f MB\n", peak_rss_kib() / 1024.0);
  return 0;
}

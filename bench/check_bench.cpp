// Full-check throughput: compiles a rule pack once, then reads, extracts and evaluates every
// document under the given directories, one at a time (as a streaming batch would), and
// reports documents/second, MB/second, findings and peak memory (max RSS).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.h"
#include "check/pack.h"
#include "document/extract.h"
#include "document/reader.h"
#include "eval/evaluator.h"

namespace {

using gk::bench::files_under;
using gk::bench::peak_rss_kib;

std::unique_ptr<gk::check::Pack> load_pack(const std::string& dir) {
  std::vector<gk::SourceText> files;
  for (const auto& path : files_under(dir, ".gk")) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.emplace_back(path, text.str());
  }
  gk::DiagnosticSink sink;
  auto pack = gk::check::compile_pack(std::move(files), "bench", sink);
  for (const auto& d : sink.diagnostics()) std::fprintf(stderr, "%s", gk::render(d).c_str());
  return pack;
}


}  // namespace

int main(int argc, char** argv) {
  if (argc < 4 || std::string(argv[1]) != "--rules") {
    std::fprintf(stderr, "usage: gongkai_check_bench --rules PACK_DIR DIR... (see bench/README.md)\n");
    return 2;
  }
  const auto compile_start = std::chrono::steady_clock::now();
  const auto pack = load_pack(argv[2]);
  if (!pack) return 2;
  const double compile_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - compile_start).count();
  std::vector<std::string> files;
  for (int i = 3; i < argc; ++i) {
    auto more = files_under(argv[i], ".txt");
    files.insert(files.end(), more.begin(), more.end());
  }
  size_t bytes = 0, errors = 0, findings = 0, rules = 0;
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
    const auto result = gk::eval::evaluate(*pack, doc);
    for (const auto& r : result.rules) {
      ++rules;
      for (const auto& item : r.items) findings += item.outcome == gk::eval::Outcome::Fail;
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("pack: %s, %zu rules, compiled in %.1f ms\n", pack->name.c_str(), pack->rules.size(), compile_ms);
  std::printf("documents: %zu (%zu unreadable), %.1f MB\n", files.size(), errors, bytes / 1e6);
  std::printf("evaluated: %zu rule outcomes, %zu failing items\n", rules, findings);
  std::printf("time: %.3f s  →  %.0f documents/s, %.1f MB/s (one thread)\n", seconds,
              files.size() / seconds, bytes / 1e6 / seconds);
  std::printf("peak memory (max RSS): %.1f MB\n", peak_rss_kib() / 1024.0);
  return 0;
}

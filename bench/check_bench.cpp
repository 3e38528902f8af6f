// Full-check throughput: compiles a rule pack once, then reads, extracts and evaluates every
// document under the given directories (each document and its appended reports, as
// `gongkai check` does), one at a time per thread (as a streaming batch would), and reports
// documents/second, MB/second, findings and peak memory (max RSS). `--threads N` runs N
// workers that share the compiled pack and take the next document from a shared counter.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
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

/// What one worker saw.
struct Tally {
  size_t bytes = 0, errors = 0, findings = 0, rules = 0;
};

void check_files(const std::vector<const gk::check::Pack*>& packs, const std::vector<std::string>& files,
                 std::atomic<size_t>& next, Tally& tally) {
  for (size_t i = next++; i < files.size(); i = next++) {
    auto read = gk::doc::read_document_file(files[i]);
    if (!std::holds_alternative<gk::SourceText>(read)) {
      ++tally.errors;
      continue;
    }
    auto& text = std::get<gk::SourceText>(read);
    tally.bytes += text.text().size();
    const auto doc = gk::doc::extract_document(std::move(text));
    for (const auto& result : gk::eval::evaluate_file(packs, doc)) {
      for (const auto& r : result.rules) {
        ++tally.rules;
        for (const auto& item : r.items) tally.findings += item.outcome == gk::eval::Outcome::Fail;
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  int arg = 1;
  unsigned threads = 1;
  if (argc > 2 && std::string(argv[arg]) == "--threads") {
    threads = static_cast<unsigned>(std::max(1, std::atoi(argv[arg + 1])));
    arg += 2;
  }
  if (argc < arg + 3 || std::string(argv[arg]) != "--rules") {
    std::fprintf(stderr, "usage: gongkai_check_bench [--threads N] --rules PACK_DIR DIR... (see bench/README.md)\n");
    return 2;
  }
  const auto compile_start = std::chrono::steady_clock::now();
  const auto pack = load_pack(argv[arg + 1]);
  if (!pack) return 2;
  const double compile_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - compile_start).count();
  std::vector<std::string> files;
  for (int i = arg + 2; i < argc; ++i) {
    auto more = files_under(argv[i], ".txt");
    files.insert(files.end(), more.begin(), more.end());
  }
  const std::vector<const gk::check::Pack*> packs{pack.get()};
  std::vector<Tally> tallies(threads);
  std::atomic<size_t> next{0};
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t)
    workers.emplace_back(check_files, std::cref(packs), std::cref(files), std::ref(next), std::ref(tallies[t]));
  check_files(packs, files, next, tallies[0]);
  for (auto& w : workers) w.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Tally total;
  for (const auto& t : tallies) {
    total.bytes += t.bytes;
    total.errors += t.errors;
    total.findings += t.findings;
    total.rules += t.rules;
  }
  std::printf("pack: %s, %zu rules, compiled in %.1f ms\n", pack->name.c_str(), pack->rules.size(), compile_ms);
  std::printf("documents: %zu (%zu unreadable), %.1f MB\n", files.size(), total.errors, total.bytes / 1e6);
  std::printf("evaluated: %zu rule outcomes, %zu failing items\n", total.rules, total.findings);
  std::printf("time: %.3f s  →  %.0f documents/s, %.1f MB/s (%u thread%s)\n", seconds,
              files.size() / seconds, total.bytes / 1e6 / seconds, threads, threads == 1 ? "" : "s");
  std::printf("peak memory (max RSS): %.1f MB\n", peak_rss_kib() / 1024.0);
  return 0;
}

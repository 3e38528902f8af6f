// Microbenchmarks (Google Benchmark) of the three stages of a check, on the bundled seed
// documents and the built-in 部门决算 pack: reading + extraction, pack compilation, and
// evaluation of a compiled pack on an extracted document. Run by hand (bench/README.md).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.h"
#include "check/pack.h"
#include "document/extract.h"
#include "eval/evaluator.h"

#ifndef GK_SOURCE_DIR
#error "GK_SOURCE_DIR must name the source tree"
#endif

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::vector<std::string>& seed_paths() {
  static const auto paths = gk::bench::files_under(std::string(GK_SOURCE_DIR) + "/examples", ".txt");
  return paths;
}

std::vector<gk::SourceText> pack_files() {
  std::vector<gk::SourceText> files;
  for (const auto& path : gk::bench::files_under(std::string(GK_SOURCE_DIR) + "/rules/juesuan", ".gk"))
    files.emplace_back(path, slurp(path));
  return files;
}

std::unique_ptr<gk::check::Pack> compile_default_pack() {
  gk::DiagnosticSink sink;
  return gk::check::compile_pack(pack_files(), "部门决算", sink);
}

/// Extraction of seed N (0–4), from text already in memory.
void BM_Extract(benchmark::State& state) {
  const std::string path = seed_paths().at(static_cast<size_t>(state.range(0)));
  const std::string text = slurp(path);
  for (auto _ : state) {
    auto doc = gk::doc::extract_document(gk::SourceText(path, text));
    benchmark::DoNotOptimize(doc.sections.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.SetLabel(path.substr(path.rfind('/') + 1, 3));
}
BENCHMARK(BM_Extract)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

/// Parsing, checking and planning the whole 部门决算 pack.
void BM_CompilePack(benchmark::State& state) {
  const auto files = pack_files();
  for (auto _ : state) {
    gk::DiagnosticSink sink;
    auto pack = gk::check::compile_pack(files, "部门决算", sink);
    benchmark::DoNotOptimize(pack.get());
  }
}
BENCHMARK(BM_CompilePack)->Unit(benchmark::kMillisecond);

/// Every rule of the compiled pack on seed N and its appended reports.
void BM_Evaluate(benchmark::State& state) {
  const std::string path = seed_paths().at(static_cast<size_t>(state.range(0)));
  const auto doc = gk::doc::extract_document(gk::SourceText(path, slurp(path)));
  const auto pack = compile_default_pack();
  const std::vector<const gk::check::Pack*> packs{pack.get()};
  for (auto _ : state) {
    auto results = gk::eval::evaluate_file(packs, doc);
    benchmark::DoNotOptimize(results.size());
  }
  state.SetLabel(path.substr(path.rfind('/') + 1, 3));
}
BENCHMARK(BM_Evaluate)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

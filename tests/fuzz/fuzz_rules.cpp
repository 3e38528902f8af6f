// Fuzz target: arbitrary bytes as a rule file. The bytes are decoded like a rule file on
// disk, compiled as a pack (parse, names and types, patterns and templates) and, when the
// pack compiles, evaluated against a fixed document (examples/003) with the findings
// rendered as text — the path of `gongkai check --rules`. Any input must give findings or
// coded diagnostics; a crash, a hang, a leak or undefined behaviour is a bug.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "check/pack.h"
#include "document/extract.h"
#include "document/reader.h"
#include "eval/evaluator.h"
#include "findings.h"

namespace {

void require(bool condition) {
  if (!condition) __builtin_trap();
}

/// The document every compiled pack is evaluated against, read once.
const gk::doc::Document& fixed_document() {
  static const gk::doc::Document document = [] {
    std::ifstream in(GK_FUZZ_DOCUMENT, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto read = gk::doc::decode_document(GK_FUZZ_DOCUMENT, bytes.str());
    require(std::holds_alternative<gk::SourceText>(read));
    return gk::doc::extract_document(std::move(std::get<gk::SourceText>(read)));
  }();
  return document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& document = fixed_document();
  gk::doc::ReadLimits limits;
  limits.max_bytes = 1u << 20;
  auto read = gk::doc::decode_document("fuzz.gk", std::string(reinterpret_cast<const char*>(data), size),
                                       limits);
  if (std::holds_alternative<gk::Diagnostic>(read)) return 0;
  std::vector<gk::SourceText> files;
  files.push_back(std::move(std::get<gk::SourceText>(read)));
  for (const auto lang : {gk::Language::Zh, gk::Language::En}) {
    gk::DiagnosticSink sink;
    const auto pack = gk::check::compile_pack(files, "fuzz", sink, lang);
    require((pack == nullptr) == sink.has_errors());
    for (const auto& d : sink.diagnostics()) require(!gk::render(d).empty());
    if (!pack) continue;
    gk::cli::DocumentCheck check;
    check.document = &document;
    check.packs.push_back(gk::eval::evaluate(*pack, document));
    gk::cli::TextOptions options;
    options.verbose = true;
    options.lang = lang;
    require(!gk::cli::render_findings_text(check, options).empty());
  }
  return 0;
}

// Fuzz target: arbitrary bytes as a rule file. The bytes are decoded like a rule file on
// disk, compiled as a pack (parse, names and types, patterns and templates) and, when the
// pack compiles, evaluated against a fixed document (examples/003) with the findings
// rendered as text — the path of `gongkai check --rules`; the file is also formatted
// (`gongkai rules fmt`), which must keep every token and give a layout that formats to
// itself. Any input must give findings or coded diagnostics; a crash, a hang, a leak,
// undefined behaviour or a formatter that changes the tokens is a bug.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "check/pack.h"
#include "document/extract.h"
#include "document/reader.h"
#include "eval/evaluator.h"
#include "findings.h"
#include "syntax/format.h"

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

/// Formats the file, then formats the result: the formatter throws FormatError when it
/// would change the tokens, and its layout must be a fixed point.
void format_twice(const gk::SourceText& file) {
  gk::DiagnosticSink sink;
  const auto once = gk::format_rule_file(file, sink);
  if (!once) return;
  gk::DiagnosticSink again_sink;
  const auto twice = gk::format_rule_file(gk::SourceText("formatted.gk", *once), again_sink);
  require(twice.has_value() && *twice == *once);
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
  std::unique_ptr<gk::check::Pack> pack;
  for (const auto lang : {gk::Language::En, gk::Language::Zh}) {
    gk::DiagnosticSink sink;
    pack = gk::check::compile_pack(files, "fuzz", sink, lang);
    require((pack == nullptr) == sink.has_errors());
    for (const auto& d : sink.diagnostics()) require(!gk::render(d).empty());
  }
  if (pack) {
    gk::cli::DocumentCheck check;
    check.document = &document;
    check.packs.push_back(gk::eval::evaluate(*pack, document));
    for (const auto lang : {gk::Language::Zh, gk::Language::En}) {
      gk::cli::TextOptions options;
      options.verbose = true;
      options.lang = lang;
      require(!gk::cli::render_findings_text(check, options).empty());
    }
    gk::cli::JsonWriter json;
    gk::cli::write_findings_json(json, check);
  }
  format_twice(files.front());
  return 0;
}

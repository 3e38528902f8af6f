// Fuzz target: arbitrary bytes as a document file. The bytes are decoded like a file on
// disk (decode_document), extracted into a document model, and the model is rendered as
// text and as JSON — the path of `gongkai inspect`. Any input must give a model or a
// coded read diagnostic; a crash, a hang, a leak or undefined behaviour is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "document/extract.h"
#include "document/reader.h"
#include "json_writer.h"
#include "model_writers.h"

namespace {

/// Smaller limits than the program's, so that the fuzzer also reaches the limit paths.
gk::doc::ReadLimits fuzz_limits() {
  gk::doc::ReadLimits limits;
  limits.max_bytes = 1u << 20;
  limits.max_line_bytes = 4096;
  return limits;
}

void require(bool condition) {
  if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto read = gk::doc::decode_document("fuzz.txt", std::move(bytes), fuzz_limits());
  if (const auto* error = std::get_if<gk::Diagnostic>(&read)) {
    require(error->code.starts_with("E-READ-") && !error->message.empty());
    return 0;
  }
  const auto document = gk::doc::extract_document(std::move(std::get<gk::SourceText>(read)));
  const std::string text = gk::cli::render_model_text(document);
  require(!text.empty());
  gk::cli::JsonWriter json;
  gk::cli::write_model_json(json, document);
  require(!json.str().empty());
  return 0;
}

// Fuzz target: arbitrary bytes as a document file, decoded like a file on disk, extracted
// into a document model, and the model rendered as text and as JSON — the path of
// `gongkai inspect` (fuzz_inputs.h). Any input must give a model or a coded read
// diagnostic; a crash, a hang, a leak or undefined behaviour is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (const auto problem =
          gk::fuzz::run_document_input({reinterpret_cast<const char*>(data), size})) {
    std::fprintf(stderr, "fuzz_document: %s\n", problem->c_str());
    __builtin_trap();
  }
  return 0;
}

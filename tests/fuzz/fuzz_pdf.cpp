// Fuzz target: arbitrary bytes as a PDF file (fuzz_inputs.h): poppler's text layer, the
// lines and tables rebuilt from it, the document model. Any input must give a model or a
// coded error naming the file; a crash, a hang, a leak or undefined behaviour is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (const auto problem = gk::fuzz::run_pdf_input({reinterpret_cast<const char*>(data), size})) {
    std::fprintf(stderr, "fuzz_pdf: %s\n", problem->c_str());
    __builtin_trap();
  }
  return 0;
}

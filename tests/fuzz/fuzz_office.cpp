// Fuzz target: arbitrary bytes as an office file (fuzz_inputs.h): the ZIP and XML parts of
// DOCX and XLSX with their size limits (not FreeXL's XLS reader: see docs/limits.md). Any input must give a
// model or a coded error naming the file; a crash, a hang, a leak or undefined behaviour is
// a bug.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (const auto problem = gk::fuzz::run_office_input({reinterpret_cast<const char*>(data), size})) {
    std::fprintf(stderr, "fuzz_office: %s\n", problem->c_str());
    __builtin_trap();
  }
  return 0;
}

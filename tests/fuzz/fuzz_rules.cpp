// Fuzz target: arbitrary bytes as a rule file, decoded like a rule file on disk, compiled
// as a pack (parse, names and types, patterns and templates) in both languages and, when it
// compiles, evaluated against a fixed document (tests/fuzz/document.txt) with the findings
// rendered — the path of `gongkai check --rules`; the file is also formatted twice
// (`gongkai rules fmt`), see fuzz_inputs.h. Any input must give findings or coded
// diagnostics; a crash, a hang, a leak, undefined behaviour or a formatter that changes the
// tokens is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "fuzz_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gk::fuzz::fixed_document();  // read before the first input
  if (const auto problem = gk::fuzz::run_rules_input({reinterpret_cast<const char*>(data), size})) {
    std::fprintf(stderr, "fuzz_rules: %s\n", problem->c_str());
    __builtin_trap();
  }
  return 0;
}

# Sourced by scripts/test-sanitized.sh and scripts/fuzz.sh: configures ./build-asan, the one
# instrumented build (Clang with ASan, UBSan and libFuzzer's coverage: GK_FUZZ=ON) that holds
# both the sanitized test suite and the fuzz targets.
GK_INSTRUMENTED_BUILD=build-asan

configure_instrumented_build() {
  local cxx
  cxx="$(command -v clang++-14 || command -v clang++ || true)"
  if [ -z "$cxx" ]; then
    echo "gongkai: clang++ not found; install the Debian packages clang-14 libclang-rt-14-dev" >&2
    exit 2
  fi
  # -O1 and line tables only: the build is about compiling fast and reporting well (stack
  # traces with files and lines), not about speed.
  cmake -S . -B "$GK_INSTRUMENTED_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DCMAKE_CXX_COMPILER="$cxx" -DGK_FUZZ=ON >/dev/null
}

# What the test suite runs (the benchmarks are not built here).
GK_INSTRUMENTED_TEST_TARGETS=(gongkai gongkai_unit_tests gongkai_make_hostile_inputs)

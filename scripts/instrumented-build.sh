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
  cmake -S . -B "$GK_INSTRUMENTED_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DGK_FUZZ=ON >/dev/null
}

# Instrumented builds, each in a build directory of its own (scripts/test-sanitized.sh,
# scripts/fuzz.sh):
#   GK_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer on everything (GCC or
#                   Clang); any report fails the test that triggered it.
#   GK_FUZZ=ON      the libFuzzer targets of tests/fuzz (Clang only): the whole build gets
#                   coverage instrumentation, ASan and UBSan.
# Both come from Debian packages: g++ (libasan, libubsan) and clang-14 with libclang-rt-14-dev.

option(GK_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(GK_FUZZ "Build the libFuzzer targets in tests/fuzz (Clang), instrumented with ASan and UBSan" OFF)

set(GK_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)

if(GK_FUZZ)
  if(NOT GONGKAI_BUILD_TESTS)
    message(FATAL_ERROR "gongkai: GK_FUZZ=ON builds the fuzz targets with the tests; keep GONGKAI_BUILD_TESTS=ON.")
  endif()
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR
      "gongkai: GK_FUZZ=ON needs Clang (libFuzzer), but the compiler is ${CMAKE_CXX_COMPILER_ID}.\n"
      "  Configure with -DCMAKE_CXX_COMPILER=clang++ (Debian packages clang-14 and "
      "libclang-rt-14-dev), or use scripts/fuzz.sh.")
  endif()
  # fuzzer-no-link: coverage counters for libFuzzer everywhere; the fuzz targets alone link
  # libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link ${GK_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  message(STATUS "gongkai: fuzzing build (libFuzzer, ASan, UBSan)")
elseif(GK_SANITIZE)
  add_compile_options(${GK_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  message(STATUS "gongkai: sanitized build (ASan, UBSan)")
endif()

# Finds every dependency of gongkai. Each comes from a Debian 12 package; when one is
# missing, configuration stops and names the package and the command that installs it.

set(GONGKAI_APT_PACKAGES "antlr4 libantlr4-runtime-dev libicu-dev libfmt-dev libsqlite3-dev libmimalloc-dev doctest-dev pkg-config libpoppler-cpp-dev libzip-dev libpugixml-dev libfreexl-dev")

function(gongkai_missing what package)
  message(FATAL_ERROR
    "gongkai: ${what} was not found.\n"
    "  It comes from the Debian package '${package}'. Install it with:\n"
    "    apt-get install -y ${package}\n"
    "  or install everything gongkai needs with:\n"
    "    apt-get install -y ${GONGKAI_APT_PACKAGES}")
endfunction()

# ANTLR4 C++ runtime (4.9 in Debian 12).
find_package(antlr4-runtime CONFIG QUIET)
if(NOT antlr4-runtime_FOUND)
  gongkai_missing("the ANTLR4 C++ runtime (CMake package antlr4-runtime)" libantlr4-runtime-dev)
endif()
if(NOT ANTLR_VERSION VERSION_GREATER_EQUAL 4.7 OR ANTLR_VERSION VERSION_GREATER_EQUAL 4.10)
  message(FATAL_ERROR "gongkai: expected the ANTLR4 runtime 4.7–4.9, found ${ANTLR_VERSION}.")
endif()

# ANTLR4 tool (4.7.2 in Debian 12). Debian's jar is not runnable with `java -jar`; the
# /usr/bin/antlr4 wrapper sets the classpath, so we call it directly.
find_program(ANTLR4_TOOL antlr4)
if(NOT ANTLR4_TOOL)
  gongkai_missing("the ANTLR4 tool (/usr/bin/antlr4)" antlr4)
endif()
execute_process(COMMAND ${ANTLR4_TOOL} OUTPUT_VARIABLE _antlr_banner ERROR_VARIABLE _antlr_banner
                RESULT_VARIABLE _antlr_rc TIMEOUT 60)
string(REGEX MATCH "Version ([0-9.]+)" _antlr_match "${_antlr_banner}")
set(ANTLR4_TOOL_VERSION "${CMAKE_MATCH_1}")
if(NOT ANTLR4_TOOL_VERSION)
  message(FATAL_ERROR "gongkai: could not read the version of ${ANTLR4_TOOL}:\n${_antlr_banner}")
endif()
if(NOT ANTLR4_TOOL_VERSION VERSION_EQUAL 4.7.2)
  message(FATAL_ERROR
    "gongkai: the ANTLR tool is ${ANTLR4_TOOL_VERSION}, but the generated code must match the "
    "4.9 runtime the way Debian 12's tool 4.7.2 does. Install Debian's 'antlr4' package.")
endif()
message(STATUS "gongkai: ANTLR tool ${ANTLR4_TOOL_VERSION}, runtime ${ANTLR_VERSION}")

# Clang (the fuzzing build) rejects one header of the 4.9 runtime that nothing here uses
# (misc/InterpreterDataReader.h: a default constructor of a class with const members), so
# it gets a copy of antlr4-runtime.h without that include, found before the original.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  set(_antlr_shim ${CMAKE_BINARY_DIR}/antlr4-runtime-shim)
  file(READ ${ANTLR4_INCLUDE_DIR}/antlr4-runtime.h _antlr_header)
  string(REPLACE "#include \"misc/InterpreterDataReader.h\"" "" _antlr_header "${_antlr_header}")
  file(WRITE ${_antlr_shim}/antlr4-runtime.h.new "${_antlr_header}")
  file(COPY_FILE ${_antlr_shim}/antlr4-runtime.h.new ${_antlr_shim}/antlr4-runtime.h ONLY_IF_DIFFERENT)
  set(ANTLR4_INCLUDE_DIR ${_antlr_shim} ${ANTLR4_INCLUDE_DIR})
endif()

# ICU (72 in Debian 12): encodings, normalisation, regular expressions, Chinese numerals.
find_package(ICU 70 COMPONENTS uc i18n QUIET)
if(NOT ICU_FOUND)
  gongkai_missing("ICU (uc, i18n)" libicu-dev)
endif()

find_package(fmt 9 CONFIG QUIET)
if(NOT fmt_FOUND)
  gongkai_missing("fmt" libfmt-dev)
endif()

# SQLite (3.40 in Debian 12): the history database of `--db`.
find_package(SQLite3 QUIET)
if(NOT SQLite3_FOUND)
  gongkai_missing("SQLite 3" libsqlite3-dev)
endif()

# Poppler's C++ interface (22.12 in Debian 12): the text layer of PDF input, through pkg-config.
find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
  gongkai_missing("pkg-config" pkg-config)
endif()
pkg_check_modules(POPPLER_CPP QUIET IMPORTED_TARGET poppler-cpp>=22)
if(NOT POPPLER_CPP_FOUND)
  gongkai_missing("poppler's C++ library (pkg-config module poppler-cpp)" libpoppler-cpp-dev)
endif()

# libzip and pugixml: the parts of DOCX and XLSX files (ZIP archives of XML).
pkg_check_modules(LIBZIP QUIET IMPORTED_TARGET libzip>=1.5)
if(NOT LIBZIP_FOUND)
  gongkai_missing("libzip (pkg-config module libzip)" libzip-dev)
endif()
pkg_check_modules(PUGIXML QUIET IMPORTED_TARGET pugixml>=1.9)
if(NOT PUGIXML_FOUND)
  gongkai_missing("pugixml (pkg-config module pugixml)" libpugixml-dev)
endif()

# FreeXL: Excel 97 (XLS) workbooks.
pkg_check_modules(FREEXL QUIET IMPORTED_TARGET freexl>=1.0)
if(NOT FREEXL_FOUND)
  gongkai_missing("FreeXL (pkg-config module freexl)" libfreexl-dev)
endif()

find_package(Threads REQUIRED)

if(GONGKAI_BUILD_TESTS)
  find_package(doctest CONFIG QUIET)
  if(NOT doctest_FOUND)
    gongkai_missing("doctest" doctest-dev)
  endif()
endif()

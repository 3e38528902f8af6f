# GK_READER_MODULES: the PDF reader (poppler) and the office readers (libzip, pugixml,
# FreeXL) are built as modules, gongkai-pdf.so and gongkai-office.so, which the program
# loads with dlopen the first time it reads such a file. Linking them made every process
# load 42 shared libraries instead of 12, which cost a text check about a third of its time
# (bench/README.md). The modules are found relative to the program's own directory
# (/proc/self/exe): ../lib/gongkai when installed, and the same path in the build tree
# (build/src/gongkai finds build/lib/gongkai). $GONGKAI_MODULE_DIR overrides it.
# The sanitized and fuzzing builds link the readers into the programs instead.

include(GNUInstallDirs)

if(GK_SANITIZE OR GK_FUZZ)
  set(_gk_modules_default OFF)
else()
  set(_gk_modules_default ON)
endif()
option(GK_READER_MODULES "Load the PDF and office readers as modules, only when such a file is read" ${_gk_modules_default})

set(GK_MODULE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/gongkai)
file(RELATIVE_PATH GK_MODULE_DIR_FROM_PROGRAM
     ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR} ${CMAKE_INSTALL_PREFIX}/${GK_MODULE_INSTALL_DIR})
# Every program of the build tree sits one directory below it (src/, tests/, bench/).
get_filename_component(GK_MODULE_BUILD_DIR ${CMAKE_BINARY_DIR}/src/${GK_MODULE_DIR_FROM_PROGRAM} ABSOLUTE)
if(GK_READER_MODULES)
  message(STATUS "gongkai: PDF and office readers as modules in ${GK_MODULE_DIR_FROM_PROGRAM} (from the program)")
else()
  message(STATUS "gongkai: PDF and office readers linked in")
endif()

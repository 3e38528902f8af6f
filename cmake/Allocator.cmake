# The memory allocator of the programs (gongkai and the benchmarks): mimalloc (Debian's
# libmimalloc-dev, 2.0). Its library replaces malloc and free for the whole process;
# src/mimalloc_new.cpp, compiled into each program, puts operator new on it too (throwing
# std::bad_alloc when memory runs out, where mimalloc's own would abort).
# Extraction and evaluation make many small allocations that live for one document; with
# glibc's allocator about a fifth of a batch's time went to malloc and free
# (bench/README.md has the figures). mimalloc_new.cpp also asks the kernel for transparent
# huge pages on the heap (a third of a one-document check was page faults); setting
# MIMALLOC_LARGE_OS_PAGES=0 turns that off. -DGK_MIMALLOC=OFF builds with the system allocator.
# The sanitized and fuzzing builds always use the system allocator, which the sanitizers
# replace with their own.

option(GK_MIMALLOC "Link the gongkai program and the benchmarks with mimalloc" ON)

add_library(gongkai_allocator INTERFACE)
if(GK_MIMALLOC AND NOT GK_SANITIZE AND NOT GK_FUZZ)
  find_package(mimalloc 2.0 CONFIG QUIET)
  if(NOT mimalloc_FOUND)
    gongkai_missing("mimalloc (or configure with -DGK_MIMALLOC=OFF)" libmimalloc-dev)
  endif()
  target_link_libraries(gongkai_allocator INTERFACE mimalloc)
  target_sources(gongkai_allocator INTERFACE ${PROJECT_SOURCE_DIR}/src/mimalloc_new.cpp)
  message(STATUS "gongkai: allocator mimalloc ${mimalloc_VERSION}")
else()
  message(STATUS "gongkai: allocator of the C library")
endif()

// Global operator new and delete on mimalloc for the programs linked with it (see
// cmake/Allocator.cmake). mimalloc's library replaces malloc and free for the whole process;
// its own operator new would abort when memory runs out, so these throw std::bad_alloc,
// as the standard requires and as a batch relies on (the document at hand is reported as
// E-READ-TOO-LARGE and the others are checked).
#include <mimalloc.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <new>

#include <sys/mman.h>

namespace {

// The heap in 2 MiB pages where the kernel offers them (transparent huge pages, also in their
// "madvise" mode): a check of one document otherwise spends a third of its time in the page
// faults of fresh 4 KiB heap pages (1,400 of them; about 700 with this). mimalloc asks for
// them itself only when MIMALLOC_LARGE_OS_PAGES is set before it starts, so this advises the
// anonymous mapping that holds its first heap memory, before the program's static objects
// are made. MIMALLOC_LARGE_OS_PAGES in the environment (0 or 1) still decides when it is given.
[[gnu::constructor(101)]] void prefer_large_heap_pages() {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr) return;
  void* probe = mi_malloc(1);
  const auto at = reinterpret_cast<uintptr_t>(probe);
  mi_free(probe);
  FILE* maps = std::fopen("/proc/self/maps", "r");
  if (maps == nullptr) return;
  char line[512];
  while (std::fgets(line, sizeof line, maps) != nullptr) {
    unsigned long begin = 0, end = 0, inode = 1;
    if (std::sscanf(line, "%lx-%lx %*s %*s %*s %lu", &begin, &end, &inode) != 3) continue;
    if (at < begin || at >= end) continue;
    if (inode == 0) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // anonymous
    break;
  }
  std::fclose(maps);
}

void* allocate(std::size_t size) {
  if (void* p = mi_malloc(size)) return p;
  throw std::bad_alloc();
}

void* allocate(std::size_t size, std::align_val_t align) {
  if (void* p = mi_malloc_aligned(size, static_cast<std::size_t>(align))) return p;
  throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t align) { return allocate(size, align); }
void* operator new[](std::size_t size, std::align_val_t align) { return allocate(size, align); }

void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return mi_malloc(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return mi_malloc(size); }
void* operator new(std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return mi_malloc_aligned(size, static_cast<std::size_t>(align));
}
void* operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return mi_malloc_aligned(size, static_cast<std::size_t>(align));
}

void operator delete(void* p) noexcept { mi_free(p); }
void operator delete[](void* p) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { mi_free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { mi_free(p); }

#include "input/reader_modules.h"

#include <array>
#include <cstdlib>
#include <mutex>

#ifdef GK_LINKED_READERS
#include "input/office_readers.h"
#include "input/pdf_reader.h"
#else
#include <dlfcn.h>
#include <unistd.h>

#include <filesystem>
#endif

namespace gk::input {

#ifdef GK_LINKED_READERS

std::variant<ReadFunction, Diagnostic> reader_for(ReaderKind kind, const std::string&) {
  switch (kind) {
    case ReaderKind::Pdf: return &read_pdf;
    case ReaderKind::Docx: return &read_docx;
    case ReaderKind::Xlsx: return &read_xlsx;
    case ReaderKind::Xls: return &read_xls;
  }
  return &read_pdf;
}

std::string reader_module_dir() { return {}; }

#else

namespace {

using ModuleEntry = ReadFunction (*)(int kind, int abi);

/// The module file of each kind (see engine/CMakeLists.txt).
const char* module_file(ReaderKind kind) { return kind == ReaderKind::Pdf ? "gongkai-pdf.so" : "gongkai-office.so"; }

/// The directory of the running program (empty when /proc is not mounted).
std::string program_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

/// One module, loaded once; `error` says why it could not be.
struct LoadedModule {
  std::once_flag once;
  ModuleEntry entry = nullptr;
  std::string path, error;

  void load(ReaderKind kind) {
    path = reader_module_dir() + "/" + module_file(kind);
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = dlerror();
      error = why ? why : "dlopen failed";
      return;
    }
    entry = reinterpret_cast<ModuleEntry>(dlsym(handle, kReaderModuleEntry));
    if (!entry) error = std::string("it has no ") + kReaderModuleEntry;
  }
};

LoadedModule& module_of(ReaderKind kind) {
  static LoadedModule pdf, office;
  return kind == ReaderKind::Pdf ? pdf : office;
}

const char* format_name(ReaderKind kind) {
  switch (kind) {
    case ReaderKind::Pdf: return "PDF";
    case ReaderKind::Docx: return "DOCX";
    case ReaderKind::Xlsx: return "XLSX";
    case ReaderKind::Xls: return "XLS";
  }
  return "this format";
}

}  // namespace

std::string reader_module_dir() {
  if (const char* dir = std::getenv("GONGKAI_MODULE_DIR"); dir && *dir) return dir;
  const std::string program = program_dir();
  return (program.empty() ? std::string(".") : program) + "/" + GK_MODULE_DIR_FROM_PROGRAM;
}

std::variant<ReadFunction, Diagnostic> reader_for(ReaderKind kind, const std::string& file) {
  LoadedModule& module = module_of(kind);
  std::call_once(module.once, [&] { module.load(kind); });
  ReadFunction read = module.entry ? module.entry(static_cast<int>(kind), kReaderModuleAbi) : nullptr;
  if (read) return read;
  const std::string why = module.error.empty() ? "it was built for another version of gongkai" : module.error;
  return file_error("E-READER-MISSING",
                    std::string("cannot read ") + format_name(kind) + " files: the reader module " + module.path +
                        " could not be loaded (" + why + "); reinstall gongkai with its lib/gongkai directory",
                    file);
}

#endif

}  // namespace gk::input

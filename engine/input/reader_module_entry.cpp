// The entry of a reader module (gongkai-pdf.so with GK_MODULE_PDF, gongkai-office.so with
// GK_MODULE_OFFICE): hands the program the reader of a format. Everything else in the
// module is hidden (engine/CMakeLists.txt links it with --exclude-libs,ALL).
#include "input/reader_modules.h"

#ifdef GK_MODULE_PDF
#include "input/pdf_reader.h"
#endif
#ifdef GK_MODULE_OFFICE
#include "input/office_readers.h"
#endif

extern "C" __attribute__((visibility("default"))) gk::input::ReadFunction gongkai_reader_module(int kind, int abi) {
  using gk::input::ReaderKind;
  if (abi != gk::input::kReaderModuleAbi) return nullptr;
  switch (static_cast<ReaderKind>(kind)) {
#ifdef GK_MODULE_PDF
    case ReaderKind::Pdf: return &gk::input::read_pdf;
#endif
#ifdef GK_MODULE_OFFICE
    case ReaderKind::Docx: return &gk::input::read_docx;
    case ReaderKind::Xlsx: return &gk::input::read_xlsx;
    case ReaderKind::Xls: return &gk::input::read_xls;
#endif
    default: return nullptr;
  }
}

// Excel 97 (XLS, BIFF) to text with FreeXL: each sheet a table as sheet_text.h lays it out.
// FreeXL opens files by path, so the bytes are handed to it through an anonymous in-memory
// file (memfd): nothing is written to disk. Numbers are shown as stored (FreeXL does not
// give the cell formats): 2940.05, 100.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>

#include <freexl.h>

#include "input/office_readers.h"
#include "input/sheet_text.h"

namespace gk::input {
namespace {

constexpr unsigned kMaxCells = 4u << 20;  ///< cells read from one sheet

struct Handle {
  const void* xls = nullptr;
  ~Handle() {
    if (xls) freexl_close(xls);
  }
};

struct MemoryFile {
  int fd = -1;
  ~MemoryFile() {
    if (fd >= 0) ::close(fd);
  }
};

std::string number_text(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

std::string cell_text(const void* xls, unsigned row, unsigned short column) {
  FreeXL_CellValue cell;
  if (freexl_get_cell_value(xls, row, column, &cell) != FREEXL_OK) return "";
  switch (cell.type) {
    case FREEXL_CELL_INT: return std::to_string(cell.value.int_value);
    case FREEXL_CELL_DOUBLE: return number_text(cell.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: {
      std::string text = cell.value.text_value ? cell.value.text_value : "";
      for (auto& c : text) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      return text;
    }
    default: return "";
  }
}

}  // namespace

doc::ReadResult read_xls(std::string name, const std::string& bytes, const doc::ReadLimits& limits) {
  MemoryFile file{::memfd_create("gongkai-xls", MFD_CLOEXEC)};
  if (file.fd < 0) return file_error("E-READ-OPEN", "cannot hold the workbook in memory", name);
  for (size_t done = 0; done < bytes.size();) {
    const ssize_t wrote = ::write(file.fd, bytes.data() + done, bytes.size() - done);
    if (wrote <= 0) return file_error("E-READ-OPEN", "cannot hold the workbook in memory", name);
    done += static_cast<size_t>(wrote);
  }
  const std::string path = "/proc/self/fd/" + std::to_string(file.fd);
  Handle handle;
  if (freexl_open(path.c_str(), &handle.xls) != FREEXL_OK) {
    return file_error("E-OFFICE-DAMAGED", "not a readable Excel 97 (XLS) workbook", name);
  }
  unsigned info = 0;
  if (freexl_get_info(handle.xls, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
    return file_error("E-OFFICE-DAMAGED", "the workbook is protected by a password", name);
  }
  unsigned sheets = 0;
  freexl_get_info(handle.xls, FREEXL_BIFF_SHEET_COUNT, &sheets);
  std::string text;
  for (unsigned s = 0; s < sheets; ++s) {
    const char* sheet_name = nullptr;
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle.xls, static_cast<unsigned short>(s)) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle.xls, &rows, &columns) != FREEXL_OK) {
      return file_error("E-OFFICE-DAMAGED", "sheet " + std::to_string(s + 1) + " cannot be read", name);
    }
    if (static_cast<unsigned long long>(rows) * columns > kMaxCells) {
      return file_error("E-OFFICE-TOO-LARGE", "sheet " + std::to_string(s + 1) + " has more than " +
                                             std::to_string(kMaxCells) + " cells", name);
    }
    freexl_get_worksheet_name(handle.xls, static_cast<unsigned short>(s), &sheet_name);
    SheetGrid grid(rows, std::vector<std::string>(columns));
    for (unsigned r = 0; r < rows; ++r) {
      for (unsigned short c = 0; c < columns; ++c) grid[r][c] = cell_text(handle.xls, r, c);
    }
    text += sheet_text(grid, sheet_name ? sheet_name : "Sheet" + std::to_string(s + 1));
  }
  return doc::decode_document(std::move(name), std::move(text), limits);
}

}  // namespace gk::input

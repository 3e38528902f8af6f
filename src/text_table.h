// An aligned text table for the terminal: columns padded by display width (a Chinese
// character takes two columns), numbers aligned right, optional ANSI colour per cell that
// does not count toward the width.
#pragma once

#include <string>
#include <vector>

namespace gk::cli {

class TextTable {
 public:
  struct Cell {
    std::string text;
    const char* color = nullptr;  ///< ANSI SGR code ("1;31"), or null
  };
  /// `right` marks the columns aligned to the right (numbers).
  TextTable(std::vector<std::string> header, std::vector<bool> right);
  void add(std::vector<Cell> row);
  /// The table, two spaces between columns, trailing spaces trimmed; colours when `color`.
  std::string render(bool color) const;

 private:
  std::vector<std::string> header_;
  std::vector<bool> right_;
  std::vector<std::vector<Cell>> rows_;
};

}  // namespace gk::cli

#include "text_table.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/unicode.h"

namespace gk::cli {

TextTable::TextTable(std::vector<std::string> header, std::vector<bool> right)
    : header_(std::move(header)), right_(std::move(right)) {
  right_.resize(header_.size(), false);
  for (auto& h : header_) h = unicode::visible_controls(h, false);
}

void TextTable::add(std::vector<Cell> row) {
  row.resize(header_.size());
  for (auto& cell : row) cell.text = unicode::visible_controls(cell.text, false);  // file names, titles
  rows_.push_back(std::move(row));
}

std::string TextTable::render(bool color) const {
  std::vector<size_t> width(header_.size());
  for (size_t c = 0; c < header_.size(); ++c) {
    width[c] = unicode::display_width(header_[c]);
    for (const auto& row : rows_) width[c] = std::max(width[c], unicode::display_width(row[c].text));
  }
  auto line = [&](const std::vector<Cell>& cells) {
    std::string out;
    for (size_t c = 0; c < cells.size(); ++c) {
      const std::string pad(width[c] - unicode::display_width(cells[c].text), ' ');
      std::string text = cells[c].text;
      if (color && cells[c].color && !text.empty()) text = fmt::format("\x1b[{}m{}\x1b[0m", cells[c].color, text);
      if (c) out += "  ";
      out += right_[c] ? pad + text : text + pad;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::vector<Cell> head;
  for (const auto& h : header_) head.push_back({h, color ? "1" : nullptr});
  std::string out = line(head);
  for (const auto& row : rows_) out += line(row);
  return out;
}

}  // namespace gk::cli

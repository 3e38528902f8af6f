#include "base/source.h"

#include <algorithm>
#include <cstring>

namespace gk {

Span Span::merge(Span other) const {
  if (empty()) return other;
  if (other.empty()) return *this;
  return {std::min(begin, other.begin), std::max(end, other.end)};
}

SourceText::SourceText() {
  static const auto empty = std::make_shared<const Data>(Data{{}, {}, {}, {0}, {0}, {}, UINT32_MAX, {}});
  data_ = empty;
}

namespace {

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

SourceText::SourceText(std::string name, std::string utf8, std::string encoding)
    : SourceText(std::move(name), std::move(utf8), std::move(encoding), {}) {}

SourceText::SourceText(std::string name, std::string utf8, std::string encoding,
                       std::vector<uint32_t> page_starts, uint32_t pages_end, std::vector<TextBox> boxes) {
  Data data{std::move(name), std::move(utf8), std::move(encoding), {0}, {}, std::move(page_starts), pages_end,
            std::move(boxes)};
  const char* begin = data.text.data();
  const char* end = begin + data.text.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p))); ++p) {
    data.line_starts.push_back(static_cast<uint32_t>(p - begin + 1));
  }
  // Block by block: the column restarts after the block's last line break.
  data.block_columns.reserve(data.text.size() / kBlock + 1);
  uint32_t column = 0;
  for (size_t block = 0; block < data.text.size(); block += kBlock) {
    data.block_columns.push_back(column);
    const size_t block_end = std::min(data.text.size(), block + kBlock);
    size_t from = block;
    if (const void* newline = memrchr(begin + block, '\n', block_end - block)) {
      from = static_cast<size_t>(static_cast<const char*>(newline) - begin) + 1;
      column = 0;
    }
    for (size_t i = from; i < block_end; ++i) column += starts_code_point(data.text[i]);
  }
  data_ = std::make_shared<const Data>(std::move(data));
}

uint32_t SourceText::page_of(uint32_t offset) const {
  const auto& starts = data_->page_starts;
  if (starts.empty() || offset >= data_->pages_end) return 0;
  const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  return static_cast<uint32_t>(std::max<std::ptrdiff_t>(it - starts.begin(), 1));
}

const TextBox* SourceText::box_of(uint32_t offset) const {
  const auto& boxes = data_->boxes;
  if (boxes.empty() || offset >= data_->pages_end) return nullptr;
  const auto it = std::upper_bound(boxes.begin(), boxes.end(), offset,
                                   [](uint32_t o, const TextBox& b) { return o < b.offset; });
  if (it == boxes.begin()) return nullptr;
  const TextBox* box = &*(it - 1);
  // The box's line must be the offset's line: no box is kept for the page-break lines.
  return locate(box->offset).line == locate(offset).line ? box : nullptr;
}

std::string_view SourceText::slice(Span span) const {
  const std::string& text = data_->text;
  const auto size = static_cast<uint32_t>(text.size());
  const uint32_t begin = std::min(span.begin, size);
  const uint32_t end = std::clamp(span.end, begin, size);
  return std::string_view(text).substr(begin, end - begin);
}

Location SourceText::locate(uint32_t offset) const {
  const std::string& text = data_->text;
  const std::vector<uint32_t>& starts = data_->line_starts;
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  const auto line = static_cast<uint32_t>(it - starts.begin());
  // Count from the line start, or from the last block boundary inside the line.
  uint32_t from = starts[line - 1];
  uint32_t column = 1;
  const uint32_t block = offset / kBlock * kBlock;
  if (block > from && block / kBlock < data_->block_columns.size()) {
    from = block;
    column += data_->block_columns[block / kBlock];
  }
  for (uint32_t i = from; i < offset; ++i) column += starts_code_point(text[i]);
  return {line, column};
}

Span SourceText::line_span(uint32_t line) const {
  const std::string& text = data_->text;
  const std::vector<uint32_t>& starts = data_->line_starts;
  if (line == 0 || line > starts.size()) return {};
  const uint32_t begin = starts[line - 1];
  uint32_t end = line < starts.size() ? starts[line] - 1 : static_cast<uint32_t>(text.size());
  if (end > begin && text[end - 1] == '\r') --end;
  return {begin, end};
}

}  // namespace gk

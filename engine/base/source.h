// Source texts and spans: every node of the document model and of the rule AST points back
// into the text it came from with a byte span; line and column are computed only when a
// location is rendered.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gk {

/// A half-open byte range [begin, end) into a SourceText's UTF-8 text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  bool empty() const { return begin == end; }
  uint32_t size() const { return end - begin; }
  /// The smallest span covering both (an empty span is the identity).
  Span merge(Span other) const;
  friend bool operator==(const Span&, const Span&) = default;
};

/// Where a line of a text rebuilt from a PDF stood on its page (points, y downwards):
/// the box of the words of the line starting at byte `offset`.
struct TextBox {
  uint32_t offset = 0;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// A rendered position: 1-based line, 1-based column counted in Unicode code points.
struct Location {
  uint32_t line = 0;
  uint32_t column = 0;
  friend bool operator==(const Location&, const Location&) = default;
};

/// A named text held as UTF-8 (whatever its encoding on disk), with its line index.
/// Immutable; copies share the text (a document and each report appended to it hold the
/// same text without copying it).
class SourceText {
 public:
  SourceText();
  SourceText(std::string name, std::string utf8, std::string encoding = "UTF-8");
  /// A text reconstructed from a paged format (PDF): `page_starts[k]` is the byte offset
  /// where page k + 1 begins (ascending, the first 0); offsets from `pages_end` on (text
  /// attached after the paged document) have no page.
  SourceText(std::string name, std::string utf8, std::string encoding,
             std::vector<uint32_t> page_starts, uint32_t pages_end = UINT32_MAX,
             std::vector<TextBox> boxes = {});

  const std::string& name() const { return data_->name; }
  const std::string& text() const { return data_->text; }
  /// The encoding the bytes had on disk ("UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16LE"...).
  const std::string& encoding() const { return data_->encoding; }

  std::string_view slice(Span span) const;
  /// Line and column of a byte offset; the cost does not grow with the line's length.
  Location locate(uint32_t offset) const;
  uint32_t line_count() const { return static_cast<uint32_t>(data_->line_starts.size()); }
  /// The span of 1-based line `line`, without its line terminator.
  Span line_span(uint32_t line) const;
  std::string_view line_text(uint32_t line) const { return slice(line_span(line)); }
  /// 1-based page of a byte offset, or 0 when the text has no pages (a text file).
  uint32_t page_of(uint32_t offset) const;
  uint32_t page_count() const { return static_cast<uint32_t>(data_->page_starts.size()); }
  /// Byte offset where 1-based page `page` begins.
  uint32_t page_start(uint32_t page) const { return data_->page_starts[page - 1]; }
  /// Where the paged text ends (UINT32_MAX when nothing follows it).
  uint32_t pages_end() const { return data_->pages_end; }
  const std::vector<uint32_t>& page_starts() const { return data_->page_starts; }
  /// The box of the line holding `offset` on its page, or nullptr (text input, attached text).
  const TextBox* box_of(uint32_t offset) const;
  const std::vector<TextBox>& boxes() const { return data_->boxes; }

 private:
  struct Data {
    std::string name;
    std::string text;
    std::string encoding;
    std::vector<uint32_t> line_starts;
    /// Code points from the start of its line to each block boundary (every kBlock bytes),
    /// so that a column is counted from at most kBlock bytes away.
    std::vector<uint32_t> block_columns;
    std::vector<uint32_t> page_starts;  ///< empty for a text without pages
    uint32_t pages_end = UINT32_MAX;
    std::vector<TextBox> boxes;         ///< by offset, one per rebuilt line
  };
  static constexpr uint32_t kBlock = 4096;
  std::shared_ptr<const Data> data_;
};

}  // namespace gk

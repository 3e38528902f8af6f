// Internals of reading tables from text without TABs (not a public API): the words of a
// table region with their places, the rows assembled from them, and the columns the
// figures go to. Words are placed by line (y) and code-point column (x); a PDF's words with
// boxes can be placed the same way and go through the same row and column builders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "base/source.h"
#include "document/lines.h"
#include "document/model.h"
#include "document/table_vocabulary.h"

namespace gk::doc::plain {

enum class TokenKind { Number, Code, Text };

/// A caption in a comparable form: spaces, list numbering, "公开NN表" and "续表" removed.
struct CaptionKey {
  std::string title;
  std::string code;
  bool continued = false;
};

/// A caption candidate and the lines up to the next boundary.
struct Region {
  uint32_t caption = 0;       ///< the caption's first line
  uint32_t caption_end = 0;   ///< its last line (a caption wrapped over lines)
  CaptionKey key;
  uint32_t end = 0;  ///< one past the region's last line
};

/// Candidate regions: from each caption-shaped line (or caption wrapped over two lines) to
/// the next caption, part heading, line of running text or the end of its notes.
std::vector<Region> candidate_regions(const SourceText& source, Lines lines, const std::vector<bool>& consumed);

/// A part heading ("第二部分 …"): never a caption, and it ends a table region.
bool is_part_heading_line(std::string_view view);

/// A word of a table region and where it stands.
struct PlacedToken {
  Span span;
  std::string text;   ///< matching view
  TokenKind kind = TokenKind::Text;
  std::optional<Decimal> value;  ///< Number only
  uint32_t y = 0;     ///< line index within the region
  uint32_t x0 = 0;    ///< first code-point column in its line
  uint32_t x1 = 0;    ///< one past the last
  bool line_start = false;  ///< first word of its line
  uint32_t page = 0;  ///< form feeds before it within the region: columns line up per page
};

/// The words of each line of a region (index = y). Adjacent words of one letter-spaced
/// label ("因 公 出 国") are joined.
std::vector<std::vector<PlacedToken>> tokenize(const SourceText& source, Lines lines);

/// A row being assembled: its code digits, label words and figures, for one side.
struct DraftRow {
  uint32_t side = 0;
  uint32_t anchor = 0;               ///< y of the line that opened it
  std::string code;                  ///< digits of 类/款/项 joined
  std::vector<const PlacedToken*> code_tokens;
  std::vector<const PlacedToken*> label;
  std::vector<const PlacedToken*> numbers;
  bool total = false;                ///< 合计 / 总计 / 小计 row (kept while reading one row per line)
};

/// How the rows of a region are to be assembled.
struct RowContext {
  const VocabularyTable* vocabulary = nullptr;  ///< may be null (a table not in the vocabulary)
  bool codes = false;        ///< rows carry 科目代码 (a code column)
  bool side_by_side = false;
  uint32_t first_data_y = 0; ///< text words above this line are header
};

/// True when `text` labels a total row (合计, 总计, 小计, 本年收入合计…).
bool is_total_label(std::string_view text);
/// True when `text` starts with a list numbering (一、 （一） 1. 1、).
bool starts_numbered(std::string_view text);

/// What the lines of a region hold, once tokenized.
struct RegionWords {
  std::vector<std::vector<PlacedToken>> words;  ///< per line of the region (caption excluded)
  std::vector<bool> metadata;     ///< unit / 部门 / note lines
  std::optional<MoneyUnit> unit;
  Span unit_span;
  std::vector<TableNote> notes;
  bool has_unit = false;
};

/// Reads a region's lines: unit, 部门 and note lines apart, page numbers dropped, the rest
/// tokenized.
RegionWords read_region(const SourceText& source, Lines lines, const Region& region);

/// Precondition of the row builders: in a table without 科目代码 (`codes` false), digit
/// words are figures, so the caller retypes Code words as Number first.
/// Rows from a region whose columns are aligned with spaces (word positions are reliable).
std::vector<DraftRow> rows_by_position(const std::vector<std::vector<PlacedToken>>& words,
                                       const RowContext& context);
/// Rows from a region written one row per line with single spaces (positions mean nothing).
std::vector<DraftRow> rows_in_sequence(const std::vector<std::vector<PlacedToken>>& words,
                                       const RowContext& context);

/// Where the header says each amount column stands: centre x per column (-1 for a column
/// the header does not show), or empty when the header names none of them.
std::vector<double> header_centres(const std::vector<std::vector<PlacedToken>>& words,
                                   uint32_t first_data_y,
                                   const std::vector<VocabularyColumn>& columns,
                                   std::optional<std::pair<uint32_t, uint32_t>> x_range);

/// Puts each row's figures into `width` amount columns. With positions (`positional`), a
/// figure's column comes from the columns its side's figures line up in (or the header
/// centres); without, from the count (a full row) or the total column. A figure whose
/// column is not certain is marked ambiguous, and so are the blank columns it could be in.
std::vector<std::vector<TableCell>> place_figures(const std::vector<const DraftRow*>& rows,
                                                  const std::vector<VocabularyColumn>& columns,
                                                  bool positional,
                                                  const std::vector<double>& header,
                                                  uint32_t header_page);

}  // namespace gk::doc::plain

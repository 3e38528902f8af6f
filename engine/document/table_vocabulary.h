// The table vocabulary: titles, aliases and amount columns of the genre's standard tables
// (rules/vocabulary/tables.txt, built into the engine). Reading a table from text without
// TABs needs it: the header's cells are split over lines there, so the columns come from the
// vocabulary and the header only chooses a variant and tells where each column stands.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gk::doc {

/// One amount column of a vocabulary table.
struct VocabularyColumn {
  std::string name;    ///< lowest header, e.g. "基本支出"
  std::string path;    ///< header path, e.g. "本年支出/基本支出" (== name when flat)
  bool total = false;  ///< "*": a row with any figure has one in this column
};

/// The columns of a table, or of one variant of it.
struct VocabularyLayout {
  std::string header_contains;             ///< empty for the default layout
  std::vector<VocabularyColumn> columns;   ///< left half (or the only half)
  std::vector<VocabularyColumn> right;     ///< right half of a side-by-side table; else empty
};

struct VocabularyTable {
  std::string title;
  std::vector<std::string> aliases;
  std::vector<VocabularyLayout> layouts;   ///< variants in file order, the default last
  std::vector<std::string> right_words;    ///< labels in the right half contain one of these
  std::vector<std::string> right_codes;    ///< 类 codes of the right half

  bool side_by_side() const;
  /// The layout for a header whose text (spaces removed) is `header`.
  const VocabularyLayout& layout_for(std::string_view header) const;
};

/// What the figures of a column are, by its header: amounts unless it names a rate or a
/// count unit.
enum class ColumnFigures { Amounts, Percentages, Counts };
struct ColumnReading {
  ColumnFigures figures = ColumnFigures::Amounts;
  std::string measure;  ///< Counts: the measure word (个, 辆, 人次, 分 …)
};

/// A header word of count columns and the measure word its figures count in.
struct CountWord {
  std::string word;     ///< 车辆数, (辆)
  std::string measure;  ///< 辆
};

struct TableVocabulary {
  std::vector<VocabularyTable> tables;
  /// Words of table headers that never label a row (项目, 科目编码, 类, 款, 项 …).
  std::vector<std::string> header_words;
  /// Header words of columns whose figures are percentages (率, 比例, 占比, % …).
  std::vector<std::string> rate_words;
  /// Header words of columns whose figures are counts, in file order (the first found wins).
  std::vector<CountWord> count_words;

  bool is_header_word(std::string_view word) const;
  /// How the figures under a column are read, from its header path ("本年/完成率"): the
  /// header names a rate, a count unit, or neither (amounts).
  ColumnReading column_reading(std::string_view header_path) const;

  /// The table a caption names: the longest title or alias the caption (numbering and
  /// "公开NN表" stripped; compared by table_title_key) ends with; nullptr when none.
  const VocabularyTable* find(std::string_view caption) const;
};

/// A title in comparable form: NFKC, without spaces and quotation marks (“三公” = "三公" = 三公).
std::string table_title_key(std::string_view text);

/// Parses vocabulary text; on a malformed line returns nullopt and sets `error`
/// ("line N: …").
std::optional<TableVocabulary> parse_table_vocabulary(std::string_view text, std::string* error);

/// The vocabulary built into the engine (parsed once).
const TableVocabulary& builtin_table_vocabulary();

}  // namespace gk::doc

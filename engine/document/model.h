// The document model: what gongkai extracts from one 部门决算 (or related) text — its parts
// and sections, table of contents, tables, narrative paragraphs, sentences, amounts and
// breakdowns (a total and its parts).
// Every node carries the span of the original text it came from; strings named `text` or
// `title` are the *matching view* (NFKC, conversion noise removed), while the original is
// always `source.slice(span)`. The model is plain data: extraction builds it, rules read it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "base/source.h"
#include "document/kind.h"

namespace gk::doc {

inline constexpr uint32_t kNone = UINT32_MAX;  ///< "no index" for parent/section links

// ---------------------------------------------------------------------------------------
// Figures

enum class QuantityKind { Amount, Percentage, Count, Number };
enum class MoneyUnit { Yuan, WanYuan, YiYuan };  ///< 元 / 万元 / 亿元

const char* to_string(QuantityKind kind);
const char* to_string(MoneyUnit unit);  ///< "元", "万元", "亿元"

/// A figure as written: value exact, precision = value.scale().
struct Quantity {
  QuantityKind kind = QuantityKind::Number;
  Decimal value;
  MoneyUnit unit = MoneyUnit::Yuan;  ///< Amount only
  std::string measure;               ///< Count only: 人, 个, 辆, 批次, 人次, 台（套）…
  Span span;                         ///< the number and its unit in the original text
};

// ---------------------------------------------------------------------------------------
// Structure

/// How a heading or list item is numbered.
enum class NumberingStyle {
  Part,         ///< 第一部分, 第2部分
  CnComma,      ///< 一、 二十六、
  CnParen,      ///< （一） (一)
  ArabicDot,    ///< 1. 1、 1．
  ArabicParen,  ///< （1） (1)
};
const char* to_string(NumberingStyle style);
/// Nesting rank of a style: Part 0, CnComma 1, CnParen 2, ArabicDot 3, ArabicParen 4.
int rank(NumberingStyle style);

struct Numbering {
  NumberingStyle style = NumberingStyle::CnComma;
  int value = 0;         ///< parsed number (Chinese numerals converted)
  std::string text;      ///< as written, e.g. "第2部分", "（一）", "1．"
  Span span;
};

/// A part or section. sections[0] of a Document is the root (the whole text, level 0).
struct Section {
  std::optional<Numbering> numbering;
  std::string title;        ///< matching view, numbering stripped
  uint32_t level = 0;       ///< depth in the tree: 1 = part (or top heading), 2 = 一、…
  Span heading_span;        ///< the heading line(s)
  Span span;                ///< heading through the end of the section's content
  uint32_t parent = kNone;
  std::vector<uint32_t> children;    ///< indices into Document::sections
  std::vector<uint32_t> paragraphs;  ///< direct paragraphs, indices into Document::paragraphs
  std::vector<uint32_t> tables;      ///< tables directly in this section
};

struct TocEntry {
  std::optional<Numbering> numbering;
  std::string title;
  uint32_t level = 0;  ///< 1 for parts, 2 for their entries
  Span span;
};

// ---------------------------------------------------------------------------------------
// Narrative

struct Paragraph {
  Span span;
  std::string text;                     ///< matching view, lines joined
  std::optional<Numbering> numbering;   ///< numbered paragraph / list item / definition
  uint32_t section = 0;
  std::vector<uint32_t> sentences;      ///< indices into Document::sentences
};

struct Sentence {
  Span span;
  std::string text;  ///< matching view
  uint32_t paragraph = 0;
};

/// A figure in the narrative with the words written before it ("财政拨款收入" 306.88万元).
struct NarrativeAmount {
  Quantity quantity;
  std::string label;  ///< matching view of the label text, may be empty
  Span label_span;
  uint32_t sentence = 0;
};

/// One component of a Breakdown: "财政拨款收入13830.7万元，占99.99%".
struct BreakdownPart {
  uint32_t amount = 0;            ///< index into Document::amounts (the part's figure)
  std::optional<uint32_t> share;  ///< index into Document::amounts of its "占p%", if any
  std::string share_base;         ///< "基本支出" from "占基本支出的91.98%"; empty for "占99.99%"
};

/// A total and its components as the narrative states them: "收入合计13836.6万元，其中：
/// 财政拨款收入13830.7万元，占99.99%；其他收入5.9万元，占0.01%" (document/breakdown.h).
struct Breakdown {
  uint32_t total = 0;                ///< index into Document::amounts (the total's figure)
  std::vector<BreakdownPart> parts;  ///< at least one, in text order
  uint32_t section = 0;              ///< the section holding the total
  Span span;                         ///< from the total's label to the last part (or its share)
};

// ---------------------------------------------------------------------------------------
// Tables

/// How a table was written in the text: TABs between cells, one cell per TAB line, columns
/// aligned with spaces (pdftotext -layout), one row per line with single spaces and blank
/// cells dropped (pdftotext -raw, pdfplumber), or whole columns one after another (pdftotext's
/// default, pdfminer), where rows cannot be rebuilt and only the caption is read.
enum class TableLayout { TabSeparated, CellPerLine, SpaceAligned, RowPerLine, ColumnBlocks };
const char* to_string(TableLayout layout);  ///< "tab-separated", "cell-per-line", …
enum class CellKind { Empty, Number, Percentage, Text };
/// 功能分类/经济分类 科目 level from the code length: 3 digits 类, 5 款, 7 项.
enum class SubjectLevel { None, Lei, Kuan, Xiang };
const char* to_string(CellKind kind);
const char* to_string(SubjectLevel level);  ///< "", "类", "款", "项"

struct TableCell {
  Span span;
  std::string text;             ///< matching view
  CellKind kind = CellKind::Empty;
  std::optional<Decimal> value; ///< Number and Percentage (percentage as written: 36.6)
  /// The figure was read but its column is not certain (a row whose blank cells the
  /// conversion dropped): rules cannot verify what reads it.
  bool ambiguous = false;
};

struct TableColumn {
  std::string name;   ///< lowest header text over the column, e.g. "基本支出"
  std::string path;   ///< header texts top-down joined with "/", e.g. "本年支出/基本支出"
  std::optional<int> lanci;  ///< 栏次 number, when the table has a 栏次 row
};

struct TableRow {
  Span span;
  std::string label;            ///< row label: 项目/科目名称 text, e.g. "本年收入合计"
  std::string subject_code;     ///< 科目代码 when present, e.g. "2101101"
  SubjectLevel subject_level = SubjectLevel::None;
  std::optional<int> line_number;  ///< 行次
  uint32_t side = 0;            ///< 0, or 1 for the right half of a side-by-side table (收入|支出)
  std::vector<TableCell> cells; ///< aligned with Table::columns
  /// The label was put together from words on several lines of converted text (a name
  /// wrapped in its cell): which row a wrapped part belongs to was judged, not read, so a
  /// name that is not found may still be there under a differently split label.
  bool label_uncertain = false;
};

struct TableNote {
  Span span;
  std::string text;
  bool states_no_data = false;  ///< "…故本表无数据" / "本表无数据"
};

struct Table {
  TableLayout layout = TableLayout::TabSeparated;
  std::string title;            ///< e.g. "收入支出决算总表"
  Span title_span;
  std::string code;             ///< two digits from "公开 01 表", or empty
  Span code_span;
  std::optional<MoneyUnit> declared_unit;  ///< from "单位：万元"
  Span unit_span;
  Span span;                    ///< title (or first row) through the last note
  std::vector<std::vector<TableCell>> header_rows;  ///< rows above the data, incl. 栏次
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;   ///< data rows (side-by-side halves are separate rows)
  std::vector<TableNote> notes;
  uint32_t section = 0;
  /// Why the rows could not be read (empty when they were): the table is there, but rules
  /// that read its rows or cells cannot verify them.
  std::string unread;

  /// True when some data cell holds a non-zero number.
  bool has_data() const;
};

/// A table named but not given in the text ("详见附表", "（详情见附件）").
struct TableReference {
  Span span;
  std::string text;   ///< the referring sentence or line
};

// ---------------------------------------------------------------------------------------

struct Document {
  SourceText source;
  DocumentKind kind = DocumentKind::Unknown;
  /// The lines this document was read from: the whole text, or an appended report's lines.
  Span extent;
  std::string title;        ///< e.g. "醴陵市医疗保障局部门决算" (lines before the TOC/first part)
  std::optional<int> year;  ///< fiscal year named in the title, e.g. 2024
  std::vector<Section> sections;  ///< [0] is the root
  std::vector<TocEntry> toc;
  Span toc_span;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<NarrativeAmount> amounts;
  std::vector<Breakdown> breakdowns;
  std::vector<Table> tables;
  std::vector<TableReference> table_references;
  /// Reports appended to this document (a 绩效自评报告 under 附件), each extracted from its
  /// own lines of the same text; this document's model leaves those lines out, except the
  /// report's title block, which stays as the host's content.
  std::vector<Document> appended;
};

}  // namespace gk::doc

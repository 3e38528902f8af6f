#include "document/model.h"

namespace gk::doc {

const char* to_string(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::Amount: return "amount";
    case QuantityKind::Percentage: return "percentage";
    case QuantityKind::Count: return "count";
    case QuantityKind::Number: return "number";
  }
  return "number";
}

const char* to_string(MoneyUnit unit) {
  switch (unit) {
    case MoneyUnit::Yuan: return "元";
    case MoneyUnit::WanYuan: return "万元";
    case MoneyUnit::YiYuan: return "亿元";
  }
  return "元";
}

const char* to_string(NumberingStyle style) {
  switch (style) {
    case NumberingStyle::Part: return "part";
    case NumberingStyle::CnComma: return "cn-comma";
    case NumberingStyle::CnParen: return "cn-paren";
    case NumberingStyle::ArabicDot: return "arabic-dot";
    case NumberingStyle::ArabicParen: return "arabic-paren";
  }
  return "";
}

int rank(NumberingStyle style) { return static_cast<int>(style); }

const char* to_string(CellKind kind) {
  switch (kind) {
    case CellKind::Empty: return "empty";
    case CellKind::Number: return "number";
    case CellKind::Percentage: return "percentage";
    case CellKind::Text: return "text";
  }
  return "";
}

const char* to_string(SubjectLevel level) {
  switch (level) {
    case SubjectLevel::None: return "";
    case SubjectLevel::Lei: return "类";
    case SubjectLevel::Kuan: return "款";
    case SubjectLevel::Xiang: return "项";
  }
  return "";
}

const char* to_string(TableLayout layout) {
  switch (layout) {
    case TableLayout::TabSeparated: return "tab-separated";
    case TableLayout::CellPerLine: return "cell-per-line";
    case TableLayout::SpaceAligned: return "space-aligned";
    case TableLayout::RowPerLine: return "row-per-line";
    case TableLayout::ColumnBlocks: return "column-blocks";
  }
  return "";
}

bool Table::has_data() const {
  for (const auto& row : rows) {
    for (const auto& cell : row.cells) {
      if (cell.kind == CellKind::Number && cell.value && !cell.value->is_zero()) return true;
    }
  }
  return false;
}

}  // namespace gk::doc

#include "check/fields.h"

#include <vector>

namespace gk::check {
namespace {

using K = TypeKind;
using F = FieldId;

const std::vector<Field>& table() {
  static const std::vector<Field> kTable = {
      {F::DocTitle, K::Document, "title", "标题", Type::of(K::Text), "文档标题"},
      {F::DocKind, K::Document, "kind", "类型", Type::of(K::Text),
       "文档类型：部门决算、部门预算、整体支出绩效自评报告、项目支出绩效评价报告或未知"},
      {F::DocYear, K::Document, "year", "年度", Type::of(K::Plain), "标题中的年度"},
      {F::DocTables, K::Document, "tables", "表格", Type::list_of(K::Table), "文中的全部表"},
      {F::DocSections, K::Document, "sections", "章节", Type::list_of(K::Section), "全部章节"},
      {F::DocParts, K::Document, "parts", "部分", Type::list_of(K::Section), "第一层的部分"},
      {F::DocToc, K::Document, "toc", "目录", Type::list_of(K::TocEntry), "目录条目"},
      {F::DocReferences, K::Document, "references", "附表引用", Type::list_of(K::Text),
       "“详见附表”“详情见附件”之类只引用而未给出表的句子"},

      {F::SectionTitle, K::Section, "title", "标题", Type::of(K::Text), "标题（不含编号）"},
      {F::SectionNumber, K::Section, "number", "编号", Type::of(K::Plain), "编号的数值（一、→1）"},
      {F::SectionExpectedNumber, K::Section, "expected_number", "应有编号", Type::of(K::Plain),
       "按同级上一个同样式编号推算的编号"},
      {F::SectionLevel, K::Section, "level", "层级", Type::of(K::Plain), "1 为部分，2 为其下一级…"},
      {F::SectionStyle, K::Section, "style", "编号样式", Type::of(K::Text),
       "part、cn-comma、cn-paren、arabic-dot、arabic-paren"},
      {F::SectionEmpty, K::Section, "empty", "为空", Type::of(K::Bool), "标题下没有任何文字或表"},
      {F::SectionText, K::Section, "text", "正文", Type::of(K::Text), "章节的全部文字"},
      {F::SectionChildren, K::Section, "children", "下级", Type::list_of(K::Section), "下级章节"},
      {F::SectionTables, K::Section, "tables", "表格", Type::list_of(K::Table), "章节内的表"},

      {F::TableTitle, K::Table, "title", "表名", Type::of(K::Text), "表名"},
      {F::TableCode, K::Table, "code", "表号", Type::of(K::Text), "“公开01表”中的两位数字"},
      {F::TableUnit, K::Table, "unit", "单位", Type::of(K::Text), "表上写明的金额单位"},
      {F::TableHasData, K::Table, "has_data", "有数据", Type::of(K::Bool), "有非零数字"},
      {F::TableNoDataNote, K::Table, "no_data_note", "无数据说明", Type::of(K::Bool),
       "表下注明“本表无数据”"},
      {F::TableRows, K::Table, "rows", "行", Type::list_of(K::Row), "数据行"},
      {F::TableSection, K::Table, "section", "所在章节", Type::of(K::Section), "表所在的章节"},

      {F::RowLabel, K::Row, "label", "名称", Type::of(K::Text), "行的名称（项目、科目名称）"},
      {F::RowCode, K::Row, "code", "科目代码", Type::of(K::Text), "科目代码"},
      {F::RowLevel, K::Row, "level", "级次", Type::of(K::Text), "类、款、项"},
      {F::RowLine, K::Row, "line", "行次", Type::of(K::Plain), "行次"},

      {F::BreakdownTotal, K::Breakdown, "total", "合计", Type::of(K::Money), "总数"},
      {F::BreakdownParts, K::Breakdown, "parts", "各项", Type::list_of(K::Share), "其中各项"},
      {F::BreakdownLabel, K::Breakdown, "label", "名称", Type::of(K::Text), "总数的名称"},
      {F::BreakdownShareTotal, K::Breakdown, "shares_total", "占比合计", Type::of(K::Ratio),
       "各项写明的占比之和（有一项没写占比时无法取得）"},
      {F::ShareLabel, K::Share, "label", "名称", Type::of(K::Text), "该项的名称"},
      {F::ShareAmount, K::Share, "amount", "金额", Type::of(K::Money), "该项的金额"},
      {F::SharePercentage, K::Share, "share", "占比", Type::of(K::Ratio), "写明的占比"},
      {F::ShareBase, K::Share, "base", "基数", Type::of(K::Text),
       "“占基本支出的8.02%”中的“基本支出”；只写“占8.02%”时为空"},
      {F::ShareTotal, K::Share, "total", "合计", Type::of(K::Money), "所属构成的总数"},

      {F::TocTitle, K::TocEntry, "title", "标题", Type::of(K::Text), "目录中的标题"},
      {F::TocNumber, K::TocEntry, "number", "编号", Type::of(K::Plain), "编号的数值"},
      {F::TocLevel, K::TocEntry, "level", "层级", Type::of(K::Plain), "1 为部分"},

      {F::ItemTitle, K::Item, "title", "标题", Type::of(K::Text), "标题；编号段落为其第一个分句"},
      {F::ItemNumber, K::Item, "number", "编号", Type::of(K::Plain), "编号的数值"},
      {F::ItemExpectedNumber, K::Item, "expected_number", "应有编号", Type::of(K::Plain),
       "按同一列表中上一项推算的编号（第一项为 1）"},
      {F::ItemStyle, K::Item, "style", "编号样式", Type::of(K::Text),
       "part、cn-comma、cn-paren、arabic-dot、arabic-paren"},
  };
  return kTable;
}

}  // namespace

std::span<const Field> fields() { return table(); }

const Field& field(FieldId id) { return table()[static_cast<size_t>(id)]; }

const Field* find_field(TypeKind owner, std::string_view name) {
  for (const auto& f : table())
    if (f.owner == owner && (name == f.en || name == f.zh)) return &f;
  return nullptr;
}

}  // namespace gk::check

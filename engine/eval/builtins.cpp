#include "eval/builtins.h"

#include "eval/value.h"

#include <algorithm>

namespace gk::eval {
namespace {

using K = check::TypeKind;
using check::Type;

constexpr uint32_t kNumbers =
    bit(K::Plain) | bit(K::Money) | bit(K::Ratio) | bit(K::Count) | bit(K::Figure);
constexpr uint32_t kAny = 0xFFFFFFFFu;
constexpr uint32_t kScope = bit(K::Section) | bit(K::Document);
constexpr uint32_t kTextual = bit(K::Text);

Param p(uint32_t kinds) { return Param{kinds, false, false, false}; }
Param pattern() { return Param{kTextual, true, false, false}; }
Param optional_pattern() { return Param{kTextual, true, true, false}; }

const std::vector<Builtin>& table() {
  static const std::vector<Builtin> kTable = {
      {BuiltinId::Exists, "exists", "存在", {p(kAny)},
       "找到了该章节、表或数字（列表非空）时为真", "true when the section, table or figure was found (a list: not empty)",
       "exists(三公说明)", builtin_fns::exists},
      {BuiltinId::Count, "count", "数目", {p(bit(K::Section) | bit(K::Table) | bit(K::List))},
       "找到的章节或表的个数，或列表的项数", "how many sections or tables were found, or the items of a list",
       "count(收支总表) == 1", builtin_fns::count},
      {BuiltinId::Sum, "sum", "求和", {p(bit(K::List)), Param{kTextual, true, true, false}},
       "列表中各数相加；对表行列表再给列名，则把各行该列相加", "adds the figures of a list; for a list of rows, give a column",
       "sum(f.各项) == f.合计", builtin_fns::sum},
      {BuiltinId::Min, "min", "最小", {Param{kNumbers | bit(K::List), false, false, true}},
       "最小值", "the smallest", "min(a, b)", builtin_fns::min},
      {BuiltinId::Max, "max", "最大", {Param{kNumbers | bit(K::List), false, false, true}},
       "最大值", "the largest", "max(a, b)", builtin_fns::max},
      {BuiltinId::Abs, "abs", "绝对值", {p(kNumbers)}, "绝对值", "the absolute value", "abs(a - b) <= 1万元", builtin_fns::abs},
      {BuiltinId::Round, "round", "四舍五入", {p(kNumbers), p(bit(K::Plain))},
       "按显示单位保留几位小数", "rounds to a number of decimals of its display unit", "round(a / b, 2)", builtin_fns::round},
      {BuiltinId::If, "if", "如果", {p(bit(K::Bool)), p(kAny), p(kAny)},
       "条件为真取第二个，否则取第三个", "the second argument when the condition holds, else the third",
       "if(f.方向 == \"增加\", f.本年 - f.变动, f.本年 + f.变动)", builtin_fns::if_, true},
      {BuiltinId::Text, "text", "全文", {p(bit(K::Section) | bit(K::Table) | bit(K::Row) | bit(K::Document) | bit(K::Fact))},
       "章节（或表、表行）的全部文字；事实所在的原句", "all the text of a section (a table, a row); the words a fact was read from",
       "text(三公说明) ~ \"无\"", builtin_fns::text},
      {BuiltinId::Name, "name", "名称", {p(kAny)},
       "规则里给它起的名字（章节、表），或文字本身", "the name the rules give it (a section, a table), or the text itself",
       "\"缺少{name(p)}\"", builtin_fns::name},
      {BuiltinId::Mentions, "mentions", "提到", {p(kScope | kTextual), Param{kTextual, true, false, true}},
       "范围内有一句话同时符合各个模式", "some sentence in the scope matches every pattern",
       "mentions(三公说明, \"因公出国\", \"无|未发生\")", builtin_fns::mentions},
      {BuiltinId::Amount, "amount", "金额", {p(kScope), optional_pattern()},
       "范围内标签符合模式的第一个金额", "the first amount in the scope whose label matches",
       "amount(三公说明, \"公务接待费\")", builtin_fns::amount},
      {BuiltinId::Amounts, "amounts", "各金额", {p(kScope | bit(K::List)), optional_pattern()},
       "范围（或一组章节）内标签符合模式的全部金额", "every amount in the scope (or a list of sections) whose label matches",
       "amounts(收入说明, \"收入\")", builtin_fns::amounts, false, true},
      {BuiltinId::Percentage, "percentage", "百分比", {p(kScope), optional_pattern()},
       "范围内标签符合模式的第一个百分比", "the first percentage in the scope whose label matches",
       "percentage(收入说明, \"财政拨款\")", builtin_fns::percentage},
      {BuiltinId::Quantity, "quantity", "数量", {p(kScope), optional_pattern()},
       "范围内标签符合模式的第一个数量（个、辆、人次…）", "the first count (个, 辆, 人次…) whose label matches",
       "quantity(三公说明, \"团组\")", builtin_fns::quantity},
      {BuiltinId::Cell, "cell", "单元格", {p(bit(K::Table)), pattern(), Param{kTextual | bit(K::Plain), true, false, false}},
       "表中某行某列的数：行按名称或科目代码，列按表头或栏次", "a cell: row by label or subject code; column by header or 栏次",
       "cell(收支总表, \"^总计\", \"金额\")", builtin_fns::cell},
      {BuiltinId::Row, "row", "表行", {p(bit(K::Table)), pattern()},
       "表中名称（或科目代码）符合模式的第一行", "the first row whose label (or subject code) matches",
       "row(收支总表, \"本年收入合计\")", builtin_fns::row},
      {BuiltinId::Rows, "rows", "各行", {p(bit(K::Table)), optional_pattern()},
       "表中名称符合模式的各行（不给模式则为全部数据行）", "the rows whose label matches (all data rows without a pattern)",
       "rows(支出表, \"^2\")", builtin_fns::rows},
      {BuiltinId::Value, "value", "取值", {p(bit(K::Row)), Param{kTextual | bit(K::Plain), true, false, false}},
       "表行在某列的数", "the figure of a row in a column", "value(r, \"基本支出\")", builtin_fns::value},
      {BuiltinId::Column, "column", "各列值", {p(bit(K::Table)), Param{kTextual | bit(K::Plain), true, false, false}},
       "表中某列各行的数", "the figures of a column, row by row", "sum(column(t, \"金额\"))", builtin_fns::column},
      {BuiltinId::Children, "children", "下级", {p(bit(K::Row) | bit(K::Section))},
       "科目的下一级科目行（类→款→项），或章节的下级章节", "the next-level subject rows (类→款→项), or a section's subsections",
       "sum(children(r), \"合计\")", builtin_fns::children},
      {BuiltinId::Sections, "sections", "各章节", {Param{kScope, false, true, false}},
       "范围内（缺省为全文）的全部章节", "every section inside the scope (the whole document by default)",
       "for s in sections()", builtin_fns::sections, false, true},
      {BuiltinId::Sentences, "sentences", "各句", {p(kScope)},
       "范围内的全部句子", "every sentence of the scope", "count(sentences(三公说明)) > 0", builtin_fns::sentences, false, true},
      {BuiltinId::Heading, "find_heading", "查找标题", {p(kTextual)},
       "正文中标题与该文字相同的章节", "the section of the body whose title is this text",
       "exists(find_heading(e.标题))", builtin_fns::heading},
      {BuiltinId::Breakdowns, "breakdowns", "构成", {p(kScope)},
       "范围内“合计N，其中：A a，占p%…”的构成", "the “total, of which: A a (p%)…” breakdowns in the scope",
       "for b in breakdowns(情况说明)", builtin_fns::breakdowns, false, true},
      {BuiltinId::Shares, "shares", "构成项", {p(kScope)},
       "范围内各构成的全部组成项", "every part of every breakdown in the scope",
       "for p in shares(情况说明) where exists(p.占比)", builtin_fns::shares, false, true},
      {BuiltinId::Cells, "cells", "各格", {p(bit(K::Row)), Param{kTextual | bit(K::Plain), true, false, false}},
       "表行中列名符合模式的各格", "the figures of a row in every column whose header matches",
       "sum(cells(r, \"基本支出|项目支出\"))", builtin_fns::cells},
      {BuiltinId::Values, "values", "各行取值", {p(bit(K::List)), Param{kTextual | bit(K::Plain), true, false, false}},
       "一组表行在某列的数", "the figures of a list of rows in one column",
       "values(rows(收支总表, \"^总计\"), \"金额\")", builtin_fns::values},
      {BuiltinId::Numbered, "numbered", "编号项", {Param{kScope, false, true, false}},
       "范围内（缺省为全文）按原文顺序的编号项：带编号的标题和带编号的段落",
       "the numbered headings and numbered paragraphs inside the scope (the whole document by default), in text order",
       "for i in numbered(doc)", builtin_fns::numbered, false, true},
      {BuiltinId::Number, "number", "数值", {p(kNumbers)},
       "去掉单位的数：金额按它的显示单位，百分比按百分数，数量去掉量词",
       "the figure as a bare number: an amount in its display unit, a percentage in percent, a count without its measure word",
       "number(value(r, \"自评分\")) <= 100", builtin_fns::number},
      {BuiltinId::Lookup, "lookup", "查找行", {p(bit(K::Table) | bit(K::List)), p(kTextual)},
       "表中（或一组表行中）科目代码等于它、或名称与它完全相同的第一行（名称不计空格、括号里的“类/款/项”和前面的代码）",
       "the first row of a table (or of a list of rows) whose subject code is this, or whose whole name is this (spaces, a (类)/(款)/(项) tag and a leading code aside)",
       "lookup(财拨支出表, f.科目)", builtin_fns::lookup},
      {BuiltinId::Capture, "capture", "摘取", {p(kTextual), pattern()},
       "文字中符合模式的部分：模式有括号时取第一个括号里的部分；不符合则无法核实",
       "the part of the text the pattern matches (its first group, if it has one); missing when it does not match",
       "capture(text(s), \"([^，。]+)（项）\")", builtin_fns::capture},
  };
  return kTable;
}

}  // namespace

std::span<const Builtin> builtins() { return table(); }

/// The table is in the enum's order (a unit test holds it to that).
const Builtin& builtin(BuiltinId id) { return table()[static_cast<size_t>(id)]; }

const Builtin* find_builtin(std::string_view name) {
  for (const auto& b : table())
    if (name == b.en || name == b.zh) return &b;
  return nullptr;
}

Type builtin_result(BuiltinId id, std::span<const Type> args) {
  auto arg = [&](size_t i) { return i < args.size() ? args[i] : Type::of(K::Error); };
  switch (id) {
    case BuiltinId::Exists: case BuiltinId::Mentions: return Type::of(K::Bool);
    case BuiltinId::Count: return Type::of(K::Count);
    case BuiltinId::Sum: {
      const Type list = arg(0);
      if (list.element == K::Row) return Type::of(K::Figure);
      if (list.element == K::Share) return Type::of(K::Money);
      return Type::of(list.element == K::Error ? K::Error : list.element);
    }
    case BuiltinId::Min: case BuiltinId::Max: {
      const Type first = arg(0);
      if (first.kind == K::List) return first.item();
      return first;
    }
    case BuiltinId::Abs: case BuiltinId::Round: return arg(0);
    case BuiltinId::If: return arg(1).kind == K::Error ? arg(2) : arg(1);
    case BuiltinId::Text: case BuiltinId::Name: return Type::of(K::Text);
    case BuiltinId::Amount: return Type::of(K::Money);
    case BuiltinId::Cell: case BuiltinId::Value: return Type::of(K::Figure);
    case BuiltinId::Amounts: return Type::list_of(K::Money);
    case BuiltinId::Column: return Type::list_of(K::Figure);
    case BuiltinId::Percentage: return Type::of(K::Ratio);
    case BuiltinId::Quantity: return Type::of(K::Count);
    case BuiltinId::Row: return Type::of(K::Row);
    case BuiltinId::Rows: return Type::list_of(K::Row);
    case BuiltinId::Children:
      return Type::list_of(arg(0).kind == K::Section ? K::Section : K::Row);
    case BuiltinId::Sections: return Type::list_of(K::Section);
    case BuiltinId::Sentences: return Type::list_of(K::Text);
    case BuiltinId::Heading: return Type::of(K::Section);
    case BuiltinId::Breakdowns: return Type::list_of(K::Breakdown);
    case BuiltinId::Shares: return Type::list_of(K::Share);
    case BuiltinId::Cells: case BuiltinId::Values: return Type::list_of(K::Figure);
    case BuiltinId::Numbered: return Type::list_of(K::Item);
    case BuiltinId::Number: return Type::of(K::Plain);
    case BuiltinId::Lookup: return Type::of(K::Row);
    case BuiltinId::Capture: return Type::of(K::Text);
  }
  return Type::of(K::Error);
}

std::string describe_kinds(uint32_t kinds, Language lang) {
  if (kinds == kAny) return lang == Language::Zh ? "任意值" : "any value";
  std::string out;
  for (uint32_t k = 0; k <= static_cast<uint32_t>(K::List); ++k) {
    if (!(kinds & (1u << k))) continue;
    if (!out.empty()) out += lang == Language::Zh ? "、" : " or ";
    out += describe(static_cast<K>(k), lang);
  }
  return out;
}

}  // namespace gk::eval

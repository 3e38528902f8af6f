#include "check/types.h"

namespace gk::check {

bool Type::is_numeric() const {
  switch (kind) {
    case TypeKind::Error:
    case TypeKind::Plain:
    case TypeKind::Money:
    case TypeKind::Ratio:
    case TypeKind::Count:
    case TypeKind::Figure: return true;
    default: return false;
  }
}

std::string describe(TypeKind kind, Language lang) {
  const bool zh = lang == Language::Zh;
  switch (kind) {
    case TypeKind::Error: return zh ? "未知" : "unknown";
    case TypeKind::Bool: return zh ? "真假值" : "a true/false value";
    case TypeKind::Plain: return zh ? "数" : "a number";
    case TypeKind::Money: return zh ? "金额" : "an amount";
    case TypeKind::Ratio: return zh ? "百分比" : "a percentage";
    case TypeKind::Count: return zh ? "数量" : "a count";
    case TypeKind::Figure: return zh ? "表中的数" : "a table figure";
    case TypeKind::Text: return zh ? "文本" : "text";
    case TypeKind::Section: return zh ? "章节" : "a section";
    case TypeKind::Table: return zh ? "表" : "a table";
    case TypeKind::Row: return zh ? "表行" : "a table row";
    case TypeKind::Fact: return zh ? "事实" : "a fact";
    case TypeKind::Breakdown: return zh ? "构成（合计及其中各项）" : "a breakdown";
    case TypeKind::Share: return zh ? "构成项" : "a breakdown part";
    case TypeKind::TocEntry: return zh ? "目录条目" : "a table-of-contents entry";
    case TypeKind::Item: return zh ? "编号项" : "a numbered item";
    case TypeKind::Document: return zh ? "文档" : "the document";
    case TypeKind::List: return zh ? "列表" : "a list";
  }
  return "";
}

std::string describe(const Type& type, Language lang) {
  if (type.kind != TypeKind::List) return describe(type.kind, lang);
  if (type.element == TypeKind::Error) return describe(TypeKind::List, lang);
  if (lang == Language::Zh) return describe(type.element, lang) + "列表";
  return "a list of " + describe(type.element, lang);
}

}  // namespace gk::check

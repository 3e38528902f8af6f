// Fields of document values at run time (`doc.title`, `s.编号`, `t.有数据`, `f.预算`).
#include <fmt/format.h>

#include "eval/context.h"

namespace gk::eval {
namespace {

using VK = Value::Kind;
using check::FieldId;

Value plain_int(int64_t n, EvidenceList evidence = {}) {
  return Value::of_figure(Figure::plain(Decimal::from_int(n), true), std::move(evidence));
}

}  // namespace

Value Context::field(const Value& object, FieldId id) {
  TypeKind owner = TypeKind::Error;
  switch (object.kind) {
    case VK::Document: owner = TypeKind::Document; break;
    case VK::Section: owner = TypeKind::Section; break;
    case VK::Table: owner = TypeKind::Table; break;
    case VK::Row: owner = TypeKind::Row; break;
    case VK::Breakdown: owner = TypeKind::Breakdown; break;
    case VK::Share: owner = TypeKind::Share; break;
    case VK::TocEntry: owner = TypeKind::TocEntry; break;
    case VK::Item: owner = TypeKind::Item; break;
    default: break;
  }
  const check::Field* f = &check::field(id);
  if (f->owner != owner) throw RuleError{"该值没有这个字段"};
  if (object.found_nothing()) return Value::not_there(fmt::format("未找到“{}”", show(object)));
  switch (owner) {
    case TypeKind::Document: return document_field(f->id);
    case TypeKind::Section: return section_field(f->id, object);
    case TypeKind::Table: return table_field(f->id, object);
    default: break;
  }
  if (owner == TypeKind::Row) {
    const auto& row = doc_.tables[object.ids[0]].rows[object.ids[1]];
    auto evidence = [&] { return row_evidence(object.ids[0], object.ids[1]); };
    switch (f->id) {
      case FieldId::RowLabel: return Value::of_text(row.label, evidence());
      case FieldId::RowCode: return Value::of_text(row.subject_code, evidence());
      case FieldId::RowLevel: return Value::of_text(doc::to_string(row.subject_level), evidence());
      case FieldId::RowLine:
        return row.line_number ? plain_int(*row.line_number, evidence()) : Value::missing("该行没有行次");
      default: break;
    }
  }
  if (owner == TypeKind::Breakdown) {
    const auto& b = doc_.breakdowns[object.ids[0]];
    switch (f->id) {
      case FieldId::BreakdownTotal: return amount_value(b.total);
      case FieldId::BreakdownLabel:
        return Value::of_text(doc_.amounts[b.total].label, amount_evidence_list(b.total));
      case FieldId::BreakdownShareTotal: {
        std::optional<Value> total;
        for (const auto& part : b.parts) {
          if (!part.share) return Value::missing("有的构成项没有写占比");
          const Value share = amount_value(*part.share);
          if (!total) {
            total = share;
            continue;
          }
          FigureError error;
          auto sum = add(total->figure, share.figure, &error);
          if (!sum) throw RuleError{error.message};
          total->figure = *sum;
          total->add_evidence(share.evidence);
        }
        return total ? *total : Value::missing("没有构成项");
      }
      case FieldId::BreakdownParts: {
        std::vector<Value> parts;
        for (uint32_t i = 0; i < b.parts.size(); ++i) parts.push_back(Value::of_ids(VK::Share, {object.ids[0], i}));
        return Value::list(std::move(parts));
      }
      default: break;
    }
  }
  if (owner == TypeKind::Share) {
    const auto& part = doc_.breakdowns[object.ids[0]].parts[object.ids[1]];
    switch (f->id) {
      case FieldId::ShareLabel:
        return Value::of_text(doc_.amounts[part.amount].label, amount_evidence_list(part.amount));
      case FieldId::ShareAmount: return amount_value(part.amount);
      case FieldId::SharePercentage:
        return part.share ? amount_value(*part.share) : Value::missing("该项没有写占比");
      case FieldId::ShareBase: return Value::of_text(part.share_base);
      case FieldId::ShareTotal: return amount_value(doc_.breakdowns[object.ids[0]].total);
      default: break;
    }
  }
  if (owner == TypeKind::TocEntry) {
    const auto& entry = doc_.toc[object.ids[0]];
    const EvidenceList e(Evidence{entry.span, entry.title, "", ""});
    switch (f->id) {
      case FieldId::TocTitle: return Value::of_text(entry.title, e);
      case FieldId::TocNumber:
        return entry.numbering ? plain_int(entry.numbering->value, e) : Value::missing("该条目没有编号");
      case FieldId::TocLevel: return plain_int(entry.level, e);
      default: break;
    }
  }
  if (owner == TypeKind::Item) {
    switch (f->id) {
      case FieldId::ItemTitle: return Value::of_text(object.text, object.evidence);
      case FieldId::ItemNumber: return plain_int(object.ids[2], object.evidence);
      case FieldId::ItemExpectedNumber: return plain_int(object.ids[3], object.evidence);
      case FieldId::ItemStyle:
        return Value::of_text(doc::to_string(static_cast<doc::NumberingStyle>(object.ids[4])), object.evidence);
      default: break;
    }
  }
  throw RuleError{"该值没有这个字段"};
}

Value Context::fact_field(const Value& object, uint32_t field) {
  if (object.kind != VK::Fact) throw RuleError{"只有事实才有这个字段"};
  const FactInstance& instance = fact_instance(object);
  if (field >= instance.fields.size()) throw RuleError{"事实没有这个字段"};
  return instance.fields[field];
}

Value Context::document_field(FieldId id) {
  std::vector<Value> items;
  switch (id) {
    case FieldId::DocTitle: return Value::of_text(doc_.title);
    case FieldId::DocKind: return Value::of_text(doc::to_chinese(doc_.kind));
    case FieldId::DocYear:
      return doc_.year ? plain_int(*doc_.year) : Value::missing("标题中没有年度");
    case FieldId::DocTables:
      for (uint32_t t = 0; t < doc_.tables.size(); ++t) items.push_back(Value::of_ids(VK::Table, {t}));
      break;
    case FieldId::DocSections:
    case FieldId::DocParts:
      for (uint32_t s = 1; s < doc_.sections.size(); ++s)
        if (id == FieldId::DocSections || doc_.sections[s].level == 1)
          items.push_back(Value::of_ids(VK::Section, {s}));
      break;
    case FieldId::DocToc:
      for (uint32_t e = 0; e < doc_.toc.size(); ++e) items.push_back(Value::of_ids(VK::TocEntry, {e}));
      break;
    case FieldId::DocReferences:
      for (const auto& r : doc_.table_references)
        items.push_back(Value::of_text(r.text, Evidence{r.span, r.text, "", ""}));
      break;
    default: throw RuleError{"文档没有这个字段"};
  }
  return Value::list(std::move(items));
}

Value Context::section_field(FieldId id, const Value& object) {
  const uint32_t s = object.primary();
  const doc::Section& section = doc_.sections[s];
  const EvidenceList& here = heading_evidence_list(s);
  std::vector<Value> items;
  switch (id) {
    case FieldId::SectionTitle: return Value::of_text(section.title, here);
    case FieldId::SectionNumber:
      return section.numbering ? plain_int(section.numbering->value, here)
                               : Value::missing(fmt::format("“{}”没有编号", section.title));
    case FieldId::SectionExpectedNumber: {
      if (!section.numbering) return Value::missing(fmt::format("“{}”没有编号", section.title));
      int expected = 1;
      if (section.parent != doc::kNone) {
        for (uint32_t sibling : doc_.sections[section.parent].children) {
          if (sibling == s) break;
          const auto& n = doc_.sections[sibling].numbering;
          if (n && n->style == section.numbering->style) expected = n->value + 1;
        }
      }
      return plain_int(expected, here);
    }
    case FieldId::SectionLevel: return plain_int(section.level, here);
    case FieldId::SectionStyle:
      return section.numbering ? Value::of_text(doc::to_string(section.numbering->style), here)
                               : Value::of_text("", here);
    case FieldId::SectionEmpty: {
      Value v = Value::of_bool(section_empty(s));
      v.evidence = here;
      return v;
    }
    case FieldId::SectionText: {
      std::string text;
      for (uint32_t x = s; x < subtree_end(s); ++x)
        for (uint32_t p : doc_.sections[x].paragraphs) text += doc_.paragraphs[p].text + "\n";
      return Value::of_text(std::move(text), here);
    }
    case FieldId::SectionChildren:
      for (uint32_t c : section.children) items.push_back(Value::of_ids(VK::Section, {c}));
      return Value::list(std::move(items));
    case FieldId::SectionTables:
      for (uint32_t t = 0; t < doc_.tables.size(); ++t)
        if (within(doc_.tables[t].section, s)) items.push_back(Value::of_ids(VK::Table, {t}));
      return Value::list(std::move(items));
    default: throw RuleError{"章节没有这个字段"};
  }
}

Value Context::table_field(FieldId id, const Value& object) {
  const uint32_t t = object.primary();
  const doc::Table& table = doc_.tables[t];
  const EvidenceList here(Evidence{table.title_span, table.title, "", ""});
  std::vector<Value> rows;
  switch (id) {
    case FieldId::TableTitle: return Value::of_text(table.title, here);
    case FieldId::TableCode: return Value::of_text(table.code, here);
    case FieldId::TableUnit:
      return table.declared_unit
                 ? Value::of_text(doc::to_string(*table.declared_unit),
                                  Evidence{table.unit_span, "单位", doc::to_string(*table.declared_unit), ""})
                 : Value::missing(fmt::format("“{}”没有写明单位", table.title));
    case FieldId::TableHasData: {
      if (!table.unread.empty())
        return Value::unsure(fmt::format("“{}”的行未能读出：{}", table.title, table.unread));
      Value v = Value::of_bool(table.has_data());
      v.evidence = here;
      return v;
    }
    case FieldId::TableNoDataNote: {
      Value v = Value::of_bool(false);
      v.evidence = here;
      for (const auto& note : table.notes)
        if (note.states_no_data) {
          v.boolean = true;
          v.evidence.push_back({note.span, note.text, "", ""});
        }
      return v;
    }
    case FieldId::TableRows:
      if (!table.unread.empty())
        return Value::unsure(fmt::format("“{}”的行未能读出：{}", table.title, table.unread));
      for (uint32_t r = 0; r < table.rows.size(); ++r) rows.push_back(Value::of_ids(VK::Row, {t, r}));
      return Value::list(std::move(rows));
    case FieldId::TableSection: return Value::of_ids(VK::Section, {table.section});
    default: throw RuleError{"表没有这个字段"};
  }
}

}  // namespace gk::eval

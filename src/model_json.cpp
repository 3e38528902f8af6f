// The JSON form of a document model (schema "gongkai.document/1", docs/document-model-json.md).
#include "model_writers.h"

namespace gk::cli {
namespace {

using namespace gk::doc;

void line_fields(JsonWriter& j, const Document& doc, Span span) {
  const auto at = doc.source.locate(span.begin);
  j.key("line").number(at.line).key("column").number(at.column);
}

void numbering_fields(JsonWriter& j, const std::optional<Numbering>& n) {
  if (!n) {
    j.key("number").null().key("numbering").null().key("style").null();
    return;
  }
  j.key("number").number(n->value).key("numbering").string(n->text).key("style").string(to_string(n->style));
}

void write_section(JsonWriter& j, const Document& doc, uint32_t index) {
  const auto& s = doc.sections[index];
  j.begin_object().key("title").string(s.title);
  numbering_fields(j, s.numbering);
  j.key("level").number(s.level);
  line_fields(j, doc, s.heading_span);
  j.key("end_line").number(doc.source.locate(s.span.end > 0 ? s.span.end - 1 : 0).line);
  j.key("children").begin_array();
  for (uint32_t c : s.children) write_section(j, doc, c);
  j.end_array().end_object();
}

void write_value(JsonWriter& j, const std::optional<Decimal>& v) {
  if (v) {
    j.number(v->to_string());
  } else {
    j.null();
  }
}

void write_row(JsonWriter& j, const Document& doc, const TableRow& row) {
  j.begin_object().key("label").string(row.label).key("subject_code").string(row.subject_code);
  j.key("subject_level").string(to_string(row.subject_level));
  j.key("line_number");
  if (row.line_number) j.number(*row.line_number); else j.null();
  j.key("side").number(row.side);
  line_fields(j, doc, row.span);
  j.key("cells").begin_array();
  for (const auto& c : row.cells) {
    j.begin_object().key("text").string(c.text).key("kind").string(to_string(c.kind)).key("value");
    write_value(j, c.value);
    if (c.ambiguous) j.key("ambiguous").boolean(true);
    j.end_object();
  }
  j.end_array().end_object();
}

void write_table(JsonWriter& j, const Document& doc, const Table& t) {
  j.begin_object().key("title").string(t.title).key("code").string(t.code).key("unit");
  if (t.declared_unit) j.string(to_string(*t.declared_unit)); else j.null();
  j.key("layout").string(to_string(t.layout));
  if (!t.unread.empty()) j.key("unread").string(t.unread);
  line_fields(j, doc, t.span);
  if (doc.source.page_count() > 0) j.key("page").number(doc.source.page_of(t.span.begin));
  j.key("section").string(doc.sections[t.section].title).key("has_data").boolean(t.has_data());
  j.key("columns").begin_array();
  for (const auto& c : t.columns) {
    j.begin_object().key("name").string(c.name).key("path").string(c.path).key("lanci");
    if (c.lanci) j.number(*c.lanci); else j.null();
    j.end_object();
  }
  j.end_array().key("rows").begin_array();
  for (const auto& row : t.rows) write_row(j, doc, row);
  j.end_array().key("notes").begin_array();
  for (const auto& n : t.notes) {
    j.begin_object().key("text").string(n.text).key("states_no_data").boolean(n.states_no_data);
    line_fields(j, doc, n.span);
    j.end_object();
  }
  j.end_array().end_object();
}

void write_amount(JsonWriter& j, const Document& doc, const NarrativeAmount& a) {
  const auto& q = a.quantity;
  j.begin_object().key("text").string(doc.source.slice(q.span)).key("kind").string(to_string(q.kind));
  j.key("value").number(q.value.to_string()).key("precision").number(q.value.scale());
  j.key("unit").string(q.kind == QuantityKind::Amount ? to_string(q.unit)
                       : q.kind == QuantityKind::Percentage ? "%" : q.measure);
  j.key("label").string(a.label);
  line_fields(j, doc, q.span);
  j.end_object();
}

/// {"amount": index into "amounts", "label", "value", "unit"}.
void figure_fields(JsonWriter& j, const Document& doc, uint32_t index) {
  const auto& q = doc.amounts[index].quantity;
  j.key("amount").number(index).key("label").string(doc.amounts[index].label);
  j.key("value").number(q.value.to_string()).key("unit").string(q.kind == QuantityKind::Amount ? to_string(q.unit) : "%");
}

void write_breakdown(JsonWriter& j, const Document& doc, const Breakdown& b) {
  j.begin_object();
  line_fields(j, doc, b.span);
  j.key("section").string(doc.sections[b.section].title).key("total").begin_object();
  figure_fields(j, doc, b.total);
  j.end_object().key("parts").begin_array();
  for (const auto& part : b.parts) {
    j.begin_object();
    figure_fields(j, doc, part.amount);
    j.key("share");
    if (part.share) {
      j.begin_object();
      figure_fields(j, doc, *part.share);
      j.key("base").string(part.share_base).end_object();
    } else {
      j.null();
    }
    j.end_object();
  }
  j.end_array().end_object();
}

void write_toc(JsonWriter& j, const Document& doc) {
  j.key("toc").begin_array();
  for (const auto& e : doc.toc) {
    j.begin_object().key("title").string(e.title);
    numbering_fields(j, e.numbering);
    j.key("level").number(e.level);
    line_fields(j, doc, e.span);
    j.end_object();
  }
  j.end_array();
}


/// The members after "file" and "encoding", for the document and for each appended report.
void write_body(JsonWriter& j, const Document& doc) {
  j.key("kind").string(to_chinese(doc.kind));
  j.key("title").string(doc.title).key("year");
  if (doc.year) j.number(*doc.year); else j.null();
  write_toc(j, doc);
  j.key("sections").begin_array();
  for (uint32_t c : doc.sections[0].children) write_section(j, doc, c);
  j.end_array().key("tables").begin_array();
  for (const auto& t : doc.tables) write_table(j, doc, t);
  j.end_array().key("table_references").begin_array();
  for (const auto& r : doc.table_references) {
    j.begin_object().key("text").string(r.text);
    line_fields(j, doc, r.span);
    j.end_object();
  }
  j.end_array().key("amounts").begin_array();
  for (const auto& a : doc.amounts) write_amount(j, doc, a);
  j.end_array().key("breakdowns").begin_array();
  for (const auto& b : doc.breakdowns) write_breakdown(j, doc, b);
  j.end_array().key("counts").begin_object();
  j.key("paragraphs").number(static_cast<long long>(doc.paragraphs.size()));
  j.key("sentences").number(static_cast<long long>(doc.sentences.size()));
  j.end_object();
}

}  // namespace

void write_model_json(JsonWriter& j, const Document& doc) {
  j.begin_object().key("schema").string("gongkai.document/1");
  j.key("file").string(doc.source.name()).key("encoding").string(doc.source.encoding());
  if (doc.source.page_count() > 0) {
    // Pages of a PDF: where each begins in the reconstructed text (byte offset and line).
    j.key("pages").begin_array();
    for (uint32_t p = 1; p <= doc.source.page_count(); ++p) {
      const uint32_t begin = doc.source.page_start(p);
      j.begin_object().key("page").number(p).key("offset").number(begin);
      j.key("line").number(doc.source.locate(begin).line).end_object();
    }
    j.end_array();
  }
  write_body(j, doc);
  j.key("appended").begin_array();
  for (const auto& report : doc.appended) {
    j.begin_object();
    j.key("first_line").number(report.source.locate(report.extent.begin).line);
    j.key("last_line").number(report.source.locate(report.extent.end).line);
    write_body(j, report);
    j.end_object();
  }
  j.end_array().end_object();
}

}  // namespace gk::cli

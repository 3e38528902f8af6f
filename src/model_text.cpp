// The text dump of a document model: one line per node, indented by depth, line numbers
// first so a reader can find everything in the source.
#include <fmt/format.h>

#include "model_writers.h"

namespace gk::cli {
namespace {

using namespace gk::doc;

uint32_t line_of(const Document& doc, Span span) { return doc.source.locate(span.begin).line; }

std::string numbering_text(const std::optional<Numbering>& n) {
  if (!n) return "";
  return fmt::format("{} [{} {}] ", n->text, to_string(n->style), n->value);
}

void render_section(const Document& doc, uint32_t index, std::string& out) {
  const auto& s = doc.sections[index];
  out += fmt::format("{:>5}  {}{}{}\n", line_of(doc, s.heading_span), std::string(2 * (s.level - 1), ' '),
                     numbering_text(s.numbering), s.title);
  for (uint32_t child : s.children) render_section(doc, child, out);
}

std::string cell_text(const TableCell& cell) {
  if (cell.kind == CellKind::Empty) return "·";
  if (!cell.value) return cell.text;
  const std::string value = cell.value->to_string() + (cell.kind == CellKind::Percentage ? "%" : "");
  const std::string shown = value == cell.text ? cell.text : fmt::format("{}={}", cell.text, value);
  return cell.ambiguous ? shown + "?" : shown;  // "?": the figure's column is not certain
}

std::string row_head(const TableRow& row) {
  std::string head = row.label.empty() ? "(no label)" : row.label;
  if (!row.subject_code.empty()) head = fmt::format("{} {}[{}]", row.subject_code, head, to_string(row.subject_level));
  if (row.line_number) head += fmt::format(" 行次{}", *row.line_number);
  if (row.side > 0) head = fmt::format("side {}: {}", row.side, head);
  return head;
}

void render_table(const Document& doc, const Table& t, std::string& out) {
  out += fmt::format("{:>5}  table \"{}\" code={} unit={} layout={} section={}\n", line_of(doc, t.span),
                     t.title, t.code.empty() ? "-" : t.code, t.declared_unit ? to_string(*t.declared_unit) : "-",
                     t.layout == TableLayout::TabSeparated ? "tabs" : to_string(t.layout),
                     doc.sections[t.section].title);
  std::string columns;
  for (const auto& c : t.columns) columns += fmt::format(" | {}{}", c.path.empty() ? "·" : c.path,
                                                         c.lanci ? fmt::format(" #{}", *c.lanci) : "");
  out += fmt::format("       columns:{}\n", columns);
  if (!t.unread.empty()) out += fmt::format("       rows not read: {}\n", t.unread);
  for (const auto& row : t.rows) {
    std::string cells;
    for (const auto& cell : row.cells) cells += " | " + cell_text(cell);
    out += fmt::format("{:>5}    {}:{}\n", line_of(doc, row.span), row_head(row), cells);
  }
  for (const auto& note : t.notes) {
    out += fmt::format("{:>5}    note{}: {}\n", line_of(doc, note.span), note.states_no_data ? " (no data)" : "", note.text);
  }
}

std::string unit_text(const Quantity& q) {
  return q.kind == QuantityKind::Amount ? to_string(q.unit)
       : q.kind == QuantityKind::Percentage ? "%" : q.measure;
}

void render_amounts(const Document& doc, std::string& out) {
  for (const auto& a : doc.amounts) {
    const auto& q = a.quantity;
    out += fmt::format("{:>5}  {} {} {} «{}»\n", line_of(doc, q.span), to_string(q.kind),
                       q.value.to_string(), unit_text(q), a.label);
  }
}

/// "«label» 13830.7 万元" for an amount of the model.
std::string figure_text(const Document& doc, uint32_t index) {
  const auto& a = doc.amounts[index];
  return fmt::format("«{}» {} {}", a.label, a.quantity.value.to_string(), unit_text(a.quantity));
}

std::string share_text(const Document& doc, const BreakdownPart& part) {
  if (!part.share) return "";
  const std::string share = doc.amounts[*part.share].quantity.value.to_string() + "%";
  return part.share_base.empty() ? fmt::format(" share {}", share)
                                 : fmt::format(" share {} of «{}»", share, part.share_base);
}

/// The total on its line, then each part indented on its own line.
void render_breakdowns(const Document& doc, std::string& out) {
  for (const auto& b : doc.breakdowns) {
    out += fmt::format("{:>5}  {} section={}\n", line_of(doc, doc.amounts[b.total].quantity.span),
                       figure_text(doc, b.total), doc.sections[b.section].title);
    for (const auto& part : b.parts) {
      out += fmt::format("{:>5}    {}{}\n", line_of(doc, doc.amounts[part.amount].quantity.span),
                         figure_text(doc, part.amount), share_text(doc, part));
    }
  }
}


/// Everything after the first line, for the document and for each appended report.
void render_body(const Document& doc, std::string& out) {
  out += fmt::format("kind: {}\n", to_chinese(doc.kind));
  out += fmt::format("title: {}\nyear: {}\n", doc.title.empty() ? "-" : doc.title,
                     doc.year ? fmt::format("{}", *doc.year) : "-");
  out += fmt::format("toc: {} entries\n", doc.toc.size());
  for (const auto& e : doc.toc) {
    out += fmt::format("{:>5}  {}{}{}\n", line_of(doc, e.span), std::string(2 * (e.level - 1), ' '),
                       numbering_text(e.numbering), e.title);
  }
  out += fmt::format("sections: {}\n", doc.sections.size() - 1);
  for (uint32_t child : doc.sections[0].children) render_section(doc, child, out);
  out += fmt::format("tables: {}\n", doc.tables.size());
  for (const auto& t : doc.tables) render_table(doc, t, out);
  out += fmt::format("table references: {}\n", doc.table_references.size());
  for (const auto& r : doc.table_references) out += fmt::format("{:>5}  {}\n", line_of(doc, r.span), r.text);
  out += fmt::format("paragraphs: {}, sentences: {}, amounts: {}\n", doc.paragraphs.size(),
                     doc.sentences.size(), doc.amounts.size());
  render_amounts(doc, out);
  out += fmt::format("breakdowns: {}\n", doc.breakdowns.size());
  render_breakdowns(doc, out);
}

}  // namespace

std::string render_model_text(const Document& doc) {
  std::string out = fmt::format("document {} ({}, {} lines)\n", doc.source.name(), doc.source.encoding(),
                                doc.source.line_count());
  render_body(doc, out);
  out += fmt::format("appended: {}\n", doc.appended.size());
  for (size_t k = 0; k < doc.appended.size(); ++k) {
    const auto& report = doc.appended[k];
    out += fmt::format("--- appended {} (lines {}-{})\n", k + 1, line_of(report, report.extent),
                       report.source.locate(report.extent.end).line);
    render_body(report, out);
  }
  return out;
}

}  // namespace gk::cli

// Word (DOCX) to text: the body's paragraphs in order, each with its list number as Word
// shows it (w:numPr, the paragraph's or its style's, through numbering.xml); text boxes after the paragraph that anchors
// them (mc:Choice only, so a box is not read twice through its fallback); field codes and
// deleted text left out; each w:tbl as TAB-separated rows on the grid (a w:gridSpan cell
// followed by empty cells, a continued w:vMerge cell empty), the text of a cell's
// paragraphs joined.
#include <map>
#include <string_view>

#include "input/docx_numbering.h"
#include "input/office_package.h"
#include "input/office_readers.h"
#include "input/pdf_layout.h"

namespace gk::input {
namespace {

struct DocxText {
  DocxNumbering numbering;
  std::map<std::string, pugi::xml_node> style_numbering;  ///< style id → its w:numPr
  std::string out;
};

/// The numbering each paragraph style gives its paragraphs (a "List Number" style, a
/// numbered heading style), following w:basedOn to the style that sets it.
std::map<std::string, pugi::xml_node> style_numbering(const pugi::xml_document& styles) {
  std::map<std::string, pugi::xml_node> by_id;
  for (const auto& style : styles.child("w:styles").children("w:style")) by_id[style.attribute("w:styleId").as_string()] = style;
  std::map<std::string, pugi::xml_node> out;
  for (const auto& [id, style] : by_id) {
    pugi::xml_node current = style;
    for (int depth = 0; current && depth < 10; ++depth) {
      if (const auto num = current.child("w:pPr").child("w:numPr")) {
        out[id] = num;
        break;
      }
      const auto parent = by_id.find(current.child("w:basedOn").attribute("w:val").as_string());
      current = parent == by_id.end() ? pugi::xml_node() : parent->second;
    }
  }
  return out;
}

void add_paragraph(const pugi::xml_node& p, DocxText& doc);
void add_table(const pugi::xml_node& tbl, DocxText& doc);

bool is(const pugi::xml_node& node, std::string_view name) { return name == node.name(); }

/// The runs' text: w:t, a TAB for w:tab, a line break for w:br / w:cr (a soft return is a
/// line of its own in the PDF-like text the extractor joins again); text boxes collected.
void run_text(const pugi::xml_node& node, std::string& out, std::vector<pugi::xml_node>& boxes) {
  for (const auto& child : node.children()) {
    if (is(child, "w:t")) out += child.text().get();
    else if (is(child, "w:tab")) out += ' ';
    else if (is(child, "w:br") || is(child, "w:cr")) out += '\n';
    else if (is(child, "w:txbxContent")) boxes.push_back(child);
    else if (is(child, "w:instrText") || is(child, "w:delText") || is(child, "mc:Fallback") || is(child, "w:del")) continue;
    else run_text(child, out, boxes);
  }
}

/// The paragraph's list number: its own w:numPr, else its style's (the paragraph's w:ilvl
/// still chooses the level).
std::string paragraph_label(const pugi::xml_node& p, DocxText& doc) {
  const auto pr = p.child("w:pPr");
  auto num = pr.child("w:numPr");
  pugi::xml_node style_num;
  const auto style = doc.style_numbering.find(pr.child("w:pStyle").attribute("w:val").as_string());
  if (style != doc.style_numbering.end()) style_num = style->second;
  const auto id_node = num.child("w:numId") ? num.child("w:numId") : style_num.child("w:numId");
  const auto level_node = num.child("w:ilvl") ? num.child("w:ilvl") : style_num.child("w:ilvl");
  const int id = id_node.attribute("w:val").as_int(0);
  return id == 0 ? "" : doc.numbering.next(id, level_node.attribute("w:val").as_int(0));
}

void add_paragraph(const pugi::xml_node& p, DocxText& doc) {
  std::string text;
  std::vector<pugi::xml_node> boxes;
  run_text(p, text, boxes);
  const std::string label = paragraph_label(p, doc);
  if (!text.empty() || !label.empty()) doc.out += label + text + '\n';
  else doc.out += '\n';
  for (const auto& box : boxes) {
    for (const auto& child : box.children()) {
      if (is(child, "w:p")) add_paragraph(child, doc);
      else if (is(child, "w:tbl")) add_table(child, doc);
    }
  }
}

/// A cell's paragraphs as one line: wrapped text joined, a line break or TAB a space.
std::string cell_text(const pugi::xml_node& tc) {
  std::string out;
  for (const auto& p : tc.children("w:p")) {
    std::string text;
    std::vector<pugi::xml_node> boxes;
    run_text(p, text, boxes);
    for (auto& c : text) {
      if (c == '\n' || c == '\t') c = ' ';
    }
    out = pdf::join_wrapped(out, text);
  }
  return out;
}

void add_table(const pugi::xml_node& tbl, DocxText& doc) {
  for (const auto& tr : tbl.children("w:tr")) {
    std::string row;
    bool first = true;
    for (const auto& tc : tr.children("w:tc")) {
      const auto pr = tc.child("w:tcPr");
      const int span = std::max(1, pr.child("w:gridSpan").attribute("w:val").as_int(1));
      const auto merge = pr.child("w:vMerge");
      const bool continued = merge && std::string_view(merge.attribute("w:val").as_string("continue")) != "restart";
      if (!first) row += '\t';
      first = false;
      if (!continued) row += cell_text(tc);
      row.append(static_cast<size_t>(span - 1), '\t');
    }
    doc.out += row + '\n';
  }
}

Diagnostic error_of(const Package* package, const Diagnostic& fallback) {
  return package ? package->error() : fallback;
}

}  // namespace

doc::ReadResult read_docx(std::string name, const std::string& bytes, const doc::ReadLimits& limits) {
  Diagnostic error;
  auto package = Package::open(bytes, name, error);
  if (!package) return error;
  auto body_xml = package->xml("word/document.xml");
  if (!body_xml) return error_of(package.get(), error);
  auto numbering_xml = package->xml("word/numbering.xml", true);
  if (!numbering_xml) return error_of(package.get(), error);
  auto styles_xml = package->xml("word/styles.xml", true);
  if (!styles_xml) return error_of(package.get(), error);
  DocxText doc{DocxNumbering(*numbering_xml), style_numbering(*styles_xml), {}};
  const auto body = body_xml->child("w:document").child("w:body");
  if (!body) return file_error("E-OFFICE-DAMAGED", "word/document.xml has no w:body", name);
  for (const auto& child : body.children()) {
    if (is(child, "w:p")) add_paragraph(child, doc);
    else if (is(child, "w:tbl")) add_table(child, doc);
    else if (is(child, "w:sdt")) {
      for (const auto& inner : child.child("w:sdtContent").children()) {
        if (is(inner, "w:p")) add_paragraph(inner, doc);
        else if (is(inner, "w:tbl")) add_table(inner, doc);
      }
    }
  }
  return doc::decode_document(std::move(name), std::move(doc.out), limits);
}

}  // namespace gk::input

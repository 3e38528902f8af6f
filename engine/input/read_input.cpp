#include "input/read_input.h"

#include "input/reader_modules.h"

namespace gk::input {
namespace {

Diagnostic unsupported(std::string what, const std::string& file) {
  Diagnostic d;
  d.code = "E-INPUT-UNSUPPORTED";
  d.message = std::move(what);
  d.file = file;
  return d;
}

/// The text read from an office file, labelled with its format instead of "UTF-8".
doc::ReadResult labelled(doc::ReadResult read, const char* format) {
  if (auto* text = std::get_if<SourceText>(&read)) return SourceText(text->name(), text->text(), format);
  return read;
}

/// Reads with the reader of `kind`, which may have to be loaded first (reader_modules.h).
doc::ReadResult read_with(ReaderKind kind, std::string name, const std::string& bytes, const doc::ReadLimits& limits) {
  auto reader = reader_for(kind, name);
  if (auto* missing = std::get_if<Diagnostic>(&reader)) return std::move(*missing);
  return std::get<ReadFunction>(reader)(std::move(name), bytes, limits);
}

bool holds_name(std::string_view zip, std::string_view name) { return zip.find(name) != std::string_view::npos; }

}  // namespace

Format detect_format(std::string_view bytes) {
  if (bytes.starts_with("%PDF-")) return Format::Pdf;
  // A PDF may have up to 1 KB of junk before its header; readers accept it.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::Pdf;
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4))) {
    // Entry names are stored in the clear in local headers and the central directory.
    if (holds_name(bytes, "word/document.xml")) return Format::Docx;
    if (holds_name(bytes, "xl/workbook.xml")) return Format::Xlsx;
    return Format::Zip;
  }
  if (bytes.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) return Format::Xls;
  return Format::Text;
}

bool is_document_extension(std::string_view extension) {
  for (const std::string_view known : {".txt", ".text", ".md", ".pdf", ".docx", ".xlsx", ".xls"}) {
    if (extension == known) return true;
  }
  return false;
}

doc::ReadResult read_input(std::string name, std::string bytes, const doc::ReadLimits& limits) {
  switch (detect_format(bytes)) {
    case Format::Pdf: return read_with(ReaderKind::Pdf, std::move(name), bytes, limits);
    case Format::Docx: return labelled(read_with(ReaderKind::Docx, std::move(name), bytes, limits), "DOCX");
    case Format::Xlsx: return labelled(read_with(ReaderKind::Xlsx, std::move(name), bytes, limits), "XLSX");
    case Format::Xls: return labelled(read_with(ReaderKind::Xls, std::move(name), bytes, limits), "XLS");
    case Format::Zip: return unsupported("a ZIP archive that is neither DOCX nor XLSX", name);
    case Format::Text: break;
  }
  return doc::decode_document(std::move(name), std::move(bytes), limits);
}

doc::ReadResult read_input_file(const std::string& path, const doc::ReadLimits& limits) {
  auto bytes = doc::read_file_bytes(path, limits);
  if (auto* error = std::get_if<Diagnostic>(&bytes)) return std::move(*error);
  return read_input(path, std::move(std::get<std::string>(bytes)), limits);
}

SourceText attach(const SourceText& main, const std::vector<SourceText>& attachments) {
  std::string text = main.text();
  const auto pages_end = static_cast<uint32_t>(text.size());
  for (const auto& attached : attachments) {
    if (!text.empty() && !text.ends_with('\n')) text += '\n';
    text += '\n';
    text += attached.text();
  }
  return SourceText(main.name(), std::move(text), main.encoding(), main.page_starts(), pages_end, main.boxes());
}

}  // namespace gk::input

// Reads a document in whichever format it is — text (any encoding doc::decode_document
// knows), PDF, DOCX, XLSX or XLS — into the SourceText the extractor reads. The format is decided by the
// file's first bytes, never by its name; nothing after this knows the format.
#pragma once

#include <string>
#include <string_view>

#include "document/reader.h"

namespace gk::input {

enum class Format { Text, Pdf, Docx, Xlsx, Xls, Zip };

/// The format of a file starting with `head`: "%PDF-" is PDF; a ZIP archive (DOCX and
/// XLSX are ZIP) is told apart by the names it holds; the OLE2 signature is XLS.
Format detect_format(std::string_view bytes);

/// Extensions a directory walk picks up: .txt .text .md .pdf .docx .xlsx .xls.
bool is_document_extension(std::string_view extension);

/// Diagnostic codes: those of doc::read_document_file, read_pdf and the office readers
/// (office_package.h, office_readers.h), E-INPUT-UNSUPPORTED (a ZIP archive that is
/// neither DOCX nor XLSX) and E-READER-MISSING (the module of a format's reader cannot be
/// loaded: reader_modules.h).
doc::ReadResult read_input(std::string name, std::string bytes, const doc::ReadLimits& limits = {});
doc::ReadResult read_input_file(const std::string& path, const doc::ReadLimits& limits = {});

/// One disclosure from several files: `main`'s text, then each attachment's after a blank
/// line (a narrative and the workbook of its tables). The pages of a PDF `main` stay; the
/// attached text has none. The name and format are `main`'s.
SourceText attach(const SourceText& main, const std::vector<SourceText>& attachments);

}  // namespace gk::input

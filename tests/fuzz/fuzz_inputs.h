// What the fuzz targets do with one input, apart from libFuzzer: read bytes as a document
// (decode, extract, render the model as text and JSON), or as a rule file (compile in both
// languages, evaluate on a fixed document, render the findings, format twice). The targets
// call these for every generated input; the unit tests call them for every input saved under
// tests/data/fuzz-regressions/, so a crash once found stays fixed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "document/model.h"

namespace gk::fuzz {

/// The document rule files are evaluated against, read once: tests/fuzz/document.txt, a
/// 10 KB 决算 cut from examples/002 with a TOC, three tables, narrative amounts and
/// breakdowns, and an appended self-evaluation report.
const doc::Document& fixed_document();

/// Reads `bytes` as a document file. Returns the expectation that failed (a read error
/// without its code, an empty rendering), or nullopt; a crash is a crash.
std::optional<std::string> run_document_input(std::string_view bytes);

/// Reads `bytes` as a PDF (a "%PDF-" header put in front when missing) and extracts its
/// model. Returns the expectation that failed (a read error without code or file name, a
/// text without pages), or nullopt.
std::optional<std::string> run_pdf_input(std::string_view bytes);

/// Reads `bytes` as a DOCX and an XLSX file, extracting the model of each that reads. Returns the expectation that failed (an error without code or file name), or
/// nullopt.
std::optional<std::string> run_office_input(std::string_view bytes);

/// Reads `bytes` as a rule file. Returns the expectation that failed (an error without a
/// diagnostic, a formatter that changes the tokens or whose layout is not a fixed point), or
/// nullopt.
std::optional<std::string> run_rules_input(std::string_view bytes);

}  // namespace gk::fuzz

// Reads a PDF's text layer (poppler) into a reconstructed text the document extractor
// reads like any converted text: narrative lines, tables as TAB-separated rows, a form
// feed line between pages, and the byte offset where each page begins.
#pragma once

#include <string>

#include "document/reader.h"

namespace gk::input {

/// Diagnostic codes: E-PDF-DAMAGED (poppler cannot open it), E-PDF-ENCRYPTED (needs a
/// password), E-PDF-NO-TEXT (no text layer: scanned pages; gongkai does no OCR),
/// E-READ-TOO-LARGE (more than kMaxPdfPages pages, or text over the limit).
doc::ReadResult read_pdf(std::string name, const std::string& bytes, const doc::ReadLimits& limits = {});

inline constexpr int kMaxPdfPages = 5000;

}  // namespace gk::input

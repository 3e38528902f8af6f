#include "fuzz_inputs.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <variant>
#include <vector>

#include "check/pack.h"
#include "document/extract.h"
#include "document/reader.h"
#include "eval/evaluator.h"
#include "findings.h"
#include "fingerprints.h"
#include "input/office_readers.h"
#include "input/read_input.h"
#include "json_writer.h"
#include "model_writers.h"
#include "syntax/format.h"

namespace gk::fuzz {
namespace {

/// Documents up to 1 MiB with lines up to 4 KiB: smaller than the program's limits, so that
/// the fuzzer reaches the limit paths too. Rule files are read with the program's limits.
doc::ReadLimits document_limits() {
  doc::ReadLimits limits;
  limits.max_bytes = 1u << 20;
  limits.max_line_bytes = 4096;
  return limits;
}

/// Formats the file, then formats the result: the layout must be a fixed point. A formatter
/// that would change the tokens throws FormatError.
std::optional<std::string> format_twice(const SourceText& file) {
  DiagnosticSink sink;
  std::optional<std::string> once;
  try {
    once = format_rule_file(file, sink);
  } catch (const FormatError& e) {
    return std::string("the formatter changed the tokens: ") + e.what();
  }
  if (!once) return std::nullopt;
  DiagnosticSink again_sink;
  const auto twice = format_rule_file(SourceText("formatted.gk", *once), again_sink);
  if (!twice) return "the formatted file does not parse";
  if (*twice != *once) return "formatting the formatted file changes it";
  return std::nullopt;
}

/// Evaluates `pack` on the fixed document and its appended report, as `check` does, and
/// renders the findings every way.
std::optional<std::string> check_fixed_document(const check::Pack& pack) {
  const auto& document = fixed_document();
  cli::DocumentCheck check;
  check.document = &document;
  check.packs = eval::evaluate_file({&pack}, document);
  // Whatever its kinds, the pack also runs on the main document itself.
  if (check.packs.empty()) check.packs.push_back(eval::evaluate(pack, document));
  cli::add_fingerprints(check);
  for (const auto lang : {Language::Zh, Language::En}) {
    cli::TextOptions options;
    options.verbose = true;
    options.lang = lang;
    if (cli::render_findings_text(check, options).empty()) return "empty findings text";
  }
  cli::JsonWriter json;
  cli::write_findings_json(json, check);
  return std::nullopt;
}

}  // namespace

const doc::Document& fixed_document() {
  static const doc::Document document = [] {
    std::ifstream in(GK_FUZZ_DOCUMENT, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto read = doc::decode_document(GK_FUZZ_DOCUMENT, bytes.str());
    if (!std::holds_alternative<SourceText>(read)) throw std::runtime_error("cannot read " GK_FUZZ_DOCUMENT);
    return doc::extract_document(std::move(std::get<SourceText>(read)));
  }();
  return document;
}

std::optional<std::string> run_document_input(std::string_view bytes) {
  auto read = doc::decode_document("fuzz.txt", std::string(bytes), document_limits());
  if (const auto* error = std::get_if<Diagnostic>(&read)) {
    if (!error->code.starts_with("E-READ-") || error->message.empty()) return "a read error without code";
    return std::nullopt;
  }
  const auto document = doc::extract_document(std::move(std::get<SourceText>(read)));
  if (cli::render_model_text(document).empty()) return "empty model text";
  cli::JsonWriter json;
  cli::write_model_json(json, document);
  if (json.str().empty()) return "empty model JSON";
  return std::nullopt;
}

std::optional<std::string> run_pdf_input(std::string_view bytes) {
  // Every input is a PDF to the reader: a header is put in front of bytes without one.
  std::string pdf(bytes.starts_with("%PDF-") ? "" : "%PDF-1.4\n");
  pdf.append(bytes);
  auto read = input::read_input("fuzz.pdf", std::move(pdf), document_limits());
  if (const auto* error = std::get_if<Diagnostic>(&read)) {
    if (error->code.empty() || error->message.empty() || error->file != "fuzz.pdf") return "a PDF error without code or file";
    return std::nullopt;
  }
  const auto document = doc::extract_document(std::move(std::get<SourceText>(read)));
  if (document.source.page_count() == 0) return "a PDF text without pages";
  if (cli::render_model_text(document).empty()) return "empty model text";
  return std::nullopt;
}

std::optional<std::string> run_office_input(std::string_view bytes) {
  // The same bytes through the DOCX and XLSX readers. The XLS reader is not fuzzed: FreeXL
  // 1.0.6 itself overflows a stack buffer on crafted files (docs/limits.md).
  using Reader = doc::ReadResult (*)(std::string, const std::string&, const doc::ReadLimits&);
  const std::string file(bytes);
  for (const Reader reader : {Reader{input::read_docx}, Reader{input::read_xlsx}}) {
    auto read = reader("fuzz.office", file, document_limits());
    if (const auto* error = std::get_if<Diagnostic>(&read)) {
      if (error->code.empty() || error->message.empty() || error->file != "fuzz.office") return "an office error without code or file";
      continue;
    }
    const auto document = doc::extract_document(std::move(std::get<SourceText>(read)));
    if (cli::render_model_text(document).empty()) return "empty model text";
  }
  return std::nullopt;
}

std::optional<std::string> run_rules_input(std::string_view bytes) {
  auto read = doc::decode_document("fuzz.gk", std::string(bytes));
  if (std::holds_alternative<Diagnostic>(read)) return std::nullopt;
  std::vector<SourceText> files{std::get<SourceText>(std::move(read))};
  std::unique_ptr<check::Pack> pack;
  for (const auto lang : {Language::En, Language::Zh}) {
    DiagnosticSink sink;
    pack = check::compile_pack(files, "fuzz", sink, lang);
    if ((pack == nullptr) != sink.has_errors()) return "a pack with errors, or none without";
    for (const auto& d : sink.diagnostics())
      if (render(d).empty()) return "an empty diagnostic";
  }
  if (pack) {
    if (auto problem = check_fixed_document(*pack)) return problem;
  }
  return format_twice(files.front());
}

}  // namespace gk::fuzz

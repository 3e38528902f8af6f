// `gongkai inspect FILE|DIR… [--json]`: prints the document model extracted from each file.
#include <cstdio>

#include <fmt/format.h>

#include "commands.h"
#include "base/unicode.h"
#include "document/extract.h"
#include "input/read_input.h"
#include "inputs.h"
#include "model_writers.h"
#include "options.h"

namespace gk::cli {
namespace {

struct InspectOptions {
  bool json = false;
  bool text = false;
  std::vector<std::string> paths;
};

constexpr std::string_view kUsage =
    "usage: gongkai inspect [--json | --text] FILE|DIR...\n"
    "  Prints the document model (sections, tables, amounts) extracted from each document.\n"
    "  --json   machine-readable output (schema gongkai.document/1; an array for several files)\n"
    "  --text   the text gongkai reads: for a PDF, the text it reconstructed (tables as\n"
    "           TAB-separated rows, a form feed line between pages)\n";

bool parse_options(const Args& args, InspectOptions& options) {
  OptionReader in("inspect", kUsage, args);
  while (in.next()) {
    if (!in.is_option()) {
      options.paths.push_back(in.arg());
    } else if (in.arg() == "--json") {
      options.json = true;
    } else if (in.arg() == "--text") {
      options.text = true;
    } else {
      return in.unknown_option();
    }
  }
  if (options.paths.empty()) return in.error("no FILE given");
  if (options.json && options.text) return in.error("--json and --text exclude each other");
  return true;
}

}  // namespace

int cmd_inspect(const Args& args) {
  InspectOptions options;
  if (!parse_options(args, options)) return kExitError;
  const auto files = collect_documents(options.paths);
  JsonWriter json;
  const bool as_array = options.json && files.size() != 1;
  if (as_array) json.begin_array();
  bool failed = files.empty();
  if (files.empty()) fmt::print(stderr, "gongkai inspect: no documents found\n");
  for (const auto& file : files) {
    auto read = input::read_input_file(file);
    if (auto* error = std::get_if<Diagnostic>(&read)) {
      fmt::print(stderr, "{}", render(*error));
      failed = true;
      continue;
    }
    if (options.text) {
      fmt::print("{}", std::get<SourceText>(read).text());
      continue;
    }
    const auto document = doc::extract_document(std::move(std::get<SourceText>(read)));
    if (options.json) {
      write_model_json(json, document);
    } else {
      fmt::print("{}\n", unicode::visible_controls(render_model_text(document)));
    }
  }
  if (as_array) json.end_array();
  if (options.json) fmt::print("{}{}", json.str(), as_array ? "\n" : "");
  return failed ? kExitError : kExitOk;
}

}  // namespace gk::cli

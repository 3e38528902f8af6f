// The outputs of `check` and `scorecard`: `--format F [--out FILE]` pairs, repeatable, so one
// run writes several reports (`--format html --out report.html --format csv --out s.csv`).
// A format without --out goes to standard output, at most one of them. Files are opened
// before any document is read, and never one of the inputs.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "options.h"
#include "report.h"

namespace gk::cli {

struct OutputRequest {
  std::string format;
  std::string path;  ///< "" for standard output
};

/// Collects --format and --out while a command reads its options.
class OutputOptions {
 public:
  /// `formats` lists the formats the command knows; the first is the default.
  explicit OutputOptions(std::vector<std::string> formats) : formats_(std::move(formats)) {}

  /// Handles the current argument when it is --format, --out or --no-color; `handled` tells
  /// whether it was one of them. False on a usage error (already printed).
  bool read(OptionReader& in, bool& handled);
  /// Checks the pairs once every option is read. False on a usage error.
  bool finish(OptionReader& in, const std::vector<std::string>& inputs);

  const std::vector<OutputRequest>& requests() const { return requests_; }
  bool no_color() const { return no_color_; }
  /// The list of formats for the usage text, "text|json|…".
  std::string format_list() const;

 private:
  std::vector<std::string> formats_;
  std::vector<OutputRequest> requests_;
  bool no_color_ = false;
  bool out_given_last_ = false;
};

/// An output opened for writing; closes its file.
struct OpenOutput {
  std::FILE* file = nullptr;
  bool is_stdout = false;
  std::string path;
  std::unique_ptr<ReportWriter> writer;
  ~OpenOutput();
};

/// Opens every requested output (prints `gongkai COMMAND: cannot write FILE: reason` and
/// returns false when one cannot be opened, or when one is among `documents`, the files
/// the command will read).
bool open_outputs(const std::string& command, const std::vector<OutputRequest>& requests,
                  const std::vector<std::string>& documents, std::vector<std::unique_ptr<OpenOutput>>& out);

/// False (after saying so on stderr) when `path` is one of `inputs` or the same file.
bool clear_of_inputs(const std::string& command, const std::string& path, const std::vector<std::string>& inputs);

/// Whether text written to standard output should carry ANSI colours.
bool stdout_wants_color(bool no_color);
/// Whether standard error is a terminal (progress bar).
bool stderr_is_terminal();

}  // namespace gk::cli

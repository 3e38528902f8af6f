// The outputs of `check` and `scorecard`: `--format F [--out FILE]` pairs, repeatable, so one
// run writes several reports (`--format html --out report.html --format csv --out s.csv`).
// A format without --out goes to standard output, at most one of them. Files are compared by
// identity, not by spelling: no two outputs, no output and the history database (--db), and
// neither of them and an input, may be the same file.
//
// A report file is written to a temporary file beside it and renamed into place only when
// the run is complete, so an earlier report is never emptied or cut short: not by a write
// error, a database that cannot be opened, nor an interrupted run (SIGINT, SIGTERM and SIGHUP
// remove the temporary files; after SIGKILL one may be left, hidden, beside the report). A
// destination that is not a regular file (a device, a pipe), or a writable report in a folder
// where no new file may be created, is written directly. Every
// write, flush and close is checked; a failure is `DESTINATION: error: cannot write: reason
// [E-WRITE]` and exit status 2.
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
  /// Checks the pairs once every option is read: no two outputs are one file, and none is
  /// the history database `db` ("" for none) or one of `inputs`. False on a usage error.
  bool finish(OptionReader& in, const std::vector<std::string>& inputs, const std::string& db);

  const std::vector<OutputRequest>& requests() const { return requests_; }
  bool no_color() const { return no_color_; }
  /// The list of formats for the usage text, "text|json|…".
  std::string format_list() const;

 private:
  std::vector<std::string> formats_;
  std::vector<OutputRequest> requests_;
  bool no_color_ = false;
};

/// One output of a run: a temporary file beside its report, a destination written directly,
/// or standard output. Destroyed before commit(), it removes its temporary file.
class ReportOutput {
 public:
  /// Opens the output of `request`. Null after printing the coded error.
  static std::unique_ptr<ReportOutput> open(const OutputRequest& request);
  ~ReportOutput();
  ReportOutput(const ReportOutput&) = delete;
  ReportOutput& operator=(const ReportOutput&) = delete;

  std::FILE* file() const { return file_; }
  bool is_stdout() const { return path_.empty(); }
  /// The report's path, or "standard output".
  std::string destination() const;

  /// Flushes and closes, checking every write (`write_error` is the writer's first failed
  /// write, or 0). False after printing the coded error.
  bool finish(int write_error);
  /// Moves the finished report into place. False after printing the coded error.
  bool commit();

  std::unique_ptr<ReportWriter> writer;

 private:
  ReportOutput() = default;
  bool fail(int error);

  std::FILE* file_ = nullptr;
  std::string path_;    ///< as given; "" for standard output
  std::string target_;  ///< the file renamed over (a symbolic link's target)
  std::string temp_;    ///< the temporary file, "" when written directly
  int slot_ = -1;       ///< its place among the files a signal removes
};

/// Opens every requested output; false after printing the error of one that cannot be opened
/// (those already opened are removed again).
bool open_outputs(const std::vector<OutputRequest>& requests, std::vector<std::unique_ptr<ReportOutput>>& out);

/// Whether `a` and `b` name one file: the same device and inode when both exist, otherwise
/// the same absolute path once ".", ".." and symbolic links are resolved.
bool same_file(const std::string& a, const std::string& b);

/// False (after saying `gongkai COMMAND: OPTION 'PATH' is one of the inputs…` on stderr) when
/// `path` is the same file as one of `inputs`.
bool clear_of_inputs(const std::string& command, const std::string& option, const std::string& path,
                     const std::vector<std::string>& inputs);

/// Whether text written to standard output should carry ANSI colours.
bool stdout_wants_color(bool no_color);
/// Whether standard error is a terminal (progress bar).
bool stderr_is_terminal();

}  // namespace gk::cli

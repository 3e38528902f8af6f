// What the writers of `check` and `scorecard` receive: each input file after it was read,
// extracted, evaluated and scored (or why it could not be read), in input order; and the
// interface every output format implements. A writer sees results, scorecards and the
// packs (SARIF shows each rule's explanation); it writes to its own output as the batch goes.
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "check/pack.h"
#include "document/model.h"
#include "eval/evaluator.h"
#include "eval/score.h"
#include "findings.h"
#include "syntax/language.h"

namespace gk::cli {

class Gate;  // gate.h

/// One input file of a batch, checked.
struct CheckedFile {
  size_t index = 0;                        ///< position in the batch (input order)
  std::string file;                        ///< as given or found
  std::optional<Diagnostic> unreadable;    ///< set when the file could not be read
  std::unique_ptr<doc::Document> document; ///< null when unreadable
  DocumentCheck check;                     ///< the document and every pack's results on it
                                           ///< (evaluate_file order: scope, then pack)
  std::vector<eval::Scorecard> scores;     ///< parallel to check.packs
  std::string department;                  ///< doc::department_of the main document
  uint64_t content_hash = 0;               ///< FNV-1a 64 of the decoded text
  /// The finding's mark (fingerprint, waiver, baseline) in `check`.
  const FindingMark& mark_of(const eval::ItemResult& item) const { return check.mark_of(item); }
};

/// What every writer knows about the run.
struct RunInfo {
  std::string command;                    ///< "check" or "scorecard"
  std::vector<const check::Pack*> packs;  ///< load order
  size_t files = 0;                       ///< inputs in the batch
  Language lang = Language::Zh;
  bool verbose = false;                   ///< text: also list cannot-verify results
  bool color = false;                     ///< text: ANSI colours (stdout is a terminal)
  std::string source_root;                ///< SARIF: --sarif-root, "" for the current directory
  const Gate* gate = nullptr;             ///< the waivers and the baseline, when given
};

/// One output format writing to one destination.
class ReportWriter {
 public:
  explicit ReportWriter(std::FILE* out) : out_(out) {}
  virtual ~ReportWriter() = default;
  virtual void begin(const RunInfo& run) { run_ = &run; }
  /// Called once per input file, in input order.
  virtual void add(const CheckedFile& file) = 0;
  virtual void end() {}

 protected:
  void write(const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), out_) != text.size() && write_error_ == 0) write_error_ = errno;
  }
  const RunInfo& run() const { return *run_; }

 public:
  /// The errno of the first write that failed, or 0 (outputs.h reports it).
  int write_error() const { return write_error_; }

 private:
  std::FILE* out_;
  const RunInfo* run_ = nullptr;
  int write_error_ = 0;
};

/// 0 for the main document of `file`, k for its k-th appended report.
size_t scope_number(const doc::Document& main, const doc::Document* scope);

/// FNV-1a, 64 bits, as 16 lowercase hex digits.
std::string hex64(uint64_t value);
uint64_t fnv1a64(std::string_view bytes);

}  // namespace gk::cli

// What decides whether `gongkai check` fails beyond the findings themselves: the waivers
// (--waivers FILE, waivers.h) and the baseline (--baseline FINDINGS.json, baseline.h). The
// gate marks each document's findings as they arrive in input order; a waived or baseline
// finding is still reported, marked, and still counts in the scorecards, but not for the
// exit status. At the end it says which waivers have expired or matched nothing, and how
// many baseline findings were found again or fixed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "baseline.h"
#include "check/pack.h"
#include "json_writer.h"
#include "report.h"
#include "waivers.h"

namespace gk::cli {

class Gate {
 public:
  Gate(std::vector<Waiver> waivers, std::optional<Baseline> baseline, bool has_waivers);

  /// Marks the findings of `file` that a waiver (one not expired) or the baseline covers.
  void mark(CheckedFile& file);

  /// Writes to stderr a warning for each expired waiver and a note for each waiver that
  /// matched no finding, at its line (`file:line:1: warning: … [W-WAIVER-EXPIRED]`).
  void report_waivers(const std::vector<const check::Pack*>& packs, Language lang) const;

  /// The closing lines of the text report: waivers used, baseline findings matched and fixed.
  std::string summary(Language lang) const;
  /// The "waivers" and "baseline" members of the JSON findings.
  void write_json(JsonWriter& json) const;

  size_t waived() const { return waived_; }

 private:
  std::vector<Waiver> waivers_;
  std::vector<size_t> uses_;  ///< findings each waiver covered, parallel to waivers_
  std::optional<Baseline> baseline_;
  bool has_waivers_ = false;  ///< --waivers was given (the file may hold none)
  size_t waived_ = 0;
};

}  // namespace gk::cli

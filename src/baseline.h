// The baseline of `gongkai check --baseline FINDINGS.json`: the findings of an earlier run
// (`check --format json`, gongkai.findings/1). A finding of this run that the baseline holds
// (same document, rule and fingerprint: the fingerprint hashes the line's text, not its
// number, so it survives lines moving) is an existing finding and does not fail the gate;
// only new ones do. Baseline findings of the documents checked now that are no longer found
// are counted as fixed. A baseline written before findings had fingerprints is matched by
// document, rule, item and message instead.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "findings.h"
#include "syntax/language.h"

namespace gk::cli {

class Baseline {
 public:
  /// Reads the findings file `path`. Null after printing the error (E-READ-*, E-BASELINE-*).
  static std::optional<Baseline> read(const std::string& path, Language lang);

  /// Marks the findings of `check` (the document `file`) that the baseline holds.
  void mark(const std::string& file, DocumentCheck& check);

  const std::string& path() const { return path_; }
  /// Findings of this run found in the baseline.
  size_t matched() const { return matched_; }
  /// Baseline findings of the documents checked in this run that were not found again.
  size_t fixed() const;

 private:
  struct Entry {
    std::string rule, fingerprint, item, message;
    bool matched = false;
  };
  Entry* find(const std::string& document, const eval::RuleResult& rule, const eval::ItemResult& item,
              const FindingMark& mark);

  std::string path_;
  std::map<std::string, std::vector<Entry>> by_document_;  ///< keyed by the normal path
  std::set<std::string> checked_;                          ///< documents of this run, normal paths
  size_t matched_ = 0;
};

}  // namespace gk::cli

// A finding's fingerprint: what SARIF's partialFingerprints, the JSON findings and
// --baseline use to recognise one finding across runs. It hashes the finding's pack, rule,
// item, message and the text of its source line (not the line number), with the number of
// the occurrence among equal hashes in the file: distinct for each place, stable when lines
// are inserted or removed above it.
#pragma once

#include "findings.h"

namespace gk::cli {

/// Sets the fingerprint of every finding of `check` (in check.marks), in report order.
void add_fingerprints(DocumentCheck& check);

}  // namespace gk::cli

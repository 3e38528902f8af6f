// What `check` and `scorecard` share: the options (packs, --fail-on, --jobs, --db, and the
// --format/--out pairs), loading the packs, walking the inputs, checking the batch on every
// core, handing each document in input order to every writer and to the history database,
// and the exit status (0 ok, 1 findings at or above --fail-on, 2 usage, input or rule errors).
#pragma once

#include <string>
#include <string_view>

#include "commands.h"

namespace gk::cli {

struct ReportCommand {
  std::string name;         ///< "check" or "scorecard"
  std::string_view usage;   ///< printed on --help and usage errors
};

int run_report_command(const ReportCommand& command, const Args& args);

}  // namespace gk::cli

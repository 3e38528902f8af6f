// The subcommands of the gongkai program, registered in one table (commands.cpp).
#pragma once

#include <string>
#include <vector>

namespace gk::cli {

/// Documented exit statuses of every subcommand.
enum ExitCode : int {
  kExitOk = 0,        ///< nothing at or above --fail-on
  kExitFindings = 1,  ///< findings at or above --fail-on
  kExitError = 2,     ///< usage, input or rule errors
};

using Args = std::vector<std::string>;

int run(int argc, char** argv);
int cmd_inspect(const Args& args);
int cmd_check(const Args& args);
int cmd_scorecard(const Args& args);
int cmd_rules_new(const Args& args);
int cmd_rules_fmt(const Args& args);
/// `check --why RULE FILE`: the trace of one rule on one document (cmd_why.cpp).
int cmd_why(const Args& args);
int cmd_rules(const Args& args);
int cmd_explain(const Args& args);

}  // namespace gk::cli

#include "commands.h"

#include <cstdio>
#include <exception>
#include <new>
#include <string_view>

#include <fmt/format.h>

namespace gk::cli {
namespace {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const Args&);
};

constexpr Command kCommands[] = {
    {"check", "check each FILE against the rule packs and report findings", cmd_check},
    {"scorecard", "score each FILE per rule pack: grade, category scores, most-failed rules", cmd_scorecard},
    {"inspect", "print the document model extracted from each FILE", cmd_inspect},
    {"rules", "tools for rule authors: rules test, rules check, rules new, rules fmt", cmd_rules},
    {"explain", "show one rule: its metadata, text and test cases", cmd_explain},
};

void print_usage(std::FILE* out) {
  fmt::print(out, "usage: gongkai <command> [options] FILE...\n\ncommands:\n");
  for (const auto& c : kCommands) fmt::print(out, "  {:<10} {}\n", c.name, c.summary);
  fmt::print(out,
             "\nexit status: 0 ok, 1 findings at or above --fail-on, 2 usage/input/rule error\n");
}

/// Runs a command; running out of memory (a document needs about 20 times its size, see
/// docs/limits.md) or an internal fault ends it with a message and exit status 2, never
/// with an abort.
int run_guarded(const Command& command, const Args& args) {
  try {
    return command.run(args);
  } catch (const std::bad_alloc&) {
    std::fflush(stdout);
    fmt::print(stderr, "gongkai {}: error: out of memory (a document needs about 20 times its "
               "size in memory; see docs/limits.md)\n", command.name);
  } catch (const std::exception& e) {
    std::fflush(stdout);
    fmt::print(stderr, "gongkai {}: internal error: {}\n", command.name, e.what());
  }
  return kExitError;
}

}  // namespace

int run(int argc, char** argv) {
  if (argc < 2) {
    print_usage(stderr);
    return kExitError;
  }
  const std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(stdout);
    return kExitOk;
  }
  if (name == "--version") {
    fmt::print("gongkai 0.1.0\n");
    return kExitOk;
  }
  for (const auto& c : kCommands) {
    if (c.name == name) return run_guarded(c, Args(argv + 2, argv + argc));
  }
  fmt::print(stderr, "gongkai: unknown command '{}'\n", name);
  print_usage(stderr);
  return kExitError;
}

}  // namespace gk::cli

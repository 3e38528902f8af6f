// Reading a subcommand's arguments the same way everywhere: `--name VALUE` options, --help
// (prints the usage and exits 0), --lang zh|en, unknown options, `--` ending the options (every
// argument after it is a file, even `-5+5.txt`), and usage errors printed as
// `gongkai COMMAND: message` followed by the usage (the caller then exits 2).
#pragma once

#include <string>
#include <string_view>

#include "commands.h"
#include "syntax/language.h"

namespace gk::cli {

class OptionReader {
 public:
  /// `command` names the subcommand in messages ("check", "rules new"); reading starts at
  /// args[first].
  OptionReader(std::string command, std::string_view usage, const Args& args, size_t first = 0)
      : command_(std::move(command)), usage_(usage), args_(args), next_(first) {}

  /// Moves to the next argument; false when there is none. --help and `--` are handled here.
  bool next();
  const std::string& arg() const { return args_[current_]; }
  /// The current argument is an option: it starts with '-', is not "-" (the standard input)
  /// and does not follow `--`. Callers test this before comparing option names.
  bool is_option() const { return !options_ended_ && arg().starts_with("-") && arg() != "-"; }

  /// Takes the value of the current option; prints a usage error when it is missing.
  bool value(std::string& out);
  /// Takes the value of --lang.
  bool language(Language& out);
  /// Prints `gongkai COMMAND: message` and the usage; returns false.
  bool error(std::string_view message) const;
  /// The usage error for an option this command does not know.
  bool unknown_option() const;
  const std::string& command() const { return command_; }

 private:
  std::string command_;
  std::string_view usage_;
  const Args& args_;
  size_t next_ = 0;
  size_t current_ = 0;
  bool options_ended_ = false;
};

}  // namespace gk::cli

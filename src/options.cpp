#include "options.h"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "base/unicode.h"

namespace gk::cli {

bool OptionReader::next() {
  if (next_ >= args_.size()) return false;
  current_ = next_++;
  if (options_ended_) return true;
  if (arg() == "--") {
    options_ended_ = true;
    return next();
  }
  if (arg() == "--help" || arg() == "-h") {
    fmt::print("{}", usage_);
    std::exit(kExitOk);
  }
  return true;
}

bool OptionReader::value(std::string& out) {
  if (next_ >= args_.size()) return error(fmt::format("option '{}' needs a value", arg()));
  out = args_[next_++];
  return true;
}

bool OptionReader::language(Language& out) {
  std::string v;
  if (!value(v)) return false;
  if (v != "zh" && v != "en") return error(fmt::format("unknown language '{}' (zh or en)", v));
  out = v == "zh" ? Language::Zh : Language::En;
  return true;
}

bool OptionReader::error(std::string_view message) const {
  fmt::print(stderr, "gongkai {}: {}\n{}", command_, unicode::visible_controls(message, false), usage_);
  return false;
}

bool OptionReader::unknown_option() const { return error(fmt::format("unknown option '{}'", arg())); }

}  // namespace gk::cli

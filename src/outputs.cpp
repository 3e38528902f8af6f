#include "outputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <unistd.h>

namespace gk::cli {

bool OutputOptions::read(OptionReader& in, bool& handled) {
  handled = true;
  const std::string& a = in.arg();
  std::string v;
  if (a == "--no-color") {
    no_color_ = true;
  } else if (a == "--format") {
    if (!in.value(v)) return false;
    if (std::find(formats_.begin(), formats_.end(), v) == formats_.end())
      return in.error(fmt::format("unknown format '{}' ({})", v, fmt::join(formats_, ", ")));
    requests_.push_back({v, ""});
  } else if (a == "--out" || a == "-o") {
    if (!in.value(v)) return false;
    if (v.empty()) return in.error("--out needs a file name");
    if (requests_.empty()) requests_.push_back({formats_.front(), ""});
    if (!requests_.back().path.empty())
      return in.error(fmt::format("--out '{}' follows another --out; give a --format before each --out", v));
    requests_.back().path = v;
  } else {
    handled = false;
  }
  return true;
}

bool OutputOptions::finish(OptionReader& in, const std::vector<std::string>& inputs) {
  if (requests_.empty()) requests_.push_back({formats_.front(), ""});
  const auto to_stdout = std::count_if(requests_.begin(), requests_.end(), [](const auto& r) { return r.path.empty(); });
  if (to_stdout > 1) return in.error("only one --format can go to standard output; give the others --out FILE");
  for (size_t i = 0; i < requests_.size(); ++i) {
    const std::string& path = requests_[i].path;
    if (path.empty()) continue;
    for (size_t j = 0; j < i; ++j)
      if (requests_[j].path == path) return in.error(fmt::format("two outputs write to '{}'", path));
    if (!clear_of_inputs(in.command(), path, inputs)) return false;
  }
  return true;
}

bool clear_of_inputs(const std::string& command, const std::string& path, const std::vector<std::string>& inputs) {
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  for (const auto& input : inputs) {
    if (path == input || (exists && std::filesystem::equivalent(path, input, ec))) {
      fmt::print(stderr, "gongkai {}: --out '{}' is one of the inputs; gongkai never writes to its inputs\n", command, path);
      return false;
    }
  }
  return true;
}

std::string OutputOptions::format_list() const { return fmt::format("{}", fmt::join(formats_, "|")); }

OpenOutput::~OpenOutput() {
  if (file && !is_stdout) std::fclose(file);
  else if (file) std::fflush(file);
}

bool open_outputs(const std::string& command, const std::vector<OutputRequest>& requests,
                  const std::vector<std::string>& documents, std::vector<std::unique_ptr<OpenOutput>>& out) {
  for (const auto& r : requests)
    if (!r.path.empty() && !clear_of_inputs(command, r.path, documents)) return false;
  for (const auto& r : requests) {
    auto o = std::make_unique<OpenOutput>();
    o->path = r.path;
    if (r.path.empty()) {
      o->file = stdout;
      o->is_stdout = true;
    } else {
      o->file = std::fopen(r.path.c_str(), "wb");
      if (!o->file) {
        fmt::print(stderr, "gongkai {}: cannot write {}: {}\n", command, r.path, std::strerror(errno));
        return false;
      }
    }
    out.push_back(std::move(o));
  }
  return true;
}

bool stdout_wants_color(bool no_color) {
  if (no_color) return false;
  if (const char* env = std::getenv("NO_COLOR"); env && *env) return false;
  return isatty(STDOUT_FILENO) == 1;
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

}  // namespace gk::cli

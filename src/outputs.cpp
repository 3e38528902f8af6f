#include "outputs.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/unicode.h"

namespace gk::cli {
namespace fs = std::filesystem;

namespace {

// ---- Files compared by identity ------------------------------------------------------

/// What identifies a file: its device and inode when it exists, otherwise its absolute
/// path with ".", ".." and symbolic links resolved.
struct FileKey {
  bool exists = false;
  dev_t device = 0;
  ino_t inode = 0;
  std::string path;

  bool operator==(const FileKey& o) const {
    if (exists != o.exists) return false;
    return exists ? device == o.device && inode == o.inode : path == o.path;
  }
};

FileKey file_key(const std::string& path) {
  FileKey key;
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0) {
    key.exists = true;
    key.device = status.st_dev;
    key.inode = status.st_ino;
    return key;
  }
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);
  const fs::path resolved = fs::weakly_canonical(absolute, ec);
  key.path = (ec ? absolute.lexically_normal() : resolved).string();
  return key;
}

// ---- Temporary files removed on a signal ---------------------------------------------

constexpr int kSlots = 64;
std::atomic<char*> g_temporaries[kSlots];

extern "C" void remove_temporaries(int signal) {
  for (auto& slot : g_temporaries)
    if (char* path = slot.load()) ::unlink(path);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

int remember_temporary(const std::string& path) {
  static const bool installed = [] {
    for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, remove_temporaries);
    return true;
  }();
  (void)installed;
  for (int k = 0; k < kSlots; ++k) {
    char* expected = nullptr;
    char* copy = ::strdup(path.c_str());
    if (g_temporaries[k].compare_exchange_strong(expected, copy)) return k;
    std::free(copy);
  }
  return -1;  // more outputs than slots: this one is not removed on a signal
}

void forget_temporary(int slot) {
  if (slot >= 0) std::free(g_temporaries[slot].exchange(nullptr));
}

mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

bool same_file(const std::string& a, const std::string& b) { return a == b || file_key(a) == file_key(b); }

bool clear_of_inputs(const std::string& command, const std::string& option, const std::string& path,
                     const std::vector<std::string>& inputs) {
  const FileKey key = file_key(path);
  for (const auto& input : inputs) {
    if (path == input || key == file_key(input)) {
      fmt::print(stderr, "gongkai {}: {} '{}' is one of the inputs; gongkai never writes to its inputs\n", command,
                 option, unicode::visible_controls(path, false));
      return false;
    }
  }
  return true;
}

// ---- Options ---------------------------------------------------------------------------

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

bool OutputOptions::finish(OptionReader& in, const std::vector<std::string>& inputs, const std::string& db) {
  if (requests_.empty()) requests_.push_back({formats_.front(), ""});
  const auto to_stdout = std::count_if(requests_.begin(), requests_.end(), [](const auto& r) { return r.path.empty(); });
  if (to_stdout > 1) return in.error("only one --format can go to standard output; give the others --out FILE");
  for (size_t i = 0; i < requests_.size(); ++i) {
    const std::string& path = requests_[i].path;
    if (path.empty()) continue;
    for (size_t j = 0; j < i; ++j) {
      const std::string& other = requests_[j].path;
      if (other == path) return in.error(fmt::format("two outputs write to '{}'", path));
      if (!other.empty() && same_file(other, path))
        return in.error(fmt::format("two outputs write to one file: '{}' and '{}'", other, path));
    }
    if (!db.empty() && same_file(path, db))
      return in.error(fmt::format("--out '{}' is the history database (--db '{}'); a report would destroy it", path, db));
    if (!clear_of_inputs(in.command(), "--out", path, inputs)) return false;
  }
  return true;
}

std::string OutputOptions::format_list() const { return fmt::format("{}", fmt::join(formats_, "|")); }

// ---- Writing -----------------------------------------------------------------------------

std::unique_ptr<ReportOutput> ReportOutput::open(const OutputRequest& request) {
  std::unique_ptr<ReportOutput> out(new ReportOutput);
  out->path_ = request.path;
  if (request.path.empty()) {
    out->file_ = stdout;
    return out;
  }
  struct stat status {};
  const bool exists = ::stat(request.path.c_str(), &status) == 0;
  std::error_code ec;
  const bool link = fs::is_symlink(request.path, ec);
  if (exists && !S_ISREG(status.st_mode)) {  // a device or a pipe: written directly
    out->file_ = std::fopen(request.path.c_str(), "wb");
    if (!out->file_) {
      out->fail(errno);
      return nullptr;
    }
    return out;
  }
  out->target_ = link && exists ? fs::canonical(request.path, ec).string() : request.path;
  if (ec) out->target_ = request.path;
  const fs::path target(out->target_);
  // Hidden, and not named like a document, so a batch reading the folder never takes it.
  std::string temp = (target.parent_path() / ("." + target.filename().string() + ".gongkai-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0 && (errno == EACCES || errno == EPERM) && exists && ::access(out->target_.c_str(), W_OK) == 0) {
    // A writable report in a folder where no file may be created: written in place, as
    // before, since it cannot be replaced whole.
    out->file_ = std::fopen(out->target_.c_str(), "wb");
    if (!out->file_) {
      out->fail(errno);
      return nullptr;
    }
    return out;
  }
  if (fd < 0) {
    out->fail(errno);
    return nullptr;
  }
  out->temp_ = temp;
  out->slot_ = remember_temporary(temp);
  ::fchmod(fd, exists ? status.st_mode & 07777 : new_file_mode());
  out->file_ = ::fdopen(fd, "wb");
  if (!out->file_) {
    const int error = errno;
    ::close(fd);
    out->fail(error);
    return nullptr;
  }
  return out;
}

ReportOutput::~ReportOutput() {
  if (file_ && file_ != stdout) std::fclose(file_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
  forget_temporary(slot_);
}

std::string ReportOutput::destination() const { return path_.empty() ? "standard output" : path_; }

bool ReportOutput::fail(int error) {
  fmt::print(stderr, "{}: error: cannot write: {} [E-WRITE]\n", unicode::visible_controls(destination(), false),
             std::strerror(error));
  return false;
}

bool ReportOutput::finish(int write_error) {
  if (!file_) return true;
  int error = write_error;
  if (std::fflush(file_) != 0 && error == 0) error = errno;
  if (std::ferror(file_) && error == 0) error = EIO;
  if (file_ == stdout) {
    file_ = nullptr;
    return error == 0 || fail(error);
  }
  if (!temp_.empty() && error == 0 && ::fsync(::fileno(file_)) != 0) error = errno;
  if (std::fclose(file_) != 0 && error == 0) error = errno;
  file_ = nullptr;
  return error == 0 || fail(error);
}

bool ReportOutput::commit() {
  if (temp_.empty()) return true;
  if (::rename(temp_.c_str(), target_.c_str()) != 0) return fail(errno);
  temp_.clear();
  forget_temporary(slot_);
  slot_ = -1;
  return true;
}

bool open_outputs(const std::vector<OutputRequest>& requests, std::vector<std::unique_ptr<ReportOutput>>& out) {
  for (const auto& r : requests) {
    auto o = ReportOutput::open(r);
    if (!o) {
      out.clear();
      return false;
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

// `gongkai rules fmt [--check] [--lang zh|en] PATH…`: puts rule files in the canonical layout
// (engine/syntax/format.h). PATH is a rule file or a directory, whose *.gk files are taken
// at every depth. Without --check each file whose layout differs is rewritten in place —
// through a temporary file renamed over it, so a file is never left half written — and a
// file already in the canonical layout is not touched. With --check nothing is written: the
// files that would change are listed with a short diff. A file with syntax errors is never
// rewritten. This is the only command that writes rule files besides `rules new`.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "commands.h"
#include "document/reader.h"
#include "line_diff.h"
#include "options.h"
#include "syntax/format.h"

namespace gk::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage =
    "usage: gongkai rules fmt [--check] [--lang zh|en] PATH...\n"
    "  Rewrites rule files in the canonical layout (docs/authoring.md): only spaces, line\n"
    "  breaks and blank lines change; every word, string and comment stays as written.\n"
    "  PATH            a rule file, or a directory (its *.gk files, subdirectories included)\n"
    "  --check         write nothing: list the files whose layout differs, with a short diff\n"
    "  --lang zh|en    language of the messages (default zh)\n"
    "exit status: 0 nothing to change (or every file rewritten), 1 --check found files to\n"
    "             change, 2 usage error, unreadable files or syntax errors (such files are\n"
    "             never rewritten)\n";

struct FmtOptions {
  bool check = false;
  Language lang = Language::Zh;
  std::vector<std::string> paths;
};

bool parse_options(const Args& args, FmtOptions& o) {
  OptionReader in("rules fmt", kUsage, args, 1);
  while (in.next()) {
    const std::string& a = in.arg();
    if (!in.is_option()) {
      o.paths.push_back(a);
    } else if (a == "--check") {
      o.check = true;
    } else if (a == "--lang") {
      if (!in.language(o.lang)) return false;
    } else {
      return in.unknown_option();
    }
  }
  if (o.paths.empty()) return in.error("rules fmt needs a PATH (a rule file or a directory)");
  return true;
}

/// The files a PATH names: itself, or the *.gk files under a directory, sorted.
std::vector<std::string> rule_files(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".gk") files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<std::string> read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

/// Writes `bytes` to a temporary file next to `path` and renames it over `path`, keeping
/// the file's permissions. On failure `path` is unchanged and the reason is returned.
std::optional<std::string> write_atomically(const std::string& path, const std::string& bytes) {
  const fs::path target(path);
  std::string name = ".";  // hidden, and not *.gk: never read as a rule file meanwhile
  name += target.filename().string();
  name += ".fmt-XXXXXX";
  std::string temp = (target.parent_path() / name).string();
  const int fd = mkstemp(temp.data());
  if (fd < 0) return std::string(std::strerror(errno));
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  const int saved = errno;
  const bool ok = written == bytes.size() && ::fsync(fd) == 0;
  ::close(fd);
  std::error_code ec;
  if (ok) fs::permissions(temp, fs::status(target, ec).permissions(), ec);
  if (ok && !ec) fs::rename(temp, target, ec);
  if (!ok || ec) {
    fs::remove(temp);
    return ok ? ec.message() : std::string(std::strerror(saved));
  }
  return std::nullopt;
}

void file_error(const std::string& path, std::string_view message) {
  fmt::print(stderr, "{}: error: {}\n", path, message);
}

enum class Result { Unchanged, Changed, Error };

/// Formats one file: rewrites it, or with --check reports how it would change.
Result format_file(const std::string& path, const FmtOptions& o) {
  const bool zh = o.lang == Language::Zh;
  auto bytes = read_bytes(path);
  if (!bytes) {
    file_error(path, zh ? "无法读取文件" : "cannot read the file");
    return Result::Error;
  }
  auto decoded = doc::decode_document(path, *bytes);
  if (auto* problem = std::get_if<Diagnostic>(&decoded)) {
    fmt::print(stderr, "{}", render(*problem));
    return Result::Error;
  }
  const SourceText& source = std::get<SourceText>(decoded);
  const bool bom = source.encoding() == "UTF-8 with BOM";
  if (source.encoding() != "UTF-8" && !bom) {
    file_error(path, zh ? fmt::format("rules fmt 只改写 UTF-8 的规则文件，这个文件是 {}；请先转为 UTF-8", source.encoding())
                        : fmt::format("rules fmt only rewrites UTF-8 rule files and this one is {}; convert it first",
                                      source.encoding()));
    return Result::Error;
  }
  DiagnosticSink sink;
  std::optional<std::string> formatted;
  try {
    formatted = format_rule_file(source, sink, o.lang);
  } catch (const FormatError&) {
    file_error(path, zh ? "无法在保持原意的前提下整理这个文件，文件未改动（这是 gongkai 的缺陷，请报告）"
                        : "the file could not be laid out without changing it, so it was left alone (a bug in gongkai; "
                          "please report it)");
    return Result::Error;
  }
  for (const auto& d : sink.diagnostics()) fmt::print(stderr, "{}", render(d));
  if (!formatted) {
    file_error(path, zh ? "有语法错误，未整理" : "not formatted: it has syntax errors");
    return Result::Error;
  }
  const std::string expected = (bom ? "\xEF\xBB\xBF" : "") + *formatted;
  if (expected == *bytes) return Result::Unchanged;
  if (o.check) {
    fmt::print("{}: {}\n", path, zh ? "与规范格式不同" : "not in the canonical layout");
    const std::string diff = unified_diff(source.text(), *formatted, o.lang);
    if (diff.empty()) fmt::print("  {}\n", zh ? "（只有行尾不同：CRLF 改为 LF）" : "(only the line ends differ: CRLF becomes LF)");
    else fmt::print("--- {}\n+++ {}{}\n{}", path, path, zh ? "（整理后）" : " (formatted)", diff);
    return Result::Changed;
  }
  if (auto failure = write_atomically(path, expected)) {
    file_error(path, zh ? fmt::format("无法写入：{}", *failure) : fmt::format("cannot write: {}", *failure));
    return Result::Error;
  }
  fmt::print("{}: {}\n", path, zh ? "已整理" : "formatted");
  return Result::Changed;
}

}  // namespace

int cmd_rules_fmt(const Args& args) {
  FmtOptions o;
  if (!parse_options(args, o)) return kExitError;
  const bool zh = o.lang == Language::Zh;
  size_t changed = 0, unchanged = 0, errors = 0;
  for (const auto& path : o.paths) {
    const auto files = rule_files(path);
    if (files.empty()) {
      file_error(path, zh ? "这个目录中没有规则文件（*.gk）" : "no rule files (*.gk) in this directory");
      ++errors;
    }
    for (const auto& file : files) {
      switch (format_file(file, o)) {
        case Result::Unchanged: ++unchanged; break;
        case Result::Changed: ++changed; break;
        case Result::Error: ++errors; break;
      }
    }
  }
  if (zh) {
    const char* verb = o.check ? "需要整理" : "已整理";
    fmt::print("{} 个文件{}，{} 个文件无需改动{}\n", changed, verb, unchanged,
               errors ? fmt::format("，{} 个文件出错", errors) : std::string());
  } else {
    fmt::print("{} {} {}, {} already canonical{}\n", changed, changed == 1 ? "file" : "files",
               o.check ? "to reformat" : "reformatted", unchanged, errors ? fmt::format(", {} with errors", errors) : "");
  }
  if (errors) return kExitError;
  return o.check && changed ? kExitFindings : kExitOk;
}

}  // namespace gk::cli

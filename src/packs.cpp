#include "packs.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "document/reader.h"
#include "embedded_packs.h"

namespace gk::cli {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<check::Pack> compile_files(std::vector<SourceText> files, const std::string& name,
                                           Language lang) {
  DiagnosticSink sink;
  auto pack = check::compile_pack(std::move(files), name, sink, lang);
  for (const auto& d : sink.diagnostics()) fmt::print(stderr, "{}", render(d));
  return pack;
}

/// Reads one rule file (same decoding and limits as documents).
std::optional<SourceText> read_rule_file(const std::string& path) {
  auto read = doc::read_document_file(path);
  if (auto* error = std::get_if<Diagnostic>(&read)) {
    fmt::print(stderr, "{}", render(*error));
    return std::nullopt;
  }
  return std::move(std::get<SourceText>(read));
}

/// The packs under `dir`: its own .gk files, then each subdirectory.
bool load_directory(const fs::path& dir, Language lang, std::vector<std::unique_ptr<check::Pack>>& out) {
  std::vector<fs::path> files, subdirs;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_directory()) subdirs.push_back(entry.path());
    else if (entry.path().extension() == ".gk") files.push_back(entry.path());
  }
  if (ec) {
    fmt::print(stderr, "{}: error: cannot read the rule directory: {}\n", dir.string(), ec.message());
    return false;
  }
  std::sort(files.begin(), files.end());
  std::sort(subdirs.begin(), subdirs.end());
  bool ok = true;
  if (!files.empty()) {
    std::vector<SourceText> texts;
    for (const auto& f : files) {
      auto text = read_rule_file(f.string());
      if (!text) return false;
      texts.push_back(std::move(*text));
    }
    auto pack = compile_files(std::move(texts), dir.filename().string(), lang);
    ok = pack != nullptr;
    if (pack) out.push_back(std::move(pack));
  }
  for (const auto& d : subdirs) ok = load_directory(d, lang, out) && ok;
  return ok;
}

std::vector<std::unique_ptr<check::Pack>> embedded(Language lang, bool& ok) {
  std::map<std::string, std::vector<SourceText>> by_pack;  // first path component
  for (const auto& f : embedded_packs()) {
    const std::string path(f.path);
    const auto slash = path.find('/');
    const std::string pack = slash == std::string::npos ? "default" : path.substr(0, slash);
    by_pack[pack].emplace_back("<builtin>/rules/" + path, std::string(f.content));
  }
  std::vector<std::unique_ptr<check::Pack>> out;
  for (auto& [name, files] : by_pack) {
    auto pack = compile_files(std::move(files), name, lang);
    if (pack) out.push_back(std::move(pack));
    else ok = false;
  }
  return out;
}

}  // namespace

PackSet load_packs(const std::vector<std::string>& paths, bool with_embedded, Language lang) {
  PackSet set;
  if (with_embedded) set.packs = embedded(lang, set.ok);
  for (const auto& path : paths) {
    std::vector<std::unique_ptr<check::Pack>> loaded;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      set.ok = load_directory(path, lang, loaded) && set.ok;
      if (loaded.empty() && set.ok) {
        fmt::print(stderr, "{}: error: no rule files (*.gk) in this directory\n", path);
        set.ok = false;
      }
    } else {
      auto text = read_rule_file(path);
      if (!text) {
        set.ok = false;
        continue;
      }
      std::vector<SourceText> files;
      files.push_back(std::move(*text));
      auto pack = compile_files(std::move(files), fs::path(path).stem().string(), lang);
      if (pack) loaded.push_back(std::move(pack));
      else set.ok = false;
    }
    for (auto& pack : loaded) {
      auto same = std::find_if(set.packs.begin(), set.packs.end(),
                               [&](const auto& p) { return p->name == pack->name; });
      if (same != set.packs.end()) *same = std::move(pack);
      else set.packs.push_back(std::move(pack));
    }
  }
  return set;
}

}  // namespace gk::cli

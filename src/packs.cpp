#include "packs.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "base/diagnostics.h"
#include "document/reader.h"
#include "embedded_packs.h"
#include "syntax/test_blocks.h"

namespace gk::cli {
namespace {

namespace fs = std::filesystem;

/// Reads one rule file (same decoding and limits as documents).
std::optional<SourceText> read_rule_file(const std::string& path) {
  auto read = doc::read_document_file(path);
  if (auto* error = std::get_if<Diagnostic>(&read)) {
    fmt::print(stderr, "{}", render(*error));
    return std::nullopt;
  }
  return std::move(std::get<SourceText>(read));
}

/// An embedded rule file as the compiler reads it, and the tree made of that text when the
/// program was built (empty when there is none).
struct EmbeddedRuleFile {
  SourceText text;
  std::string_view stored_tree;
};

/// What the build stored for the embedded file at `path`; null when nothing.
const EmbeddedTrees* stored(std::string_view path) {
  for (const auto& t : embedded_pack_trees())
    if (t.path == path) return &t;
  return nullptr;
}

/// The embedded rule files by pack directory ("juesuan"), as the compiler reads them.
std::map<std::string, std::vector<EmbeddedRuleFile>> embedded_files(EmbeddedTests tests = EmbeddedTests::Keep) {
  std::map<std::string, std::vector<EmbeddedRuleFile>> by_pack;  // first path component
  for (const auto& f : embedded_packs()) {
    const std::string path(f.path);
    const auto slash = path.find('/');
    const std::string pack = slash == std::string::npos ? "default" : path.substr(0, slash);
    const EmbeddedTrees* made = stored(f.path);
    std::string text;
    if (tests == EmbeddedTests::Keep) text = f.content;
    else if (made && !made->text_without_tests.empty()) text = made->text_without_tests;
    else text = syntax::without_test_blocks(f.content);
    std::string_view tree;
    if (made) tree = tests == EmbeddedTests::Keep ? made->whole : made->without_tests;
    by_pack[pack].push_back({SourceText("<builtin>/rules/" + path, std::move(text)), tree});
  }
  return by_pack;
}

/// The files with their stored trees, each read back when it was made from this very text
/// and is whole; compile_pack parses the others.
std::vector<check::RuleFile> with_stored_trees(std::vector<EmbeddedRuleFile> files) {
  std::vector<check::RuleFile> out;
  for (auto& f : files) out.push_back(check::with_stored_tree(std::move(f.text), f.stored_tree));
  return out;
}

/// The name a pack's files give in their `pack NAME` header (规则包 NAME), if any.
std::string declared_name(const std::vector<EmbeddedRuleFile>& files) {
  for (const auto& f : files) {
    for (std::string_view keyword : {"pack ", "规则包 "}) {
      const std::string_view text = f.text.text();
      size_t at = 0;
      while ((at = text.find(keyword, at)) != std::string_view::npos) {
        if (at == 0 || text[at - 1] == '\n') {
          const size_t begin = at + keyword.size();
          const size_t end = text.find_first_of(" {\n", begin);
          return std::string(text.substr(begin, end == std::string_view::npos ? end : end - begin));
        }
        at += keyword.size();
      }
    }
  }
  return "";
}

/// The rule files of a directory (its own *.gk, sorted), read; nullopt with `why` on failure.
std::optional<std::vector<SourceText>> read_pack_files(const fs::path& dir, std::string& why) {
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (!entry.is_directory() && entry.path().extension() == ".gk") paths.push_back(entry.path());
  if (ec) {
    why = ec.message();
    return std::nullopt;
  }
  std::sort(paths.begin(), paths.end());
  std::vector<SourceText> texts;
  for (const auto& p : paths) {
    auto text = read_rule_file(p.string());
    if (!text) {
      why = p.string();
      return std::nullopt;
    }
    texts.push_back(std::move(*text));
  }
  return texts;
}

/// `use NAME`: a built-in pack by its declared name or directory; `use "PATH"`: a rule file
/// or a directory of them, relative to the file that uses it.
std::optional<check::UsedPack> resolve_use(const ast::UseDecl& use, const SourceText& from,
                                          Language lang, std::string& why) {
  const bool zh = lang == Language::Zh;
  if (use.pack) {
    auto builtin = embedded_files();
    for (auto& [dir, files] : builtin) {
      const std::string name = declared_name(files);
      if (use.pack->text == dir || use.pack->text == name)
        return check::UsedPack{name.empty() ? dir : name, with_stored_trees(std::move(files))};
    }
    std::vector<std::string> names;
    for (const auto& [dir, files] : builtin) names.push_back(declared_name(files));
    why = zh ? fmt::format("没有这个内置规则包（内置的有：{}）", fmt::join(names, "、"))
             : fmt::format("no such built-in pack (the built-in packs: {})", fmt::join(names, ", "));
    return std::nullopt;
  }
  const fs::path path = fs::path(from.name()).parent_path() / use.path->value;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    auto files = read_pack_files(path, why);
    if (!files) return std::nullopt;
    if (files->empty()) {
      why = zh ? fmt::format("{} 中没有规则文件（*.gk）", path.string())
               : fmt::format("no rule files (*.gk) in {}", path.string());
      return std::nullopt;
    }
    return check::UsedPack{fs::weakly_canonical(path, ec).string(), check::unparsed(std::move(*files))};
  }
  if (!fs::exists(path, ec)) {
    why = zh ? fmt::format("找不到 {}", path.string()) : fmt::format("{} not found", path.string());
    return std::nullopt;
  }
  auto text = read_rule_file(path.string());
  if (!text) {
    why = path.string();
    return std::nullopt;
  }
  std::vector<SourceText> files;
  files.push_back(std::move(*text));
  return check::UsedPack{fs::weakly_canonical(path, ec).string(), check::unparsed(std::move(files))};
}

std::unique_ptr<check::Pack> compile_files(std::vector<check::RuleFile> files, const std::string& name,
                                           Language lang,
                                           check::PatternCompilation patterns = check::PatternCompilation::WithPack) {
  DiagnosticSink sink;
  auto resolve = [lang](const ast::UseDecl& use, const SourceText& from, std::string& why) {
    return resolve_use(use, from, lang, why);
  };
  auto pack = check::compile_pack(std::move(files), name, sink, lang, resolve, patterns);
  for (const auto& d : sink.diagnostics()) fmt::print(stderr, "{}", render(d));
  return pack;
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
    auto pack = compile_files(check::unparsed(std::move(texts)), dir.filename().string(), lang);
    ok = pack != nullptr;
    if (pack) out.push_back(std::move(pack));
  }
  for (const auto& d : subdirs) ok = load_directory(d, lang, out) && ok;
  return ok;
}

std::vector<std::unique_ptr<check::Pack>> embedded(Language lang, EmbeddedTests tests, bool& ok) {
  std::vector<std::unique_ptr<check::Pack>> out;
  // Run without their tests, the built-in packs compile each pattern on its first use (the
  // test suite compiles them all, and `rules` commands, which keep the tests, compile them
  // with the pack).
  const auto patterns =
      tests == EmbeddedTests::Leave ? check::PatternCompilation::OnFirstUse : check::PatternCompilation::WithPack;
  for (auto& [name, files] : embedded_files(tests)) {
    auto pack = compile_files(with_stored_trees(std::move(files)), name, lang, patterns);
    if (pack) out.push_back(std::move(pack));
    else ok = false;
  }
  return out;
}

}  // namespace

PackSet load_packs(const std::vector<std::string>& paths, bool with_embedded, Language lang,
                   EmbeddedTests tests) {
  PackSet set;
  if (with_embedded) set.packs = embedded(lang, tests, set.ok);
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
      auto pack = compile_files(check::unparsed(std::move(files)), fs::path(path).stem().string(), lang);
      if (pack) loaded.push_back(std::move(pack));
      else set.ok = false;
    }
    for (auto& pack : loaded) {
      // A pack replaces the built-in pack of its name, and those it uses: their rules are
      // in it already (less what it disables, with what it overrides).
      std::erase_if(set.packs, [&](const auto& p) {
        return p->name != pack->name && std::find(pack->uses.begin(), pack->uses.end(), p->name) != pack->uses.end();
      });
      auto same = std::find_if(set.packs.begin(), set.packs.end(),
                               [&](const auto& p) { return p->name == pack->name; });
      if (same != set.packs.end()) *same = std::move(pack);
      else set.packs.push_back(std::move(pack));
    }
  }
  return set;
}

}  // namespace gk::cli

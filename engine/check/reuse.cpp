// Reuse of packs: reading the packs a `use` names (each once), putting an `override rule`
// in the used rule's place, leaving out a `disable`d rule; and compile_pack itself, which
// puts the used packs' files before the pack's own.
#include <algorithm>

#include <fmt/format.h>

#include "check/compiler.h"
#include "syntax/ast_serial.h"
#include "syntax/parser.h"

namespace gk::check {

void PackCompiler::place_rule(const ast::RuleDecl& decl, Rule rule) {
  for (auto& r : pack_.rules)
    if (r.info.id == decl.id.text) {  // `override rule`: in the used rule's place
      r = std::move(rule);
      return;
    }
  pack_.rules.push_back(std::move(rule));
}

std::vector<std::string> PackCompiler::used_rule_ids() const {
  std::vector<std::string> ids;
  for (const auto& r : pack_.rules)
    if (r.used) ids.push_back(r.info.id);
  return ids;
}

void PackCompiler::compile_disable(const ast::DisableDecl& decl) {
  const auto it = std::find_if(pack_.rules.begin(), pack_.rules.end(),
                               [&](const Rule& r) { return r.info.id == decl.rule.text; });
  if (it == pack_.rules.end() || !it->used) {
    error("E122", decl.rule.span,
          it == pack_.rules.end()
              ? say(fmt::format("“停用”(disable) 的规则“{}”不在引用的规则包中", decl.rule.text),
                    fmt::format("`disable {}`: no used pack has a rule of this number", decl.rule.text))
              : say(fmt::format("规则“{}”是本规则包自己的：不需要时删去即可，“停用”只用于引用的规则", decl.rule.text),
                    fmt::format("rule ‘{}’ is this pack's own: delete it; `disable` is for used rules", decl.rule.text)),
          suggest(decl.rule.text, used_rule_ids()));
    return;
  }
  pack_.disabled.emplace_back(decl.rule.text, decl.reason ? decl.reason->value : std::string());
  pack_.rules.erase(it);
}

// ---------------------------------------------------------------------------------------

std::vector<RuleFile> unparsed(std::vector<SourceText> texts) {
  std::vector<RuleFile> files;
  files.reserve(texts.size());
  for (auto& text : texts) files.push_back({std::move(text), nullptr});
  return files;
}

RuleFile with_stored_tree(SourceText text, std::string_view stored) {
  auto tree = ast::deserialize(stored, text);
  return {std::move(text), std::move(tree)};
}

namespace {

/// Adds `file` to the pack's files; its tree, parsed now unless it came with one.
std::unique_ptr<ast::File> add_file(Pack& pack, RuleFile& file, DiagnosticSink& sink, Language lang) {
  pack.files.push_back(std::move(file.text));
  if (file.tree) return std::move(file.tree);
  return parse_rule_file(pack.files.back(), sink, lang);
}

/// Reads the packs the `use` declarations of `trees` name, and those their files use in
/// turn (each once), into `pack`: files appended, trees in `used_trees`.
void read_used_packs(Pack& pack, const std::vector<size_t>& from_trees, DiagnosticSink& sink,
                     Language lang, const ResolveUse& resolve,
                     std::vector<std::unique_ptr<ast::File>>& used_trees,
                     std::vector<uint32_t>& used_tree_files) {
  std::vector<std::pair<const ast::File*, uint32_t>> pending;  // tree, its file
  for (size_t t : from_trees) pending.emplace_back(pack.trees[t].get(), pack.tree_files[t]);
  for (size_t next = 0; next < pending.size(); ++next) {
    const auto [tree, file] = pending[next];
    for (const auto& d : tree->declarations) {
      const auto* use = std::get_if<ast::UseDecl>(&d);
      if (!use) continue;
      const SourceText& from = pack.files[file];
      std::string why;
      std::optional<UsedPack> used;
      if (resolve) used = resolve(*use, from, why);
      else why = lang == Language::Zh ? "这里不能引用其他规则包" : "packs cannot be used here";
      if (!used) {
        const std::string named = use->pack ? use->pack->text : use->path->value;
        sink.report(gk::Severity::Error, "E123",
                    lang == Language::Zh ? fmt::format("无法引用“{}”：{}", named, why)
                                         : fmt::format("cannot use ‘{}’: {}", named, why),
                    from, use->span);
        continue;
      }
      if (std::find(pack.uses.begin(), pack.uses.end(), used->key) != pack.uses.end()) continue;
      pack.uses.push_back(used->key);
      for (auto& used_file : used->files) {
        used_trees.push_back(add_file(pack, used_file, sink, lang));
        const auto index = static_cast<uint32_t>(pack.files.size() - 1);
        used_tree_files.push_back(index);
        pending.emplace_back(used_trees.back().get(), index);
      }
    }
  }
}

}  // namespace

std::unique_ptr<Pack> compile_pack(std::vector<SourceText> files, std::string default_name,
                                   DiagnosticSink& sink, Language lang, const ResolveUse& resolve) {
  return compile_pack(unparsed(std::move(files)), std::move(default_name), sink, lang, resolve);
}

std::unique_ptr<Pack> compile_pack(std::vector<RuleFile> files, std::string default_name,
                                   DiagnosticSink& sink, Language lang, const ResolveUse& resolve,
                                   PatternCompilation patterns) {
  auto pack = std::make_unique<Pack>();
  pack->patterns = patterns;
  const size_t errors_before = sink.error_count();
  std::vector<size_t> own;
  for (size_t i = 0; i < files.size(); ++i) {
    pack->trees.push_back(add_file(*pack, files[i], sink, lang));
    pack->tree_files.push_back(static_cast<uint32_t>(i));
    own.push_back(i);
  }
  // Used packs' trees go first, so their rules keep their order and the pack's own come after.
  std::vector<std::unique_ptr<ast::File>> used_trees;
  std::vector<uint32_t> used_tree_files;
  read_used_packs(*pack, own, sink, lang, resolve, used_trees, used_tree_files);
  pack->tree_used.assign(used_trees.size(), true);
  pack->tree_used.resize(used_trees.size() + pack->trees.size(), false);
  for (auto& t : pack->trees) used_trees.push_back(std::move(t));
  used_tree_files.insert(used_tree_files.end(), pack->tree_files.begin(), pack->tree_files.end());
  pack->trees = std::move(used_trees);
  pack->tree_files = std::move(used_tree_files);
  PackCompiler compiler(*pack, sink, lang);
  compiler.run(default_name);
  for (auto& rule : pack->rules) rule.info.pack = pack->name;
  if (sink.error_count() > errors_before) return nullptr;
  return pack;
}

}  // namespace gk::check

#include "eval/pattern_coverage.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "eval/context.h"
#include "eval/evaluator.h"

namespace gk::eval {
namespace {

/// Every text of a document a pattern may be matched against (matching view).
std::vector<std::string_view> document_texts(const doc::Document& doc) {
  std::vector<std::string_view> texts{doc.title};
  for (const auto& e : doc.toc) texts.push_back(e.title);
  for (const auto& s : doc.sections) texts.push_back(s.title);
  for (const auto& p : doc.paragraphs) texts.push_back(p.text);
  for (const auto& s : doc.sentences) texts.push_back(s.text);
  for (const auto& a : doc.amounts) texts.push_back(a.label);
  for (const auto& b : doc.breakdowns)
    for (const auto& part : b.parts) texts.push_back(part.share_base);
  for (const auto& t : doc.tables) {
    texts.push_back(t.title);
    texts.push_back(t.code);
    for (const auto& row : t.header_rows)
      for (const auto& cell : row) texts.push_back(cell.text);
    for (const auto& c : t.columns) {
      texts.push_back(c.name);
      texts.push_back(c.path);
    }
    for (const auto& r : t.rows) {
      texts.push_back(r.label);
      texts.push_back(r.subject_code);
      texts.push_back(doc::to_string(r.subject_level));
      for (const auto& cell : r.cells) texts.push_back(cell.text);
    }
    for (const auto& n : t.notes) texts.push_back(n.text);
  }
  for (const auto& r : doc.table_references) texts.push_back(r.text);
  return texts;
}

template <class Decl>
uint32_t file_declaring(const check::Pack& pack, const Decl* decl) {
  for (size_t t = 0; t < pack.trees.size(); ++t)
    for (const auto& d : pack.trees[t]->declarations)
      if (std::get_if<Decl>(&d) == decl) return pack.tree_files[t];
  return 0;
}

}  // namespace

PatternCoverage::PatternCoverage(const check::Pack& pack) : pack_(pack) {
  for (uint32_t v = 0; v < pack.vocabulary.size(); ++v) {
    const check::Vocabulary& entry = pack.vocabulary[v];
    const uint32_t file = file_declaring(pack, entry.decl);
    if (entry.decl->kind == ast::VocabularyKind::List) {
      for (uint32_t i = 0; i < entry.decl->items.size(); ++i)
        sites_.push_back({Kind::ListItem, v, i, file, entry.decl->items[i].span});
    } else if (entry.selectors.size() == entry.decl->selectors.size()) {
      for (uint32_t i = 0; i < entry.selectors.size(); ++i)
        sites_.push_back({Kind::Selector, v, i, file, entry.decl->selectors[i].pattern.span});
    }
  }
  for (uint32_t f = 0; f < pack.facts.size(); ++f) {
    const check::Fact& fact = pack.facts[f];
    const uint32_t file = file_declaring(pack, fact.decl);
    for (uint32_t i = 0; i < fact.decl->templates.size(); ++i)
      sites_.push_back({Kind::Template, f, i, file, fact.decl->templates[i].span});
  }
  if (pack.applies) add_literals(*pack.applies, pack.header_file);
  for (const auto& rule : pack.rules)
    check::Pack::for_each_plan(rule, [&](const plan::Node& node) { add_literals(node, rule.file); });
  std::stable_sort(sites_.begin(), sites_.end(), [](const Site& a, const Site& b) {
    return std::pair(a.file, a.span.begin) < std::pair(b.file, b.span.begin);
  });
}

void PatternCoverage::add_literals(const plan::Node& root, uint32_t file) {
  plan::for_each_node(root, [&](const plan::Node& node) {
    if (node.op == plan::Op::Text && node.regex != plan::kNoRegex)
      sites_.push_back({Kind::Literal, node.regex, 0, file, node.span});
  });
}

void PatternCoverage::add(const doc::Document& doc) {
  ++documents_;
  if (checks_kind(pack_, doc, /*appended=*/false)) add_scope(doc);
  for (const auto& report : doc.appended) {
    if (checks_kind(pack_, report, /*appended=*/true)) add_scope(report);
  }
}

void PatternCoverage::add_scope(const doc::Document& doc) {
  Context cx(pack_, doc, /*snippet=*/false);
  const std::vector<std::string_view> texts = document_texts(doc);
  std::unordered_map<uint32_t, bool> literal_found;  // compiled regex → found in this document
  for (Site& site : sites_) {
    if (site.matched) continue;
    try {
      switch (site.kind) {
        case Kind::Selector: {
          const check::CompiledSelector& selector = pack_.vocabulary[site.owner].selectors[site.index];
          const bool table = pack_.vocabulary[site.owner].decl->kind == ast::VocabularyKind::Table;
          for (uint32_t id : cx.matches(site.owner)) {
            site.matched = table ? cx.selects(selector, doc.tables[id]) : cx.find(selector.regex, doc.sections[id].title);
            if (site.matched) break;
          }
          break;
        }
        case Kind::ListItem: {
          const std::string& item = pack_.vocabulary[site.owner].decl->items[site.index].value;
          site.matched = std::any_of(texts.begin(), texts.end(),
                                     [&](std::string_view text) { return cx.find_list_item(item, text); });
          break;
        }
        case Kind::Literal: {
          auto [it, added] = literal_found.emplace(site.owner, false);
          if (added) {
            it->second = std::any_of(texts.begin(), texts.end(),
                                     [&](std::string_view text) { return cx.find(site.owner, text); });
          }
          site.matched = it->second;
          break;
        }
        case Kind::Template: {
          const auto& found = cx.facts(site.owner);
          site.matched = std::any_of(found.begin(), found.end(),
                                     [&](const FactInstance& f) { return f.form == site.index; });
          break;
        }
      }
    } catch (const RuleError&) {
      site.matched = true;  // over the time limit: cannot tell, so no warning
    }
  }
}

void PatternCoverage::report(DiagnosticSink& sink, Language lang) const {
  const bool zh = lang == Language::Zh;
  const size_t n = documents_;
  for (const Site& site : sites_) {
    if (site.matched) continue;
    std::string message;
    switch (site.kind) {
      case Kind::Selector: {
        const check::Vocabulary& entry = pack_.vocabulary[site.owner];
        const auto& selector = entry.selectors[site.index];
        const std::string scope = entry.scope ? pack_.vocabulary[*entry.scope].name : "";
        if (selector.kind == ast::SelectorKind::Code) {
          message = zh ? fmt::format("语料的 {} 份文档中没有表号为 {} 的表", n, selector.code)
                       : fmt::format("no table in the {} documents of the corpus has the code {}", n, selector.code);
        } else {
          const bool caption = selector.kind == ast::SelectorKind::Caption;
          const bool columns = selector.kind == ast::SelectorKind::Columns;
          message = zh ? fmt::format("语料的 {} 份文档中没有{}与这个模式匹配", n,
                                     caption ? "表名" : columns ? "表的列名" : "标题")
                       : fmt::format("no {} in the {} documents of the corpus matches this pattern",
                                     caption ? "table caption" : columns ? "table column" : "heading", n);
        }
        if (!scope.empty()) message += zh ? fmt::format("（在“{}”之内）", scope) : fmt::format(" (within ‘{}’)", scope);
        break;
      }
      case Kind::ListItem:
        message = zh ? fmt::format("列表“{}”的这一项在语料的 {} 份文档中都没有出现", pack_.vocabulary[site.owner].name, n)
                     : fmt::format("this item of the list ‘{}’ matches nothing in the {} documents of the corpus",
                                   pack_.vocabulary[site.owner].name, n);
        break;
      case Kind::Literal:
        message = zh ? fmt::format("这个模式在语料的 {} 份文档中没有匹配到任何文字", n)
                     : fmt::format("this pattern matches no text in the {} documents of the corpus", n);
        break;
      case Kind::Template:
        message = zh ? fmt::format("事实“{}”的这个句式在语料的 {} 份文档中没有读到任何一句话", pack_.facts[site.owner].name, n)
                     : fmt::format("this template of the fact ‘{}’ reads no sentence in the {} documents of the corpus",
                                   pack_.facts[site.owner].name, n);
        break;
    }
    sink.report(gk::Severity::Warning, "W205", std::move(message), pack_.files[site.file], site.span);
  }
}

}  // namespace gk::eval

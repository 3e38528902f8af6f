// A compiled rule pack: the rule files of one pack parsed, checked and planned once, ready
// to be evaluated against any number of documents (from several threads: nothing here
// changes after compile_pack returns). Regular expressions are compiled here, fact
// templates turned into matchers, messages split into text and expressions, and each rule's
// metadata settled with its defaults.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/decimal.h"
#include "base/diagnostics.h"
#include "base/source.h"
#include "check/fact_template.h"
#include "check/plan.h"
#include "check/types.h"
#include "syntax/ast.h"
#include "syntax/language.h"
#include "syntax/message.h"

#include <unicode/uversion.h>

namespace U_ICU_NAMESPACE { class RegexPattern; }

namespace gk::check {

/// An ICU regular expression of the pack, with the text it was compiled from.
struct CompiledRegex {
  /// Null until its first use when the pack leaves patterns to it (see compiled()).
  mutable std::shared_ptr<const icu::RegexPattern> pattern;
  std::string source;  ///< after normalisation (NFKC, full-width punctuation kept literal)
  /// The texts the pattern stands for when it is plain Chinese text or a choice of such
  /// texts ("原因|由于|因为"; no other regex syntax, no letters that have case): found by
  /// substring searches, the same answer, much faster. Empty for any other pattern.
  std::vector<std::string> plain;
  /// What a text must hold for the pattern to match in it (required_text.h); empty when
  /// nothing is certain.
  std::vector<std::vector<std::string>> required;
  /// Set when the pattern is compiled on first use, by whichever thread gets there first.
  std::shared_ptr<std::once_flag> first_use;

  /// The ICU pattern, compiled now if it was left to its first use; null when it does not
  /// compile (only a pattern left to first use can get that far).
  const icu::RegexPattern* compiled() const;
};

/// When a pack's regular expressions are compiled: with the pack, so that a broken one is
/// reported at its place in the rule file (E106), or each on its first use. The built-in packs
/// are run with theirs on first use: the test suite compiles all of them, and a check of one
/// document then compiles only the patterns its text reaches.
enum class PatternCompilation : uint8_t { WithPack, OnFirstUse };

struct CompiledSelector {
  ast::SelectorKind kind = ast::SelectorKind::Heading;
  uint32_t regex = 0;  ///< Heading, Caption
  std::string code;    ///< Code: two digits ("01")
};

/// A part, section or table of the vocabulary, or a list.
struct Vocabulary {
  const ast::VocabularyDecl* decl = nullptr;
  ast::VocabularyKind kind = ast::VocabularyKind::Section;
  std::string name;
  std::vector<CompiledSelector> selectors;
  std::optional<uint32_t> scope;  ///< index of the enclosing part/section entry
  std::vector<std::string> items; ///< lists
};

struct FactField {
  std::string name;
  TypeKind type = TypeKind::Text;
};

struct Fact {
  const ast::FactDecl* decl = nullptr;
  std::string name;
  std::vector<FactTemplate> templates;
  std::vector<FactField> fields;  ///< union over the templates, in first-seen order
  /// For each template, for each of its holes, the index into `fields`.
  std::vector<std::vector<uint32_t>> hole_fields;
  /// For each template, Chinese text every match must contain (its longest run of Han
  /// characters): a paragraph without it is skipped before the regular expression runs.
  std::vector<std::string> anchors;
  /// For each template without such text, the words of its first choice hole when there is
  /// one ("{标点:。。|，，}"): a paragraph with none of them is skipped. Empty otherwise.
  std::vector<std::vector<std::string>> choice_anchors;
  /// For each template, what a paragraph must hold for the template's regular expression to
  /// match in it (required_text.h): several of its words at once, where the anchor is one.
  std::vector<std::vector<std::vector<std::string>>> required;
  std::optional<uint32_t> scope;
};

enum class Severity { Error, Warning, Info };
const char* to_string(Severity severity);  ///< "error", "warning", "info"

/// What a finding says about the rule it comes from.
struct RuleInfo {
  std::string id;
  std::string title;
  std::string category;  ///< default "其他"
  Severity severity = Severity::Warning;
  Decimal weight = Decimal::from_int(1);
  std::string basis;
  std::string pack;
  std::string file;      ///< the rule file, as named
  Location location;     ///< of the rule keyword
};

/// One `else` message: text parts and the plans of its `{expression}` parts.
struct MessageTemplate {
  std::vector<MessagePart> parts;
  /// One per Expression part, in order; nullopt when the expression did not parse.
  std::vector<std::optional<plan::Node>> expressions;
};

/// `for x in …` (each `for` of a rule nests in the one before): x's slot, the list, and
/// the `where` filter.
struct Loop {
  uint32_t slot = 0;
  std::string variable;
  plan::Node iterable;
  std::optional<plan::Node> filter;
  Span span;
};

/// A `let`, `when` or `require` step, resolved.
struct Step {
  enum class Kind : uint8_t { Let, When, Require } kind = Kind::Require;
  uint32_t slot = 0;  ///< Let: the variable's slot
  std::string name;   ///< Let: the variable
  plan::Node expr;
  std::string written;  ///< the expression as the rule file writes it, on one line
  std::unique_ptr<MessageTemplate> message;  ///< Require with `else`; null otherwise
  /// Require with `at`: where a failure is shown (the place its value was read from).
  std::optional<plan::Node> place;
  Span span;
};

struct Rule {
  const ast::RuleDecl* decl = nullptr;
  bool used = false;  ///< comes from a pack named by `use`
  uint32_t file = 0;  ///< index into Pack::files of the file it is written in
  RuleInfo info;
  std::vector<Loop> loops;
  std::vector<Step> steps;
  uint32_t slots = 0;  ///< variables (`for`, `let`, quantifiers) the rule needs
};

struct CategoryWeight {
  std::string category;
  Decimal weight;
};
struct Grade {
  std::string name;
  std::optional<Decimal> minimum;
};

struct Pack {
  std::string name;
  std::string version;
  std::string title;
  std::optional<plan::Node> applies;  ///< `applies when`; nullopt: always
  uint32_t header_file = 0;           ///< index into files of the file with the `pack` header
  std::vector<std::string> kinds;
  std::vector<CategoryWeight> score;
  std::vector<Grade> grades;

  std::vector<SourceText> files;  ///< the rule files; every AST span points into one of them
  std::vector<std::unique_ptr<ast::File>> trees;
  std::vector<Vocabulary> vocabulary;
  std::vector<Fact> facts;
  std::vector<Rule> rules;
  std::vector<const ast::TestDecl*> tests;
  std::vector<CompiledRegex> regexes;
  PatternCompilation patterns = PatternCompilation::WithPack;

  /// Name → vocabulary or fact.
  struct Symbol {
    enum class Kind { Vocabulary, Fact } kind;
    uint32_t index;
  };
  std::unordered_map<std::string, Symbol> symbols;
  /// The rule file each tree came from (index into files), parallel to trees.
  std::vector<uint32_t> tree_files;
  /// Parallel to trees: the tree is a file of a pack named by `use` (those come first).
  std::vector<bool> tree_used;
  /// The packs named by `use`, by the key their resolver gave (a built-in pack's name).
  std::vector<std::string> uses;
  /// Rules of used packs left out with `disable`, with the reason given (may be empty).
  std::vector<std::pair<std::string, std::string>> disabled;

  const Rule* find_rule(std::string_view id) const;
  /// Calls `f` on the plan of every expression of a rule (loops, steps, messages, `at`
  /// places); `RuleT` is `Rule` or `const Rule`, and `f` gets the nodes likewise.
  template <class RuleT, class F>
  static void for_each_plan(RuleT& rule, const F& f) {
    for (auto& loop : rule.loops) {
      f(loop.iterable);
      if (loop.filter) f(*loop.filter);
    }
    for (auto& step : rule.steps) {
      f(step.expr);
      if (step.message)
        for (auto& e : step.message->expressions)
          if (e) f(*e);
      if (step.place) f(*step.place);
    }
  }
  /// The file a rule is written in.
  const SourceText& file_of(const Rule& rule) const;
};

/// A rule file to compile: its text, and the tree read from that text when it is at hand
/// already (the built-in packs' trees are made when the program is built,
/// syntax/ast_serial.h); compile_pack parses a file without one.
struct RuleFile {
  SourceText text;
  std::unique_ptr<ast::File> tree;  ///< null: parsed when compiled
};
/// Texts without trees, to be parsed when compiled.
std::vector<RuleFile> unparsed(std::vector<SourceText> texts);
/// `text` with the tree that `stored` holds (syntax/ast_serial.h) when that tree was made from
/// this very text and its bytes are whole; without a tree otherwise (empty, stale or broken
/// bytes), so that the text is parsed.
RuleFile with_stored_tree(SourceText text, std::string_view stored);

/// What a `use` names: the key that identifies it (a built-in pack's name, a path) so each
/// pack is read once, and its rule files.
struct UsedPack {
  std::string key;
  std::vector<RuleFile> files;
};
/// Finds the pack a `use` in file `from` names; nullopt, with `why` said, when there is none.
using ResolveUse =
    std::function<std::optional<UsedPack>(const ast::UseDecl& use, const SourceText& from, std::string& why)>;

/// Parses and checks the files of one pack (one of them holds the `pack` header; without
/// one, the pack is named `default_name`). Every problem of every file is reported into
/// `sink`; null when there was any error. A `use` is resolved with `resolve` (without
/// one, every `use` is an error): the used pack's declarations, rules and tests join this
/// pack; its header gives what this pack's header does not say (kinds, score, grades,
/// applies); `disable` leaves one of its rules out and `override rule` replaces one.
std::unique_ptr<Pack> compile_pack(std::vector<SourceText> files, std::string default_name,
                                   DiagnosticSink& sink, Language lang = Language::Zh,
                                   const ResolveUse& resolve = {});
/// The same for files of which some come with their trees: those are not parsed again.
/// The trees must be what parse_rule_file gives for their texts, and they must have given no
/// diagnostic; the diagnostics are then those of compile_pack on the texts alone.
std::unique_ptr<Pack> compile_pack(std::vector<RuleFile> files, std::string default_name,
                                   DiagnosticSink& sink, Language lang = Language::Zh,
                                   const ResolveUse& resolve = {},
                                   PatternCompilation patterns = PatternCompilation::WithPack);

/// A regular expression of a rule as ICU should see it: NFKC like the documents' matching
/// view, with full-width punctuation that NFKC turns into regex syntax kept literal
/// ("（境）" → "\(境\)").
std::string normalize_pattern(std::string_view pattern);
/// Literal text (a list item, a value) as a regular expression matching it in the view.
std::string literal_pattern(std::string_view text);
/// A normalised pattern as the texts it matches when it is plain text or a choice of plain
/// texts separated by "|": no other regex syntax (an escaped mark such as \( stands for
/// itself) and no cased letters (Han characters, CJK and general punctuation, digits).
/// Empty otherwise.
std::vector<std::string> plain_texts_of(std::string_view normalized);

}  // namespace gk::check

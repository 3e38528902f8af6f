// Internals of evaluation: the per-document context (the document, the pack, caches of
// vocabulary matches, facts and regex matchers, the rule's variables) and the evaluation
// of expressions, fields and built-ins over it. One Context serves one document.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "check/fields.h"
#include "check/pack.h"
#include "check/plan.h"
#include "document/model.h"
#include "document/table_vocabulary.h"
#include "eval/value.h"

#include <unicode/unistr.h>

namespace U_ICU_NAMESPACE { class RegexMatcher; }

namespace gk::eval {

/// A run-time failure of one rule (regex limit, impossible arithmetic).
struct RuleError {
  std::string message;
};

/// A fact found in the document: the fact, and one value per field (Missing when the
/// template that matched has no such hole).
struct FactInstance {
  uint32_t fact = 0;
  uint32_t form = 0;  ///< which of the fact's templates read it
  uint32_t paragraph = 0;  ///< UINT32_MAX when read from a heading
  Span span;         ///< the matched words in the document
  std::string text;  ///< the matched words (matching view): what text(f) gives
  std::vector<Value> fields;
  /// What the fact is shown as and where it points: the item's own words for one item of a
  /// repeated part `[…]` (办公费4.30万元), else the matched words.
  Span item_span;
  std::string item_text;
};

class Context {
 public:
  Context(const check::Pack& pack, const doc::Document& doc, bool snippet);
  ~Context();

  const check::Pack& pack() const { return pack_; }
  const doc::Document& doc() const { return doc_; }

  Value eval(const plan::Node& node);
  /// The value of `node` where it is kept (a variable, a remembered part that reads no
  /// variable) without copying it; any other is worked out into `scratch`. The reference
  /// holds until the variable is bound again or the next rule starts.
  const Value& eval_ref(const plan::Node& node, Value& scratch);
  bool truth(const Value& v) const { return v.kind == Value::Kind::Bool && v.boolean; }

  // Variables of the rule being evaluated, by slot. With `remember`, the parts of the rule
  // that read no variable (plan::Node::invariant) are worked out at the first item and
  // reused by the others: a `for` over 300 amounts searches a section once, not 300 times.
  void start_rule(uint32_t slots, bool remember) {
    slots_.assign(slots, Value{});
    pending_.assign(slots, nullptr);
    bound_.resize(slots);
    for (uint32_t i = 0; i < slots; ++i) bound_[i] = &slots_[i];
    remembered_.clear();
    remember_ = remember;
  }
  void bind(uint32_t slot, Value value) {
    slots_[slot] = std::move(value);
    bound_[slot] = &slots_[slot];
    pending_[slot] = nullptr;
  }
  /// Binds `value` itself, not a copy: an item of a list being gone over, which outlives
  /// every use of the variable.
  void bind_ref(uint32_t slot, const Value& value) {
    bound_[slot] = &value;
    pending_[slot] = nullptr;
  }
  /// Binds the value of `expr`, worked out when the variable is first read (a `let` whose
  /// item a `when` turns away is never worked out).
  void bind_later(uint32_t slot, const plan::Node& expr) { pending_[slot] = &expr; }
  /// The variable's value, working out a `let` bound later on its first read.
  const Value& variable(uint32_t slot) {
    if (pending_[slot]) work_out(slot);
    return *bound_[slot];
  }

  // The document as rules see it.
  const std::vector<uint32_t>& matches(uint32_t vocabulary);
  /// The section a vocabulary `in` scope resolves to (the root without one); nullopt when
  /// the scope is not in the document.
  std::optional<uint32_t> within_scope(std::optional<uint32_t> scope);
  Value place(uint32_t vocabulary);
  /// Whether a table selector (caption, code, columns) picks `table`.
  bool selects(const check::CompiledSelector& selector, const doc::Table& table);
  /// The facts of a fact declaration found in its scope, in document order.
  const std::vector<FactInstance>& facts(uint32_t fact);
  /// Sections [s, subtree_end(s)) are s and its descendants.
  uint32_t subtree_end(uint32_t section) const { return subtree_end_[section]; }
  bool within(uint32_t section, uint32_t scope) const {
    return section >= scope && section < subtree_end_[scope];
  }
  /// The root section of a scope value (Section or Document); nullopt when not found.
  std::optional<uint32_t> scope_root(const Value& scope) const;
  uint32_t section_of_sentence(uint32_t sentence) const;
  /// The first section whose title (or a table in it whose title) is `title`, compared
  /// without spaces, a leading year ("2024年度") or a closing remark in brackets.
  std::optional<uint32_t> section_titled(std::string_view title);
  bool section_empty(uint32_t section) const;

  /// What rules read of one table, worked out on first use and kept for the document: how
  /// each column's figures are read, each row's name as 科目 names are compared, the
  /// columns each pattern literal of the pack picks, and the cells read.
  struct TableReading {
    std::vector<doc::ColumnReading> columns;
    std::vector<std::string> name_keys;  ///< filled by the first lookup by name
    std::unordered_map<const plan::Node*, std::vector<uint32_t>> picked;
    /// Cells read as values (row × columns + column → the value): sums and lookups read
    /// the same cells for many items.
    std::unordered_map<uint64_t, Value> cells;
    std::vector<EvidenceList> row_evidence;  ///< per row, made on first use
  };
  TableReading& table_reading(uint32_t table);

  // Patterns.
  bool find(uint32_t regex, std::string_view text);
  /// A pattern argument: the literal compiled with the pack, or a text value as literal text.
  bool find(const plan::Node& pattern, const Value& value, std::string_view text);
  /// The first group (or the whole match) of a pattern argument in `text`; nullopt when it
  /// does not match.
  std::optional<std::string> capture(const plan::Node& pattern, const Value& value,
                                     std::string_view text);
  /// `text` after NFKC, as a pattern sees it; worked out once per text on this document
  /// (several rules match patterns against every sentence).
  const std::string& normalized(std::string_view text);
  /// An item of a `list` used as a pattern, as rules use it.
  bool find_list_item(std::string_view item, std::string_view text);

  // Evidence.
  Evidence amount_evidence(uint32_t amount) const;
  Evidence heading_evidence(uint32_t section) const;
  /// The evidence lists of a narrative amount, a section's heading and a table row, made
  /// once per document and shared by every value read from them.
  const EvidenceList& amount_evidence_list(uint32_t amount) const;
  const EvidenceList& heading_evidence_list(uint32_t section) const;
  const EvidenceList& row_evidence(uint32_t table, uint32_t row);
  Value amount_value(uint32_t amount) const;

  /// Where a section, table, row, TOC entry, fact, breakdown or breakdown part is in the
  /// document (empty for other values and for places not found).
  Span location_of(const Value& value) const;

  /// How a value is shown in a message.
  std::string show(const Value& value) const;
  /// The fact instance a Fact value stands for.
  const FactInstance& fact_instance(const Value& fact) const { return facts_[fact.ids[0]]->at(fact.ids[1]); }
  /// The same value with the field of a document value (`s.标题`) or of a fact (`f.预算`).
  Value field(const Value& object, check::FieldId id);
  Value fact_field(const Value& object, uint32_t field);

 private:
  Value eval_node(const plan::Node& node);
  /// Works out the `let` bound later to `slot` and binds its value (see variable()).
  void work_out(uint32_t slot);

  Value eval_facts(uint32_t fact);
  Value eval_number(const plan::Node& node);
  Value eval_unary(const plan::Node& node);
  Value eval_logical(const plan::Node& node);
  Value eval_arith(const plan::Node& node);
  Value eval_compare(const plan::Node& node);
  Value eval_match(const plan::Node& node);
  Value eval_call(const plan::Node& node);
  Value eval_quantifier(const plan::Node& node);
  Value section_field(check::FieldId id, const Value& object);
  Value table_field(check::FieldId id, const Value& object);
  Value document_field(check::FieldId id);
  void collect_matches(uint32_t vocabulary, std::vector<uint32_t>& out);
  /// The facts of one paragraph (`paragraph` its index) or heading (UINT32_MAX) into `out`.
  void read_facts(uint32_t fact, const std::string& text, Span where, uint32_t paragraph,
                  std::vector<FactInstance>& out);
  Value capture_value(const check::Fact& fact, uint32_t field, const TemplateCapture& capture,
                      Span span) const;
  icu::RegexMatcher& matcher(uint32_t regex);
  /// Searches `text` with `m` (a matcher of `regex`); a pattern that ran out of time is
  /// marked in `timed_out` and, on this document, fails at once every time after that.
  bool run_find(icu::RegexMatcher& m, const check::CompiledRegex& regex, std::string_view text,
                std::vector<bool>::reference timed_out, std::string* group = nullptr);
  /// A regular expression made at run time (already normalised), compiled once.
  bool find_runtime(const std::string& regex, std::string_view text);
  /// Searches `text` for pattern `i` of extra_regexes_.
  bool find_extra(uint32_t i, std::string_view text);
  /// The index in extra_regexes_ of a pattern made at run time, compiled on first use.
  uint32_t runtime_regex(const std::string& regex);

  const check::Pack& pack_;
  const doc::Document& doc_;
  bool snippet_;
  std::vector<Value> slots_;
  std::vector<const plan::Node*> pending_;  ///< per slot: a `let` not yet worked out
  mutable std::vector<EvidenceList> amount_evidence_;   ///< per amount, made on first use
  mutable std::vector<EvidenceList> heading_evidence_;  ///< per section, made on first use
  std::vector<const Value*> bound_;  ///< each variable's value: in slots_, or an item bound in place
  /// The values of per_part built-ins, by built-in and part (the part's root section).
  std::unordered_map<uint64_t, Value> part_values_;
  /// The value of `node` kept for the document when it is a per_part built-in on a part the
  /// document has; null otherwise.
  const Value* part_value(const plan::Node& node);
  bool remember_ = false;
  std::unordered_map<const plan::Node*, Value> remembered_;  ///< invariant nodes' values
  std::vector<uint32_t> subtree_end_;
  std::vector<uint32_t> paragraph_section_;
  std::vector<std::unique_ptr<std::vector<uint32_t>>> vocabulary_matches_;
  std::vector<std::unique_ptr<std::vector<FactInstance>>> facts_;
  std::vector<std::unique_ptr<TableReading>> table_readings_;
  std::vector<std::optional<std::string>> fact_errors_;  ///< a fact whose reading ran out of time
  std::unique_ptr<std::unordered_map<std::string, uint32_t>> sections_by_title_;  ///< on first use
  /// A text's hash from its length and its first and last 32 bytes: rules look the same long
  /// texts (a section's body) up many times, and equal texts are still told apart by comparing.
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const {
      const std::hash<std::string_view> hash;
      if (text.size() <= 64) return hash(text);
      return hash(text.substr(0, 32)) ^ (hash(text.substr(text.size() - 32)) * 31) ^ text.size();
    }
  };
  /// text → its NFKC (normalized())
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> normalized_;
  std::vector<std::unique_ptr<icu::RegexMatcher>> matchers_;
  icu::UnicodeString input_;  ///< the text being searched, as UTF-16 (its buffer reused)
  std::string input_utf8_;    ///< the same text as UTF-8: several patterns in a row search one text
  std::unordered_map<std::string, uint32_t> runtime_regexes_;  ///< text → index in extra_
  /// The last text value a pattern argument's node was given, and its index in extra_.
  struct LastPattern {
    std::string text;
    bool pattern = false;
    uint32_t regex = UINT32_MAX;
  };
  std::unordered_map<const plan::Node*, LastPattern> last_patterns_;
  icu::RegexMatcher& runtime_matcher(uint32_t i);  ///< compiled on first use
  std::vector<check::CompiledRegex> extra_regexes_;
  std::vector<std::unique_ptr<icu::RegexMatcher>> extra_matchers_;
  /// Patterns (of pack_.regexes, of extra_regexes_) that ran out of time on this document.
  std::vector<bool> timed_out_;
  std::vector<bool> extra_timed_out_;

};

}  // namespace gk::eval

// The per-document evaluation context: where vocabulary entries and facts are in this
// document (looked up once, on first use), and pattern matching with ICU under a time limit.
#include "eval/context.h"

#include <algorithm>

#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/ustring.h>

#include "base/text_search.h"
#include "base/unicode.h"
#include "base/utf16_text.h"
#include "check/required_text.h"
#include "document/lines.h"

namespace gk::eval {
namespace {

/// ICU's time limit for one match, in its steps (on the order of milliseconds).
constexpr int32_t kRegexTimeLimit = 300;

std::string time_limit_message(const std::string& pattern) {
  return fmt::format("模式“{}”匹配超出时间限制", pattern);
}

}  // namespace

Context::Context(const check::Pack& pack, const doc::Document& doc, bool snippet)
    : pack_(pack), doc_(doc), snippet_(snippet) {
  const size_t n = doc.sections.size();
  subtree_end_.resize(n);
  for (size_t i = 0; i < n; ++i) subtree_end_[i] = static_cast<uint32_t>(i + 1);
  for (size_t i = n; i-- > 1;) {
    const uint32_t parent = doc.sections[i].parent;
    if (parent != doc::kNone) subtree_end_[parent] = std::max(subtree_end_[parent], subtree_end_[i]);
  }
  vocabulary_matches_.resize(pack.vocabulary.size());
  facts_.resize(pack.facts.size());
  fact_errors_.resize(pack.facts.size());
  matchers_.resize(pack.regexes.size());
  timed_out_.resize(pack.regexes.size());
}

Context::~Context() = default;

namespace {

/// How a column's figures are read: its lowest header first (决算数 under 车辆数(辆) is a
/// count, but 金额 next to 个数 under one header is not), then its whole header path.
doc::ColumnReading column_reading(const doc::TableColumn& column) {
  const doc::TableVocabulary& vocabulary = doc::builtin_table_vocabulary();
  doc::ColumnReading reading = vocabulary.column_reading(column.name);
  if (reading.figures == doc::ColumnFigures::Amounts && column.path != column.name)
    reading = vocabulary.column_reading(column.path);
  return reading;
}

}  // namespace

Context::TableReading& Context::table_reading(uint32_t table) {
  if (table_readings_.size() < doc_.tables.size()) table_readings_.resize(doc_.tables.size());
  auto& reading = table_readings_[table];
  if (!reading) {
    reading = std::make_unique<TableReading>();
    for (const auto& column : doc_.tables[table].columns) reading->columns.push_back(column_reading(column));
  }
  return *reading;
}

uint32_t Context::section_of_sentence(uint32_t sentence) const {
  return doc_.paragraphs[doc_.sentences[sentence].paragraph].section;
}

bool Context::section_empty(uint32_t section) const {
  for (uint32_t s = section; s < subtree_end_[section]; ++s)
    if (!doc_.sections[s].paragraphs.empty() || !doc_.sections[s].tables.empty()) return false;
  return true;
}

namespace {

/// A title as TOC entries and headings are compared: no spaces, no leading year, no closing
/// remark in brackets ("（本单位无…支出）").
std::string title_key(std::string_view title) {
  std::string out;
  for (char c : unicode::nfkc(title))
    if (c != ' ') out.push_back(c);
  size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (digits == 4 && out.compare(4, 3, "年") == 0) {
    out.erase(0, 7);
    if (out.starts_with("度")) out.erase(0, 3);
  }
  if (out.ends_with(")")) {
    const size_t open = out.rfind('(');
    if (open != std::string::npos && open > 0) out.erase(open);
  }
  return out;
}

}  // namespace

std::optional<uint32_t> Context::section_titled(std::string_view title) {
  if (!sections_by_title_) {  // built once per document; first title wins
    sections_by_title_ = std::make_unique<std::unordered_map<std::string, uint32_t>>();
    for (uint32_t s = 1; s < doc_.sections.size(); ++s)
      sections_by_title_->emplace(title_key(doc_.sections[s].title), s);
    for (const auto& table : doc_.tables) sections_by_title_->emplace(title_key(table.title), table.section);
  }
  const auto it = sections_by_title_->find(title_key(title));
  if (it == sections_by_title_->end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Context::scope_root(const Value& scope) const {
  if (scope.kind == Value::Kind::Document) return 0;
  if (scope.kind == Value::Kind::Section) {
    if (!scope.ids.empty()) return scope.ids.front();
    if (snippet_) return 0;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Vocabulary

std::optional<uint32_t> Context::within_scope(std::optional<uint32_t> scope) {
  if (!scope) return 0;
  const auto& outer = matches(*scope);
  if (!outer.empty()) return outer.front();
  return snippet_ ? std::optional<uint32_t>(0) : std::nullopt;  // a snippet stands for any scope
}

const std::vector<uint32_t>& Context::matches(uint32_t vocabulary) {
  auto& cached = vocabulary_matches_[vocabulary];
  if (cached) return *cached;
  cached = std::make_unique<std::vector<uint32_t>>();
  try {
    collect_matches(vocabulary, *cached);
  } catch (const RuleError&) {
    cached.reset();  // never a partial list; asked again, the pattern fails again at once
    throw;
  }
  return *cached;
}

void Context::collect_matches(uint32_t vocabulary, std::vector<uint32_t>& out) {
  const check::Vocabulary& entry = pack_.vocabulary[vocabulary];
  const std::optional<uint32_t> root = within_scope(entry.scope);
  if (!root) return;
  using VK = ast::VocabularyKind;
  if (entry.kind == VK::Table) {
    for (uint32_t t = 0; t < doc_.tables.size(); ++t) {
      const doc::Table& table = doc_.tables[t];
      if (!within(table.section, *root)) continue;
      const bool hit = std::any_of(entry.selectors.begin(), entry.selectors.end(),
                                   [&](const auto& s) { return selects(s, table); });
      if (hit) out.push_back(t);
    }
  } else if (entry.kind != VK::List) {
    const bool part = entry.kind == VK::Part;
    // A snippet's headings are all top level, so its scope may be the very heading sought.
    const uint32_t first = snippet_ && *root != 0 ? *root : *root + 1;
    for (uint32_t s = first; s < subtree_end_[*root]; ++s) {
      const doc::Section& section = doc_.sections[s];
      if (part && section.level != 1) continue;
      const bool hit = std::any_of(entry.selectors.begin(), entry.selectors.end(),
                                   [&](const auto& sel) { return find(sel.regex, section.title); });
      if (hit) out.push_back(s);
    }
  }
}

bool Context::selects(const check::CompiledSelector& selector, const doc::Table& table) {
  switch (selector.kind) {
    case ast::SelectorKind::Code: return table.code == selector.code;
    case ast::SelectorKind::Columns:
      return std::any_of(table.columns.begin(), table.columns.end(), [&](const doc::TableColumn& c) {
        return find(selector.regex, c.name) || find(selector.regex, c.path);
      });
    default: return find(selector.regex, table.title);
  }
}

Value Context::place(uint32_t vocabulary) {
  const check::Vocabulary& entry = pack_.vocabulary[vocabulary];
  if (entry.kind == ast::VocabularyKind::List) {
    std::vector<Value> items;
    for (const auto& item : entry.items) {
      items.push_back(Value::of_text(item));
      items.back().pattern = true;
    }
    return Value::list(std::move(items));
  }
  Value v;
  v.kind = entry.kind == ast::VocabularyKind::Table ? Value::Kind::Table : Value::Kind::Section;
  v.text = entry.name;
  v.ids = matches(vocabulary);
  return v;
}

// ---------------------------------------------------------------------------------------
// Facts

const std::vector<FactInstance>& Context::facts(uint32_t fact) {
  auto& cached = facts_[fact];
  if (fact_errors_[fact]) throw RuleError{*fact_errors_[fact]};
  if (cached) return *cached;
  cached = std::make_unique<std::vector<FactInstance>>();
  const check::Fact& decl = pack_.facts[fact];
  try {
    const std::optional<uint32_t> root = within_scope(decl.scope);
    if (!root) return *cached;
    // In document order: each heading below the scope's own (a 科目 heading such as
    // "一般公共服务支出（类）…（项）" is read like a sentence), then its section's paragraphs.
    for (uint32_t s = *root; s < subtree_end_[*root]; ++s) {
      const doc::Section& section = doc_.sections[s];
      if (s != *root && s != 0) read_facts(fact, section.title, section.heading_span, UINT32_MAX, *cached);
      for (uint32_t p : section.paragraphs) read_facts(fact, doc_.paragraphs[p].text, doc_.paragraphs[p].span, p, *cached);
    }
  } catch (const RuleError& e) {
    fact_errors_[fact] = e.message;  // every rule asking for this fact gets the same error
    throw;
  }
  return *cached;
}

Value Context::capture_value(const check::Fact& fact, uint32_t field,
                             const TemplateCapture& capture, Span span) const {
  const auto& f = fact.fields[field];
  const Evidence evidence{span, f.name, capture.text, ""};
  auto figure_value = [&](Figure figure) {
    Evidence e = evidence;
    e.value = figure.display_number();
    e.unit = figure.display_unit();
    return Value::of_figure(std::move(figure), std::move(e));
  };
  if (!capture.value) return Value::of_text(capture.text, evidence);
  switch (f.type) {
    case TypeKind::Money:
      return figure_value(Figure::money(*capture.value, capture.unit.value_or(doc::MoneyUnit::Yuan)));
    case TypeKind::Ratio: return figure_value(Figure::percentage(*capture.value));
    case TypeKind::Count: return figure_value(Figure::count(*capture.value, capture.measure, true));
    case TypeKind::Plain: return figure_value(Figure::plain(*capture.value));
    default: return Value::of_text(capture.text, evidence);
  }
}

void Context::read_facts(uint32_t fact, const std::string& text, Span where, uint32_t paragraph,
                         std::vector<FactInstance>& out) {
  const check::Fact& decl = pack_.facts[fact];
  struct {
    const std::string& text;
    Span span;
  } s{text, where};
  std::optional<Utf16Text> utf16;  // converted once, for the first template that gets this far
  for (size_t t = 0; t < decl.templates.size(); ++t) {
    if (!decl.anchors[t].empty() && !contains_text(s.text, decl.anchors[t])) continue;
    if (!check::holds_required(s.text, decl.required[t])) continue;
    if (const auto& words = decl.choice_anchors[t];
        !words.empty() && std::none_of(words.begin(), words.end(), [&](const std::string& w) {
          return contains_text(s.text, w);
        }))
      continue;
    if (!utf16) utf16.emplace(s.text);
    std::vector<TemplateMatch> found;
    const MatchStatus status = decl.templates[t].match(s.text, *utf16, found);
    if (status == MatchStatus::TimeLimit) {
      throw RuleError{fmt::format("事实“{}”的句式匹配超时", decl.name)};
    }
    if (status == MatchStatus::Failed) {
      throw RuleError{fmt::format("事实“{}”的句式无法使用（内部错误）", decl.name)};
    }
    if (found.empty()) continue;
    // Positions in the original: from a view rebuilt over the paragraph's own span.
    const doc::MatchingView view = doc::matching_view(doc_.source, s.span);
    const bool exact = view.text == s.text;
    for (const auto& m : found) {
      FactInstance instance{fact, static_cast<uint32_t>(t), paragraph,
                            exact ? view.to_original(m.begin, m.end) : s.span,
                            s.text.substr(m.begin, m.end - m.begin), {}};
      instance.item_span = exact ? view.to_original(m.item_begin, m.item_end) : s.span;
      instance.item_text = s.text.substr(m.item_begin, m.item_end - m.item_begin);
      for (size_t k = 0; k < decl.fields.size(); ++k)
        instance.fields.push_back(Value::missing(
            fmt::format("这句话没有写“{}”", decl.fields[k].name)));
      for (size_t h = 0; h < m.captures.size(); ++h) {
        const auto& c = m.captures[h];
        const Span span = exact ? view.to_original(c.begin, c.end) : s.span;
        const uint32_t field = decl.hole_fields[t][h];
        instance.fields[field] = capture_value(decl, field, c, span);
      }
      out.push_back(std::move(instance));
    }
    return;  // the first template that matches a paragraph reads it
  }
}

// ---------------------------------------------------------------------------------------
// Patterns

icu::RegexMatcher& Context::matcher(uint32_t regex) {
  auto& m = matchers_[regex];
  if (!m) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::RegexPattern* pattern = pack_.regexes[regex].compiled();
    if (pattern == nullptr) throw RuleError{fmt::format("无法使用模式“{}”", pack_.regexes[regex].source)};
    m.reset(pattern->matcher(status));
    m->setTimeLimit(kRegexTimeLimit, status);
  }
  return *m;
}

namespace {

/// Whether `text` holds one of `words`.
bool contains_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return contains_text(text, w); });
}

/// `text` as UTF-16 in `out`, reusing its buffer (ill-formed UTF-8 becomes U+FFFD, as with
/// UnicodeString::fromUTF8).
void set_utf16(icu::UnicodeString& out, std::string_view text) {
  const auto units = static_cast<int32_t>(text.size());  // UTF-16 needs no more units than UTF-8 bytes
  char16_t* buffer = out.getBuffer(units + 1);
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8WithSub(buffer, out.getCapacity(), &length, text.data(), units, 0xFFFD, nullptr, &status);
  out.releaseBuffer(U_SUCCESS(status) ? length : 0);
}

}  // namespace

/// `group`, when given, receives the first group of the match (the whole match without one).
/// A text without what the pattern requires cannot match: ICU is not asked.
bool Context::run_find(icu::RegexMatcher& m, const check::CompiledRegex& regex, std::string_view text,
                       std::vector<bool>::reference timed_out, std::string* group) {
  if (timed_out) throw RuleError{time_limit_message(regex.source)};
  if (!check::holds_required(text, regex.required)) return false;
  UErrorCode status = U_ZERO_ERROR;
  if (text != input_utf8_) {
    set_utf16(input_, text);
    input_utf8_.assign(text);
  }
  m.reset(input_);
  const bool found = m.find(status);
  if (found && group && U_SUCCESS(status)) {
    const icu::UnicodeString part = m.group(m.groupCount() > 0 ? 1 : 0, status);
    group->clear();
    part.toUTF8String(*group);
  }
  static const icu::UnicodeString kNothing;
  m.reset(kNothing);  // the matcher keeps a reference to its input: leave none dangling
  if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW) {
    timed_out = true;
    throw RuleError{time_limit_message(regex.source)};
  }
  return found && U_SUCCESS(status);
}

bool Context::find(uint32_t regex, std::string_view text) {
  const check::CompiledRegex& compiled = pack_.regexes[regex];
  if (!compiled.plain.empty()) return contains_any(text, compiled.plain);
  return run_find(matcher(regex), compiled, text, timed_out_[regex]);
}

bool Context::find(const plan::Node& pattern, const Value& value, std::string_view text) {
  if (pattern.regex != plan::kNoRegex) return find(pattern.regex, text);
  if (value.kind != Value::Kind::Text)
    return find_runtime(value.pattern ? check::normalize_pattern(value.text) : check::literal_pattern(show(value)),
                        text);
  // A text value as pattern (r.名称, a list item): most uses repeat the last value of their
  // node (the inner loop of a join), so the node remembers it and its compiled pattern.
  LastPattern& last = last_patterns_[&pattern];
  if (last.regex == UINT32_MAX || last.pattern != value.pattern || last.text != value.text) {
    last.regex = runtime_regex(value.pattern ? check::normalize_pattern(value.text)
                                             : check::literal_pattern(value.text));
    last.text = value.text;
    last.pattern = value.pattern;
  }
  return find_extra(last.regex, text);
}

std::optional<std::string> Context::capture(const plan::Node& pattern, const Value& value,
                                            std::string_view text) {
  std::string group;
  bool found = false;
  if (pattern.regex != plan::kNoRegex) {
    found = run_find(matcher(pattern.regex), pack_.regexes[pattern.regex], text, timed_out_[pattern.regex], &group);
  } else {
    const std::string regex = value.pattern ? check::normalize_pattern(value.text) : check::normalize_pattern(show(value));
    const uint32_t i = runtime_regex(regex);
    found = run_find(runtime_matcher(i), extra_regexes_[i], text, extra_timed_out_[i], &group);
  }
  if (!found) return std::nullopt;
  return group;
}

const std::string& Context::normalized(std::string_view text) {
  auto found = normalized_.find(text);
  if (found == normalized_.end()) found = normalized_.emplace(std::string(text), unicode::nfkc(text)).first;
  return found->second;
}

bool Context::find_list_item(std::string_view item, std::string_view text) {
  return find_runtime(check::normalize_pattern(item), text);
}

bool Context::find_runtime(const std::string& literal, std::string_view text) {
  return find_extra(runtime_regex(literal), text);
}

bool Context::find_extra(uint32_t i, std::string_view text) {
  if (const auto& plain = extra_regexes_[i].plain; !plain.empty()) return contains_any(text, plain);
  return run_find(runtime_matcher(i), extra_regexes_[i], text, extra_timed_out_[i]);
}

// A pattern of plain text (a row's name, 办公费) is searched as text and never needs ICU:
// it is compiled only when a capture asks for its matcher. Any other pattern is compiled at
// once, so a broken one is reported where it is first used (and at every later use, as its
// matcher stays unmade).
uint32_t Context::runtime_regex(const std::string& literal) {
  auto [it, added] = runtime_regexes_.emplace(literal, static_cast<uint32_t>(extra_regexes_.size()));
  if (added) {
    extra_regexes_.push_back({nullptr, literal, check::plain_texts_of(literal), check::required_texts(literal)});
    extra_matchers_.emplace_back();
    extra_timed_out_.push_back(false);
    if (extra_regexes_.back().plain.empty()) runtime_matcher(it->second);
  }
  return it->second;
}

icu::RegexMatcher& Context::runtime_matcher(uint32_t i) {
  if (!extra_matchers_[i]) {
    check::CompiledRegex& regex = extra_regexes_[i];
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    regex.pattern.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex.source),
                                                   UREGEX_CASE_INSENSITIVE, where, status));
    if (U_FAILURE(status)) throw RuleError{fmt::format("无法使用模式“{}”", regex.source)};
    extra_matchers_[i].reset(regex.pattern->matcher(status));
    extra_matchers_[i]->setTimeLimit(kRegexTimeLimit, status);
  }
  return *extra_matchers_[i];
}

// ---------------------------------------------------------------------------------------
// Evidence

Evidence Context::amount_evidence(uint32_t amount) const {
  const doc::NarrativeAmount& a = doc_.amounts[amount];
  const Figure f = Figure::from_quantity(a.quantity);
  return Evidence{a.quantity.span, a.label, a.quantity.value.to_string(), f.display_unit()};
}

Value Context::amount_value(uint32_t amount) const {
  return Value::of_figure(Figure::from_quantity(doc_.amounts[amount].quantity), amount_evidence_list(amount));
}

const EvidenceList& Context::amount_evidence_list(uint32_t amount) const {
  if (amount_evidence_.size() < doc_.amounts.size()) amount_evidence_.resize(doc_.amounts.size());
  EvidenceList& list = amount_evidence_[amount];
  if (list.empty()) list = amount_evidence(amount);
  return list;
}

const EvidenceList& Context::heading_evidence_list(uint32_t section) const {
  if (heading_evidence_.size() < doc_.sections.size()) heading_evidence_.resize(doc_.sections.size());
  EvidenceList& list = heading_evidence_[section];
  if (list.empty()) list = heading_evidence(section);
  return list;
}

const EvidenceList& Context::row_evidence(uint32_t table, uint32_t row) {
  TableReading& reading = table_reading(table);
  const auto& rows = doc_.tables[table].rows;
  if (reading.row_evidence.size() < rows.size()) reading.row_evidence.resize(rows.size());
  EvidenceList& list = reading.row_evidence[row];
  if (list.empty()) list = Evidence{rows[row].span, rows[row].label, "", ""};
  return list;
}

Span Context::location_of(const Value& v) const {
  if (v.ids.empty()) return {};
  switch (v.kind) {
    case Value::Kind::Section: return doc_.sections[v.ids[0]].heading_span;
    case Value::Kind::Table: return doc_.tables[v.ids[0]].title_span;
    case Value::Kind::TocEntry: return doc_.toc[v.ids[0]].span;
    case Value::Kind::Row: return doc_.tables[v.ids[0]].rows[v.ids[1]].span;
    case Value::Kind::Fact: return facts_[v.ids[0]]->at(v.ids[1]).item_span;
    case Value::Kind::Breakdown: return doc_.amounts[doc_.breakdowns[v.ids[0]].total].quantity.span;
    case Value::Kind::Share:
      return doc_.amounts[doc_.breakdowns[v.ids[0]].parts[v.ids[1]].amount].quantity.span;
    default: return {};
  }
}

Evidence Context::heading_evidence(uint32_t section) const {
  const doc::Section& s = doc_.sections[section];
  return Evidence{s.heading_span, s.title, "", ""};
}

}  // namespace gk::eval

#include "syntax/ast_dump.h"

#include <fmt/format.h>

namespace gk::ast {

namespace {

std::string quoted(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '\\';
    out += c;
  }
  return out + '"';
}

const char* unit_text(Unit unit) {
  switch (unit) {
    case Unit::None: return "";
    case Unit::Yuan: return "元";
    case Unit::TenThousandYuan: return "万元";
    case Unit::HundredMillionYuan: return "亿元";
    case Unit::Percent: return "%";
  }
  return "";
}

const char* binary_text(BinaryOp op) {
  constexpr const char* kNames[] = {"+", "-", "*", "/", "and", "or"};
  return kNames[static_cast<int>(op)];
}

const char* compare_text(CompareOp op) {
  constexpr const char* kNames[] = {"==", "!=", "<", "<=", ">", ">="};
  return kNames[static_cast<int>(op)];
}

const char* vocabulary_text(VocabularyKind kind) {
  constexpr const char* kNames[] = {"part", "section", "table", "list"};
  return kNames[static_cast<int>(kind)];
}

const char* selector_text(SelectorKind kind) {
  constexpr const char* kNames[] = {"heading", "caption", "code", "columns"};
  return kNames[static_cast<int>(kind)];
}

const char* severity_text(RuleSeverity level) {
  constexpr const char* kNames[] = {"error", "warning", "info"};
  return kNames[static_cast<int>(level)];
}

const char* outcome_text(TestOutcome outcome) {
  constexpr const char* kNames[] = {"pass", "fail", "na"};
  return kNames[static_cast<int>(outcome)];
}

/// Writes nodes as indented S-expressions.
class Dumper {
 public:
  Dumper(const SourceText& source, DumpOptions options) : source_(source), options_(options) {}

  std::string take() { return std::move(out_); }

  void file(const File& file) {
    group("file");
    for (const auto& declaration : file.declarations) {
      std::visit([this](const auto& d) { this->declaration(d); }, declaration);
    }
    close();
    out_ += '\n';
  }

  void expr(const Expr& e) {
    std::visit([&](const auto& node) { this->expr_node(node, e.span); }, e.node);
  }

 private:
  // ---- layout
  void start_line() {
    if (!out_.empty()) out_ += '\n';
    out_.append(2 * depth_, ' ');
  }
  /// Opens a node that starts at `span`.
  void open(std::string_view head, Span span) {
    start_line();
    out_ += fmt::format("({}{}", head, position(span));
    ++depth_;
  }
  /// Opens a labelled group of children (no position of its own).
  void group(std::string_view head) {
    start_line();
    out_ += fmt::format("({}", head);
    ++depth_;
  }
  void close() {
    out_ += ')';
    --depth_;
  }
  void leaf(std::string_view head, Span span) {
    open(head, span);
    close();
  }
  std::string position(Span span) const {
    if (!options_.positions) return "";
    const Location at = source_.locate(span.begin);
    return fmt::format(" @{}:{}", at.line, at.column);
  }
  void string_leaf(std::string_view head, const StringLit& s) {
    leaf(fmt::format("{} {}", head, quoted(s.value)), s.span);
  }
  void name_leaf(std::string_view head, const Identifier& name) {
    leaf(fmt::format("{} {}", head, name.text), name.span);
  }
  void labelled_expr(std::string_view label, const Expr& e) {
    group(label);
    expr(e);
    close();
  }

  // ---- declarations
  void declaration(const PackDecl& pack) {
    open(fmt::format("pack {}", pack.name.text), pack.span);
    if (pack.version) string_leaf("version", *pack.version);
    if (pack.title) string_leaf("title", *pack.title);
    if (pack.applies) labelled_expr("applies", *pack.applies);
    if (!pack.kinds.empty()) strings("kinds", "kind", pack.kinds);
    if (!pack.score.empty()) score(pack.score);
    if (!pack.grades.empty()) grades(pack.grades);
    close();
  }
  void strings(std::string_view label, std::string_view head, const std::vector<StringLit>& list) {
    group(label);
    for (const auto& s : list) string_leaf(head, s);
    close();
  }
  void score(const std::vector<CategoryWeight>& weights) {
    group("score");
    for (const auto& w : weights) {
      leaf(fmt::format("weight {} {}", w.category.text, w.weight.text), w.span);
    }
    close();
  }
  void grades(const std::vector<Grade>& grades) {
    group("grades");
    for (const auto& g : grades) {
      const std::string minimum = g.minimum ? " >= " + g.minimum->text : "";
      leaf(fmt::format("grade {}{}", g.name.text, minimum), g.span);
    }
    close();
  }

  void declaration(const VocabularyDecl& v) {
    open(fmt::format("{} {}", vocabulary_text(v.kind), v.name.text), v.span);
    for (const auto& s : v.selectors) {
      leaf(fmt::format("{} {}", selector_text(s.kind), quoted(s.pattern.value)), s.span);
    }
    for (const auto& item : v.items) string_leaf("item", item);
    if (v.scope) name_leaf("in", *v.scope);
    close();
  }

  void declaration(const FactDecl& fact) {
    open(fmt::format("fact {}", fact.name.text), fact.span);
    if (fact.scope) name_leaf("in", *fact.scope);
    for (const auto& t : fact.templates) string_leaf("template", t);
    close();
  }

  void declaration(const RuleDecl& rule) {
    open(fmt::format("{}rule {}", rule.override_used ? "override " : "", rule.id.text), rule.span);
    string_leaf("title", rule.title);
    if (rule.category) name_leaf("category", *rule.category);
    if (rule.severity) {
      leaf(fmt::format("severity {}", severity_text(rule.severity->level)), rule.severity->span);
    }
    if (rule.weight) leaf(fmt::format("weight {}", rule.weight->text), rule.weight->span);
    if (rule.basis) string_leaf("basis", *rule.basis);
    for (const auto& loop : rule.loops) for_clause(loop);
    for (const auto& step : rule.steps) {
      std::visit([&](const auto& s) { this->step(s, step.span); }, step.step);
    }
    close();
  }
  void for_clause(const ForClause& clause) {
    open(fmt::format("for {}", clause.variable.text), clause.span);
    labelled_expr("in", *clause.iterable);
    if (clause.filter) labelled_expr("where", *clause.filter);
    close();
  }
  void step(const LetStep& let, Span span) {
    open(fmt::format("let {}", let.name.text), span);
    expr(*let.value);
    close();
  }
  void step(const WhenStep& when, Span span) {
    open("when", span);
    expr(*when.condition);
    close();
  }
  void step(const RequireStep& require, Span span) {
    open("require", span);
    expr(*require.condition);
    if (require.message) string_leaf("else", *require.message);
    if (require.place) {
      open("at", require.place->span);
      expr(*require.place);
      close();
    }
    close();
  }

  void declaration(const UseDecl& use) {
    leaf(use.pack ? fmt::format("use {}", use.pack->text) : fmt::format("use {}", quoted(use.path->value)),
         use.span);
  }
  void declaration(const DisableDecl& disable) {
    leaf(disable.reason ? fmt::format("disable {} {}", disable.rule.text, quoted(disable.reason->value))
                        : fmt::format("disable {}", disable.rule.text),
         disable.span);
  }
  void declaration(const TestDecl& test) {
    open(fmt::format("test {}", test.rule.text), test.span);
    for (const auto& c : test.cases) {
      const char* file = c.input == TestInput::File ? " file" : "";
      std::string expectations;
      for (const auto& e : c.expectations) {
        if (e.kind == ExpectationKind::Message) expectations += " message " + quoted(e.text.value);
        else expectations += e.kind == ExpectationKind::Count ? " count" : " line";
        for (size_t i = 0; i < e.numbers.size(); ++i) expectations += (i ? ", " : " ") + std::to_string(e.numbers[i]);
      }
      leaf(fmt::format("{}{} {}{}", outcome_text(c.expected), file, quoted(c.text.value), expectations), c.span);
    }
    close();
  }

  // ---- expressions
  void expr_node(const NameRef& n, Span span) { leaf(fmt::format("name {}", n.name), span); }
  void expr_node(const NumberLit& n, Span span) {
    const std::string unit = n.unit == Unit::None ? "" : std::string(" ") + unit_text(n.unit);
    leaf(fmt::format("number {}{}", n.digits, unit), span);
  }
  void expr_node(const StringLit& s, Span span) {
    leaf(fmt::format("string {}", quoted(s.value)), span);
  }
  void expr_node(const BoolLit& b, Span span) { leaf(b.value ? "bool true" : "bool false", span); }
  void expr_node(const ListLit& list, Span span) { children("list", span, list.items); }
  void expr_node(const UnaryExpr& u, Span span) {
    open(u.op == UnaryOp::Negate ? "neg" : "not", span);
    expr(*u.operand);
    close();
  }
  void expr_node(const BinaryExpr& b, Span span) {
    open(binary_text(b.op), span);
    expr(*b.lhs);
    expr(*b.rhs);
    close();
  }
  void expr_node(const CompareExpr& c, Span span) {
    open(compare_text(c.op), span);
    expr(*c.lhs);
    expr(*c.rhs);
    if (c.tolerance) labelled_expr("within", *c.tolerance);
    close();
  }
  void expr_node(const MatchExpr& m, Span span) {
    open(m.negated ? "!~" : "~", span);
    expr(*m.subject);
    expr(*m.pattern);
    close();
  }
  void expr_node(const CallExpr& call, Span span) {
    children(fmt::format("call {}", call.callee.text), span, call.args);
  }
  void expr_node(const MemberExpr& m, Span span) {
    open(fmt::format("member {}", m.field.text), span);
    expr(*m.object);
    close();
  }  void expr_node(const QuantifierExpr& q, Span span) {
    open(fmt::format("{} {}", q.keyword.text, q.variable.text), span);
    labelled_expr("in", *q.iterable);
    if (q.condition) labelled_expr("where", *q.condition);
    close();
  }

  void children(std::string_view head, Span span, const std::vector<ExprPtr>& items) {
    open(head, span);
    for (const auto& item : items) expr(*item);
    close();
  }

  const SourceText& source_;
  DumpOptions options_;
  std::string out_;
  size_t depth_ = 0;
};

}  // namespace

std::string dump(const File& file, const SourceText& source, DumpOptions options) {
  Dumper dumper(source, options);
  dumper.file(file);
  return dumper.take();
}

std::string dump(const Expr& expr, const SourceText& source, DumpOptions options) {
  Dumper dumper(source, options);
  dumper.expr(expr);
  return dumper.take();
}

}  // namespace gk::ast

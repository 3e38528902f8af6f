// The rule-file AST: what a rule file says, independent of how it was spelled (English and
// Chinese keywords give the same tree) and of the parser that read it. Every node carries a
// byte span into the rule file's SourceText. Nothing here is checked yet: names may be
// unknown and types may not fit; the checker decides. Strings keep their exact spans,
// content included, so a later error can point inside a pattern or a message.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/source.h"

namespace gk::ast {

/// A name as written: a vocabulary entry, a variable, a category, a field, a function.
struct Identifier {
  std::string text;
  Span span;
};

/// A string literal. `value` is the text between the quotes with each `\"` turned into `"`;
/// all other backslashes are kept (patterns are regular expressions).
struct StringLit {
  std::string value;
  Span span;                      ///< the literal, quotes included
  Span content;                   ///< the bytes between the quotes
  std::vector<uint32_t> escapes;  ///< indexes in `value` of quotes written as `\"`
  /// The byte offset in the rule file of byte `index` of `value` (index == size() is the end).
  uint32_t source_offset(size_t index) const;
  /// The span in the rule file of bytes [begin, end) of `value`.
  Span source_span(size_t begin, size_t end) const;
};

/// A number as written ("40", "0.01"), kept as text: Decimal::parse gives its value.
struct DecimalText {
  std::string text;
  Span span;
};

// ---------------------------------------------------------------------------------------
// Expressions

/// The unit written right after a number literal.
enum class Unit { None, Yuan, TenThousandYuan, HundredMillionYuan, Percent };
enum class UnaryOp { Negate, Not };
enum class BinaryOp { Add, Subtract, Multiply, Divide, And, Or };
enum class CompareOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

/// A name: a vocabulary entry, a fact, a variable (`for`/`let`) or `doc`.
struct NameRef {
  std::string name;
};
/// `12`, `0.5万元`, `5%`.
struct NumberLit {
  std::string digits;  ///< as written, without the unit
  Unit unit = Unit::None;
  Span unit_span;      ///< empty when there is no unit
};
/// `true`/`真`, `false`/`假`.
struct BoolLit {
  bool value = false;
};
/// `[a, b]`.
struct ListLit {
  std::vector<ExprPtr> items;
};
/// `-x`, `not x`.
struct UnaryExpr {
  UnaryOp op;
  ExprPtr operand;
};
/// `a + b`, `a and b`, …
struct BinaryExpr {
  BinaryOp op;
  ExprPtr lhs;
  ExprPtr rhs;
};
/// `a == b`, `a <= b within 0.01万元`; `tolerance` is null without `within`.
struct CompareExpr {
  CompareOp op;
  ExprPtr lhs;
  ExprPtr rhs;
  ExprPtr tolerance;
};
/// `text ~ "pattern"`, `text !~ "pattern"`.
struct MatchExpr {
  bool negated = false;
  ExprPtr subject;
  ExprPtr pattern;
};
/// `amount(三公说明, item)`.
struct CallExpr {
  Identifier callee;
  std::vector<ExprPtr> args;
};
/// `f.预算`, `doc.title` (a keyword after the dot is a plain field name).
struct MemberExpr {
  ExprPtr object;
  Identifier field;
};

enum class Quantifier { Any, All, First };
/// `any(r in rows(t) where r.科目 == "201")`, `all(…)`, `first(…)`: the variable is bound to
/// each item of the list in turn; the condition is optional.
struct QuantifierExpr {
  Quantifier quantifier;
  Identifier keyword;  ///< as written: any/任一, all/全部, first/首个
  Identifier variable;
  ExprPtr iterable;
  ExprPtr condition;  ///< null without `where`
};

/// Which alternative an Expr holds; the order matches Expr::Node.
enum class ExprKind {
  Name, Number, String, Bool, List, Unary, Binary, Compare, Match, Call, Member, Quantifier
};

/// An expression node: one of the kinds above, with its span.
struct Expr {
  using Node = std::variant<NameRef, NumberLit, StringLit, BoolLit, ListLit, UnaryExpr,
                            BinaryExpr, CompareExpr, MatchExpr, CallExpr, MemberExpr,
                            QuantifierExpr>;
  Node node;
  Span span;

  ExprKind kind() const { return static_cast<ExprKind>(node.index()); }
  template <class T> const T* as() const { return std::get_if<T>(&node); }
};

// ---------------------------------------------------------------------------------------
// Declarations

/// `完整性 40` in `score`.
struct CategoryWeight {
  Identifier category;
  DecimalText weight;
  Span span;
};
/// `优 >= 90` in `grades`; the last grade usually has no minimum.
struct Grade {
  Identifier name;
  std::optional<DecimalText> minimum;
  Span span;
};

/// `pack 部门决算 version "2025.1" { … }`; each item at most once.
struct PackDecl {
  Identifier name;
  std::optional<StringLit> version;
  std::optional<StringLit> title;
  ExprPtr applies;  ///< `applies when …`; null when absent
  std::vector<StringLit> kinds;
  std::vector<CategoryWeight> score;
  std::vector<Grade> grades;
  Span span;
};

enum class VocabularyKind { Part, Section, Table, List };
enum class SelectorKind { Heading, Caption, Code, Columns };

/// `heading "三公.{0,2}经费"`, `caption "收入支出决算总表"`, `code "01"`, `columns "基本支出"`
/// (a table whose header has a column matching the pattern).
struct Selector {
  SelectorKind kind;
  StringLit pattern;  ///< a regular expression, or for Code the code as written
  Span span;
};

/// `part|section|table NAME = selector or … [in SCOPE]`, `list NAME = ["…", …]`.
struct VocabularyDecl {
  VocabularyKind kind;
  Identifier name;
  std::vector<Selector> selectors;  ///< alternatives (`or`); empty for a list
  std::vector<StringLit> items;     ///< list items; empty for part/section/table
  std::optional<Identifier> scope;  ///< `in 情况说明`
  Span span;
};

/// `fact 预算执行 [in SCOPE] = "template" or …`; holes `{name:kind}` stay inside the strings.
struct FactDecl {
  Identifier name;
  std::optional<Identifier> scope;
  std::vector<StringLit> templates;
  Span span;
};

enum class RuleSeverity { Error, Warning, Info };

/// A rule number (`JS-3G-01`) or a string used as one.
struct RuleId {
  std::string text;
  Span span;
};

/// `severity error`.
struct SeveritySetting {
  RuleSeverity level;
  Span span;
};

/// `for item in 三公项目 [where …]`.
struct ForClause {
  Identifier variable;
  ExprPtr iterable;
  ExprPtr filter;  ///< null without `where`
  Span span;
};

/// `let v = …`.
struct LetStep {
  Identifier name;
  ExprPtr value;
};
/// `when …`: the rule applies only when this holds.
struct WhenStep {
  ExprPtr condition;
};
/// `require … [else "message"] [at place]`.
struct RequireStep {
  ExprPtr condition;
  std::optional<StringLit> message;  ///< `{expr}` parts are split by split_message()
  ExprPtr place;                     ///< `at …`: where a failure is shown; null without one
};
/// One step of a rule body, in the order written.
struct RuleStep {
  std::variant<LetStep, WhenStep, RequireStep> step;
  Span span;
};

/// `use 部门决算` (a built-in pack by name) or `use "词表.gk"` (a file or directory, relative
/// to the rule file): its declarations and rules become this pack's.
struct UseDecl {
  std::optional<Identifier> pack;
  std::optional<StringLit> path;
  Span span;
};

/// `disable JS-3G-02 ["reason"]`: a rule of a used pack is not run.
struct DisableDecl {
  RuleId rule;
  std::optional<StringLit> reason;
  Span span;
};

/// `rule ID "title" { … }`: header items at most once, then the steps in order.
struct RuleDecl {
  bool override_used = false;  ///< `override rule`: replaces the used pack's rule of this number
  RuleId id;
  StringLit title;
  std::optional<Identifier> category;
  std::optional<SeveritySetting> severity;
  std::optional<DecimalText> weight;
  std::optional<StringLit> basis;
  std::vector<ForClause> loops;  ///< `for` clauses; each nests in the one before
  std::vector<RuleStep> steps;  ///< let/when/require in source order; at least one require
  Span span;
};

enum class TestOutcome { Pass, Fail, NotApplicable };
enum class TestInput { Snippet, File };

/// What a case's findings must be besides the outcome: `message "…"` (some finding's
/// message contains the text), `count N` (N failing items), `line L, …` (the findings stand
/// on exactly these lines of the snippet or fixture).
enum class ExpectationKind { Message, Count, Lines };
struct TestExpectation {
  ExpectationKind kind;
  StringLit text;                ///< Message
  std::vector<uint32_t> numbers;  ///< Count: one; Lines: one or more, as written
  Span span;
};

/// `fail "snippet"` or `pass file "fixtures/x.txt"`, with its expectations.
struct TestCase {
  TestOutcome expected;
  TestInput input;
  StringLit text;  ///< the snippet, or the fixture path
  std::vector<TestExpectation> expectations;  ///< in source order, each kind at most once
  Span span;
};

/// `test ID { … }`.
struct TestDecl {
  RuleId rule;
  std::vector<TestCase> cases;
  Span span;
};

using Declaration =
    std::variant<PackDecl, VocabularyDecl, FactDecl, RuleDecl, TestDecl, UseDecl, DisableDecl>;

/// The expression of a `{…}` part of an `else` message (syntax/message.h), read ahead.
struct MessageExpression {
  Span part;  ///< the text between the braces, as MessagePart::span
  ExprPtr expr;
};

/// A parsed rule file. After syntax errors it holds the declarations read cleanly and, of
/// each declaration with an error, only its name (a rule only its number), so that its uses
/// are not reported as unknown too.
struct File {
  std::vector<Declaration> declarations;
  /// The `{…}` parts of the messages, parsed ahead when the tree is made to be stored
  /// (read_message_expressions, syntax/ast_serial.h), by position. parse_rule_file leaves
  /// this empty: the checker then parses each part where it reads the message.
  std::vector<MessageExpression> message_expressions;
  /// The expression read ahead for the message part at `part`, or null.
  const Expr* message_expression(Span part) const;
};

}  // namespace gk::ast

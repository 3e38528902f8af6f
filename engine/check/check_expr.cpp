// The type checker of rule expressions: names, fields, built-in calls and operators. Each
// expression checked also becomes its plan node — names resolved to slots and indexes,
// pattern literals compiled — so the evaluator never sees the syntax tree. Each error is
// reported once where it happens; the expression then has type Error, which is accepted
// everywhere so one mistake does not cause a cascade of messages.
#include <algorithm>

#include <fmt/format.h>

#include "check/compiler.h"
#include "check/fields.h"

namespace gk::check {
namespace {

using K = TypeKind;
using eval::bit;
using eval::Builtin;
using eval::BuiltinId;
using eval::Param;

bool is_zero_literal(const ast::Expr& e) {
  const auto* n = e.as<ast::NumberLit>();
  if (!n) return false;
  const auto d = Decimal::parse(n->digits);
  return d && d->is_zero();
}

bool is_plain_literal(const ast::Expr& e) {
  const auto* n = e.as<ast::NumberLit>();
  return n && n->unit == ast::Unit::None;
}

/// A bare number (no unit, not zero) on one side and a table figure (value(), cell()…)
/// on the other: whether the number may meet it is known only when the column is read.
bool bare_meets_table_figure(const ast::Expr& lhs, const ast::Expr& rhs, const Type& a, const Type& b) {
  const auto bare = [](const ast::Expr& e) { return is_plain_literal(e) && !is_zero_literal(e); };
  return (bare(lhs) && b.kind == K::Figure) || (bare(rhs) && a.kind == K::Figure);
}

/// The type of a sum or difference: a bare number takes the other's type, and so does a
/// table figure next to an amount, a percentage or a count (it must be one at run time).
Type additive_result(const Type& a, const Type& b) {
  if (a.kind == K::Plain) return b;
  if (a.kind == K::Figure && b.kind != K::Plain) return b;
  return a;
}

bool is_document_name(std::string_view name) { return name == "doc" || name == "文档"; }

plan::Node node(plan::Op op, Span span, std::vector<plan::Node> args = {}) {
  plan::Node n;
  n.op = op;
  n.span = span;
  n.args = std::move(args);
  return n;
}

Checked error_result(Span span) { return {Type::of(K::Error), node(plan::Op::Bool, span)}; }

plan::Unit plan_unit(ast::Unit unit) {
  switch (unit) {
    case ast::Unit::None: return plan::Unit::None;
    case ast::Unit::Yuan: return plan::Unit::Yuan;
    case ast::Unit::TenThousandYuan: return plan::Unit::TenThousandYuan;
    case ast::Unit::HundredMillionYuan: return plan::Unit::HundredMillionYuan;
    case ast::Unit::Percent: return plan::Unit::Percent;
  }
  return plan::Unit::None;
}

}  // namespace

Checked PackCompiler::check(const ast::Expr& expr, Scope& scope) {
  switch (expr.kind()) {
    case ast::ExprKind::Name: return check_name(expr, *expr.as<ast::NameRef>(), scope);
    case ast::ExprKind::Number: return check_number(expr, *expr.as<ast::NumberLit>());
    case ast::ExprKind::String: {
      plan::Node n = node(plan::Op::Text, expr.span);
      n.text = expr.as<ast::StringLit>()->value;
      return {Type::of(K::Text), std::move(n)};
    }
    case ast::ExprKind::Bool: {
      plan::Node n = node(plan::Op::Bool, expr.span);
      n.boolean = expr.as<ast::BoolLit>()->value;
      return {Type::of(K::Bool), std::move(n)};
    }
    case ast::ExprKind::List: return check_list(expr, *expr.as<ast::ListLit>(), scope);
    case ast::ExprKind::Unary: return check_unary(expr, *expr.as<ast::UnaryExpr>(), scope);
    case ast::ExprKind::Binary: return check_binary(expr, *expr.as<ast::BinaryExpr>(), scope);
    case ast::ExprKind::Compare: return check_compare(expr, *expr.as<ast::CompareExpr>(), scope);
    case ast::ExprKind::Match: return check_match(expr, *expr.as<ast::MatchExpr>(), scope);
    case ast::ExprKind::Call: return check_call(expr, *expr.as<ast::CallExpr>(), scope);
    case ast::ExprKind::Member: return check_member(expr, *expr.as<ast::MemberExpr>(), scope);
    case ast::ExprKind::Quantifier:
      return check_quantifier(expr, *expr.as<ast::QuantifierExpr>(), scope);
  }
  return error_result(expr.span);
}

Checked PackCompiler::check_name(const ast::Expr& expr, const ast::NameRef& name,
                                 const Scope& scope) {
  if (const Scope::Local* local = scope.find(name.name)) {
    plan::Node n = node(plan::Op::Slot, expr.span);
    n.index = local->slot;
    n.text = name.name;
    return {local->type, std::move(n)};
  }
  if (is_document_name(name.name)) return {Type::of(K::Document), node(plan::Op::Document, expr.span)};
  if (const auto it = pack_.symbols.find(name.name); it != pack_.symbols.end()) {
    const bool fact = it->second.kind == Pack::Symbol::Kind::Fact;
    plan::Node n = node(fact ? plan::Op::Facts : plan::Op::Place, expr.span);
    n.index = it->second.index;
    n.text = name.name;
    if (fact) return {Type::list_of(K::Fact, it->second.index), std::move(n)};
    switch (pack_.vocabulary[it->second.index].kind) {
      case ast::VocabularyKind::Part:
      case ast::VocabularyKind::Section: return {Type::of(K::Section), std::move(n)};
      case ast::VocabularyKind::Table: return {Type::of(K::Table), std::move(n)};
      case ast::VocabularyKind::List: return {Type::list_of(K::Text), std::move(n)};
    }
  }
  if (eval::find_builtin(name.name)) {
    error("E102", expr.span,
          say(fmt::format("“{}”是函数，要写成 {}(…)", name.name, name.name),
              fmt::format("‘{}’ is a function; call it as {}(…)", name.name, name.name)));
    return error_result(expr.span);
  }
  if (!reported_.insert("name:" + name.name).second) return error_result(expr.span);  // once per name
  std::vector<std::string> candidates{"doc"};
  for (const auto& local : scope.locals) candidates.push_back(local.name);
  for (const auto& [symbol, entry] : pack_.symbols) candidates.push_back(symbol);
  std::sort(candidates.begin(), candidates.end());
  error("E101", expr.span,
        say(fmt::format("未定义的名称“{}”", name.name), fmt::format("unknown name ‘{}’", name.name)),
        suggest(name.name, candidates));
  return error_result(expr.span);
}

Checked PackCompiler::check_number(const ast::Expr& expr, const ast::NumberLit& number) {
  const auto value = Decimal::parse(number.digits);
  if (!value) {
    error("E104", expr.span, say("数字无法读取（最多 18 位小数）", "unreadable number (at most 18 decimals)"));
    return error_result(expr.span);
  }
  plan::Node n = node(plan::Op::Number, expr.span);
  n.number = *value;
  n.code = static_cast<uint8_t>(plan_unit(number.unit));
  switch (number.unit) {
    case ast::Unit::None: return {Type::of(K::Plain), std::move(n)};
    case ast::Unit::Percent: return {Type::of(K::Ratio), std::move(n)};
    default: return {Type::of(K::Money), std::move(n)};
  }
}

Checked PackCompiler::check_list(const ast::Expr& expr, const ast::ListLit& list, Scope& scope) {
  Type element = Type::of(K::Error);
  bool mixed = false;
  plan::Node n = node(plan::Op::List, expr.span);
  for (const auto& item : list.items) {
    Checked c = check(*item, scope);
    n.args.push_back(std::move(c.node));
    const Type& t = c.type;
    if (t.kind == K::Error) continue;
    if (element.kind == K::Error) {
      element = t;
    } else if (t.kind != element.kind && !(t.is_numeric() && element.is_numeric())) {
      mixed = true;
    }
  }
  if (mixed) {
    error("E104", expr.span, say("列表中的各项必须是同一类值", "the items of a list must be of one kind"));
  }
  return {Type::list_of(element.kind, element.fact), std::move(n)};
}

Checked PackCompiler::check_unary(const ast::Expr& expr, const ast::UnaryExpr& unary,
                                  Scope& scope) {
  Checked operand = check(*unary.operand, scope);
  const Type t = operand.type;
  const bool negation = unary.op == ast::UnaryOp::Not;
  plan::Node n = node(negation ? plan::Op::Not : plan::Op::Negate, expr.span);
  n.args.push_back(std::move(operand.node));
  if (negation) {
    if (!t.is(K::Bool)) {
      error("E104", expr.span,
            say(fmt::format("“非”(not) 后面要是条件，这里是{}", describe(t, lang_)),
                fmt::format("`not` needs a condition, but this is {}", describe(t, lang_))));
    }
    return {Type::of(K::Bool), std::move(n)};
  }
  if (!t.is_numeric()) {
    error("E104", expr.span,
          say(fmt::format("负号只能用于数，这里是{}", describe(t, lang_)),
              fmt::format("minus needs a number, but this is {}", describe(t, lang_))));
    return {Type::of(K::Error), std::move(n)};
  }
  return {t, std::move(n)};
}

void PackCompiler::require_unit(const ast::Expr& literal_side, const Type& other) {
  if (!is_plain_literal(literal_side) || is_zero_literal(literal_side)) return;
  if (other.kind == K::Money) {
    error("E115", literal_side.span,
          say("与金额比较或相加的数要写明单位，如 5000万元", "write the unit of an amount, e.g. 5000万元"));
  }
}

void PackCompiler::warn_bare_ratio(const ast::Expr& literal_side, const ast::Expr& other_side,
                                   const Type& other) {
  if (!is_plain_literal(literal_side) || is_zero_literal(literal_side) || other.kind != K::Ratio) return;
  // A percentage as printed (a fact's field, percentage()); a quotient of two amounts is a
  // multiple, and `倍数 > 5000` means what it says.
  const auto* call = other_side.as<ast::CallExpr>();
  const bool printed = other_side.as<ast::MemberExpr>() ||
                       (call && (call->callee.text == "percentage" || call->callee.text == "百分比"));
  if (!printed) return;
  const auto* n = literal_side.as<ast::NumberLit>();
  const auto value = Decimal::parse(n->digits);
  if (!value) return;
  // 0.5 against a percentage may mean one half; 50 is almost surely 50%.
  if (value->abs() <= Decimal::from_int(1)) return;
  warning("W210", literal_side.span,
          say(fmt::format("百分比与不带 % 的数 {} 比较：{} 即 {}00%，多半应写成 {}%", n->digits,
                          n->digits, n->digits, n->digits),
              fmt::format("a percentage compared with the bare number {}: that is {}00%; you "
                          "probably mean {}%", n->digits, n->digits, n->digits)));
}

/// Whether two numeric types can be added or compared (`sum`) or are at least numbers.
bool PackCompiler::figures_combine(const ast::Expr& expr, const Type& a, const Type& b, bool sum) {
  if (!a.is_numeric() || !b.is_numeric()) return false;
  if (!sum || a.kind == K::Error || b.kind == K::Error) return true;
  if (a.kind == b.kind || a.kind == K::Plain || b.kind == K::Plain) return true;
  if (a.kind == K::Figure || b.kind == K::Figure) return true;  // told when the table is read
  error("E104", expr.span,
        say(fmt::format("{}和{}不能相加减或比较", describe(a, lang_), describe(b, lang_)),
            fmt::format("{} and {} cannot be added, subtracted or compared", describe(a, lang_),
                        describe(b, lang_))));
  return true;
}

Checked PackCompiler::check_binary(const ast::Expr& expr, const ast::BinaryExpr& binary,
                                   Scope& scope) {
  Checked lhs = check(*binary.lhs, scope);
  Checked rhs = check(*binary.rhs, scope);
  const Type a = lhs.type, b = rhs.type;
  const bool logical = binary.op == ast::BinaryOp::And || binary.op == ast::BinaryOp::Or;
  plan::Node n = node(logical ? (binary.op == ast::BinaryOp::And ? plan::Op::And : plan::Op::Or)
                              : plan::Op::Arith,
                      expr.span);
  switch (binary.op) {
    case ast::BinaryOp::Add: n.code = static_cast<uint8_t>(plan::Arith::Add); break;
    case ast::BinaryOp::Subtract: n.code = static_cast<uint8_t>(plan::Arith::Subtract); break;
    case ast::BinaryOp::Multiply: n.code = static_cast<uint8_t>(plan::Arith::Multiply); break;
    case ast::BinaryOp::Divide: n.code = static_cast<uint8_t>(plan::Arith::Divide); break;
    default: break;
  }
  n.args.push_back(std::move(lhs.node));
  n.args.push_back(std::move(rhs.node));
  if (logical) {
    for (const auto* side : {&a, &b}) {
      if (side->is(K::Bool)) continue;
      error("E104", (side == &a ? binary.lhs : binary.rhs)->span,
            say(fmt::format("“且”“或”两边要是条件，这里是{}", describe(*side, lang_)),
                fmt::format("`and`/`or` join conditions, but this is {}", describe(*side, lang_))));
    }
    return {Type::of(K::Bool), std::move(n)};
  }
  if (!a.is_numeric() || !b.is_numeric()) {
    const Type& bad = a.is_numeric() ? b : a;
    error("E104", (a.is_numeric() ? binary.rhs : binary.lhs)->span,
          say(fmt::format("只有数才能做加减乘除，这里是{}", describe(bad, lang_)),
              fmt::format("arithmetic needs numbers, but this is {}", describe(bad, lang_))));
    return {Type::of(K::Error), std::move(n)};
  }
  if (a.kind == K::Error || b.kind == K::Error) return {Type::of(K::Error), std::move(n)};
  const bool additive = binary.op == ast::BinaryOp::Add || binary.op == ast::BinaryOp::Subtract;
  if (additive) {
    require_unit(*binary.lhs, b);
    require_unit(*binary.rhs, a);
    warn_bare_ratio(*binary.lhs, *binary.rhs, b);
    warn_bare_ratio(*binary.rhs, *binary.lhs, a);
    figures_combine(expr, a, b, true);
    n.boolean = bare_meets_table_figure(*binary.lhs, *binary.rhs, a, b);
    return {additive_result(a, b), std::move(n)};
  }
  auto scaling = [](const Type& t) { return t.kind == K::Plain || t.kind == K::Ratio; };
  if (a.kind == K::Figure || b.kind == K::Figure) {  // what it is shows when the table is read
    const Type& other = a.kind == K::Figure ? b : a;
    if (binary.op == ast::BinaryOp::Multiply) {
      return {other.kind == K::Money || other.kind == K::Count ? other : Type::of(K::Figure), std::move(n)};
    }
    if (b.kind == K::Plain) return {a, std::move(n)};
    if (a.kind == K::Figure && (b.kind == K::Money || b.kind == K::Count)) return {Type::of(K::Ratio), std::move(n)};
    return {Type::of(K::Figure), std::move(n)};
  }
  if (binary.op == ast::BinaryOp::Multiply) {
    if (scaling(b)) return {a.kind == K::Plain ? b : a, std::move(n)};
    if (scaling(a)) return {b, std::move(n)};
  } else {
    if (b.kind == K::Plain) return {a, std::move(n)};
    if (a.kind == b.kind) return {Type::of(K::Ratio), std::move(n)};
    if (b.kind == K::Ratio) return {a, std::move(n)};
  }
  error("E104", expr.span,
        say(fmt::format("{}不能与{}{}", describe(a, lang_), describe(b, lang_),
                        binary.op == ast::BinaryOp::Multiply ? "相乘" : "相除"),
            fmt::format("{} cannot be {} by {}", describe(a, lang_),
                        binary.op == ast::BinaryOp::Multiply ? "multiplied" : "divided",
                        describe(b, lang_))));
  return {Type::of(K::Error), std::move(n)};
}

Checked PackCompiler::check_compare(const ast::Expr& expr, const ast::CompareExpr& compare,
                                    Scope& scope) {
  Checked lhs = check(*compare.lhs, scope);
  Checked rhs = check(*compare.rhs, scope);
  const Type a = lhs.type, b = rhs.type;
  plan::Node n = node(plan::Op::Compare, expr.span);
  n.code = static_cast<uint8_t>(compare.op);  // plan::Compare lists the same operators
  n.args.push_back(std::move(lhs.node));
  n.args.push_back(std::move(rhs.node));
  const bool equality = compare.op == ast::CompareOp::Equal || compare.op == ast::CompareOp::NotEqual;
  if (a.is_numeric() && b.is_numeric()) {
    require_unit(*compare.lhs, b);
    require_unit(*compare.rhs, a);
    warn_bare_ratio(*compare.lhs, *compare.rhs, b);
    warn_bare_ratio(*compare.rhs, *compare.lhs, a);
    figures_combine(expr, a, b, true);
    n.boolean = bare_meets_table_figure(*compare.lhs, *compare.rhs, a, b);
  } else if (!equality || (a.kind != b.kind && a.kind != K::Error && b.kind != K::Error)) {
    error("E104", expr.span,
          say(fmt::format("不能比较{}和{}", describe(a, lang_), describe(b, lang_)),
              fmt::format("cannot compare {} with {}", describe(a, lang_), describe(b, lang_))));
  }
  if (compare.tolerance) {
    Checked tolerance = check(*compare.tolerance, scope);
    const Type t = tolerance.type;
    n.args.push_back(std::move(tolerance.node));
    if (!a.is_numeric() || !t.is_numeric()) {
      error("E104", compare.tolerance->span,
            say("“容差”(within) 只用于数的比较，且要给一个数", "`within` needs a number and applies to numbers"));
    } else {
      require_unit(*compare.tolerance, a);
      figures_combine(*compare.tolerance, a, t, true);
    }
  }
  return {Type::of(K::Bool), std::move(n)};
}

Checked PackCompiler::check_match(const ast::Expr& expr, const ast::MatchExpr& match,
                                  Scope& scope) {
  Checked subject = check(*match.subject, scope);
  if (!subject.type.is(K::Text)) {
    error("E104", match.subject->span,
          say(fmt::format("“~”左边要是文字，这里是{}", describe(subject.type, lang_)),
              fmt::format("the left of `~` must be text, but this is {}", describe(subject.type, lang_))));
  }
  plan::Node n = node(plan::Op::Match, expr.span);
  n.code = match.negated ? 1 : 0;
  n.args.push_back(std::move(subject.node));
  plan::Node pattern = node(plan::Op::Text, match.pattern->span);
  if (const auto* literal = match.pattern->as<ast::StringLit>()) {
    pattern.text = literal->value;
    if (auto id = compile_regex(*literal)) pattern.regex = *id;
  } else {
    error("E104", match.pattern->span,
          say("“~”右边要写一个用引号括起的模式", "the right of `~` must be a quoted pattern"));
  }
  n.args.push_back(std::move(pattern));
  return {Type::of(K::Bool), std::move(n)};
}

void PackCompiler::check_argument(const Param& param, size_t index, const ast::Expr& arg,
                                  const Type& type, plan::Node& arg_node, std::string_view called) {
  if (type.kind != K::Error && !(param.kinds & bit(type.kind))) {
    error("E104", arg.span,
          say(fmt::format("{}() 的第 {} 个参数应为{}，这里是{}", called, index + 1,
                          eval::describe_kinds(param.kinds, lang_), describe(type, lang_)),
              fmt::format("argument {} of {}() should be {}, but this is {}", index + 1, called,
                          eval::describe_kinds(param.kinds, lang_), describe(type, lang_))));
    return;
  }
  if (param.pattern) {
    if (const auto* literal = arg.as<ast::StringLit>()) {
      if (auto id = compile_regex(*literal)) arg_node.regex = *id;
    }
  }
}

Checked PackCompiler::check_call(const ast::Expr& expr, const ast::CallExpr& call, Scope& scope) {
  std::vector<Type> args;
  plan::Node n = node(plan::Op::Call, expr.span);
  for (const auto& a : call.args) {
    Checked c = check(*a, scope);
    args.push_back(c.type);
    n.args.push_back(std::move(c.node));
  }
  const Builtin* builtin = eval::find_builtin(call.callee.text);
  if (!builtin) {
    std::vector<std::string> names;
    for (const auto& b : eval::builtins()) {
      names.push_back(b.en);
      names.push_back(b.zh);
    }
    error("E102", call.callee.span,
          say(fmt::format("未知的函数“{}”", call.callee.text),
              fmt::format("unknown function ‘{}’", call.callee.text)),
          suggest(call.callee.text, names));
    return error_result(expr.span);
  }
  n.code = static_cast<uint8_t>(builtin->id);
  n.text = call.callee.text;
  size_t required = 0;
  for (const auto& p : builtin->params) required += p.optional ? 0 : 1;
  const bool repeated = !builtin->params.empty() && builtin->params.back().repeated;
  const size_t most = repeated ? SIZE_MAX : builtin->params.size();
  if (args.size() < required || args.size() > most) {
    const std::string expected =
        repeated ? fmt::format("{}+", required)
                 : (required == builtin->params.size() ? fmt::format("{}", required)
                                                       : fmt::format("{}–{}", required, most));
    error("E103", expr.span,
          say(fmt::format("{}() 需要 {} 个参数，这里给了 {} 个（例：{}）", call.callee.text, expected,
                          args.size(), builtin->example),
              fmt::format("{}() takes {} arguments, {} given (e.g. {})", call.callee.text, expected,
                          args.size(), builtin->example)));
    return {eval::builtin_result(builtin->id, args), std::move(n)};
  }
  for (size_t i = 0; i < args.size(); ++i) {
    const Param& param = builtin->params[std::min(i, builtin->params.size() - 1)];
    check_argument(param, i, *call.args[i], args[i], n.args[i], call.callee.text);
  }
  if (builtin->id == BuiltinId::Sum && !args.empty() && args[0].kind == K::List) {
    const bool rows = args[0].element == K::Row;
    if (rows != (args.size() == 2)) {
      error("E103", expr.span,
            rows ? say("对表行求和要给出列名：sum(各行, \"列名\")", "summing rows needs a column: sum(rows, \"column\")")
                 : say("对数的列表求和只要一个参数", "summing a list of figures takes one argument"));
    }
  }
  if (builtin->id == BuiltinId::If && args.size() == 3 && args[1].kind != args[2].kind &&
      args[1].kind != K::Error && args[2].kind != K::Error &&
      !(args[1].is_numeric() && args[2].is_numeric())) {
    error("E104", expr.span,
          say("if() 的两个结果要是同一类值", "both results of if() must be of one kind"));
  }
  return {eval::builtin_result(builtin->id, args), std::move(n)};
}

Checked PackCompiler::check_member(const ast::Expr& expr, const ast::MemberExpr& member,
                                   Scope& scope) {
  Checked object = check(*member.object, scope);
  const std::string& name = member.field.text;
  auto field_node = [&](plan::Op op, uint32_t index) {
    plan::Node n = node(op, expr.span);
    n.index = index;
    n.text = name;
    n.args.push_back(std::move(object.node));
    return n;
  };
  if (object.type.kind == K::Error) return error_result(expr.span);
  std::vector<std::string> candidates;
  if (object.type.kind == K::Fact) {
    const Fact& fact = pack_.facts[object.type.fact];
    for (uint32_t i = 0; i < fact.fields.size(); ++i) {
      if (fact.fields[i].name == name)
        return {Type::of(fact.fields[i].type), field_node(plan::Op::FactField, i)};
      candidates.push_back(fact.fields[i].name);
    }
  } else {
    if (const Field* field = find_field(object.type.kind, name))
      return {field->type, field_node(plan::Op::Field, static_cast<uint32_t>(field->id))};
    for (const auto& f : fields()) {
      if (f.owner != object.type.kind) continue;
      candidates.push_back(f.zh);
      candidates.push_back(f.en);
    }
  }
  std::vector<std::string> notes = suggest(name, candidates);
  if (notes.empty() && !candidates.empty()) {
    notes.push_back(say("可用的字段：", "fields: ") +
                    fmt::format("{}", fmt::join(candidates, lang_ == Language::Zh ? "、" : ", ")));
  }
  const std::string owner = object.type.kind == K::Fact
                                ? say(fmt::format("事实“{}”", pack_.facts[object.type.fact].name),
                                      fmt::format("fact ‘{}’", pack_.facts[object.type.fact].name))
                                : describe(object.type, lang_);
  error("E105", member.field.span,
        say(fmt::format("{}没有字段“{}”", owner, name), fmt::format("{} has no field ‘{}’", owner, name)),
        std::move(notes));
  return error_result(expr.span);
}

Checked PackCompiler::check_quantifier(const ast::Expr& expr, const ast::QuantifierExpr& q,
                                       Scope& scope) {
  Checked iterable = check(*q.iterable, scope);
  if (!iterable.type.is(K::List)) {
    error("E113", q.iterable->span,
          say(fmt::format("{}(… in …) 要给一个列表，这里是{}", q.keyword.text, describe(iterable.type, lang_)),
              fmt::format("{}(… in …) needs a list, but this is {}", q.keyword.text,
                          describe(iterable.type, lang_))));
  }
  const Type item = iterable.type.kind == K::List ? iterable.type.item() : Type::of(K::Error);
  const plan::Op op = q.quantifier == ast::Quantifier::Any   ? plan::Op::Any
                      : q.quantifier == ast::Quantifier::All ? plan::Op::All
                                                             : plan::Op::First;
  plan::Node n = node(op, expr.span);
  n.text = q.variable.text;
  n.args.push_back(std::move(iterable.node));
  const size_t depth = scope.locals.size();
  n.index = scope.add(q.variable.text, item);
  if (q.condition) n.args.push_back(check_condition(*q.condition, scope));
  scope.locals.resize(depth);  // the variable is not seen after the closing bracket
  return {op == plan::Op::First ? item : Type::of(K::Bool), std::move(n)};
}

}  // namespace gk::check

// The type checker of rule expressions: names, fields, built-in calls and operators.
// Each error is reported once where it happens; the expression then has type Error, which
// is accepted everywhere so one mistake does not cause a cascade of messages.
#include <algorithm>

#include <fmt/format.h>

#include "check/compiler.h"
#include "check/fields.h"

namespace gk::check {
namespace {

using K = TypeKind;

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

bool is_document_name(std::string_view name) { return name == "doc" || name == "文档"; }

}  // namespace

Type PackCompiler::check(const ast::Expr& expr, const Scope& scope) {
  switch (expr.kind()) {
    case ast::ExprKind::Name: return check_name(expr, *expr.as<ast::NameRef>(), scope);
    case ast::ExprKind::Number: return check_number(expr, *expr.as<ast::NumberLit>());
    case ast::ExprKind::String: return Type::of(K::Text);
    case ast::ExprKind::Bool: return Type::of(K::Bool);
    case ast::ExprKind::List: return check_list(expr, *expr.as<ast::ListLit>(), scope);
    case ast::ExprKind::Unary: return check_unary(expr, *expr.as<ast::UnaryExpr>(), scope);
    case ast::ExprKind::Binary: return check_binary(expr, *expr.as<ast::BinaryExpr>(), scope);
    case ast::ExprKind::Compare: return check_compare(expr, *expr.as<ast::CompareExpr>(), scope);
    case ast::ExprKind::Match: return check_match(*expr.as<ast::MatchExpr>(), scope);
    case ast::ExprKind::Call: return check_call(expr, *expr.as<ast::CallExpr>(), scope);
    case ast::ExprKind::Member: return check_member(*expr.as<ast::MemberExpr>(), scope);
  }
  return Type::of(K::Error);
}

Type PackCompiler::check_name(const ast::Expr& expr, const ast::NameRef& name,
                              const Scope& scope) {
  if (const Type* local = scope.find(name.name)) return *local;
  if (is_document_name(name.name)) return Type::of(K::Document);
  if (const auto it = pack_.symbols.find(name.name); it != pack_.symbols.end()) {
    if (it->second.kind == Pack::Symbol::Kind::Fact) return Type::list_of(K::Fact, it->second.index);
    switch (pack_.vocabulary[it->second.index].decl->kind) {
      case ast::VocabularyKind::Part:
      case ast::VocabularyKind::Section: return Type::of(K::Section);
      case ast::VocabularyKind::Table: return Type::of(K::Table);
      case ast::VocabularyKind::List: return Type::list_of(K::Text);
    }
  }
  if (find_builtin(name.name)) {
    error("E102", expr.span,
          say(fmt::format("“{}”是函数，要写成 {}(…)", name.name, name.name),
              fmt::format("‘{}’ is a function; call it as {}(…)", name.name, name.name)));
    return Type::of(K::Error);
  }
  std::vector<std::string> candidates{"doc"};
  for (const auto& [local, type] : scope.locals) candidates.push_back(local);
  for (const auto& [symbol, entry] : pack_.symbols) candidates.push_back(symbol);
  std::sort(candidates.begin(), candidates.end());
  error("E101", expr.span,
        say(fmt::format("未定义的名称“{}”", name.name), fmt::format("unknown name ‘{}’", name.name)),
        suggest(name.name, candidates));
  return Type::of(K::Error);
}

Type PackCompiler::check_number(const ast::Expr& expr, const ast::NumberLit& number) {
  if (!Decimal::parse(number.digits)) {
    error("E104", expr.span, say("数字无法读取（最多 18 位小数）", "unreadable number (at most 18 decimals)"));
    return Type::of(K::Error);
  }
  switch (number.unit) {
    case ast::Unit::None: return Type::of(K::Plain);
    case ast::Unit::Percent: return Type::of(K::Ratio);
    default: return Type::of(K::Money);
  }
}

Type PackCompiler::check_list(const ast::Expr& expr, const ast::ListLit& list, const Scope& scope) {
  Type element = Type::of(K::Error);
  bool mixed = false;
  for (const auto& item : list.items) {
    const Type t = check(*item, scope);
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
  return Type::list_of(element.kind, element.fact);
}

Type PackCompiler::check_unary(const ast::Expr& expr, const ast::UnaryExpr& unary,
                               const Scope& scope) {
  const Type t = check(*unary.operand, scope);
  if (unary.op == ast::UnaryOp::Not) {
    if (!t.is(K::Bool)) {
      error("E104", expr.span,
            say(fmt::format("“非”(not) 后面要是条件，这里是{}", describe(t, lang_)),
                fmt::format("`not` needs a condition, but this is {}", describe(t, lang_))));
    }
    return Type::of(K::Bool);
  }
  if (!t.is_numeric()) {
    error("E104", expr.span,
          say(fmt::format("负号只能用于数，这里是{}", describe(t, lang_)),
              fmt::format("minus needs a number, but this is {}", describe(t, lang_))));
    return Type::of(K::Error);
  }
  return t;
}

void PackCompiler::require_unit(const ast::Expr& literal_side, const Type& other) {
  if (!is_plain_literal(literal_side) || is_zero_literal(literal_side)) return;
  if (other.kind == K::Money) {
    error("E115", literal_side.span,
          say("与金额比较或相加的数要写明单位，如 5000万元", "write the unit of an amount, e.g. 5000万元"));
  }
}

/// Whether two numeric types can be added or compared (`sum`) or are at least numbers.
bool PackCompiler::figures_combine(const ast::Expr& expr, const Type& a, const Type& b, bool sum) {
  if (!a.is_numeric() || !b.is_numeric()) return false;
  if (!sum || a.kind == K::Error || b.kind == K::Error) return true;
  if (a.kind == b.kind || a.kind == K::Plain || b.kind == K::Plain) return true;
  error("E104", expr.span,
        say(fmt::format("{}和{}不能相加减或比较", describe(a, lang_), describe(b, lang_)),
            fmt::format("{} and {} cannot be added, subtracted or compared", describe(a, lang_),
                        describe(b, lang_))));
  return true;
}

Type PackCompiler::check_binary(const ast::Expr& expr, const ast::BinaryExpr& binary,
                                const Scope& scope) {
  const Type a = check(*binary.lhs, scope);
  const Type b = check(*binary.rhs, scope);
  if (binary.op == ast::BinaryOp::And || binary.op == ast::BinaryOp::Or) {
    for (const auto* side : {&a, &b}) {
      if (side->is(K::Bool)) continue;
      error("E104", (side == &a ? binary.lhs : binary.rhs)->span,
            say(fmt::format("“且”“或”两边要是条件，这里是{}", describe(*side, lang_)),
                fmt::format("`and`/`or` join conditions, but this is {}", describe(*side, lang_))));
    }
    return Type::of(K::Bool);
  }
  if (!a.is_numeric() || !b.is_numeric()) {
    const Type& bad = a.is_numeric() ? b : a;
    error("E104", (a.is_numeric() ? binary.rhs : binary.lhs)->span,
          say(fmt::format("只有数才能做加减乘除，这里是{}", describe(bad, lang_)),
              fmt::format("arithmetic needs numbers, but this is {}", describe(bad, lang_))));
    return Type::of(K::Error);
  }
  if (a.kind == K::Error || b.kind == K::Error) return Type::of(K::Error);
  const bool additive = binary.op == ast::BinaryOp::Add || binary.op == ast::BinaryOp::Subtract;
  if (additive) {
    require_unit(*binary.lhs, b);
    require_unit(*binary.rhs, a);
    figures_combine(expr, a, b, true);
    return a.kind == K::Plain ? b : a;
  }
  auto scaling = [](const Type& t) { return t.kind == K::Plain || t.kind == K::Ratio; };
  if (binary.op == ast::BinaryOp::Multiply) {
    if (scaling(b)) return a.kind == K::Plain ? b : a;
    if (scaling(a)) return b;
  } else {
    if (b.kind == K::Plain) return a;
    if (a.kind == b.kind) return Type::of(K::Ratio);
    if (b.kind == K::Ratio) return a;
  }
  error("E104", expr.span,
        say(fmt::format("{}不能与{}{}", describe(a, lang_), describe(b, lang_),
                        binary.op == ast::BinaryOp::Multiply ? "相乘" : "相除"),
            fmt::format("{} cannot be {} by {}", describe(a, lang_),
                        binary.op == ast::BinaryOp::Multiply ? "multiplied" : "divided",
                        describe(b, lang_))));
  return Type::of(K::Error);
}

Type PackCompiler::check_compare(const ast::Expr& expr, const ast::CompareExpr& compare,
                                 const Scope& scope) {
  const Type a = check(*compare.lhs, scope);
  const Type b = check(*compare.rhs, scope);
  const bool equality = compare.op == ast::CompareOp::Equal || compare.op == ast::CompareOp::NotEqual;
  if (a.is_numeric() && b.is_numeric()) {
    require_unit(*compare.lhs, b);
    require_unit(*compare.rhs, a);
    figures_combine(expr, a, b, true);
  } else if (!equality || (a.kind != b.kind && a.kind != K::Error && b.kind != K::Error)) {
    error("E104", expr.span,
          say(fmt::format("不能比较{}和{}", describe(a, lang_), describe(b, lang_)),
              fmt::format("cannot compare {} with {}", describe(a, lang_), describe(b, lang_))));
  }
  if (compare.tolerance) {
    const Type t = check(*compare.tolerance, scope);
    if (!a.is_numeric() || !t.is_numeric()) {
      error("E104", compare.tolerance->span,
            say("“容差”(within) 只用于数的比较，且要给一个数", "`within` needs a number and applies to numbers"));
    } else {
      require_unit(*compare.tolerance, a);
      figures_combine(*compare.tolerance, a, t, true);
    }
  }
  return Type::of(K::Bool);
}

Type PackCompiler::check_match(const ast::MatchExpr& match,
                               const Scope& scope) {
  const Type subject = check(*match.subject, scope);
  if (!subject.is(K::Text)) {
    error("E104", match.subject->span,
          say(fmt::format("“~”左边要是文字，这里是{}", describe(subject, lang_)),
              fmt::format("the left of `~` must be text, but this is {}", describe(subject, lang_))));
  }
  if (const auto* literal = match.pattern->as<ast::StringLit>()) {
    if (auto id = compile_regex(*literal)) pack_.literal_regexes[match.pattern.get()] = *id;
  } else {
    error("E104", match.pattern->span,
          say("“~”右边要写一个用引号括起的模式", "the right of `~` must be a quoted pattern"));
  }
  return Type::of(K::Bool);
}

void PackCompiler::check_argument(const Param& param, size_t index, const ast::Expr& arg,
                                  const Type& type, std::string_view called) {
  if (type.kind != K::Error && !(param.kinds & bit(type.kind))) {
    error("E104", arg.span,
          say(fmt::format("{}() 的第 {} 个参数应为{}，这里是{}", called, index + 1,
                          describe_kinds(param.kinds, lang_), describe(type, lang_)),
              fmt::format("argument {} of {}() should be {}, but this is {}", index + 1, called,
                          describe_kinds(param.kinds, lang_), describe(type, lang_))));
    return;
  }
  if (param.pattern) {
    if (const auto* literal = arg.as<ast::StringLit>()) {
      if (auto id = compile_regex(*literal)) pack_.literal_regexes[&arg] = *id;
    }
  }
}

Type PackCompiler::check_call(const ast::Expr& expr, const ast::CallExpr& call, const Scope& scope) {
  std::vector<Type> args;
  for (const auto& a : call.args) args.push_back(check(*a, scope));
  const Builtin* builtin = find_builtin(call.callee.text);
  if (!builtin) {
    std::vector<std::string> names;
    for (const auto& b : builtins()) {
      names.push_back(b.en);
      names.push_back(b.zh);
    }
    error("E102", call.callee.span,
          say(fmt::format("未知的函数“{}”", call.callee.text),
              fmt::format("unknown function ‘{}’", call.callee.text)),
          suggest(call.callee.text, names));
    return Type::of(K::Error);
  }
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
    return builtin_result(builtin->id, args);
  }
  for (size_t i = 0; i < args.size(); ++i) {
    const Param& param = builtin->params[std::min(i, builtin->params.size() - 1)];
    check_argument(param, i, *call.args[i], args[i], call.callee.text);
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
  return builtin_result(builtin->id, args);
}

Type PackCompiler::check_member(const ast::MemberExpr& member,
                                const Scope& scope) {
  const Type object = check(*member.object, scope);
  if (object.kind == K::Error) return object;
  const std::string& name = member.field.text;
  std::vector<std::string> candidates;
  if (object.kind == K::Fact) {
    const Fact& fact = pack_.facts[object.fact];
    for (const auto& f : fact.fields) {
      if (f.name == name) return Type::of(f.type);
      candidates.push_back(f.name);
    }
  } else {
    if (const Field* field = find_field(object.kind, name)) return field->type;
    for (const auto& f : fields()) {
      if (f.owner != object.kind) continue;
      candidates.push_back(f.zh);
      candidates.push_back(f.en);
    }
  }
  std::vector<std::string> notes = suggest(name, candidates);
  if (notes.empty() && !candidates.empty()) {
    notes.push_back(say("可用的字段：", "fields: ") +
                    fmt::format("{}", fmt::join(candidates, lang_ == Language::Zh ? "、" : ", ")));
  }
  const std::string owner = object.kind == K::Fact
                                ? say(fmt::format("事实“{}”", pack_.facts[object.fact].name),
                                      fmt::format("fact ‘{}’", pack_.facts[object.fact].name))
                                : describe(object, lang_);
  error("E105", member.field.span,
        say(fmt::format("{}没有字段“{}”", owner, name), fmt::format("{} has no field ‘{}’", owner, name)),
        std::move(notes));
  return Type::of(K::Error);
}

}  // namespace gk::check

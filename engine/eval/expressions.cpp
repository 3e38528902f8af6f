// Evaluation of expressions. Logic is three-valued: a Missing operand makes a comparison
// Missing ("cannot verify"), except where the other side of `and`/`or` already decides.
#include <fmt/format.h>

#include "base/unicode.h"
#include "eval/context.h"

namespace gk::eval {
namespace {

using VK = Value::Kind;

Value merged_bool(bool b, const Value& x, const Value& y) {
  Value v = Value::of_bool(b);
  v.add_evidence(x.evidence);
  v.add_evidence(y.evidence);
  return v;
}

[[noreturn]] void arithmetic_error(const FigureError& error) { throw RuleError{error.message}; }

bool same_values(const Value& a, const Value& b);

bool same_lists(const Value& a, const Value& b) {
  if (a.items.size() != b.items.size()) return false;
  for (size_t i = 0; i < a.items.size(); ++i)
    if (!same_values(a.items[i], b.items[i])) return false;
  return true;
}

bool same_values(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case VK::Bool: return a.boolean == b.boolean;
    case VK::Figure: return approximately_equal(a.figure, b.figure);
    case VK::Text: return unicode::nfkc(a.text) == unicode::nfkc(b.text);
    case VK::List: return same_lists(a, b);
    default: return a.ids == b.ids;
  }
}

}  // namespace

Value Context::eval(const ast::Expr& expr) {
  switch (expr.kind()) {
    case ast::ExprKind::Name: return eval_name(*expr.as<ast::NameRef>());
    case ast::ExprKind::Number: return eval_number(*expr.as<ast::NumberLit>());
    case ast::ExprKind::String: return Value::of_text(expr.as<ast::StringLit>()->value);
    case ast::ExprKind::Bool: return Value::of_bool(expr.as<ast::BoolLit>()->value);
    case ast::ExprKind::List: return eval_list(*expr.as<ast::ListLit>());
    case ast::ExprKind::Unary: return eval_unary(*expr.as<ast::UnaryExpr>());
    case ast::ExprKind::Binary: return eval_binary(*expr.as<ast::BinaryExpr>());
    case ast::ExprKind::Compare: return eval_compare(*expr.as<ast::CompareExpr>());
    case ast::ExprKind::Match: return eval_match(*expr.as<ast::MatchExpr>());
    case ast::ExprKind::Call: return eval_call(*expr.as<ast::CallExpr>());
    case ast::ExprKind::Member: return eval_member(*expr.as<ast::MemberExpr>());
  }
  throw RuleError{"unknown expression"};
}

Value Context::eval_name(const ast::NameRef& name) {
  for (auto it = locals_.rbegin(); it != locals_.rend(); ++it)
    if (it->first == name.name) return it->second;
  if (name.name == "doc" || name.name == "文档") {
    Value v;
    v.kind = VK::Document;
    return v;
  }
  const auto it = pack_.symbols.find(name.name);
  if (it == pack_.symbols.end()) throw RuleError{fmt::format("未定义的名称“{}”", name.name)};
  if (it->second.kind == check::Pack::Symbol::Kind::Vocabulary) return place(it->second.index);
  const auto& found = facts(it->second.index);
  std::vector<Value> items;
  items.reserve(found.size());
  for (uint32_t i = 0; i < found.size(); ++i) items.push_back(Value::of_ids(VK::Fact, {it->second.index, i}));
  return Value::list(std::move(items));
}

Value Context::eval_number(const ast::NumberLit& number) {
  const Decimal d = Decimal::parse(number.digits).value_or(Decimal());
  switch (number.unit) {
    case ast::Unit::None: return Value::of_figure(Figure::plain(d, true));
    case ast::Unit::Percent: return Value::of_figure(Figure::percentage(d, true));
    case ast::Unit::Yuan: return Value::of_figure(Figure::money(d, doc::MoneyUnit::Yuan, true));
    case ast::Unit::TenThousandYuan:
      return Value::of_figure(Figure::money(d, doc::MoneyUnit::WanYuan, true));
    case ast::Unit::HundredMillionYuan:
      return Value::of_figure(Figure::money(d, doc::MoneyUnit::YiYuan, true));
  }
  return Value::of_figure(Figure::plain(d, true));
}

Value Context::eval_list(const ast::ListLit& list) {
  std::vector<Value> items;
  for (const auto& e : list.items) items.push_back(eval(*e));
  return Value::list(std::move(items));
}

Value Context::eval_unary(const ast::UnaryExpr& unary) {
  Value v = eval(*unary.operand);
  if (v.is_missing()) return v;
  if (unary.op == ast::UnaryOp::Not) {
    v.boolean = !truth(v);
    v.kind = VK::Bool;
    return v;
  }
  if (v.kind != VK::Figure) throw RuleError{"负号只能用于数"};
  v.figure = negate(v.figure);
  return v;
}

Value Context::eval_binary(const ast::BinaryExpr& binary) {
  if (binary.op == ast::BinaryOp::And || binary.op == ast::BinaryOp::Or) {
    const bool deciding = binary.op == ast::BinaryOp::Or;  // `or` is decided by true
    Value a = eval(*binary.lhs);
    if (!a.is_missing() && truth(a) == deciding) return a;
    Value b = eval(*binary.rhs);
    if (!b.is_missing() && truth(b) == deciding) return b;
    if (a.is_missing()) return a;
    if (b.is_missing()) return b;
    return merged_bool(!deciding, a, b);
  }
  Value a = eval(*binary.lhs);
  if (a.is_missing()) return a;
  Value b = eval(*binary.rhs);
  if (b.is_missing()) return b;
  if (a.kind != VK::Figure || b.kind != VK::Figure) throw RuleError{"只有数才能做加减乘除"};
  FigureError error;
  std::optional<Figure> result;
  switch (binary.op) {
    case ast::BinaryOp::Add: result = add(a.figure, b.figure, &error); break;
    case ast::BinaryOp::Subtract: result = subtract(a.figure, b.figure, &error); break;
    case ast::BinaryOp::Multiply: result = multiply(a.figure, b.figure, &error); break;
    case ast::BinaryOp::Divide: result = divide(a.figure, b.figure, &error); break;
    default: break;
  }
  if (!result) {
    if (!error.zero_divisor) arithmetic_error(error);
    Value m = Value::missing(fmt::format("{}（{} ÷ {}）", error.message, show(a), show(b)));
    m.add_evidence(a.evidence);
    m.add_evidence(b.evidence);
    return m;
  }
  Value v = Value::of_figure(*result, a.evidence);
  v.add_evidence(b.evidence);
  return v;
}

Value Context::eval_compare(const ast::CompareExpr& compare) {
  Value a = eval(*compare.lhs);
  if (a.is_missing()) return a;
  Value b = eval(*compare.rhs);
  if (b.is_missing()) return b;
  bool result = false;
  if (a.kind == VK::Figure && b.kind == VK::Figure) {
    FigureError error;
    Figure x = a.figure, y = b.figure;
    if (!add(x, y, &error)) throw RuleError{error.message};  // dimensions must match
    if (compare.tolerance) {
      Value t = eval(*compare.tolerance);
      if (t.is_missing()) return t;
      const bool near = equal_within(x, y, t.figure);
      switch (compare.op) {
        case ast::CompareOp::Equal: result = near; break;
        case ast::CompareOp::NotEqual: result = !near; break;
        case ast::CompareOp::Less: result = compare_values(x, y) < 0 && !near; break;
        case ast::CompareOp::LessEqual: result = compare_values(x, y) <= 0 || near; break;
        case ast::CompareOp::Greater: result = compare_values(x, y) > 0 && !near; break;
        case ast::CompareOp::GreaterEqual: result = compare_values(x, y) >= 0 || near; break;
      }
    } else {
      switch (compare.op) {
        case ast::CompareOp::Equal: result = approximately_equal(x, y); break;
        case ast::CompareOp::NotEqual: result = !approximately_equal(x, y); break;
        case ast::CompareOp::Less: result = less(x, y); break;
        case ast::CompareOp::LessEqual: result = less_equal(x, y); break;
        case ast::CompareOp::Greater: result = less(y, x); break;
        case ast::CompareOp::GreaterEqual: result = less_equal(y, x); break;
      }
    }
  } else {
    const bool same = same_values(a, b);
    if (compare.op == ast::CompareOp::Equal) {
      result = same;
    } else if (compare.op == ast::CompareOp::NotEqual) {
      result = !same;
    } else {
      throw RuleError{"只有数才能比较大小"};
    }
  }
  return merged_bool(result, a, b);
}

Value Context::eval_match(const ast::MatchExpr& match) {
  Value subject = eval(*match.subject);
  if (subject.is_missing()) return subject;
  const Value pattern = eval(*match.pattern);
  const std::string text = unicode::nfkc(show(subject));
  const bool found = find(*match.pattern, pattern, text);
  Value v = Value::of_bool(found != match.negated);
  v.evidence = std::move(subject.evidence);
  return v;
}

Value Context::eval_call(const ast::CallExpr& call) {
  const check::Builtin* builtin = check::find_builtin(call.callee.text);
  if (!builtin) throw RuleError{fmt::format("未知的函数“{}”", call.callee.text)};
  std::vector<Value> args;
  if (builtin->id == check::BuiltinId::If) {  // only the chosen branch is evaluated
    Value condition = eval(*call.args[0]);
    if (condition.is_missing()) return condition;
    return eval(*call.args[truth(condition) ? 1 : 2]);
  }
  args.reserve(call.args.size());
  for (const auto& a : call.args) args.push_back(eval(*a));
  return this->call(builtin->id, call, args);
}

Value Context::eval_member(const ast::MemberExpr& member) {
  Value object = eval(*member.object);
  if (object.is_missing()) return object;
  return field(object, member.field.text);
}

// ---------------------------------------------------------------------------------------

std::string Context::show(const Value& v) const {
  switch (v.kind) {
    case VK::Missing: return "（未找到）";
    case VK::Bool: return v.boolean ? "是" : "否";
    case VK::Figure: return v.figure.to_display();
    case VK::Text: return v.text;
    case VK::Section:
      if (!v.text.empty()) return v.text;
      return v.ids.empty() ? "" : doc_.sections[v.ids.front()].title;
    case VK::Table:
      if (!v.text.empty()) return v.text;
      return v.ids.empty() ? "" : doc_.tables[v.ids.front()].title;
    case VK::Row: return doc_.tables[v.ids[0]].rows[v.ids[1]].label;
    case VK::Fact: return facts_[v.ids[0]]->at(v.ids[1]).text;
    case VK::Breakdown: return doc_.amounts[doc_.breakdowns[v.ids[0]].total].label;
    case VK::Share: {
      const auto& part = doc_.breakdowns[v.ids[0]].parts[v.ids[1]];
      return doc_.amounts[part.amount].label;
    }
    case VK::TocEntry: return doc_.toc[v.ids[0]].title;
    case VK::Item: return v.text;
    case VK::Document: return doc_.title;
    case VK::List: {
      std::string out;
      for (const auto& item : v.items) {
        if (!out.empty()) out += "、";
        out += show(item);
      }
      return out;
    }
  }
  return "";
}

}  // namespace gk::eval

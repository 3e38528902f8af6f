#include "check/plan_dump.h"

#include <fmt/format.h>

#include "check/fields.h"
#include "eval/builtins.h"

namespace gk::check {
namespace {

const char* unit_text(plan::Unit unit) {
  switch (unit) {
    case plan::Unit::None: return "";
    case plan::Unit::Yuan: return "元";
    case plan::Unit::TenThousandYuan: return "万元";
    case plan::Unit::HundredMillionYuan: return "亿元";
    case plan::Unit::Percent: return "%";
  }
  return "";
}

const char* arith_text(plan::Arith op) {
  switch (op) {
    case plan::Arith::Add: return "+";
    case plan::Arith::Subtract: return "-";
    case plan::Arith::Multiply: return "*";
    case plan::Arith::Divide: return "/";
  }
  return "?";
}

const char* compare_text(plan::Compare op) {
  switch (op) {
    case plan::Compare::Equal: return "==";
    case plan::Compare::NotEqual: return "!=";
    case plan::Compare::Less: return "<";
    case plan::Compare::LessEqual: return "<=";
    case plan::Compare::Greater: return ">";
    case plan::Compare::GreaterEqual: return ">=";
  }
  return "?";
}

const char* field_name(uint32_t id) { return field(static_cast<FieldId>(id)).en; }

const char* place_kind(ast::VocabularyKind kind) {
  switch (kind) {
    case ast::VocabularyKind::Part: return "part";
    case ast::VocabularyKind::Section: return "section";
    case ast::VocabularyKind::Table: return "table";
    case ast::VocabularyKind::List: return "list";
  }
  return "?";
}

class Dumper {
 public:
  explicit Dumper(const Pack& pack) : pack_(pack) {}

  std::string node(const plan::Node& n) {
    using plan::Op;
    switch (n.op) {
      case Op::Slot: return fmt::format("${}:{}", n.index, n.text);
      case Op::Document: return "doc";
      case Op::Place: return fmt::format("{}:{}", place_kind(pack_.vocabulary[n.index].kind), n.text);
      case Op::Facts: return fmt::format("facts:{}", n.text);
      case Op::Number: return n.number.to_string() + unit_text(n.unit());
      case Op::Text:
        return n.regex == plan::kNoRegex ? quoted(n.text) : fmt::format("{}~#{}", quoted(n.text), n.regex);
      case Op::Bool: return n.boolean ? "true" : "false";
      case Op::List: return fmt::format("[{}]", joined(n.args, 0));
      case Op::Negate: return fmt::format("(- {})", node(n.args[0]));
      case Op::Not: return fmt::format("(not {})", node(n.args[0]));
      case Op::Arith: return fmt::format("({} {})", arith_text(n.arith()), joined(n.args, 0, " "));
      case Op::And: return fmt::format("(and {})", joined(n.args, 0, " "));
      case Op::Or: return fmt::format("(or {})", joined(n.args, 0, " "));
      case Op::Compare:
        return n.args.size() > 2 ? fmt::format("({} {} {} within {})", compare_text(n.compare()), node(n.args[0]),
                                               node(n.args[1]), node(n.args[2]))
                                 : fmt::format("({} {} {})", compare_text(n.compare()), node(n.args[0]),
                                               node(n.args[1]));
      case Op::Match:
        return fmt::format("({} {} {})", n.code ? "!~" : "~", node(n.args[0]), node(n.args[1]));
      case Op::Call: {
        const auto& entry = eval::builtin(static_cast<eval::BuiltinId>(n.code));
        return n.args.empty() ? fmt::format("({})", entry.en)
                              : fmt::format("({} {})", entry.en, joined(n.args, 0, " "));
      }
      case Op::Field: return fmt::format("(field {} {})", field_name(n.index), node(n.args[0]));
      case Op::FactField: return fmt::format("(fact-field {}#{} {})", n.text, n.index, node(n.args[0]));
      case Op::Any:
      case Op::All:
      case Op::First: {
        const char* word = n.op == Op::Any ? "any" : n.op == Op::All ? "all" : "first";
        std::string out = fmt::format("({} ${}:{} in {}", word, n.index, n.text, node(n.args[0]));
        if (n.args.size() > 1) out += " where " + node(n.args[1]);
        return out + ")";
      }
    }
    return "?";
  }

  std::string pack() {
    std::string out = fmt::format("pack {}", pack_.name);
    if (!pack_.version.empty()) out += fmt::format(" version {}", quoted(pack_.version));
    out += fmt::format(": {} files, {} regexes\n", pack_.files.size(), pack_.regexes.size());
    if (pack_.applies) out += fmt::format("applies {}\n", node(*pack_.applies));
    for (uint32_t v = 0; v < pack_.vocabulary.size(); ++v) {
      const auto& e = pack_.vocabulary[v];
      out += fmt::format("{} #{} {}", place_kind(e.kind), v, e.name);
      for (const auto& s : e.selectors) {
        if (s.kind == ast::SelectorKind::Code) out += fmt::format(" code {}", s.code);
        else
          out += fmt::format(" {} ~#{}",
                             s.kind == ast::SelectorKind::Caption   ? "caption"
                             : s.kind == ast::SelectorKind::Columns ? "columns"
                                                                    : "heading",
                             s.regex);
      }
      if (!e.items.empty()) out += fmt::format(" [{} items]", e.items.size());
      if (e.scope) out += fmt::format(" in {}", pack_.vocabulary[*e.scope].name);
      out += "\n";
    }
    for (uint32_t f = 0; f < pack_.facts.size(); ++f) {
      const auto& fact = pack_.facts[f];
      out += fmt::format("fact #{} {}: {} templates; fields", f, fact.name, fact.templates.size());
      // A field read from a repeated part `[…]` is marked "[…]": one value per listed item.
      std::vector<bool> repeated(fact.fields.size(), false);
      for (size_t t = 0; t < fact.templates.size(); ++t) {
        const auto& holes = fact.templates[t].holes();
        for (size_t h = 0; h < holes.size(); ++h)
          if (holes[h].repeated) repeated[fact.hole_fields[t][h]] = true;
      }
      for (uint32_t i = 0; i < fact.fields.size(); ++i)
        out += fmt::format(" {}#{}{}", fact.fields[i].name, i, repeated[i] ? "[…]" : "");
      if (fact.scope) out += fmt::format(" in {}", pack_.vocabulary[*fact.scope].name);
      out += "\n";
    }
    for (const auto& rule : pack_.rules) out += this->rule(rule);
    return out;
  }

 private:
  std::string rule(const Rule& rule) {
    const auto& file = pack_.files[rule.file];
    std::string out = fmt::format("rule {} {} ({}:{}) {} {}, weight {}, {} slots\n", rule.info.id,
                                  quoted(rule.info.title), file.name(), rule.info.location.line,
                                  rule.info.category, to_string(rule.info.severity),
                                  rule.info.weight.to_string(), rule.slots);
    for (const auto& loop : rule.loops) {
      out += fmt::format("  for ${}:{} in {}\n", loop.slot, loop.variable, node(loop.iterable));
      if (loop.filter) out += fmt::format("    where {}\n", node(*loop.filter));
    }
    for (const auto& step : rule.steps) {
      switch (step.kind) {
        case Step::Kind::Let: out += fmt::format("  let ${}:{} = {}\n", step.slot, step.name, node(step.expr)); break;
        case Step::Kind::When: out += fmt::format("  when {}\n", node(step.expr)); break;
        case Step::Kind::Require: out += fmt::format("  require {}\n", node(step.expr)); break;
      }
      if (step.message) out += fmt::format("    else {}\n", message(*step.message));
      if (step.place) out += fmt::format("    at {}\n", node(*step.place));
    }
    return out;
  }

  std::string message(const MessageTemplate& m) {
    std::string out;
    size_t e = 0;
    for (const auto& part : m.parts) {
      if (part.kind == MessagePart::Kind::Text) {
        out += part.text;
      } else {
        const auto& expr = m.expressions[e++];
        out += "{" + (expr ? node(*expr) : std::string("?")) + "}";
      }
    }
    return quoted(out);
  }

  std::string joined(const std::vector<plan::Node>& nodes, size_t from, std::string_view sep = ", ") {
    std::string out;
    for (size_t i = from; i < nodes.size(); ++i) {
      if (i > from) out += sep;
      out += node(nodes[i]);
    }
    return out;
  }

  static std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
      if (c == '"' || c == '\\') out.push_back('\\');
      if (c == '\n') {
        out += "\\n";
        continue;
      }
      out.push_back(c);
    }
    return out + "\"";
  }

  const Pack& pack_;
};

}  // namespace

std::string dump_plan(const Pack& pack) { return Dumper(pack).pack(); }

std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string dump_node(const Pack& pack, const plan::Node& node) { return Dumper(pack).node(node); }

}  // namespace gk::check

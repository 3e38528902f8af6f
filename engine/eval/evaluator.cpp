// Rule outcomes: `for` items, `where` filters, `let`, `when` and `require` in order.
#include "eval/evaluator.h"

#include <fmt/format.h>

#include <algorithm>

#include "check/plan_dump.h"
#include "eval/context.h"

namespace gk::eval {

const char* to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::Pass: return "pass";
    case Outcome::Fail: return "fail";
    case Outcome::NotApplicable: return "not_applicable";
    case Outcome::CannotVerify: return "cannot_verify";
    case Outcome::Error: return "error";
  }
  return "";
}

const char* to_chinese(Outcome outcome) {
  switch (outcome) {
    case Outcome::Pass: return "通过";
    case Outcome::Fail: return "不通过";
    case Outcome::NotApplicable: return "不适用";
    case Outcome::CannotVerify: return "无法核实";
    case Outcome::Error: return "出错";
  }
  return "";
}

Outcome roll_up(const std::vector<ItemResult>& items) {
  bool fail = false, cannot = false, pass = false;
  for (const auto& i : items) {
    if (i.outcome == Outcome::Error) return Outcome::Error;
    fail = fail || i.outcome == Outcome::Fail;
    cannot = cannot || i.outcome == Outcome::CannotVerify;
    pass = pass || i.outcome == Outcome::Pass;
  }
  if (fail) return Outcome::Fail;
  if (cannot) return Outcome::CannotVerify;
  return pass ? Outcome::Pass : Outcome::NotApplicable;
}

namespace {

class RuleRunner {
 public:
  RuleRunner(Context& context, const check::Rule& rule, const check::Pack& pack, const EvalOptions& options)
      : ctx_(context), rule_(rule), source_(pack.files[rule.file]), trace_(options.trace),
        observer_(options.steps) {}

  std::vector<ItemResult> run() {
    std::vector<ItemResult> items;
    // The trace shows every step as it runs, so nothing is remembered under --why.
    ctx_.start_rule(rule_.slots, !trace_ && !rule_.loops.empty());
    if (trace_) trace_places();
    std::vector<const Value*> chosen;
    run_loop(0, chosen, items);
    return items;
  }

 private:
  /// The items of loop `depth` (each nested in the one before); at the innermost level,
  /// the steps for the items chosen.
  void run_loop(size_t depth, std::vector<const Value*>& chosen, std::vector<ItemResult>& items) {
    if (depth == rule_.loops.size()) {
      items.push_back(guarded(chosen));
      return;
    }
    const check::Loop& loop = rule_.loops[depth];
    Value scratch;
    const Value* list = nullptr;  // where it is kept (a list of the document's parts), or scratch
    try {
      list = &ctx_.eval_ref(loop.iterable, scratch);
    } catch (const RuleError& e) {
      items.push_back(ItemResult{Outcome::Error, "", e.message, {}, {}});
      return;
    }
    const Value& iterable = *list;
    if (trace_) note(TraceEvent::Kind::Loop, depth, fmt::format("for {} in {}", loop.variable, written(loop.iterable)),
         iterable.is_missing() ? iterable.text : fmt::format("{} 项", iterable.items.size()), {});
    if (iterable.is_missing() && iterable.absent) return;  // its table or section is not there
    if (iterable.is_missing()) {
      items.push_back(ItemResult{Outcome::CannotVerify, "", iterable.text, {}, {}});
      return;
    }
    for (const Value& item : iterable.items) {
      ctx_.bind_ref(loop.slot, item);
      chosen.push_back(&item);
      if (trace_) note(TraceEvent::Kind::Item, depth + 1, loop.variable, ctx_.show(item), where(item));
      bool keep = true;
      if (loop.filter) {
        try {
          const Value v = ctx_.eval(*loop.filter);
          if (trace_) note(TraceEvent::Kind::Filter, depth + 1, "where " + written(*loop.filter), shown(v), where(v));
          keep = !v.is_missing() && ctx_.truth(v);
          if (v.is_missing()) items.push_back(placed(unverified(v), chosen));
        } catch (const RuleError& e) {
          items.push_back(placed(ItemResult{Outcome::Error, "", e.message, {}, {}}, chosen));
          keep = false;
        }
      }
      if (keep) run_loop(depth + 1, chosen, items);
      chosen.pop_back();
    }
  }

  ItemResult guarded(const std::vector<const Value*>& chosen) {
    ItemResult result;
    depth_ = static_cast<uint32_t>(chosen.size()) + 1;
    try {
      result = steps();
    } catch (const RuleError& e) {
      result.outcome = Outcome::Error;
      result.message = e.message;
    }
    if (trace_) note(TraceEvent::Kind::Outcome, depth_, to_chinese(result.outcome), result.message, {});
    return placed(std::move(result), chosen);
  }

  /// The result named by the items chosen ("公务接待费", "表 / 行") and placed: at its
  /// evidence, or at the innermost item.
  ItemResult placed(ItemResult result, const std::vector<const Value*>& chosen) {
    const Value* item = chosen.empty() ? nullptr : chosen.back();
    for (const Value* v : chosen) {
      try {
        if (!result.item.empty()) result.item += " / ";
        result.item += ctx_.show(*v);
      } catch (const RuleError&) {
      }
    }
    if (item) {
      if (result.evidence.empty() && result.outcome != Outcome::Pass) result.evidence = item->evidence;
      // A section, table, row or TOC entry item is the place; a fact or breakdown is the
      // place only when no evidence points at the figure in question.
      if (result.location.empty() && !item_is_figure_source(*item)) result.location = ctx_.location_of(*item);
    }
    if (result.location.empty() && !result.evidence.empty()) result.location = result.evidence.front().span;
    if (result.location.empty() && item) result.location = ctx_.location_of(*item);
    return result;
  }

  static bool item_is_figure_source(const Value& v) {
    return v.kind == Value::Kind::Fact || v.kind == Value::Kind::Breakdown || v.kind == Value::Kind::Share;
  }

  ItemResult steps() {
    ItemResult result;
    std::vector<EvidenceList> context;  // what the `when` conditions looked at
    for (size_t index = 0; index < rule_.steps.size(); ++index) {
      const check::Step& step = rule_.steps[index];
      switch (step.kind) {
        case check::Step::Kind::Let: {
          // Worked out when first read: the item a `when` turns away never needs it.
          ctx_.bind_later(step.slot, step.expr);
          if (trace_) trace_let(step);
          break;
        }
        case check::Step::Kind::When: {
          const Value v = ctx_.eval(step.expr);
          if (trace_) note(TraceEvent::Kind::When, depth_, "when " + step.written, compared(step.expr, v), where(v));
          if (v.is_missing()) return unverified(v);
          if (observer_) observer_->step(rule_, index, ctx_.truth(v));
          if (!ctx_.truth(v)) {
            result.outcome = Outcome::NotApplicable;
            result.message = "条件不成立：when " + step.written;  // why it did not apply
            return result;
          }
          if (!v.evidence.empty()) context.push_back(v.evidence);
          break;
        }
        case check::Step::Kind::Require: {
          const Value v = ctx_.eval(step.expr);
          if (trace_) note(TraceEvent::Kind::Require, depth_, "require " + step.written, compared(step.expr, v), where(v));
          if (v.is_missing()) return unverified(v);
          if (observer_) observer_->step(rule_, index, ctx_.truth(v));
          if (!ctx_.truth(v)) {
            result.outcome = Outcome::Fail;
            result.message = format_message(step.message.get());
            if (!v.evidence.empty()) result.evidence = v.evidence;
            else for (const EvidenceList& seen : context) result.evidence.append(seen);
            if (step.place) place_at(*step.place, result);
            return result;
          }
          break;
        }
      }
    }
    result.outcome = Outcome::Pass;
    return result;
  }

  /// `require … at PLACE`: the failure is shown where PLACE was read from, and PLACE joins
  /// its evidence. A place the document lacks (or that cannot be read) leaves the default.
  void place_at(const plan::Node& place, ItemResult& result) {
    try {
      const Value v = ctx_.eval(place);
      if (v.is_missing()) return;
      Span at = ctx_.location_of(v);
      if (at.empty() && !v.evidence.empty()) at = v.evidence.front().span;
      if (trace_) note(TraceEvent::Kind::At, depth_, "at " + written(place), shown(v), at);
      if (at.empty()) return;
      result.location = at;
      for (const Evidence& e : v.evidence) {
        const bool known = std::any_of(result.evidence.begin(), result.evidence.end(),
                                       [&](const Evidence& old) { return old.span == e.span; });
        if (!known) result.evidence.push_back(e);
      }
    } catch (const RuleError&) {
    }
  }

  ItemResult unverified(const Value& missing) {
    ItemResult result;
    result.outcome = Outcome::CannotVerify;
    result.message = missing.text;
    result.evidence = missing.evidence;
    return result;
  }

  std::string format_message(const check::MessageTemplate* message) {
    if (!message) return rule_.info.title;
    std::string out;
    size_t expression = 0;
    for (const auto& part : message->parts) {
      if (part.kind == MessagePart::Kind::Text) {
        out += part.text;
        continue;
      }
      const auto& expr = message->expressions[expression++];
      try {
        out += expr ? ctx_.show(ctx_.eval(*expr)) : part.text;
      } catch (const RuleError&) {
        out += "{" + part.text + "}";
      }
    }
    return out;
  }

  // ---- the trace (--why); nothing is recorded without one

  /// A traced `let` shows its value where it is written, worked out there; an error it
  /// raises is shown and raised again only where the value is read, as without a trace.
  void trace_let(const check::Step& step) {
    const std::string what = fmt::format("let {} = {}", step.name, step.written);
    try {
      const Value& v = ctx_.variable(step.slot);
      note(TraceEvent::Kind::Let, depth_, what, shown(v), where(v));
    } catch (const RuleError& e) {
      note(TraceEvent::Kind::Let, depth_, what, "出错：" + e.message, {});
    }
  }

  void note(TraceEvent::Kind kind, uint32_t depth, std::string what, std::string value, Span at) {
    if (trace_) trace_->events.push_back({kind, depth, std::move(what), std::move(value), at});
  }
  /// An expression as the rule file writes it (spaces and line breaks collapsed).
  std::string written(const plan::Node& node) const { return check::one_line(source_.slice(node.span)); }
  std::string shown(const Value& v) const {
    if (v.is_missing()) return "无法核实：" + v.text;
    try {
      return ctx_.show(v);
    } catch (const RuleError& e) {
      return e.message;
    }
  }
  /// A condition's value; for a comparison, with the two sides: 否（726.87% 对 7268.75%）.
  std::string compared(const plan::Node& condition, const Value& v) {
    std::string out = shown(v);
    if (condition.op != plan::Op::Compare || v.is_missing()) return out;
    try {
      return fmt::format("{}（{} 对 {}）", out, shown(ctx_.eval(condition.args[0])), shown(ctx_.eval(condition.args[1])));
    } catch (const RuleError&) {
      return out;
    }
  }
  Span where(const Value& v) const {
    if (!v.evidence.empty()) return v.evidence.front().span;
    return ctx_.location_of(v);
  }
  /// What each part, section, table and fact the rule reads matched in the document.
  void trace_places() {
    std::vector<uint32_t> places, facts;
    check::Pack::for_each_plan(rule_, [&](const plan::Node& root) {
      plan::for_each_node(root, [&](const plan::Node& n) {
        auto& seen = n.op == plan::Op::Place ? places : facts;
        if ((n.op == plan::Op::Place || n.op == plan::Op::Facts) &&
            std::find(seen.begin(), seen.end(), n.index) == seen.end())
          seen.push_back(n.index);
      });
    });
    for (uint32_t p : places) {
      const Value v = ctx_.place(p);
      if (v.kind == Value::Kind::List) {
        note(TraceEvent::Kind::Place, 0, v.text.empty() ? ctx_.pack().vocabulary[p].name : v.text,
             fmt::format("列表，{} 项", v.items.size()), {});
        continue;
      }
      note(TraceEvent::Kind::Place, 0, ctx_.pack().vocabulary[p].name,
           v.ids.empty() ? "未找到" : fmt::format("找到 {} 处", v.ids.size()), {});
      for (uint32_t id : v.ids)
        note(TraceEvent::Kind::Place, 1, "", ctx_.show(Value::of_ids(v.kind, {id})),
             ctx_.location_of(Value::of_ids(v.kind, {id})));
    }
    for (uint32_t f : facts) {
      try {
        const auto& found = ctx_.facts(f);
        // A template with a repeated part reads one fact per listed item, not per sentence.
        const auto& templates = ctx_.pack().facts[f].templates;
        const bool items = std::any_of(templates.begin(), templates.end(),
                                       [](const FactTemplate& t) { return t.repeats(); });
        note(TraceEvent::Kind::Fact, 0, ctx_.pack().facts[f].name,
             fmt::format("读到 {} {}", found.size(), items ? "项" : "句"), {});
        for (const auto& instance : found) note(TraceEvent::Kind::Fact, 1, "", instance.item_text, instance.item_span);
      } catch (const RuleError& e) {
        note(TraceEvent::Kind::Fact, 0, ctx_.pack().facts[f].name, e.message, {});
      }
    }
  }

  Context& ctx_;
  const check::Rule& rule_;
  const SourceText& source_;
  Trace* trace_ = nullptr;
  StepObserver* observer_ = nullptr;
  uint32_t depth_ = 1;
};

}  // namespace

PackResult evaluate(const check::Pack& pack, const doc::Document& document,
                    const EvalOptions& options) {
  Context ctx(pack, document, options.snippet);
  PackResult result;
  result.pack = &pack;
  result.scope = &document;
  if (!options.snippet && pack.applies) {
    try {
      const Value v = ctx.eval(*pack.applies);
      result.applies = ctx.truth(v);
    } catch (const RuleError&) {
      result.applies = false;
    }
  }
  for (const auto& rule : pack.rules) {
    if (options.only_rule && rule.info.id != *options.only_rule) continue;
    RuleResult r;
    r.rule = &rule;
    if (result.applies) {
      r.items = RuleRunner(ctx, rule, pack, options).run();
      r.outcome = roll_up(r.items);
    }
    result.rules.push_back(std::move(r));
  }
  return result;
}

bool checks_kind(const check::Pack& pack, const doc::Document& document, bool appended) {
  if (pack.kinds.empty()) return !appended;
  for (const auto& kind : pack.kinds) {
    if (kind == doc::to_chinese(document.kind)) return true;
  }
  return false;
}

std::vector<PackResult> evaluate_file(const std::vector<const check::Pack*>& packs,
                                      const doc::Document& document) {
  std::vector<PackResult> results;
  auto run = [&](const doc::Document& scope, bool appended) {
    for (const check::Pack* pack : packs) {
      if (checks_kind(*pack, scope, appended)) results.push_back(evaluate(*pack, scope));
    }
  };
  run(document, false);
  for (const auto& report : document.appended) run(report, true);
  return results;
}

}  // namespace gk::eval

// Rule outcomes: `for` items, `where` filters, `let`, `when` and `require` in order.
#include "eval/evaluator.h"

#include <fmt/format.h>

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
  RuleRunner(Context& context, const check::Rule& rule, StepObserver* observer)
      : ctx_(context), rule_(rule), observer_(observer) {}

  std::vector<ItemResult> run() {
    std::vector<ItemResult> items;
    ctx_.clear_locals();
    const auto& decl = *rule_.decl;
    if (!decl.for_clause) {
      items.push_back(guarded(nullptr));
      return items;
    }
    Value iterable;
    try {
      iterable = ctx_.eval(*decl.for_clause->iterable);
    } catch (const RuleError& e) {
      items.push_back(ItemResult{Outcome::Error, "", e.message, {}, {}});
      return items;
    }
    if (iterable.is_missing()) {
      items.push_back(ItemResult{Outcome::CannotVerify, "", iterable.text, {}, {}});
      return items;
    }
    for (const Value& item : iterable.items) {
      ctx_.clear_locals();
      ctx_.bind(decl.for_clause->variable.text, item);
      items.push_back(guarded(&item));
      if (items.back().outcome == Outcome::NotApplicable && skipped_) items.pop_back();
    }
    return items;
  }

 private:
  ItemResult guarded(const Value* item) {
    skipped_ = false;
    ItemResult result;
    try {
      result = steps();
    } catch (const RuleError& e) {
      result.outcome = Outcome::Error;
      result.message = e.message;
    }
    if (item) {
      try {
        result.item = ctx_.show(*item);
      } catch (const RuleError&) {
      }
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
    const auto& decl = *rule_.decl;
    ItemResult result;
    if (decl.for_clause && decl.for_clause->filter) {
      const Value keep = ctx_.eval(*decl.for_clause->filter);
      if (keep.is_missing()) return unverified(keep);
      if (!ctx_.truth(keep)) {
        skipped_ = true;
        result.outcome = Outcome::NotApplicable;
        return result;
      }
    }
    size_t require_index = 0;
    std::vector<Evidence> context;  // what the `when` conditions looked at
    for (size_t index = 0; index < decl.steps.size(); ++index) {
      const auto& step = decl.steps[index];
      if (const auto* let = std::get_if<ast::LetStep>(&step.step)) {
        ctx_.bind(let->name.text, ctx_.eval(*let->value));
      } else if (const auto* when = std::get_if<ast::WhenStep>(&step.step)) {
        const Value v = ctx_.eval(*when->condition);
        if (v.is_missing()) return unverified(v);
        const bool held = ctx_.truth(v);
        if (observer_) observer_->step(rule_, index, held);
        if (!held) {
          result.outcome = Outcome::NotApplicable;
          return result;
        }
        context.insert(context.end(), v.evidence.begin(), v.evidence.end());
      } else if (const auto* require = std::get_if<ast::RequireStep>(&step.step)) {
        const Value v = ctx_.eval(*require->condition);
        const auto* message = rule_.messages[require_index++].get();
        if (v.is_missing()) return unverified(v);
        const bool held = ctx_.truth(v);
        if (observer_) observer_->step(rule_, index, held);
        if (!held) {
          result.outcome = Outcome::Fail;
          result.message = format_message(message);
          result.evidence = v.evidence.empty() ? context : v.evidence;
          return result;
        }
      }
    }
    result.outcome = Outcome::Pass;
    return result;
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

  Context& ctx_;
  const check::Rule& rule_;
  StepObserver* observer_;
  bool skipped_ = false;
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
      r.items = RuleRunner(ctx, rule, options.steps).run();
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

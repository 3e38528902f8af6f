// The built-ins on the narrative: text, name, mentions, amount(s), percentage, quantity,
// sections, sentences, find_heading, breakdowns, shares, numbered, capture.
#include <algorithm>

#include <fmt/format.h>
#include <unicode/regex.h>

#include "base/unicode.h"
#include "check/pack.h"
#include "document/numbered_items.h"
#include "eval/builtins_internal.h"

namespace gk::eval::builtin_fns {
namespace {

using VK = Value::Kind;

Value not_found(const Context& cx, const Value& v) {
  std::string why = fmt::format("未找到“{}”", cx.show(v));
  // A section the document lacks is not there; a scope of another kind is merely missing.
  return v.found_nothing() ? Value::not_there(std::move(why)) : Value::missing(std::move(why));
}

/// amount(), amounts(), percentage(), quantity(): figures of one kind in a scope whose label
/// matches the optional pattern; the first one, or all for amounts().
Value narrative_figures(Call& call, doc::QuantityKind kind, bool all, const char* what) {
  Context& cx = call.context;
  const auto& args = call.args;
  if (args[0].is_missing()) return args[0];
  std::vector<uint32_t> roots;  // one scope, or each section of a list
  if (args[0].kind == VK::List) {
    for (const auto& s : args[0].items)
      if (auto r = cx.scope_root(s)) roots.push_back(*r);
  } else if (auto r = cx.scope_root(args[0])) {
    roots.push_back(*r);
  } else {
    return not_found(cx, args[0]);
  }
  auto in_scope = [&](uint32_t section) {
    return std::any_of(roots.begin(), roots.end(), [&](uint32_t r) { return cx.within(section, r); });
  };
  const doc::Document& doc = cx.doc();
  std::vector<Value> found;
  for (uint32_t a = 0; a < doc.amounts.size(); ++a) {
    const auto& amount = doc.amounts[a];
    if (amount.quantity.kind != kind) continue;
    if (!in_scope(cx.section_of_sentence(amount.sentence))) continue;
    if (!call.matches(1, amount.label)) continue;
    found.push_back(cx.amount_value(a));
    if (!all) return found.front();
  }
  if (all) return Value::list(std::move(found));
  return Value::missing(args.size() > 1
                            ? fmt::format("在“{}”中未找到“{}”的{}", cx.show(args[0]), cx.show(args[1]), what)
                            : fmt::format("在“{}”中未找到{}", cx.show(args[0]), what));
}

/// The root section of a scope argument, or the Missing to return.
std::variant<uint32_t, Value> root_of(Context& cx, const Value& scope) {
  if (scope.is_missing()) return scope;
  const auto root = cx.scope_root(scope);
  if (!root) return not_found(cx, scope);
  return *root;
}

}  // namespace

Value text(Call& call) {
  Context& cx = call.context;
  if (auto m = missing_in(cx, call.args[0])) return *m;
  const doc::Document& doc = cx.doc();
  const Value& v = call.args[0];
  std::string text;
  if (v.kind == VK::Fact) {
    const auto& f = cx.fact_instance(v);
    return Value::of_text(f.text, Evidence{f.span, "", "", ""});
  }
  if (v.kind == VK::Row) {
    const auto& row = doc.tables[v.ids[0]].rows[v.ids[1]];
    text = row.label;
    for (const auto& c : row.cells) text += " " + c.text;
    return Value::of_text(text, Evidence{row.span, row.label, "", ""});
  }
  if (v.kind == VK::Table) {
    const auto& t = doc.tables[v.primary()];
    text = t.title;
    for (const auto& n : t.notes) text += "\n" + n.text;
    return Value::of_text(text, Evidence{t.title_span, t.title, "", ""});
  }
  const uint32_t root = v.kind == VK::Document ? 0 : v.primary();
  for (uint32_t s = root; s < cx.subtree_end(root); ++s) {
    if (s != root) text += doc.sections[s].title + "\n";
    for (uint32_t p : doc.sections[s].paragraphs) text += doc.paragraphs[p].text + "\n";
  }
  Value result = Value::of_text(std::move(text));
  if (root != 0) result.evidence = cx.heading_evidence_list(root);
  return result;
}

Value name(Call& call) {
  const Value& v = call.args[0];
  if (v.is_missing()) return v;
  if (v.kind == VK::Figure && v.evidence.size() == 1 && !v.evidence.front().label.empty())
    return Value::of_text(v.evidence.front().label, v.evidence);  // the document's own words
  return Value::of_text(call.context.show(v), v.evidence);
}

Value mentions(Call& call) {
  Context& cx = call.context;
  const auto& args = call.args;
  auto all_match = [&](std::string_view text) {
    for (size_t i = 1; i < args.size(); ++i)
      if (!call.matches(i, text)) return false;
    return true;
  };
  if (args[0].kind == VK::Text) {
    if (!all_match(cx.normalized(args[0].text))) return Value::of_bool(false);
    Value v = Value::of_bool(true);
    v.evidence = args[0].evidence;
    return v;
  }
  auto root = root_of(cx, args[0]);
  if (auto* m = std::get_if<Value>(&root)) return *m;
  const uint32_t r = std::get<uint32_t>(root);
  const doc::Document& doc = cx.doc();
  for (uint32_t s = r + 1; s < cx.subtree_end(r); ++s) {  // run-in headings count
    if (!all_match(doc.sections[s].title)) continue;
    Value v = Value::of_bool(true);
    v.evidence = cx.heading_evidence_list(s);
    return v;
  }
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    if (!cx.within(cx.section_of_sentence(i), r)) continue;
    const auto& sentence = doc.sentences[i];
    if (!all_match(sentence.text)) continue;
    Value v = Value::of_bool(true);
    v.evidence = Evidence{sentence.span, "", "", ""};
    return v;
  }
  return Value::of_bool(false);
}

Value amount(Call& call) { return narrative_figures(call, doc::QuantityKind::Amount, false, "金额"); }
Value amounts(Call& call) { return narrative_figures(call, doc::QuantityKind::Amount, true, "金额"); }
Value percentage(Call& call) {
  return narrative_figures(call, doc::QuantityKind::Percentage, false, "百分比");
}
Value quantity(Call& call) { return narrative_figures(call, doc::QuantityKind::Count, false, "数量"); }

Value sections(Call& call) {
  Context& cx = call.context;
  auto root = root_of(cx, optional_scope(call));
  if (auto* m = std::get_if<Value>(&root)) return *m;
  const uint32_t r = std::get<uint32_t>(root);
  std::vector<Value> out;
  for (uint32_t s = r + 1; s < cx.subtree_end(r); ++s) out.push_back(Value::of_ids(VK::Section, {s}));
  return Value::list(std::move(out));
}

Value sentences(Call& call) {
  Context& cx = call.context;
  auto root = root_of(cx, call.args[0]);
  if (auto* m = std::get_if<Value>(&root)) return *m;
  const uint32_t r = std::get<uint32_t>(root);
  const doc::Document& doc = cx.doc();
  std::vector<Value> out;
  for (uint32_t i = 0; i < doc.sentences.size(); ++i)
    if (cx.within(cx.section_of_sentence(i), r))
      out.push_back(Value::of_text(doc.sentences[i].text, Evidence{doc.sentences[i].span, "", "", ""}));
  return Value::list(std::move(out));
}

Value heading(Call& call) {
  const Value& title = call.args[0];
  if (title.is_missing()) return title;
  Value v = Value::of_ids(VK::Section, {});
  v.text = title.text;
  if (const auto section = call.context.section_titled(title.text)) v.ids.push_back(*section);
  return v;
}

namespace {

Value breakdown_items(Call& call, bool parts) {
  Context& cx = call.context;
  auto root = root_of(cx, call.args[0]);
  if (auto* m = std::get_if<Value>(&root)) return *m;
  const uint32_t r = std::get<uint32_t>(root);
  const doc::Document& doc = cx.doc();
  std::vector<Value> out;
  for (uint32_t b = 0; b < doc.breakdowns.size(); ++b) {
    if (!cx.within(doc.breakdowns[b].section, r)) continue;
    if (!parts) {
      out.push_back(Value::of_ids(VK::Breakdown, {b}));
      continue;
    }
    for (uint32_t i = 0; i < doc.breakdowns[b].parts.size(); ++i)
      out.push_back(Value::of_ids(VK::Share, {b, i}));
  }
  return Value::list(std::move(out));
}

}  // namespace

Value breakdowns(Call& call) { return breakdown_items(call, false); }
Value shares(Call& call) { return breakdown_items(call, true); }

Value numbered(Call& call) {
  Context& cx = call.context;
  auto root = root_of(cx, optional_scope(call));
  if (auto* m = std::get_if<Value>(&root)) return *m;
  const uint32_t r = std::get<uint32_t>(root);
  const doc::Document& doc = cx.doc();
  std::vector<Value> out;
  for (const auto& item : doc::numbered_items(doc)) {
    const uint32_t section = item.heading ? item.index : doc.paragraphs[item.index].section;
    if (!cx.within(section, r) || (item.heading && item.index == r)) continue;
    Value v = Value::of_ids(VK::Item, {item.heading ? 1u : 0u, item.index,
                                       static_cast<uint32_t>(item.numbering.value),
                                       static_cast<uint32_t>(item.expected),
                                       static_cast<uint32_t>(item.numbering.style)});
    v.text = item.title;
    v.evidence = Evidence{item.span, item.title, "", ""};
    out.push_back(std::move(v));
  }
  return Value::list(std::move(out));
}

Value capture(Call& call) {
  Context& cx = call.context;
  const Value& subject = call.args[0];
  if (subject.is_missing()) return subject;
  const std::string text = unicode::nfkc(subject.text);
  const auto found = cx.capture(call.node.args[1], call.args[1], text);
  if (!found)
    return Value::missing(fmt::format("“{}”中没有符合“{}”的文字", subject.text, call.args[1].text));
  return Value::of_text(*found, subject.evidence);
}

}  // namespace gk::eval::builtin_fns

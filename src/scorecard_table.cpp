#include "scorecard_table.h"

#include <algorithm>

#include <fmt/format.h>

namespace gk::cli {

const char* to_string(RowStatus status) {
  switch (status) {
    case RowStatus::Scored: return "scored";
    case RowStatus::PackNotApplies: return "pack_not_applicable";
    case RowStatus::NoCountedRules: return "no_counted_rules";
    case RowStatus::NoPack: return "no_pack";
    case RowStatus::Unreadable: return "unreadable";
  }
  return "";
}

const char* to_chinese(RowStatus status) {
  switch (status) {
    case RowStatus::Scored: return "已评分";
    case RowStatus::PackNotApplies: return "不适用";
    case RowStatus::NoCountedRules: return "无可评分的规则";
    case RowStatus::NoPack: return "无规则包适用";
    case RowStatus::Unreadable: return "无法读取";
  }
  return "";
}

std::string row_label(const ScoreRow& row) {
  return row.scope == 0 ? row.file : fmt::format("{} 附件{}", row.file, row.scope);
}

ScorecardTable::ScorecardTable(const std::vector<const check::Pack*>& packs) {
  auto add_category = [&](const std::string& c) {
    if (std::find(categories_.begin(), categories_.end(), c) == categories_.end()) categories_.push_back(c);
  };
  for (const auto* pack : packs) {
    for (const auto& w : pack->score) add_category(w.category);
    for (const auto& rule : pack->rules) {
      if (pack->score.empty()) add_category(rule.info.category);
      rules_.push_back(RuleTally{&rule, pack->name, 0, 0, 0, 0});
    }
  }
}

void ScorecardTable::add(const CheckedFile& file) {
  ++files_;
  if (file.unreadable) {
    ++unreadable_;
    ScoreRow row;
    row.file = file.file;
    row.status = RowStatus::Unreadable;
    row.message = file.unreadable->message;
    row.categories.resize(categories_.size());
    rows_.push_back(std::move(row));
    return;
  }
  const doc::Document& main = *file.document;
  for (size_t k = 0; k <= main.appended.size(); ++k) {
    const doc::Document& scope = k == 0 ? main : main.appended[k - 1];
    ScoreRow base;
    base.file = file.file;
    base.scope = k;
    base.scope_title = scope.title;
    base.department = file.department;
    base.year = scope.year ? scope.year : main.year;
    base.kind = doc::to_chinese(scope.kind);
    base.categories.resize(categories_.size());
    bool any = false;
    for (const auto& card : file.scores) {
      if (card.scope != &scope) continue;
      any = true;
      ScoreRow row = base;
      row.pack = card.pack->name;
      row.version = card.pack->version;
      row.status = card.unscored == eval::Unscored::PackNotApplies   ? RowStatus::PackNotApplies
                   : card.unscored == eval::Unscored::NoCountedRules ? RowStatus::NoCountedRules
                                                                     : RowStatus::Scored;
      row.score = card.shown_score();
      row.grade = card.grade;
      row.findings = card.findings;
      for (const auto& c : card.categories) {
        const auto at = std::find(categories_.begin(), categories_.end(), c.category);
        if (at != categories_.end() && c.score) row.categories[at - categories_.begin()] = eval::shown(*c.score);
      }
      for (const auto& credit : card.rules) {
        for (auto& tally : rules_) {
          if (tally.rule != credit.rule) continue;
          tally.failing += credit.outcome == eval::Outcome::Fail;
          tally.cannot_verify += credit.outcome == eval::Outcome::CannotVerify;
          tally.errors += credit.outcome == eval::Outcome::Error;
          tally.counted += credit.credit.has_value();
        }
      }
      rows_.push_back(std::move(row));
    }
    if (!any) {
      base.status = RowStatus::NoPack;
      rows_.push_back(std::move(base));
    }
  }
}

std::vector<const RuleTally*> ScorecardTable::most_failed() const {
  std::vector<const RuleTally*> out;
  for (const auto& t : rules_)
    if (t.failing + t.cannot_verify + t.errors > 0) out.push_back(&t);
  std::stable_sort(out.begin(), out.end(), [](const RuleTally* a, const RuleTally* b) {
    if (a->failing != b->failing) return a->failing > b->failing;
    return a->errors + a->cannot_verify > b->errors + b->cannot_verify;
  });
  return out;
}

}  // namespace gk::cli

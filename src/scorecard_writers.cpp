// The scorecard of a batch (scorecard_table.h) as an aligned text table for the terminal, as
// JSON (gongkai.scorecard/1, docs/scorecard-json.md) and as CSV (one row per document × pack).
#include <fmt/format.h>

#include "csv.h"
#include "json_writer.h"
#include "scorecard_table.h"
#include "text_table.h"
#include "writers.h"

namespace gk::cli {
namespace {

std::string shown(const std::optional<Decimal>& d) { return d ? d->to_string() : ""; }
const char* status_text(RowStatus status, bool zh) {
  if (zh) return to_chinese(status);
  switch (status) {
    case RowStatus::Scored: return "scored";
    case RowStatus::PackNotApplies: return "not applicable";
    case RowStatus::NoCountedRules: return "no rule counted";
    case RowStatus::NoPack: return "no pack applies";
    case RowStatus::Unreadable: return "unreadable";
  }
  return "";
}

std::string year_text(const std::optional<int>& y) { return y ? std::to_string(*y) : ""; }

/// The ANSI colour of a grade: the first band green, the last red, others yellow.
const char* grade_color(const ScoreRow& row, const std::vector<const check::Pack*>& packs) {
  if (row.status != RowStatus::Scored) return "2";
  for (const auto* p : packs) {
    if (p->name != row.pack || p->grades.empty()) continue;
    if (row.grade == p->grades.front().name) return "1;32";
    if (row.grade == p->grades.back().name) return "1;31";
    return "33";
  }
  return nullptr;
}

/// Batches pass through a ScorecardTable; the writers render it at the end.
class ScorecardWriter : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin(const RunInfo& info) override {
    ReportWriter::begin(info);
    table_ = std::make_unique<ScorecardTable>(info.packs);
  }
  void add(const CheckedFile& file) override { table_->add(file); }

 protected:
  std::unique_ptr<ScorecardTable> table_;
};

class ScorecardText : public ScorecardWriter {
 public:
  using ScorecardWriter::ScorecardWriter;
  void end() override {
    const bool zh = run().lang == Language::Zh;
    const auto& t = *table_;
    std::vector<std::string> head = zh ? std::vector<std::string>{"文件", "部门", "年度", "类型", "规则包", "得分", "等级"}
                                       : std::vector<std::string>{"file", "department", "year", "kind", "pack", "score", "grade"};
    std::vector<bool> right = {false, false, false, false, false, true, false};
    for (const auto& c : t.categories()) head.push_back(c), right.push_back(true);
    for (auto h : zh ? std::vector<std::string>{"错误", "警告", "提示", "无法核实"}
                     : std::vector<std::string>{"errors", "warnings", "infos", "cannot verify"})
      head.push_back(h), right.push_back(true);
    TextTable rows(head, right);
    for (const auto& r : t.rows()) {
      const char* color = grade_color(r, run().packs);
      std::vector<TextTable::Cell> cells = {{row_label(r)}, {r.department.empty() ? "-" : r.department},
                                            {year_text(r.year)}, {r.kind}, {r.pack.empty() ? "-" : r.pack},
                                            {r.score ? shown(r.score) : "-", color},
                                            {r.status == RowStatus::Scored ? r.grade : status_text(r.status, zh), color}};
      for (const auto& c : r.categories) cells.push_back({c ? shown(c) : "-"});
      const bool counts = r.status != RowStatus::Unreadable && r.status != RowStatus::NoPack;
      auto count = [&](size_t n, const char* nonzero) {
        cells.push_back({counts ? std::to_string(n) : "-", counts && n ? nonzero : nullptr});
      };
      count(r.findings.errors, "31");
      count(r.findings.warnings, "33");
      count(r.findings.infos, nullptr);
      count(r.findings.cannot_verify, nullptr);
      rows.add(std::move(cells));
    }
    std::string out = rows.render(run().color);
    out += zh ? "\n各规则不通过的文档数（按不通过数排列）：\n" : "\nDocuments failing each rule (most first):\n";
    TextTable rules(zh ? std::vector<std::string>{"规则", "标题", "规则包", "类别", "不通过", "无法核实", "出错", "计分"}
                       : std::vector<std::string>{"rule", "title", "pack", "category", "failing", "cannot verify", "error", "scored"},
                    {false, false, false, false, true, true, true, true});
    for (const auto* r : t.most_failed()) {
      rules.add({{r->rule->info.id}, {r->rule->info.title}, {r->pack}, {r->rule->info.category},
                 {std::to_string(r->failing), r->failing ? "31" : nullptr}, {std::to_string(r->cannot_verify)},
                 {std::to_string(r->errors)}, {std::to_string(r->counted)}});
    }
    out += t.most_failed().empty() ? (zh ? "（没有）\n" : "(none)\n") : rules.render(run().color);
    out += closing_line(zh);
    write(out);
  }

 private:
  std::string closing_line(bool zh) const {
    size_t scored = 0, unscored = 0;
    for (const auto& r : table_->rows()) {
      if (r.status == RowStatus::Scored) ++scored;
      else if (r.status != RowStatus::Unreadable) ++unscored;
    }
    return zh ? fmt::format("\n共 {} 个文件：评分 {} 项，未评分 {} 项，无法读取 {} 个\n", table_->files(), scored, unscored,
                            table_->unreadable())
              : fmt::format("\n{} files: {} scored, {} not scored, {} unreadable\n", table_->files(), scored, unscored,
                            table_->unreadable());
  }
};

class ScorecardJson : public ScorecardWriter {
 public:
  using ScorecardWriter::ScorecardWriter;
  void end() override {
    const auto& t = *table_;
    JsonWriter json;
    json.begin_object();
    json.key("schema").string("gongkai.scorecard/1");
    json.key("packs").begin_array();
    for (const auto* p : run().packs) {
      json.begin_object();
      json.key("name").string(p->name);
      json.key("version").string(p->version);
      json.key("title").string(p->title);
      json.key("score").begin_array();
      for (const auto& w : p->score) {
        json.begin_object().key("category").string(w.category);
        json.key("weight").number(w.weight.to_string());
        json.end_object();
      }
      json.end_array();
      json.key("grades").begin_array();
      for (const auto& g : p->grades) {
        json.begin_object().key("grade").string(g.name);
        json.key("minimum");
        if (g.minimum) json.number(g.minimum->to_string());
        else json.null();
        json.end_object();
      }
      json.end_array();
      json.end_object();
    }
    json.end_array();
    json.key("categories").begin_array();
    for (const auto& c : t.categories()) json.string(c);
    json.end_array();
    json.key("documents").begin_array();
    for (const auto& r : t.rows()) write_row(json, r, t.categories());
    json.end_array();
    json.key("rules").begin_array();
    for (const auto& r : t.rules()) {
      const auto& info = r.rule->info;
      json.begin_object();
      json.key("pack").string(r.pack);
      json.key("rule").string(info.id);
      json.key("title").string(info.title);
      json.key("category").string(info.category);
      json.key("severity").string(check::to_string(info.severity));
      json.key("weight").number(info.weight.to_string());
      json.key("documents_failing").number(static_cast<long long>(r.failing));
      json.key("documents_cannot_verify").number(static_cast<long long>(r.cannot_verify));
      json.key("documents_error").number(static_cast<long long>(r.errors));
      json.key("documents_scored").number(static_cast<long long>(r.counted));
      json.end_object();
    }
    json.end_array();
    json.key("files").number(static_cast<long long>(t.files()));
    json.key("unreadable").number(static_cast<long long>(t.unreadable()));
    json.end_object();
    write(json.str() + "\n");
  }

 private:
  static void write_row(JsonWriter& json, const ScoreRow& r, const std::vector<std::string>& categories) {
    json.begin_object();
    json.key("file").string(r.file);
    json.key("scope").number(static_cast<long long>(r.scope));
    json.key("scope_title").string(r.scope_title);
    json.key("department").string(r.department);
    json.key("year");
    if (r.year) json.number(*r.year);
    else json.null();
    json.key("kind").string(r.kind);
    json.key("pack").string(r.pack);
    json.key("version").string(r.version);
    json.key("status").string(to_string(r.status));
    json.key("score");
    if (r.score) json.number(r.score->to_string());
    else json.null();
    json.key("grade").string(r.grade);
    json.key("categories").begin_object();
    for (size_t k = 0; k < categories.size(); ++k) {
      json.key(categories[k]);
      if (r.categories[k]) json.number(r.categories[k]->to_string());
      else json.null();
    }
    json.end_object();
    json.key("findings").begin_object();
    json.key("errors").number(static_cast<long long>(r.findings.errors));
    json.key("warnings").number(static_cast<long long>(r.findings.warnings));
    json.key("infos").number(static_cast<long long>(r.findings.infos));
    json.key("cannot_verify").number(static_cast<long long>(r.findings.cannot_verify));
    json.end_object();
    json.key("message").string(r.message);
    json.end_object();
  }
};

class ScorecardCsv : public ScorecardWriter {
 public:
  using ScorecardWriter::ScorecardWriter;
  void end() override {
    const auto& t = *table_;
    std::vector<std::string> head = {"文件", "附件", "部门", "年度", "类型", "规则包", "版本", "状态", "得分", "等级"};
    for (const auto& c : t.categories()) head.push_back(c);
    for (auto h : {"错误", "警告", "提示", "无法核实"}) head.push_back(h);
    std::string out(kUtf8Bom);
    out += csv_record(head);
    for (const auto& r : t.rows()) {
      std::vector<std::string> f = {r.file, std::to_string(r.scope), r.department, year_text(r.year), r.kind,
                                    r.pack, r.version, to_chinese(r.status), shown(r.score), r.grade};
      for (const auto& c : r.categories) f.push_back(shown(c));
      for (size_t n : {r.findings.errors, r.findings.warnings, r.findings.infos, r.findings.cannot_verify})
        f.push_back(std::to_string(n));
      out += csv_record(f);
    }
    write(out);
  }
};

}  // namespace

std::unique_ptr<ReportWriter> scorecard_text_writer(std::FILE* out) { return std::make_unique<ScorecardText>(out); }
std::unique_ptr<ReportWriter> scorecard_json_writer(std::FILE* out) { return std::make_unique<ScorecardJson>(out); }
std::unique_ptr<ReportWriter> scorecard_csv_writer(std::FILE* out) { return std::make_unique<ScorecardCsv>(out); }

}  // namespace gk::cli

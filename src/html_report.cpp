// The HTML report: one self-contained page in Chinese (inline CSS, JavaScript and SVG; no
// network) with the scorecard as a sortable table (click a heading, or open the page with
// #sort=score-desc), bar charts of the scores and of the most-failed rules, and a section per
// document listing its findings with the source lines and the cited figures marked. Links
// lead from a score (or a bar) to its document, from a rule's row to its first finding, and
// from a finding's line number to the marked source line (#doc-3-f2-l41). Readable from a
// phone's width (390 px) up: wide tables scroll sideways inside their card, charts scale.
#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "html_parts.h"
#include "scorecard_table.h"
#include "waivers.h"
#include "writers.h"

namespace gk::cli {
namespace {

using html::escape;

/// grade-0 for a pack's first band, grade-1 for the next…, grade-none without a grade.
std::string grade_class(const ScoreRow& row, const std::vector<const check::Pack*>& packs) {
  for (const auto* p : packs) {
    if (p->name != row.pack) continue;
    for (size_t k = 0; k < p->grades.size(); ++k)
      if (p->grades[k].name == row.grade && row.status == RowStatus::Scored) return fmt::format("grade-{}", std::min<size_t>(k, 4));
  }
  return "grade-none";
}

std::string shown(const std::optional<Decimal>& d) { return d ? d->to_string() : ""; }

class HtmlReport : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin(const RunInfo& info) override {
    ReportWriter::begin(info);
    table_ = std::make_unique<ScorecardTable>(info.packs);
  }

  void add(const CheckedFile& file) override {
    const size_t first_row = table_->rows().size();
    table_->add(file);
    for (size_t r = first_row; r < table_->rows().size(); ++r) row_file_.push_back(file.index);
    sections_ += document_section(file);
  }

  void end() override {
    std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>部门决算公开检查报告</title>\n<style>";
    out += html::style();
    out += "</style>\n</head>\n<body>\n<header><h1>部门决算公开检查报告</h1><p>";
    std::vector<std::string> packs;
    for (const auto* p : run().packs) packs.push_back(escape(p->version.empty() ? p->name : p->name + " " + p->version));
    out += fmt::format("共 {} 个文件，规则包：{}。由 gongkai 生成。</p></header>\n<main>\n", table_->files(),
                       fmt::join(packs, "、"));
    out += scorecard_section() + charts_section() + rules_section();
    out += "<h2 id=\"documents\">各文档的问题</h2>\n" + sections_;
    out += "</main>\n<script>";
    out += html::script();
    out += "</script>\n</body>\n</html>\n";
    write(out);
  }

 private:
  std::string scorecard_section() const {
    const auto& t = *table_;
    std::string out = "<section class=\"card\" id=\"scorecard\"><h2>评分表</h2>\n"
                      "<p class=\"muted\">点击表头排序。得分为各类别得分按规则包的分值加权平均，保留一位小数；"
                      "无法核实的项目不算通过。</p>\n<div class=\"scroll\"><table id=\"scores\"><thead><tr>";
    auto head = [&](const std::string& key, const std::string& label, bool number) {
      out += fmt::format("<th data-key=\"{}\" data-type=\"{}\"{}>{}</th>", key, number ? "number" : "text",
                         number ? " class=\"num\"" : "", escape(label));
    };
    head("file", "文件", false);
    head("department", "部门", false);
    head("year", "年度", true);
    head("kind", "类型", false);
    head("pack", "规则包", false);
    head("score", "得分", true);
    head("grade", "等级", false);
    for (size_t k = 0; k < t.categories().size(); ++k) head(fmt::format("cat{}", k), t.categories()[k], true);
    head("errors", "错误", true);
    head("warnings", "警告", true);
    head("infos", "提示", true);
    head("unverified", "无法核实", true);
    out += "</tr></thead>\n<tbody>\n";
    for (size_t i = 0; i < t.rows().size(); ++i) {
      const ScoreRow& r = t.rows()[i];
      const bool counts = r.status != RowStatus::Unreadable && r.status != RowStatus::NoPack;
      const std::string name = r.file.substr(r.file.find_last_of('/') + 1);  // npos + 1 == 0
      out += fmt::format("<tr><td><a href=\"#doc-{}\" title=\"{}\">{}{}</a></td><td class=\"dept\">{}</td>"
                         "<td class=\"num\">{}</td><td>{}</td><td>{}</td>",
                         row_file_[i], escape(r.file), escape(name), r.scope ? fmt::format(" 附件{}", r.scope) : "",
                         escape(r.department),
                         r.year ? std::to_string(*r.year) : "", escape(r.kind), escape(r.pack));
      out += fmt::format("<td class=\"num\" data-value=\"{}\">{}</td>", shown(r.score),
                         r.score ? shown(r.score) : "—");
      out += fmt::format("<td data-value=\"{}\"><span class=\"grade {}\">{}</span></td>",
                         escape(r.status == RowStatus::Scored ? r.grade : ""), grade_class(r, run().packs),
                         escape(r.status == RowStatus::Scored ? r.grade : to_chinese(r.status)));
      for (const auto& c : r.categories)
        out += fmt::format("<td class=\"num\" data-value=\"{}\">{}</td>", shown(c), c ? shown(c) : "—");
      for (size_t n : {r.findings.errors, r.findings.warnings, r.findings.infos, r.findings.cannot_verify})
        out += counts ? fmt::format("<td class=\"num\">{}</td>", n) : "<td class=\"num\" data-value=\"\">—</td>";
      out += "</tr>\n";
    }
    return out + "</tbody></table></div></section>\n";
  }

  std::string charts_section() const {
    std::vector<html::Bar> scores;
    for (size_t i = 0; i < table_->rows().size(); ++i) {
      const ScoreRow& r = table_->rows()[i];
      if (!r.score) continue;
      // Without a department, the file's name: a full path would be cut off.
    std::string who = r.department;
    if (who.empty()) {
      who = r.file.substr(r.file.find_last_of('/') + 1);  // npos + 1 == 0
      if (r.scope) who += fmt::format(" 附件{}", r.scope);
    }
      const double v = std::stod(r.score->to_string());  // drawing only
      const char* color = v >= 90 ? "#1a7f37" : v >= 80 ? "#0969da" : v >= 60 ? "#bf8700" : "#cf222e";
      scores.push_back({fmt::format("{}（{}{}）", who, r.year ? std::to_string(*r.year) + "，" : "", r.pack), v,
                        shown(r.score), color, fmt::format("#doc-{}", row_file_[i])});
    }
    std::vector<html::Bar> rules;
    double most = 0;
    for (const auto* t : table_->most_failed()) {
      if (t->failing == 0 || rules.size() == 10) continue;
      rules.push_back({t->rule->info.id + " " + t->rule->info.title, static_cast<double>(t->failing),
                       std::to_string(t->failing), "#cf222e", ""});
      most = std::max(most, static_cast<double>(t->failing));
    }
    std::string out = "<section class=\"card\" id=\"charts\"><h2>图表</h2><div class=\"charts\">";
    out += scores.empty() ? "<p class=\"muted\">没有可评分的文档。</p>" : html::bar_chart("各文档得分（满分 100）", scores, 100);
    out += rules.empty() ? "<p class=\"muted\">没有不通过的规则。</p>" : html::bar_chart("不通过文档最多的规则", rules, most);
    return out + "</div></section>\n";
  }

  std::string rules_section() const {
    std::string out = "<section class=\"card\" id=\"rules\"><h2>各规则不通过的文档数</h2>\n";
    if (table_->most_failed().empty()) return out + "<p class=\"muted\">没有。</p></section>\n";
    out += "<p class=\"muted\">点击规则编号，转到它的第一个问题。</p>\n<div class=\"scroll\">"
           "<table><thead><tr><th>规则</th><th>标题</th><th>规则包</th><th>类别</th><th class=\"num\">不通过</th>"
           "<th class=\"num\">无法核实</th><th class=\"num\">出错</th><th class=\"num\">计分</th></tr></thead><tbody>\n";
    for (const auto* t : table_->most_failed()) {
      const auto& info = t->rule->info;
      const auto first = first_finding_.find(t->rule);
      const std::string id = first == first_finding_.end()
                                 ? escape(info.id)
                                 : fmt::format("<a href=\"#{}\">{}</a>", first->second, escape(info.id));
      out += fmt::format("<tr><td class=\"rule\">{}</td><td class=\"title\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
                         "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                         id, escape(info.title), escape(t->pack), escape(info.category), t->failing, t->cannot_verify,
                         t->errors, t->counted);
    }
    return out + "</tbody></table></div></section>\n";
  }

  std::string document_section(const CheckedFile& file) {
    doc_ = file.index;
    findings_in_doc_ = 0;
    std::string out = fmt::format("<section class=\"card doc\" id=\"doc-{}\"><h2 class=\"file\">{}</h2>\n", file.index,
                                  escape(file.file));
    if (file.unreadable)
      return out + fmt::format("<p class=\"finding error\">无法读取：{} [{}]</p></section>\n",
                               escape(file.unreadable->message), escape(file.unreadable->code));
    const doc::Document& document = *file.document;
    out += fmt::format("<p class=\"muted\">{}{}{}</p>\n", escape(document.title.empty() ? "（无标题）" : document.title),
                       file.department.empty() ? "" : "　部门：" + escape(file.department),
                       document.year ? fmt::format("　年度：{}", *document.year) : "");
    if (file.check.packs.empty())
      out += fmt::format("<p>无规则包适用（文档类型：{}）。</p>\n", doc::to_chinese(document.kind));
    for (size_t k = 0; k < file.check.packs.size(); ++k) out += pack_part(file.check, file.check.packs[k], file.scores[k]);
    return out + "</section>\n";
  }

  std::string pack_part(const DocumentCheck& check, const eval::PackResult& pack, const eval::Scorecard& card) {
    const doc::Document& document = *check.document;
    const size_t scope = scope_number(document, pack.scope);
    std::string heading = pack.pack->version.empty() ? pack.pack->name : pack.pack->name + " " + pack.pack->version;
    if (scope > 0) heading += fmt::format("（附件{}：{}）", scope, pack.scope->title);
    std::string verdict = card.score ? fmt::format("得分 {}{}", card.shown_score()->to_string(),
                                                   card.grade.empty() ? "" : "，等级 " + card.grade)
                          : card.unscored == eval::Unscored::PackNotApplies ? "不适用" : "无可评分的规则";
    std::string out = fmt::format("<h3>{}：{}</h3>\n", escape(heading), escape(verdict));
    size_t shown_findings = 0;
    for (const auto& rule : pack.rules) {
      bool first_of_rule = true;
      for (const auto& item : rule.items) {
        if (!is_finding(item)) continue;
        out += finding(document.source, finding_location(document, pack, item), rule, item, check.mark_of(item),
                       first_of_rule);
        first_of_rule = false;
        ++shown_findings;
      }
    }
    if (shown_findings == 0) out += "<p class=\"muted\">没有问题。</p>\n";
    return out;
  }

  /// One finding with its evidence and its waiver or baseline mark; the first of its rule
  /// also with the rule's basis.
  std::string finding(const SourceText& source, Span at, const eval::RuleResult& rule, const eval::ItemResult& item,
                      const FindingMark& mark, bool first_of_rule) {
    const std::string severity = finding_severity(rule, item);
    const auto& info = rule.rule->info;
    const bool located = is_located(at, item);
    const std::string anchor = fmt::format("doc-{}-f{}", doc_, ++findings_in_doc_);
    first_finding_.emplace(rule.rule, anchor);
    std::string out = fmt::format("<div class=\"finding {}\" id=\"{}\"><span class=\"sev\">{}</span>", severity, anchor,
                                  severity_name(severity, Language::Zh));
    if (located) {
      const uint32_t line = source.locate(at.begin).line;
      out += fmt::format("<a class=\"muted\" href=\"#{}-l{}\">第 {} 行</a> ", anchor, line, line);
    }
    if (located && source.page_of(at.begin) > 0)
      out += fmt::format("<span class=\"muted\">第 {} 页</span> ", source.page_of(at.begin));
    out += fmt::format("{}{} <span class=\"rule\">[{} {}]</span>", item.outcome == eval::Outcome::Error ? "规则运行出错：" : "",
                       escape(item.message), escape(info.id), escape(info.title));
    if (mark.waiver != nullptr)
      out += fmt::format(" <span class=\"waived\">已豁免：{}（{}{}）</span>", escape(mark.waiver->reason),
                         escape(mark.waiver->place()), mark.waiver->expires.empty() ? "" : "，到期 " + mark.waiver->expires);
    else if (mark.in_baseline)
      out += " <span class=\"waived\">基线中已有</span>";
    if (located) {
      std::vector<Span> marks;
      std::vector<uint32_t> lines = {source.locate(at.begin).line};
      for (const auto& e : item.evidence) {
        marks.push_back(e.span);
        const uint32_t l = source.locate(e.span.begin).line;
        if (std::find(lines.begin(), lines.end(), l) == lines.end() && lines.size() < 4) lines.push_back(l);
      }
      std::sort(lines.begin(), lines.end());
      out += "<pre class=\"src\">";
      for (uint32_t l : lines)
        out += fmt::format("<span class=\"line\" id=\"{0}-l{1}\"><a class=\"ln\" href=\"#{0}-l{1}\">{1}</a>{2}</span>",
                           anchor, l, html::marked_line(source, l, at, marks));
      out += "</pre>";
    }
    for (const auto& e : item.evidence) {
      const Location place = source.locate(e.span.begin);
      std::string what = e.label.empty() ? std::string(source.slice(e.span)) : e.label;
      if (!e.value.empty()) what += " " + e.value + e.unit;
      out += fmt::format("<div class=\"evidence\">证据：{}（{}:{}）</div>", escape(what), place.line, place.column);
    }
    if (first_of_rule && !info.basis.empty()) out += fmt::format("<div class=\"basis\">依据：{}</div>", escape(info.basis));
    return out + "</div>\n";
  }

  std::unique_ptr<ScorecardTable> table_;
  std::vector<size_t> row_file_;  ///< parallel to the table's rows: the file index
  std::string sections_;
  size_t doc_ = 0, findings_in_doc_ = 0;  ///< the document being written, its findings so far
  std::unordered_map<const check::Rule*, std::string> first_finding_;  ///< anchor of each rule's first finding
};

}  // namespace

std::unique_ptr<ReportWriter> html_writer(std::FILE* out) { return std::make_unique<HtmlReport>(out); }

}  // namespace gk::cli

// The findings of `check` as CSV: one row per finding (fail, error and cannot-verify items),
// UTF-8 with BOM and CRLF so that Excel and WPS show the Chinese intact (csv.h). Headings,
// severities and outcomes follow --lang. The last two columns say whether a waiver (its
// reason and place) or the baseline covers the finding.
#include <fmt/format.h>

#include "csv.h"
#include "waivers.h"
#include "writers.h"

namespace gk::cli {
namespace {

/// The PDF page of a located finding; empty for text input.
std::string page_of(const SourceText& source, Span span, bool located) {
  const uint32_t page = located ? source.page_of(span.begin) : 0;
  return page == 0 ? "" : std::to_string(page);
}

/// "原因（waivers.ini:3，到期 2027-06-30）" for a waived finding; "" otherwise.
std::string waiver_cell(const FindingMark& mark) {
  if (mark.waiver == nullptr) return "";
  const Waiver& w = *mark.waiver;
  return fmt::format("{}（{}{}）", w.reason, w.place(), w.expires.empty() ? "" : "，" + w.expires);
}

class FindingsCsv : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin(const RunInfo& info) override {
    ReportWriter::begin(info);
    write(std::string(kUtf8Bom) +
          csv_record(info.lang == Language::Zh
                         ? std::vector<std::string>{"文件", "附件", "部门", "规则包", "规则", "标题", "类别", "级别", "结果",
                                                    "行", "列", "章节", "消息", "条目", "依据", "页", "豁免", "基线"}
                         : std::vector<std::string>{"file", "scope", "department", "pack", "rule", "title", "category",
                                                    "severity", "outcome", "line", "column", "section", "message",
                                                    "item", "basis", "page", "waived", "in_baseline"}));
  }
  void add(const CheckedFile& file) override {
    if (file.unreadable) return;
    const doc::Document& document = *file.document;
    const SourceText& source = document.source;
    std::string out;
    for (const auto& pack : file.check.packs) {
      const std::string scope = std::to_string(scope_number(document, pack.scope));
      for (const auto& rule : pack.rules) {
        const auto& info = rule.rule->info;
        for (const auto& item : rule.items) {
          if (!is_finding(item)) continue;
          const Span span = finding_location(document, pack, item);
          const bool located = is_located(span, item);
          const Location at = source.locate(span.begin);
          const FindingMark& mark = file.mark_of(item);
          out += csv_record({file.file, scope, file.department, info.pack, info.id, info.title, info.category,
                             severity_name(finding_severity(rule, item), run().lang),
                             run().lang == Language::Zh ? eval::to_chinese(item.outcome) : eval::to_string(item.outcome),
                             located ? std::to_string(at.line) : "", located ? std::to_string(at.column) : "",
                             located ? section_at(document, span.begin) : "", item.message, item.item,
                             info.basis, page_of(source, span, located), waiver_cell(mark),
                             mark.in_baseline ? (run().lang == Language::Zh ? "是" : "yes") : ""});
        }
      }
    }
    write(out);
  }
};

}  // namespace

std::unique_ptr<ReportWriter> findings_csv_writer(std::FILE* out) { return std::make_unique<FindingsCsv>(out); }

}  // namespace gk::cli

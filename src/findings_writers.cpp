// The findings of `check` as text (findings.h render_findings_text, then a closing line for a
// batch and the waivers' and baseline's counts) and as JSON (gongkai.findings/1,
// docs/findings-json.md).
#include <fmt/format.h>

#include "gate.h"
#include "json_writer.h"
#include "writers.h"

namespace gk::cli {
namespace {

/// Counts over a batch, for the closing line of the text output.
struct BatchTotals {
  size_t checked = 0, not_applicable = 0, errors = 0, warnings = 0, infos = 0;

  void add(const DocumentCheck& check) {
    ++checked;
    bool applies = false;
    for (const auto& pack : check.packs) {
      applies = applies || pack.applies;
      for (const auto& rule : pack.rules)
        for (const auto& item : rule.items) {
          if (!is_finding(item)) continue;
          const std::string s = finding_severity(rule, item);
          errors += s == "error";
          warnings += s == "warning";
          infos += s == "info";
        }
    }
    not_applicable += applies ? 0 : 1;
  }

  std::string render(size_t given, Language lang) const {
    const size_t unreadable = given - checked;
    if (lang == Language::Zh)
      return fmt::format("共 {} 个文档（检查 {} 个，无规则包适用 {} 个，无法读取 {} 个）：错误 {}，警告 {}，提示 {}\n",
                         given, checked - not_applicable, not_applicable, unreadable, errors, warnings, infos);
    return fmt::format("{} documents ({} checked, {} with no applicable pack, {} unreadable): {} errors, {} warnings, {} infos\n",
                       given, checked - not_applicable, not_applicable, unreadable, errors, warnings, infos);
  }
};

class FindingsText : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void add(const CheckedFile& file) override {
    if (file.unreadable) return;
    totals_.add(file.check);
    write(render_findings_text(file.check, TextOptions{run().verbose, run().lang, run().color}));
  }
  void end() override {
    if (run().files > 1) write(totals_.render(run().files, run().lang));
    if (run().gate != nullptr) write(run().gate->summary(run().lang));
  }

 private:
  BatchTotals totals_;
};

class FindingsJson : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin(const RunInfo& info) override {
    ReportWriter::begin(info);
    json_.begin_object();
    json_.key("schema").string("gongkai.findings/1");
    json_.key("packs").begin_array();
    for (const auto* p : info.packs) {
      json_.begin_object();
      json_.key("name").string(p->name);
      json_.key("version").string(p->version);
      json_.key("title").string(p->title);
      json_.key("rules").number(static_cast<long long>(p->rules.size()));
      json_.end_object();
    }
    json_.end_array();
    json_.key("documents").begin_array();
  }
  void add(const CheckedFile& file) override {
    if (!file.unreadable) write_findings_json(json_, file.check);
    write(json_.str());
    json_.clear_text();
  }
  void end() override {
    json_.end_array();
    if (run().gate != nullptr) run().gate->write_json(json_);
    json_.end_object();
    write(json_.take() + "\n");
  }

 private:
  JsonWriter json_;
};

}  // namespace

std::unique_ptr<ReportWriter> findings_text_writer(std::FILE* out) { return std::make_unique<FindingsText>(out); }
std::unique_ptr<ReportWriter> findings_json_writer(std::FILE* out) { return std::make_unique<FindingsJson>(out); }

}  // namespace gk::cli

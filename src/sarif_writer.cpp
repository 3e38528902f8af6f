// The findings as SARIF 2.1.0 (the OASIS static analysis results format), which code-scanning
// and CI tools display: one run whose tool.driver lists every rule of every pack, and one
// result per finding with its rule, level, message and place (line and column in code
// points). Cannot-verify results are notes. Shape checked by tests/sarif/validate_sarif.py.
#include <unordered_map>

#include <fmt/format.h>

#include "json_writer.h"
#include "writers.h"

namespace gk::cli {
namespace {

/// A relative or absolute path as a URI reference: bytes outside the unreserved set (and
/// '/') percent-encoded; absolute paths become file:// URIs.
std::string path_uri(const std::string& path) {
  std::string out = path.starts_with("/") ? "file://" : "";
  for (unsigned char c : path) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

const char* sarif_level(const std::string& severity) {
  if (severity == "error") return "error";
  if (severity == "warning") return "warning";
  return "note";  // info, and cannot-verify notes
}

class Sarif : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin(const RunInfo& info) override {
    ReportWriter::begin(info);
    json_.begin_object();
    json_.key("$schema").string("https://json.schemastore.org/sarif-2.1.0.json");
    json_.key("version").string("2.1.0");
    json_.key("runs").begin_array().begin_object();
    json_.key("tool").begin_object().key("driver").begin_object();
    json_.key("name").string("gongkai");
    json_.key("version").string("0.1.0");
    json_.key("rules").begin_array();
    for (const auto* pack : info.packs) {
      for (const auto& rule : pack->rules) {
        rule_index_[&rule] = next_index_++;
        const auto& r = rule.info;
        json_.begin_object();
        json_.key("id").string(r.id);
        json_.key("shortDescription").begin_object().key("text").string(r.title).end_object();
        if (!r.basis.empty()) json_.key("fullDescription").begin_object().key("text").string(r.basis).end_object();
        json_.key("defaultConfiguration").begin_object().key("level").string(sarif_level(check::to_string(r.severity))).end_object();
        json_.key("properties").begin_object();
        json_.key("pack").string(pack->name);
        json_.key("category").string(r.category);
        json_.key("weight").number(r.weight.to_string());
        json_.end_object();
        json_.end_object();
      }
    }
    json_.end_array().end_object().end_object();  // rules, driver, tool
    json_.key("columnKind").string("unicodeCodePoints");
    json_.key("results").begin_array();
  }

  void add(const CheckedFile& file) override {
    if (file.unreadable) return;
    for (const auto& pack : file.check.packs)
      for (const auto& rule : pack.rules)
        for (const auto& item : rule.items)
          if (is_finding(item)) result(file, pack, rule, item);
    write(json_.take());
  }

  void end() override {
    json_.end_array().end_object().end_array().end_object();  // results, run, runs, log
    write(json_.take() + "\n");
  }

 private:
  void result(const CheckedFile& file, const eval::PackResult& pack, const eval::RuleResult& rule,
              const eval::ItemResult& item) {
    const SourceText& source = file.document->source;
    const auto& info = rule.rule->info;
    std::string message = item.message;
    if (item.outcome == eval::Outcome::CannotVerify) message = "无法核实：" + message;
    if (item.outcome == eval::Outcome::Error) message = "规则运行出错：" + message;
    json_.begin_object();
    json_.key("ruleId").string(info.id);
    json_.key("ruleIndex").number(static_cast<long long>(rule_index_.at(rule.rule)));
    json_.key("level").string(sarif_level(finding_severity(rule, item)));
    json_.key("message").begin_object().key("text").string(message).end_object();
    json_.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
    json_.key("artifactLocation").begin_object().key("uri").string(path_uri(file.file)).end_object();
    const Span span = finding_location(*file.document, pack, item);
    if (is_located(span, item)) {
      const Location at = source.locate(span.begin);
      json_.key("region").begin_object();
      json_.key("startLine").number(at.line);
      json_.key("startColumn").number(at.column);
      json_.end_object();
    }
    json_.end_object().end_object().end_array();
    json_.key("partialFingerprints").begin_object();
    json_.key("gongkai/v1").string(hex64(fnv1a64(info.pack + "\n" + info.id + "\n" + item.item + "\n" + item.message)));
    json_.end_object();
    json_.key("properties").begin_object();
    json_.key("pack").string(info.pack);
    json_.key("scope").number(static_cast<long long>(scope_number(*file.document, pack.scope)));
    json_.key("outcome").string(eval::to_string(item.outcome));
    json_.key("category").string(info.category);
    if (is_located(span, item) && source.page_count() > 0) json_.key("page").number(source.page_of(span.begin));
    json_.end_object();
    json_.end_object();
  }

  JsonWriter json_;
  std::unordered_map<const check::Rule*, size_t> rule_index_;
  size_t next_index_ = 0;
};

}  // namespace

std::unique_ptr<ReportWriter> sarif_writer(std::FILE* out) { return std::make_unique<Sarif>(out); }

}  // namespace gk::cli

// The findings as SARIF 2.1.0 (the OASIS static analysis results format), which code-scanning
// and CI tools display: one run whose tool.driver (with informationUri) lists every rule of
// every pack with its help (title, basis and what `gongkai explain` says, as text and
// markdown), and one result per finding with its rule, level, message and place (line and
// column in code points). Files under the source root (--sarif-root, default the current
// directory) are URIs relative to %SRCROOT%, which originalUriBaseIds defines; others are
// absolute file:// URIs. A result's partialFingerprints hash its pack, rule, item, message
// and the text of its source line (not the line number), with the number of the occurrence
// among equal hashes in the file: distinct for each place, stable when lines move.
// Cannot-verify results are notes. A finding a waiver or the baseline covers has an external
// suppression (gate.h). Shape checked by tests/sarif/validate_sarif.py.
#include <filesystem>
#include <unordered_map>

#include <fmt/format.h>

#include "explain.h"
#include "json_writer.h"
#include "waivers.h"
#include "writers.h"

namespace gk::cli {
namespace {

constexpr const char* kSourceRoot = "%SRCROOT%";

/// Bytes outside the unreserved set (and '/') percent-encoded.
std::string percent_encoded(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

/// The absolute, normalised form of `path`.
std::string absolute_path(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(path, ec);
  return (ec ? std::filesystem::path(path) : p).lexically_normal().string();
}

/// Markdown special characters escaped, so a title is shown as written.
std::string markdown_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

/// A code fence longer than any run of backticks in `text`.
std::string fence_for(const std::string& text) {
  std::string fence = "```";
  while (text.find(fence) != std::string::npos) fence += '`';
  return fence;
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
    json_.key("informationUri").string(GK_HOMEPAGE);
    json_.key("rules").begin_array();
    for (const auto* pack : info.packs) {
      for (const auto& rule : pack->rules) {
        rule_index_[&rule] = next_index_++;
        const auto& r = rule.info;
        json_.begin_object();
        json_.key("id").string(r.id);
        json_.key("shortDescription").begin_object().key("text").string(r.title).end_object();
        if (!r.basis.empty()) json_.key("fullDescription").begin_object().key("text").string(r.basis).end_object();
        const std::string explained = explain_rule(*pack, rule, info.lang);
        json_.key("help").begin_object();
        json_.key("text").string(explained);
        json_.key("markdown").string(
            fmt::format("**{} {}**\n\n{}{}text\n{}{}\n", markdown_text(r.id), markdown_text(r.title),
                        r.basis.empty() ? "" : (info.lang == Language::Zh ? "依据：" : "Basis: ") + markdown_text(r.basis) + "\n\n",
                        fence_for(explained), explained, fence_for(explained)));
        json_.end_object();
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
    root_ = absolute_path(info.source_root.empty() ? "." : info.source_root);
    if (!root_.ends_with('/')) root_ += '/';
    json_.key("originalUriBaseIds").begin_object().key(kSourceRoot).begin_object();
    json_.key("uri").string("file://" + percent_encoded(root_));
    json_.key("description").begin_object().key("text").string("the source root (--sarif-root)").end_object();
    json_.end_object().end_object();
    json_.key("columnKind").string("unicodeCodePoints");
    json_.key("results").begin_array();
  }

  void add(const CheckedFile& file) override {
    if (file.unreadable) return;
    for (const auto& pack : file.check.packs)
      for (const auto& rule : pack.rules)
        for (const auto& item : rule.items)
          if (is_finding(item)) result(file, pack, rule, item);
    write(json_.str());
    json_.clear_text();
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
    json_.key("artifactLocation").begin_object();
    const std::string path = absolute_path(file.file);
    if (path.starts_with(root_)) {
      json_.key("uri").string(percent_encoded(path.substr(root_.size())));
      json_.key("uriBaseId").string(kSourceRoot);
    } else {
      json_.key("uri").string("file://" + percent_encoded(path));
    }
    json_.end_object();
    const Span span = finding_location(*file.document, pack, item);
    if (is_located(span, item)) {
      const Location at = source.locate(span.begin);
      json_.key("region").begin_object();
      json_.key("startLine").number(at.line);
      json_.key("startColumn").number(at.column);
      json_.end_object();
    }
    json_.end_object().end_object().end_array();
    const FindingMark& mark = file.mark_of(item);
    json_.key("partialFingerprints").begin_object().key("gongkai/v2").string(mark.fingerprint).end_object();
    if (!mark.gates()) suppressions(mark);
    json_.key("properties").begin_object();
    json_.key("pack").string(info.pack);
    json_.key("scope").number(static_cast<long long>(scope_number(*file.document, pack.scope)));
    json_.key("outcome").string(eval::to_string(item.outcome));
    json_.key("category").string(info.category);
    if (is_located(span, item) && source.page_count() > 0) json_.key("page").number(source.page_of(span.begin));
    json_.end_object();
    json_.end_object();
  }

  /// A waived or baseline finding stays in the log, suppressed: "external" (the waiver file
  /// or the baseline, not the document) with the waiver's reason as the justification.
  void suppressions(const FindingMark& mark) {
    json_.key("suppressions").begin_array().begin_object();
    json_.key("kind").string("external");
    json_.key("status").string("accepted");
    if (mark.waiver != nullptr) {
      json_.key("justification").string(mark.waiver->reason);
      json_.key("properties").begin_object();
      json_.key("waiver").string(mark.waiver->place());
      if (!mark.waiver->expires.empty()) json_.key("expires").string(mark.waiver->expires);
      json_.end_object();
    } else {
      json_.key("justification").string(run().lang == Language::Zh ? "基线中已有的问题" : "already in the baseline");
      json_.key("properties").begin_object().key("baseline").boolean(true).end_object();
    }
    json_.end_object().end_array();
  }

  JsonWriter json_;
  std::string root_;  ///< the source root, absolute, ending in '/'
  std::unordered_map<const check::Rule*, size_t> rule_index_;
  size_t next_index_ = 0;
};

}  // namespace

std::unique_ptr<ReportWriter> sarif_writer(std::FILE* out) { return std::make_unique<Sarif>(out); }

}  // namespace gk::cli

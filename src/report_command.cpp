#include "report_command.h"

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "batch.h"
#include "gate.h"
#include "history_db.h"
#include "inputs.h"
#include "options.h"
#include "outputs.h"
#include "packs.h"
#include "writers.h"

namespace gk::cli {
namespace {

enum class FailOn { Error, Warning, Never };

struct CommandOptions {
  std::vector<std::string> rules;
  bool embedded = true;
  bool verbose = false;
  FailOn fail_on = FailOn::Error;
  Language lang = Language::Zh;
  size_t jobs = 0;  ///< 0: one per core
  std::string db;
  std::string sarif_root;  ///< "" for the current directory
  std::vector<std::string> attachments;
  std::vector<std::string> paths;
  std::optional<std::string> waivers;   ///< --waivers FILE (check only)
  std::optional<std::string> baseline;  ///< --baseline FINDINGS.json (check only)
};

bool read_jobs(OptionReader& in, size_t& jobs) {
  std::string v;
  if (!in.value(v)) return false;
  size_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9' || n > 1000) return in.error(fmt::format("--jobs needs a number from 1 to 1000, not '{}'", v));
    n = n * 10 + static_cast<size_t>(c - '0');
  }
  if (n < 1 || n > 1000) return in.error(fmt::format("--jobs needs a number from 1 to 1000, not '{}'", v));
  jobs = n;
  return true;
}

bool parse_options(const ReportCommand& command, const Args& args, CommandOptions& o, OutputOptions& outputs) {
  OptionReader in(command.name, command.usage, args);
  while (in.next()) {
    const std::string& a = in.arg();
    std::string v;
    if (!in.is_option()) {
      o.paths.push_back(a);
      continue;
    }
    bool handled = false;
    if (!outputs.read(in, handled)) return false;
    if (handled) continue;
    if (a == "--rules") {
      if (!in.value(v)) return false;
      o.rules.push_back(v);
    } else if (a == "--no-default-rules") {
      o.embedded = false;
    } else if (a == "--verbose" || a == "-v") {
      o.verbose = true;
    } else if (a == "--jobs" || a == "-j") {
      if (!read_jobs(in, o.jobs)) return false;
    } else if (a == "--sarif-root") {
      if (!in.value(o.sarif_root)) return false;
      if (o.sarif_root.empty()) return in.error("--sarif-root needs a directory");
    } else if (a == "--attach") {
      if (!in.value(v)) return false;
      o.attachments.push_back(v);
    } else if (a == "--db") {
      if (!in.value(o.db)) return false;
      if (o.db.empty()) return in.error("--db needs a file name");
    } else if (a == "--fail-on") {
      if (!in.value(v)) return false;
      if (v == "error") o.fail_on = FailOn::Error;
      else if (v == "warning") o.fail_on = FailOn::Warning;
      else if (v == "never") o.fail_on = FailOn::Never;
      else return in.error(fmt::format("unknown --fail-on level '{}' (error, warning or never)", v));
    } else if (a == "--lang") {
      if (!in.language(o.lang)) return false;
    } else if ((a == "--waivers" || a == "--baseline") && command.name == "check") {
      auto& into = a == "--waivers" ? o.waivers : o.baseline;
      if (into) return in.error(fmt::format("{} may be given once", a));
      if (!in.value(v)) return false;
      if (v.empty()) return in.error(fmt::format("{} needs a file name", a));
      into = v;
    } else {
      return in.unknown_option();
    }
  }
  if (o.paths.empty()) return in.error("no FILE given");
  if (!o.embedded && o.rules.empty()) return in.error("--no-default-rules needs --rules");
  // The waiver file and the baseline are inputs too: no report or database may replace them.
  std::vector<std::string> read = o.paths;
  for (const auto* file : {&o.waivers, &o.baseline})
    if (*file) read.push_back(**file);
  if (!o.db.empty() && !clear_of_inputs(command.name, "--db", o.db, read)) return false;
  return outputs.finish(in, read, o.db);
}

/// Whether a document's findings reach the --fail-on level (waived and baseline findings
/// do not count).
bool reaches(const DocumentCheck& check, FailOn level) {
  if (level == FailOn::Never) return false;
  for (const auto& pack : check.packs)
    for (const auto& rule : pack.rules)
      for (const auto& item : rule.items) {
        if (!is_finding(item) || !check.mark_of(item).gates()) continue;
        const std::string s = finding_severity(rule, item);
        if (s == "error" || (level == FailOn::Warning && s == "warning")) return true;
      }
  return false;
}

/// Reads the waivers and the baseline of the run into `gate` (left null when neither is
/// given). False after printing why one of them cannot be read.
bool open_gate(const CommandOptions& o, std::unique_ptr<Gate>& gate) {
  if (!o.waivers && !o.baseline) return true;
  std::optional<std::vector<Waiver>> waivers;
  if (o.waivers && !(waivers = read_waivers(*o.waivers, today_date(), o.lang))) return false;
  std::optional<Baseline> baseline;
  if (o.baseline && !(baseline = Baseline::read(*o.baseline, o.lang))) return false;
  gate = std::make_unique<Gate>(waivers ? std::move(*waivers) : std::vector<Waiver>{}, std::move(baseline),
                                waivers.has_value());
  return true;
}

}  // namespace

int run_report_command(const ReportCommand& command, const Args& args) {
  CommandOptions options;
  OutputOptions outputs(formats_of(command.name));
  if (!parse_options(command, args, options, outputs)) return kExitError;
  // SARIF describes each rule as `explain` does, test cases included; other reports need
  // no tests, and reading the built-in packs without them halves the rule text to compile.
  const bool explains = std::any_of(outputs.requests().begin(), outputs.requests().end(),
                                    [](const OutputRequest& r) { return r.format == "sarif"; });
  const PackSet packs = load_packs(options.rules, options.embedded, options.lang,
                                   explains ? EmbeddedTests::Keep : EmbeddedTests::Leave);
  if (!packs.ok) return kExitError;
  std::unique_ptr<Gate> gate;
  if (!open_gate(options, gate)) return kExitError;
  const auto files = collect_documents(options.paths);
  if (files.empty()) {
    fmt::print(stderr, "gongkai {}: no documents found\n", command.name);
    return kExitError;
  }
  for (const auto& r : outputs.requests())
    if (!r.path.empty() && !clear_of_inputs(command.name, "--out", r.path, files)) return kExitError;
  if (!options.db.empty() && !clear_of_inputs(command.name, "--db", options.db, files)) return kExitError;
  // The database first: when it cannot be opened, no report is touched.
  std::unique_ptr<HistoryStore> history;
  if (!options.db.empty()) {
    history = HistoryStore::open(command.name, options.db);
    if (!history) return kExitError;
  }
  std::vector<std::unique_ptr<ReportOutput>> opened;
  if (!open_outputs(outputs.requests(), opened)) return kExitError;

  RunInfo run;
  run.command = command.name;
  for (const auto& p : packs.packs) run.packs.push_back(p.get());
  run.files = files.size();
  run.lang = options.lang;
  run.verbose = options.verbose;
  run.source_root = options.sarif_root;
  run.gate = gate.get();
  for (size_t k = 0; k < opened.size(); ++k) {
    auto& o = *opened[k];
    o.writer = make_writer(command.name, outputs.requests()[k].format, o.file());
  }
  std::vector<RunInfo> infos(opened.size(), run);  // colour differs per output
  for (size_t k = 0; k < opened.size(); ++k) {
    infos[k].color = opened[k]->is_stdout() && stdout_wants_color(outputs.no_color());
    opened[k]->writer->begin(infos[k]);
  }

  bool input_error = false, findings = false;
  BatchOptions batch;
  batch.jobs = options.jobs ? options.jobs : default_jobs();
  batch.progress = stderr_is_terminal();
  batch.attachments = options.attachments;
  run_batch(files, run.packs, batch, [&](CheckedFile& file) {
    if (file.unreadable) {
      fmt::print(stderr, "{}{}", batch.progress ? "\r\x1b[K" : "", render(*file.unreadable));
      input_error = true;
    } else {
      if (gate) gate->mark(file);
      findings = reaches(file.check, options.fail_on) || findings;
    }
    for (auto& o : opened) o->writer->add(file);
    if (history) history->add(file);
  });
  // Every report complete, then the run in the database, then the reports moved into place:
  // a report that cannot be written leaves the database and the earlier reports as they were.
  bool written = true;
  for (auto& o : opened) {
    o->writer->end();
    written = o->finish(o->writer->write_error()) && written;
  }
  if (!written) return kExitError;
  if (history && !history->commit(run)) return kExitError;
  for (auto& o : opened)
    if (!o->commit()) written = false;
  if (gate) gate->report_waivers(run.packs, options.lang);
  if (!written || input_error) return kExitError;
  return findings ? kExitFindings : kExitOk;
}

}  // namespace gk::cli

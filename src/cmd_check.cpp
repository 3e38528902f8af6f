// `gongkai check [--rules PATH]… [--format F [--out FILE]]… [--fail-on …] [--waivers FILE]
// [--baseline FINDINGS.json] FILE|DIR…`: evaluates the rule packs on each document and
// reports the findings (report_command.h); waivers and a baseline keep accepted findings
// from failing the check (gate.h).
#include "commands.h"
#include "report_command.h"

namespace gk::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: gongkai check [--rules PATH]... [--format text|json|sarif|csv|html [--out FILE]]...\n"
    "                     [--fail-on error|warning|never] [--no-default-rules] [--verbose]\n"
    "                     [--jobs N] [--db FILE] [--sarif-root DIR] [--no-color]\n"
    "                     [--lang zh|en] [--attach FILE]... [--waivers FILE]\n"
    "                     [--baseline FINDINGS.json] [--] FILE|DIR...\n"
    "  Checks each document with the rule packs and reports the findings.\n"
    "  --rules PATH          a rule file or a directory of packs; replaces the built-in pack\n"
    "                        of the same name, otherwise adds to them (repeatable)\n"
    "  --no-default-rules    use only the packs given with --rules\n"
    "  --format F            text for people (default), json (gongkai.findings/1), sarif\n"
    "                        (SARIF 2.1.0), csv (one row per finding) or html (a report)\n"
    "  --out FILE            write the --format before it to FILE (repeat the pair for more\n"
    "                        reports; at most one format goes to standard output)\n"
    "  --fail-on LEVEL       exit 1 when a finding is at or above LEVEL: error (default),\n"
    "                        warning, or never\n"
    "  --verbose             also list the rules that could not be verified\n"
    "  --jobs N              documents checked at once (default: one per core)\n"
    "  --attach FILE         read FILE as part of each document checked: a workbook of\n"
    "                        the tables (.xlsx) with its narrative (.docx, .pdf) (repeatable)\n"
    "  --waivers FILE        findings a waiver in FILE covers (rule, document or department,\n"
    "                        reason, expiry) are shown as waived and do not fail the check\n"
    "  --baseline FINDINGS.json\n"
    "                        the findings of an earlier `check --format json`: those found\n"
    "                        again do not fail the check, only new ones do\n"
    "  --db FILE             also record the run in the SQLite history database FILE\n"
    "                        (created when missing; docs/history-db.md)\n"
    "  --sarif-root DIR      SARIF: file URIs are relative to DIR, the %SRCROOT% base\n"
    "                        (default: the current directory)\n"
    "  --no-color            no colours, even on a terminal\n"
    "  --lang zh|en          language of messages about rules and summaries (default zh)\n"
    "  --                    the end of the options: every argument after it is a file\n"
    "  --why RULE            trace RULE on one FILE instead: what it read, each value, each\n"
    "                        outcome (gongkai check --why --help)\n"
    "  Reports are written beside FILE and moved into place when complete (docs/checking.md).\n"
    "exit status: 0 nothing at or above --fail-on (waived and baseline findings aside),\n"
    "             1 findings at or above it, 2 usage, input, output, rule, waiver or\n"
    "             baseline errors\n";

}  // namespace

int cmd_check(const Args& args) {
  for (const auto& a : args)
    if (a == "--why") return cmd_why(args);
    else if (a == "--") break;
  return run_report_command({"check", kUsage}, args);
}

}  // namespace gk::cli

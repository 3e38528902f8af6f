// `gongkai scorecard [--rules PATH]… [--format F [--out FILE]]… FILE|DIR…`: checks each
// document like `check` and reports its score and grade per pack, category scores and counts
// by severity, then per rule how many documents fail it (report_command.h, eval/score.h).
#include "commands.h"
#include "report_command.h"

namespace gk::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: gongkai scorecard [--rules PATH]... [--format text|json|csv|html|sarif [--out FILE]]...\n"
    "                         [--fail-on error|warning|never] [--no-default-rules] [--jobs N]\n"
    "                         [--db FILE] [--sarif-root DIR] [--no-color] [--lang zh|en]\n"
    "                         [--] FILE|DIR...\n"
    "  Scores each document with the rule packs: one row per document and pack (score out\n"
    "  of 100, grade, category scores, findings by severity), then per rule the number of\n"
    "  documents failing it.\n"
    "  --rules PATH          a rule file or a directory of packs (as for check)\n"
    "  --no-default-rules    use only the packs given with --rules\n"
    "  --format F            text (default), json (gongkai.scorecard/1), csv, html (a report\n"
    "                        with the findings) or sarif (the findings, SARIF 2.1.0)\n"
    "  --out FILE            write the --format before it to FILE (repeat the pair for more\n"
    "                        reports; at most one format goes to standard output)\n"
    "  --fail-on LEVEL       exit 1 when a finding is at or above LEVEL: error (default),\n"
    "                        warning, or never\n"
    "  --jobs N              documents checked at once (default: one per core)\n"
    "  --db FILE             also record the run in the SQLite history database FILE\n"
    "                        (created when missing; docs/history-db.md)\n"
    "  --sarif-root DIR      SARIF: file URIs are relative to DIR, the %SRCROOT% base\n"
    "                        (default: the current directory)\n"
    "  --no-color            no colours, even on a terminal\n"
    "  --lang zh|en          language of the text headings (default zh)\n"
    "  --                    the end of the options: every argument after it is a file\n"
    "  Reports are written beside FILE and moved into place when complete (docs/checking.md).\n"
    "exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
    "             2 usage, input, output or rule errors\n";

}  // namespace

int cmd_scorecard(const Args& args) { return run_report_command({"scorecard", kUsage}, args); }

}  // namespace gk::cli

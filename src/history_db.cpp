#include "history_db.h"

#include <ctime>
#include <optional>

#include <fmt/format.h>
#include <sqlite3.h>

#include "history_schema.h"

namespace gk::cli {

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

struct FindingRecord {
  std::string rule, severity, category, outcome, message, item, section;
  std::optional<long long> line, column;
};
struct ScoreRecord {
  long long scope = 0;
  std::string scope_kind, scope_title, pack, version, status, grade;
  std::optional<std::string> score;
  long long errors = 0, warnings = 0, infos = 0, cannot_verify = 0;
  struct Category { std::string name, weight; std::optional<std::string> score; };
  std::vector<Category> categories;
  struct Rule { std::string id, outcome; long long items, passed; };
  std::vector<Rule> rules;
  std::vector<FindingRecord> findings;
};
struct DocumentRecord {
  long long position = 0;
  std::string file, title, department, kind;
  std::optional<std::string> hash, read_error;
  std::optional<long long> year;
  std::vector<ScoreRecord> scores;
};
struct HistoryStore::Records {
  std::vector<DocumentRecord> documents;
};

struct HistoryStore::Connection {
  sqlite3* db = nullptr;
  ~Connection() { sqlite3_close(db); }
  std::string error() const { return sqlite3_errmsg(db); }
  bool exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
};

namespace {

/// A prepared statement: bind values in order, run, reset.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  bool ok() const { return stmt_ != nullptr; }
  Statement& text(const std::string& v) {
    sqlite3_bind_text(stmt_, ++index_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& text(const std::optional<std::string>& v) { return v ? text(*v) : null(); }
  Statement& integer(long long v) {
    sqlite3_bind_int64(stmt_, ++index_, v);
    return *this;
  }
  Statement& integer(const std::optional<long long>& v) { return v ? integer(*v) : null(); }
  Statement& null() {
    sqlite3_bind_null(stmt_, ++index_);
    return *this;
  }
  /// Runs it; the new row's id, or -1 on failure.
  long long run() {
    const int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    index_ = 0;
    return rc == SQLITE_DONE ? sqlite3_last_insert_rowid(db_) : -1;
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int index_ = 0;
};

std::optional<std::string> decimal_text(const std::optional<Decimal>& d) {
  if (!d) return std::nullopt;
  return d->to_string();
}

ScoreRecord score_record(const CheckedFile& file, size_t k) {
  const eval::PackResult& pack = file.check.packs[k];
  const eval::Scorecard& card = file.scores[k];
  ScoreRecord s;
  s.scope = static_cast<long long>(scope_number(*file.document, pack.scope));
  s.scope_kind = doc::to_chinese(pack.scope->kind);
  s.scope_title = pack.scope->title;
  s.pack = pack.pack->name;
  s.version = pack.pack->version;
  s.status = card.unscored == eval::Unscored::None             ? "scored"
             : card.unscored == eval::Unscored::PackNotApplies ? "pack_not_applicable"
                                                               : "no_counted_rules";
  s.score = decimal_text(card.shown_score());
  s.grade = card.grade;
  s.errors = static_cast<long long>(card.findings.errors);
  s.warnings = static_cast<long long>(card.findings.warnings);
  s.infos = static_cast<long long>(card.findings.infos);
  s.cannot_verify = static_cast<long long>(card.findings.cannot_verify);
  for (const auto& c : card.categories)
    s.categories.push_back({c.category, c.weight.to_string(), c.score ? decimal_text(eval::shown(*c.score)) : std::nullopt});
  for (const auto& r : card.rules)
    s.rules.push_back({r.rule->info.id, eval::to_string(r.outcome), static_cast<long long>(r.counted),
                       static_cast<long long>(r.passed)});
  const SourceText& source = file.document->source;
  for (const auto& rule : pack.rules) {
    for (const auto& item : rule.items) {
      if (!is_finding(item)) continue;
      FindingRecord f{rule.rule->info.id, finding_severity(rule, item), rule.rule->info.category,
                      eval::to_string(item.outcome), item.message, item.item, "", std::nullopt, std::nullopt};
      const Span span = finding_location(*file.document, pack, item);
      if (is_located(span, item)) {
        const Location at = source.locate(span.begin);
        f.line = at.line;
        f.column = at.column;
        f.section = section_at(*file.document, span.begin);
      }
      s.findings.push_back(std::move(f));
    }
  }
  return s;
}

}  // namespace

HistoryStore::~HistoryStore() = default;

std::unique_ptr<HistoryStore> HistoryStore::open(const std::string& command, const std::string& path) {
  std::unique_ptr<HistoryStore> store(new HistoryStore);
  store->command_ = command;
  store->path_ = path;
  store->started_at_ = utc_now();
  store->records_ = std::make_unique<Records>();
  store->db_ = std::make_unique<Connection>();
  auto fail = [&](const std::string& why) {
    fmt::print(stderr, "gongkai {}: history database {}: {}\n", command, path, why);
    return nullptr;
  };
  if (sqlite3_open_v2(path.c_str(), &store->db_->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    return fail(store->db_->error());
  Connection& c = *store->db_;
  sqlite3_busy_timeout(c.db, 60000);
  if (!c.exec("PRAGMA journal_mode=WAL") || !c.exec("PRAGMA foreign_keys=ON")) return fail(c.error());
  if (!c.exec("BEGIN IMMEDIATE")) return fail(c.error());
  if (!c.exec(kHistorySchema)) {
    const std::string why = c.error();
    c.exec("ROLLBACK");
    return fail(why);
  }
  sqlite3_stmt* probe = nullptr;
  int found = 0;
  if (sqlite3_prepare_v2(c.db, "PRAGMA user_version", -1, &probe, nullptr) == SQLITE_OK && sqlite3_step(probe) == SQLITE_ROW)
    found = sqlite3_column_int(probe, 0);
  sqlite3_finalize(probe);
  if (found != 0 && found != kHistorySchemaVersion) {
    c.exec("ROLLBACK");
    return fail(fmt::format("schema version {} is not the version {} this gongkai writes", found, kHistorySchemaVersion));
  }
  if (!c.exec(fmt::format("PRAGMA user_version={}", kHistorySchemaVersion).c_str()) || !c.exec("COMMIT")) {
    const std::string why = c.error();
    c.exec("ROLLBACK");
    return fail(why);
  }
  return store;
}

void HistoryStore::add(const CheckedFile& file) {
  DocumentRecord d;
  d.position = static_cast<long long>(file.index);
  d.file = file.file;
  if (file.unreadable) {
    d.read_error = file.unreadable->code;
  } else {
    const doc::Document& document = *file.document;
    d.hash = hex64(file.content_hash);
    d.title = document.title;
    d.department = file.department;
    if (document.year) d.year = *document.year;
    d.kind = doc::to_chinese(document.kind);
    for (size_t k = 0; k < file.check.packs.size(); ++k) d.scores.push_back(score_record(file, k));
  }
  records_->documents.push_back(std::move(d));
}

bool HistoryStore::commit(const RunInfo& run) {
  Connection& c = *db_;
  auto fail = [&](const std::string& why) {
    fmt::print(stderr, "gongkai {}: history database {}: {}\n", command_, path_, why);
    c.exec("ROLLBACK");
    return false;
  };
  if (!c.exec("BEGIN IMMEDIATE")) return fail(c.error());
  Statement insert_run(c.db, "INSERT INTO runs(started_at, finished_at, command, gongkai_version, files, unreadable) VALUES(?,?,?,?,?,?)");
  Statement insert_pack(c.db, "INSERT INTO run_packs VALUES(?,?,?,?,?,?)");
  Statement insert_document(c.db, "INSERT INTO documents(run_id, position, file, content_hash, title, department, year, kind, read_error) VALUES(?,?,?,?,?,?,?,?,?)");
  Statement insert_score(c.db, "INSERT INTO scores(document_id, scope, scope_kind, scope_title, pack, pack_version, status, score, grade, errors, warnings, infos, cannot_verify) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
  Statement insert_category(c.db, "INSERT INTO category_scores VALUES(?,?,?,?)");
  Statement insert_rule(c.db, "INSERT INTO rule_results VALUES(?,?,?,?,?)");
  Statement insert_finding(c.db, "INSERT INTO findings(score_id, rule, severity, category, outcome, message, item, line, col, section) VALUES(?,?,?,?,?,?,?,?,?,?)");
  for (auto* s : {&insert_run, &insert_pack, &insert_document, &insert_score, &insert_category, &insert_rule, &insert_finding})
    if (!s->ok()) return fail(c.error());
  long long unreadable = 0;
  for (const auto& d : records_->documents) unreadable += d.read_error.has_value();
  const long long run_id = insert_run.text(started_at_).text(utc_now()).text(run.command).text(std::string("0.1.0"))
                               .integer(static_cast<long long>(run.files)).integer(unreadable).run();
  if (run_id < 0) return fail(c.error());
  for (size_t k = 0; k < run.packs.size(); ++k) {
    const auto* p = run.packs[k];
    if (insert_pack.integer(run_id).integer(static_cast<long long>(k)).text(p->name).text(p->version).text(p->title)
            .integer(static_cast<long long>(p->rules.size())).run() < 0)
      return fail(c.error());
  }
  for (const auto& d : records_->documents) {
    const long long document_id = insert_document.integer(run_id).integer(d.position).text(d.file).text(d.hash).text(d.title)
                                      .text(d.department).integer(d.year).text(d.kind).text(d.read_error).run();
    if (document_id < 0) return fail(c.error());
    for (const auto& s : d.scores) {
      const long long score_id = insert_score.integer(document_id).integer(s.scope).text(s.scope_kind).text(s.scope_title)
                                     .text(s.pack).text(s.version).text(s.status).text(s.score).text(s.grade)
                                     .integer(s.errors).integer(s.warnings).integer(s.infos).integer(s.cannot_verify).run();
      if (score_id < 0) return fail(c.error());
      for (const auto& cat : s.categories)
        if (insert_category.integer(score_id).text(cat.name).text(cat.weight).text(cat.score).run() < 0) return fail(c.error());
      for (const auto& r : s.rules)
        if (insert_rule.integer(score_id).text(r.id).text(r.outcome).integer(r.items).integer(r.passed).run() < 0)
          return fail(c.error());
      for (const auto& f : s.findings)
        if (insert_finding.integer(score_id).text(f.rule).text(f.severity).text(f.category).text(f.outcome).text(f.message)
                .text(f.item).integer(f.line).integer(f.column).text(f.section).run() < 0)
          return fail(c.error());
    }
  }
  if (!c.exec("COMMIT")) return fail(c.error());
  return true;
}

}  // namespace gk::cli

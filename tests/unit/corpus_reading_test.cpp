// The corpus of converted documents (tests/data/corpus): every file is read as its manifest
// (expected.tsv) says — kind, tables found, parts, and the 收入支出决算总表's 总计 on both
// sides read exactly, or its rows reported unread when the conversion wrote whole columns.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "document/extract.h"
#include "document/reader.h"
#include "document/table_vocabulary.h"
#include "test_files.h"

using namespace gk;
using namespace gk::doc;

namespace {

struct Expected {
  std::string kind;
  size_t tables = 0;
  std::string parts;  ///< a count, or "-" (a 预算 is not checked for parts)
  std::string total;  ///< 总计 of 收入支出决算总表, "unread", or "-"
};

std::map<std::string, Expected> manifest() {
  std::map<std::string, Expected> out;
  std::istringstream in(gk::test::read_test_file("corpus/expected.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.starts_with("#")) continue;
    std::istringstream fields(line);
    std::string file, tables;
    Expected e;
    std::getline(fields, file, '\t');
    std::getline(fields, e.kind, '\t');
    std::getline(fields, tables, '\t');
    std::getline(fields, e.parts, '\t');
    std::getline(fields, e.total, '\t');
    e.tables = std::stoul(tables);
    out[file] = e;
  }
  return out;
}

const Table* summary_table(const Document& doc) {
  for (const auto& t : doc.tables)
    if (builtin_table_vocabulary().find(t.title) == builtin_table_vocabulary().find("收入支出决算总表")) return &t;
  return nullptr;
}

size_t parts_of(const Document& doc) {
  size_t n = 0;
  for (const auto& s : doc.sections) n += s.level == 1;
  return n;
}

}  // namespace

TEST_CASE("corpus: every converted document is read as its manifest says") {
  const auto expected = manifest();
  const std::string dir = std::string(GK_TESTDATA_DIR) + "/corpus";
  size_t checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().filename().string();
    CAPTURE(name);
    const auto it = expected.find(name);
    REQUIRE_MESSAGE(it != expected.end(), "not in expected.tsv");
    const Expected& e = it->second;
    auto read = read_document_file(entry.path().string());
    REQUIRE(std::holds_alternative<SourceText>(read));
    const Document doc = extract_document(std::move(std::get<SourceText>(read)));
    CHECK(std::string(to_chinese(doc.kind)) == e.kind);
    CHECK(doc.tables.size() == e.tables);
    if (e.parts != "-") CHECK(parts_of(doc) == std::stoul(e.parts));
    if (e.total == "-") { ++checked; continue; }
    const Table* summary = summary_table(doc);
    REQUIRE(summary != nullptr);
    if (e.total == "unread") {
      CHECK_FALSE(summary->unread.empty());
    } else {
      std::vector<std::string> totals;
      for (const auto& row : summary->rows)
        if (row.label == "总计")
          for (const auto& cell : row.cells)
            if (cell.kind == CellKind::Number && !cell.ambiguous) totals.push_back(cell.value->to_string());
      CHECK(totals == std::vector<std::string>{e.total, e.total});
    }
    ++checked;
  }
  CHECK(checked == expected.size());  // an empty or incomplete folder fails
}

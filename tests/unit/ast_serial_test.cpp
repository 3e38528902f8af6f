// The binary form of the rule AST (syntax/ast_serial.h) and the built-in packs' trees made
// with it at build time (embedded_packs.h): every embedded rule file, whole and without its
// test blocks, reads back as the tree the parser gives today; any rule file round-trips;
// bytes cut short, changed or made for another text are refused, and the pack is then
// compiled from its text, to the same plan.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "check/pack.h"
#include "check/plan_dump.h"
#include "embedded_packs.h"
#include "syntax/ast_dump.h"
#include "syntax/ast_serial.h"
#include "syntax/message.h"
#include "syntax/parser.h"
#include "syntax/test_blocks.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

/// The embedded rule files as a command compiles them, whole or without test blocks, with
/// the tree stored for each.
struct StoredFile {
  gk::SourceText text;
  std::string_view tree;
};

std::vector<StoredFile> embedded_files(bool with_tests) {
  std::vector<StoredFile> out;
  for (const auto& f : gk::embedded_packs()) {
    std::string_view tree;
    for (const auto& t : gk::embedded_pack_trees())
      if (t.path == f.path) tree = with_tests ? t.whole : t.without_tests;
    out.push_back({gk::SourceText("<builtin>/rules/" + std::string(f.path),
                                  with_tests ? std::string(f.content) : gk::syntax::without_test_blocks(f.content)),
                   tree});
  }
  return out;
}

/// Serializes the parsed tree of `source` with its message parts, reads it back, and
/// compares the two.
void check_round_trip(const gk::SourceText& source) {
  gk::DiagnosticSink sink;
  const auto parsed = gk::parse_rule_file(source, sink);
  gk::read_message_expressions(*parsed, source);
  const std::string bytes = gk::ast::serialize(*parsed, source);
  const auto read = gk::ast::deserialize(bytes, source);
  REQUIRE(read);
  CHECK(gk::ast::dump(*read, source) == gk::ast::dump(*parsed, source));
  CHECK(gk::ast::serialize(*read, source) == bytes);  // every field, shown in the dump or not
}

std::vector<fs::path> rule_files_under(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().extension() == ".gk") out.push_back(e.path());
  return out;
}

/// The stored tree of juesuan/pack.gk with its text, for the tests of broken bytes.
StoredFile pack_header_file() {
  for (auto& f : embedded_files(true))
    if (f.text.name().ends_with("juesuan/pack.gk")) return f;
  FAIL("juesuan/pack.gk is not embedded");
  return {};
}

}  // namespace

TEST_CASE("stored trees: each embedded rule file's tree reads back as the parser's, in both forms") {
  size_t files = 0, parts = 0;
  for (const bool with_tests : {true, false}) {
    for (const auto& f : embedded_files(with_tests)) {
      INFO(f.text.name() << (with_tests ? "" : " without tests"));
      ++files;
      gk::DiagnosticSink sink;
      const auto parsed = gk::parse_rule_file(f.text, sink);
      CHECK(sink.diagnostics().empty());
      REQUIRE(!f.tree.empty());
      const auto read = gk::ast::deserialize(f.tree, f.text);
      REQUIRE(read);
      CHECK(gk::ast::dump(*read, f.text) == gk::ast::dump(*parsed, f.text));
      // The message parts read ahead are those the checker would parse.
      CHECK(gk::read_message_expressions(*parsed, f.text));
      CHECK(gk::ast::serialize(*parsed, f.text) == f.tree);  // made from today's text and parser
      REQUIRE(read->message_expressions.size() == parsed->message_expressions.size());
      for (const auto& m : read->message_expressions) {
        const auto alone = gk::parse_embedded_expression(f.text, m.part, sink);
        REQUIRE(alone);
        REQUIRE(m.expr);
        CHECK(gk::ast::dump(*m.expr, f.text) == gk::ast::dump(*alone, f.text));
        CHECK(read->message_expression(m.part) == m.expr.get());
        ++parts;
      }
    }
  }
  CHECK(files >= 20);
  CHECK(parts > 100);
}

TEST_CASE("stored trees: the text without test blocks is stored as the program would make it") {
  size_t files = 0;
  for (const auto& f : gk::embedded_packs()) {
    for (const auto& t : gk::embedded_pack_trees()) {
      if (t.path != f.path) continue;
      INFO(f.path);
      CHECK(t.text_without_tests == gk::syntax::without_test_blocks(f.content));
      ++files;
    }
  }
  CHECK(files == gk::embedded_packs().size());
}

TEST_CASE("stored trees: the built-in packs compile to the same plan from their trees as from their text") {
  for (const bool with_tests : {true, false}) {
    std::map<std::string, std::pair<std::vector<gk::SourceText>, std::vector<gk::check::RuleFile>>> packs;
    for (auto& f : embedded_files(with_tests)) {
      const std::string name = f.text.name();
      const std::string dir = name.substr(0, name.rfind('/'));
      packs[dir].first.push_back(f.text);
      packs[dir].second.push_back(gk::check::with_stored_tree(f.text, f.tree));
      CHECK(packs[dir].second.back().tree);
    }
    for (auto& pack : packs) {  // not a structured binding: INFO captures it (clang before 16)
      const std::string& dir = pack.first;
      auto& files = pack.second;
      INFO(dir);
      gk::DiagnosticSink parsed_sink, stored_sink;
      const auto parsed = gk::check::compile_pack(std::move(files.first), "p", parsed_sink);
      const auto stored = gk::check::compile_pack(std::move(files.second), "p", stored_sink);
      REQUIRE(parsed);
      REQUIRE(stored);
      CHECK(stored_sink.diagnostics().empty());
      CHECK(gk::check::dump_plan(*stored) == gk::check::dump_plan(*parsed));
      CHECK(stored->tests.size() == parsed->tests.size());
    }
  }
}

TEST_CASE("serial form: every rule file of the tests and the docs round-trips, broken ones too") {
  size_t files = 0;
  for (const auto& path : rule_files_under(GK_TESTDATA_DIR)) {
    INFO(path.string());
    check_round_trip(gk::SourceText(path.string(), gk::test::read_file(path.string())));
    ++files;
  }
  for (const auto& example : gk::test::doc_examples()) {
    INFO(example.name);
    check_round_trip(gk::SourceText(example.name, example.text));
    ++files;
  }
  // Escaped quotes, a rule number written as a string, units, every kind of expression.
  check_round_trip(gk::SourceText("snippet.gk",
      "rule \"R 1\" \"标题\" {\n"
      "  for x in [1, 2.5万元, 3%] where not (x > -1 and x != 0 or x ~ \"a\\\"b\")\n"
      "  let y = first(r in rows(表) where r.科目 == \"2\\\"01\")\n"
      "  when all(z in [true, false] where z) and any(z in [1] where z !~ \"q\")\n"
      "  require y.金额 * 2 / 1 - 1 + 1 <= 3亿元 within 0.01元 else \"差 {y.金额}\" at y\n"
      "}\n"));
  CHECK(files > 30);
}

TEST_CASE("serial form: bytes cut short, changed or made for another text are refused") {
  const StoredFile f = pack_header_file();
  const std::string bytes(f.tree);
  REQUIRE(gk::ast::deserialize(bytes, f.text));
  CHECK_FALSE(gk::ast::deserialize("", f.text));
  for (size_t size = 0; size < bytes.size(); ++size) {
    INFO(size);
    CHECK_FALSE(gk::ast::deserialize(bytes.substr(0, size), f.text));
  }
  CHECK_FALSE(gk::ast::deserialize(bytes + '\0', f.text));
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string changed = bytes;
    changed[at] = static_cast<char>(changed[at] ^ 0x10);
    INFO(at);
    CHECK_FALSE(gk::ast::deserialize(changed, f.text));
  }
  std::string other = f.text.text();
  other[other.find("pack")] = 'P';  // the same length, another text
  CHECK_FALSE(gk::ast::deserialize(bytes, gk::SourceText(f.text.name(), other)));
  CHECK_FALSE(gk::ast::deserialize(bytes, gk::SourceText(f.text.name(), f.text.text() + "\n")));
  // The pack is then compiled from its text.
  const auto file = gk::check::with_stored_tree(f.text, bytes.substr(0, bytes.size() / 2));
  CHECK_FALSE(file.tree);
  CHECK(file.text.text() == f.text.text());
}

TEST_CASE("serial form: a changed tree whose fingerprint fits is refused or read without harm") {
  const StoredFile f = pack_header_file();
  const std::string bytes(f.tree);
  const size_t header = gk::ast::kSerialHeaderSize;
  size_t refused = 0;
  for (size_t at = header; at < bytes.size(); ++at) {
    for (const unsigned char value : {0x00, 0x7F, 0x80, 0xFF}) {
      std::string changed = bytes;
      changed[at] = static_cast<char>(value);
      const uint64_t print = gk::ast::fingerprint(std::string_view(changed).substr(header));
      for (int i = 0; i < 8; ++i) changed[header - 8 + i] = static_cast<char>((print >> (8 * i)) & 0xFF);
      const auto read = gk::ast::deserialize(changed, f.text);
      if (!read) ++refused;
      else (void)gk::ast::dump(*read, f.text);  // every span within the text
    }
  }
  CHECK(refused > 0);
}

// The `{…}` parts of messages that are a name or a chain of fields are read without the
// parser (syntax::read_name_path): the tree must be the parser's own, spans included, for
// every such part in the repository's rule files and for hand-picked texts; anything else
// is left to the parser.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <string>
#include <variant>
#include <vector>

#include "syntax/ast_dump.h"
#include "syntax/parser.h"
#include "test_files.h"

namespace {

/// Whether two trees of names and fields are the same, spans included.
bool same_path(const gk::ast::Expr& a, const gk::ast::Expr& b) {
  if (a.span.begin != b.span.begin || a.span.end != b.span.end) return false;
  if (const auto* x = std::get_if<gk::ast::NameRef>(&a.node)) {
    const auto* y = std::get_if<gk::ast::NameRef>(&b.node);
    return y != nullptr && x->name == y->name;
  }
  const auto* x = std::get_if<gk::ast::MemberExpr>(&a.node);
  const auto* y = std::get_if<gk::ast::MemberExpr>(&b.node);
  return x != nullptr && y != nullptr && x->field.text == y->field.text &&
         x->field.span.begin == y->field.span.begin && x->field.span.end == y->field.span.end &&
         same_path(*x->object, *y->object);
}

/// Reads `expression` both ways inside a rule; false when the fast reading differs from
/// the parser's. `read` tells whether the fast reading took it.
bool agrees(const std::string& expression, bool& read) {
  const std::string head = "rule X-1 \"t\" {\n  require ";
  const gk::SourceText source("test.gk", head + expression + "\n}\n");
  const gk::Span span{static_cast<uint32_t>(head.size()), static_cast<uint32_t>(head.size() + expression.size())};
  const auto fast = gk::syntax::read_name_path(source, span);
  read = fast != nullptr;
  if (!fast) return true;
  gk::DiagnosticSink sink;
  const auto file = gk::parse_rule_file(source, sink);
  if (sink.has_errors() || file->declarations.size() != 1) return false;
  const auto& rule = std::get<gk::ast::RuleDecl>(file->declarations[0]);
  const auto& parsed = *std::get<gk::ast::RequireStep>(rule.steps.at(0).step).condition;
  INFO(gk::ast::dump(parsed, source) << "\nversus\n" << gk::ast::dump(*fast, source));
  return same_path(parsed, *fast) && gk::ast::dump(parsed, source) == gk::ast::dump(*fast, source);
}

}  // namespace

TEST_CASE("name paths: the message parts of the repository's rule files read as the parser reads them") {
  namespace fs = std::filesystem;
  const std::regex part("\\{([^{}\"\\n]*)\\}");
  size_t read_count = 0;
  for (const fs::path root : {fs::path(GK_RULES_DIR), fs::path(GK_TESTDATA_DIR)}) {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".gk") continue;
      const std::string text = gk::test::read_file(entry.path().string());
      for (std::sregex_iterator it(text.begin(), text.end(), part), end; it != end; ++it) {
        const std::string expression = (*it)[1].str();
        bool read = false;
        CHECK_MESSAGE(agrees(expression, read), entry.path().string() << ": {" << expression << "}");
        read_count += read;
      }
    }
  }
  CHECK(read_count >= 100);
}

TEST_CASE("name paths: names and fields only, the parser takes everything else") {
  for (const char* text : {"合计", " r.名称 ", "a.b.c", "t.表号1", "_x.y_2", "\t表格数.名\u3000"}) {
    bool read = false;
    CHECK_MESSAGE(agrees(text, read), text);
    CHECK_MESSAGE(read, text);
  }
  for (const char* text : {"", "a.", ".a", "a b", "1", "f(x)", "a # c", "a.title", "t.表名", "a.b(c)", "-a", "a + b",
                           "“x”", "a.1", "表", "a..b"}) {
    bool read = true;
    CHECK_MESSAGE(agrees(text, read), text);
    CHECK_MESSAGE(!read, text);
  }
}

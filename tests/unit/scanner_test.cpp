// The hand-written scanner (syntax/scanner.h) against the grammar's own lexer (the
// generated gkgen::GongkaiLexer): every rule file of the repository, the documentation's
// examples, every literal of the grammar, and many random and mutated texts must give
// identical token streams — types, channels, positions, lines and columns. A keyword added
// to GongkaiLexer.g4 but not to the scanner's table fails here.
#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "GongkaiLexer.h"
#include "antlr4-runtime.h"
#include "base/unicode.h"
#include "syntax/scanner.h"
#include "syntax/transform_context.h"
#include "test_files.h"

namespace {

using gk::syntax::Scanner;

/// A token as both lexers must give it.
struct Lexed {
  size_t type, channel, start, stop, line, column;
  bool operator==(const Lexed&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Lexed& t) {
  return out << "type " << t.type << " channel " << t.channel << " [" << t.start << ", " << t.stop
             << "] at " << t.line << ":" << t.column;
}

class ViewStream : public antlr4::ANTLRInputStream {
 public:
  explicit ViewStream(std::u32string points) { _data = std::move(points); }
  std::u32string_view points() const { return _data; }
};

std::vector<Lexed> drain(antlr4::TokenSource& source) {
  std::vector<Lexed> out;
  for (size_t guard = 0; guard < 1'000'000; ++guard) {
    auto token = source.nextToken();
    out.push_back({token->getType(), token->getChannel(), token->getStartIndex(), token->getStopIndex(),
                   token->getLine(), token->getCharPositionInLine()});
    if (token->getType() == antlr4::Token::EOF) break;
  }
  return out;
}

std::vector<Lexed> by_grammar(const std::u32string& view) {
  ViewStream stream(view);
  gkgen::GongkaiLexer lexer(&stream);
  lexer.removeErrorListeners();
  return drain(lexer);
}

std::vector<Lexed> by_scanner(const std::u32string& view) {
  ViewStream stream(view);
  Scanner scanner(stream.points(), &stream);
  return drain(scanner);
}

std::u32string decode(std::string_view utf8) {
  return gk::syntax::decode_for_lexer(utf8, 0).code_points;
}

std::string printable(const std::u32string& points) {
  std::ostringstream out;
  for (char32_t p : points) {
    if (p >= 0x20 && p < 0x7F && p != '\\') out << static_cast<char>(p);
    else out << "\\u{" << std::hex << static_cast<uint32_t>(p) << std::dec << "}";
  }
  return out.str();
}

/// Lexes `text` (as the parser would see it) with both; false, with the first difference
/// reported, when they differ.
bool same_tokens(const std::u32string& text, const std::string& name) {
  const std::u32string view = gk::syntax::lexer_view(text);
  const auto expected = by_grammar(view), got = by_scanner(view);
  if (expected == got) return true;
  size_t i = 0;
  while (i < expected.size() && i < got.size() && expected[i] == got[i]) ++i;
  std::ostringstream why;
  why << name << ": token " << i << " differs: grammar ";
  if (i < expected.size()) why << expected[i];
  else why << "(none)";
  why << ", scanner ";
  if (i < got.size()) why << got[i];
  else why << "(none)";
  why << "\n  text: " << printable(text.substr(0, 400));
  FAIL_CHECK(why.str());
  return false;
}

/// The .gk files of the repository (rules/, tests/) and the documentation's examples.
std::vector<std::pair<std::string, std::string>> repository_rule_texts() {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::string, std::string>> out;
  for (const fs::path root : {fs::path(GK_RULES_DIR), fs::path(GK_TESTDATA_DIR).parent_path()}) {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".gk")
        out.emplace_back(entry.path().string(), gk::test::read_file(entry.path().string()));
    }
  }
  for (const auto& example : gk::test::doc_examples()) out.emplace_back(example.name, example.text);
  return out;
}

/// The strings a lexer rule matches when it is a choice of literals (a keyword, a unit,
/// punctuation); none for rules with character sets or loops.
std::set<std::u32string> literals_of_rule(const antlr4::atn::ATN& atn, size_t rule) {
  std::set<std::u32string> out;
  struct Path {
    antlr4::atn::ATNState* state;  // the runtime's state type queries are not const
    std::u32string text;
    size_t steps;
  };
  std::vector<Path> todo{{atn.ruleToStartState[rule], U"", 0}};
  while (!todo.empty()) {
    Path path = todo.back();
    todo.pop_back();
    if (path.steps > 64) return {};  // a loop: not a literal rule
    if (path.state->getStateType() == antlr4::atn::ATNState::RULE_STOP) {
      out.insert(path.text);
      continue;
    }
    for (const antlr4::atn::Transition* t : path.state->transitions) {
      if (t->getSerializationType() == antlr4::atn::Transition::RULE) return {};  // uses a fragment
      if (t->isEpsilon()) {
        todo.push_back({t->target, path.text, path.steps + 1});
        continue;
      }
      // Single characters of several alternatives are merged into one small set.
      const antlr4::misc::IntervalSet label = t->label();
      if (t->getSerializationType() == antlr4::atn::Transition::NOT_SET || label.size() > 8) return {};
      for (ssize_t point : label.toList())
        todo.push_back({t->target, path.text + static_cast<char32_t>(point), path.steps + 1});
    }
  }
  return out;
}

/// Every literal of the grammar's token rules with the token type it gives.
std::vector<std::pair<std::u32string, size_t>> grammar_literals() {
  antlr4::ANTLRInputStream empty;
  gkgen::GongkaiLexer lexer(&empty);
  const antlr4::atn::ATN& atn = lexer.getATN();
  std::vector<std::pair<std::u32string, size_t>> out;
  for (size_t rule = 0; rule < lexer.getRuleNames().size(); ++rule) {
    const size_t type = atn.ruleToTokenType[rule];
    if (type == 0 || type == antlr4::Token::INVALID_TYPE) continue;
    for (const auto& literal : literals_of_rule(atn, rule)) out.emplace_back(literal, type);
  }
  return out;
}

/// Pieces random texts are made of: the grammar's literals and the characters around them.
std::vector<std::u32string> pieces() {
  std::vector<std::u32string> out;
  for (const auto& [literal, type] : grammar_literals()) out.push_back(literal);
  for (const char* ascii : {" ", "  ", "\t", "\n", "\r\n", "\r", "#", "# 注释 “", "\"", "\\", "\\\"", "_", "x",
                            "abc", "JS", "-", "JS-AR-01", "a-", "1", "12.5", "3.", ".", "0", "!", "&", "@",
                            "'", ";", "?", "|", "$", "^", "`", "e9", "Z_9"})
    out.push_back(decode(ascii));
  for (const char* wide : {"“", "”", "表格", "万元数", "当前", "支出", "决算", "。", "、", "！", "《", "》", "…",
                           "　", "\uFEFF", "①", "１", "Ⅻ", "é", "ß", "Ω", "я", "ä", "٣", "𠀀", "𝐀", "😀",
                           "\u0001", "\u0002", "\u00A0", "\u2028", "\u0378", "\u08BE", "\u9FEF", "\u4DB6",
                           "\uFFFD", "规则包", "不通过x", "测试"})
    out.push_back(decode(wide));
  return out;
}

}  // namespace

TEST_CASE("scanner: literal code points are those of the grammar's lexer") {
  antlr4::ANTLRInputStream empty;
  gkgen::GongkaiLexer lexer(&empty);
  std::set<char32_t> found;
  for (const antlr4::atn::ATNState* state : lexer.getATN().states) {
    if (state == nullptr) continue;
    for (const antlr4::atn::Transition* transition : state->transitions) {
      const antlr4::misc::IntervalSet label = transition->label();
      if (label.size() > 64) continue;  // a class such as \p{L}, not a literal
      for (ssize_t point : label.toList())
        if (point >= 128) found.insert(static_cast<char32_t>(point));
    }
  }
  const auto& ours = gk::syntax::literal_code_points();
  CHECK(std::vector<char32_t>(found.begin(), found.end()) == ours);
}

TEST_CASE("scanner: every keyword and unit of the grammar is in the scanner's table") {
  const auto spellings = gk::syntax::scanner_spellings();
  size_t words = 0;
  for (const auto& entry : grammar_literals()) {
    // Named references: clang before 16 lets no lambda capture a structured binding.
    const auto& literal = entry.first;
    const auto type = entry.second;
    std::string utf8;
    for (char32_t p : literal) gk::unicode::append_utf8(utf8, p);
    // Words (keywords and 元 万元 亿元) are looked up in the table; punctuation is not.
    const bool word = std::all_of(literal.begin(), literal.end(), [](char32_t p) {
      return (U_GET_GC_MASK(static_cast<UChar32>(p)) & U_GC_L_MASK) != 0;
    });
    if (!word) continue;
    ++words;
    const bool listed = std::any_of(spellings.begin(), spellings.end(),
                                    [&](const auto& s) { return s.text == literal && s.type == type; });
    CHECK_MESSAGE(listed, "the grammar's word '" << utf8 << "' (token type " << type
                                                 << ") is missing from kKeywords in engine/syntax/scanner.cpp");
    CHECK(same_tokens(literal, utf8));
    CHECK(same_tokens(U"rule " + literal + U" x" + literal + U" " + literal + U"1", utf8));
  }
  CHECK(words >= 80);
  const auto grammar = grammar_literals();
  for (const auto& s : spellings) {  // nothing in the table that the grammar lacks
    std::string utf8;
    for (char32_t p : s.text) gk::unicode::append_utf8(utf8, p);
    const bool in_grammar = std::any_of(grammar.begin(), grammar.end(),
                                        [&](const auto& g) { return g.first == s.text && g.second == s.type; });
    CHECK_MESSAGE(in_grammar, "kKeywords has '" << utf8 << "' (token type " << s.type << "), which the grammar lacks");
  }
}

TEST_CASE("scanner: every rule file of the repository lexes as with the grammar's lexer") {
  size_t files = 0;
  for (const auto& [name, text] : repository_rule_texts()) {
    ++files;
    CHECK(same_tokens(decode(text), name));
  }
  CHECK(files >= 40);
}

TEST_CASE("scanner: truncated and mutated rule files lex as with the grammar's lexer") {
  std::mt19937 random(20261203);
  const auto extra = pieces();
  size_t failures = 0;
  for (const auto& [name, text] : repository_rule_texts()) {
    const std::u32string points = decode(text);
    if (points.empty()) continue;
    for (int round = 0; round < 12 && failures < 5; ++round) {
      std::u32string mutated = points;
      const size_t at = random() % mutated.size();
      switch (round % 4) {
        case 0: mutated.resize(at); break;                                 // truncated
        case 1: mutated[at] = static_cast<char32_t>(random() % 0x30000); break;  // a random character
        case 2: mutated.insert(at, extra[random() % extra.size()]); break;  // a piece inserted
        case 3: mutated.erase(at, 1 + random() % 8); break;               // a few deleted
      }
      if (!same_tokens(mutated, name + " (mutated)")) ++failures;
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("scanner: random texts lex as with the grammar's lexer") {
  std::mt19937 random(7);
  const auto extra = pieces();
  size_t failures = 0;
  for (int round = 0; round < 4000 && failures < 5; ++round) {
    std::u32string text;
    const size_t length = random() % 40;
    for (size_t i = 0; i < length; ++i) {
      if (random() % 8 == 0) text += static_cast<char32_t>(random() % (random() % 2 ? 0x3000 : 0x110000));
      else text += extra[random() % extra.size()];
    }
    if (!same_tokens(text, "random text " + std::to_string(round))) ++failures;
  }
  CHECK(failures == 0);
}

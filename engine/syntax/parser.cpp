// Runs the generated lexer and parser over a rule file: lexical problems are reported
// first (unclosed strings, unknown characters) and kept out of the parser's way; then the
// parser runs in fast SLL mode and, only when that fails, again in full LL mode with error
// recovery so that every syntax error is reported in plain words (parse_errors.cpp). The
// tree is then converted to the AST (transform_*.cpp).
#include "syntax/parser.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <unordered_set>

#include "GongkaiLexer.h"
#include "GongkaiParser.h"
#include "antlr4-runtime.h"
#include "syntax/concrete.h"
#include "syntax/nesting.h"
#include "syntax/parse_errors.h"
#include "syntax/syntax_messages.h"
#include "syntax/transform_context.h"

namespace gk {

namespace syntax {
// Defined in transform_decl.cpp and transform_expr.cpp.
ast::File transform_file(const TransformContext& cx, gkgen::GongkaiParser::FileContext* ctx,
                         const std::vector<antlr4::ParserRuleContext*>& broken);
ast::ExprPtr transform_expr(const TransformContext& cx, gkgen::GongkaiParser::ExprContext* ctx);
}  // namespace syntax

namespace {

using syntax::TransformContext;

/// The lexer's input: code points we decoded ourselves, so the positions the parser
/// reports map back to bytes through one table.
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  CodePointStream(std::u32string code_points, const std::string& source_name) {
    _data = std::move(code_points);
    name = source_name;
  }
};

/// Code points above ASCII that the lexer's literals use (keyword characters, full-width
/// punctuation, units), read once from the lexer's own ATN so that they follow the grammar.
const std::unordered_set<char32_t>& literal_code_points() {
  static const std::unordered_set<char32_t> points = [] {
    antlr4::ANTLRInputStream empty;
    gkgen::GongkaiLexer lexer(&empty);
    std::unordered_set<char32_t> found;
    for (const antlr4::atn::ATNState* state : lexer.getATN().states) {
      if (state == nullptr) continue;
      for (const antlr4::atn::Transition* transition : state->transitions) {
        const antlr4::misc::IntervalSet label = transition->label();
        if (label.size() > 64) continue;  // a class such as \p{L}, not a literal
        for (ssize_t point : label.toList()) {
          if (point >= 128) found.insert(static_cast<char32_t>(point));
        }
      }
    }
    return found;
  }();
  return points;
}

/// Han characters of the original and Extension A blocks (letters in every Unicode version).
bool is_common_han(char32_t point) {
  return (point >= 0x4E00 && point <= 0x9FA5) || (point >= 0x3400 && point <= 0x4DB5);
}

/// Characters that only the lexer's negated sets (strings, comments) take: above ASCII,
/// neither letters nor numbers (\p{L}, \p{N}), and in no literal of the grammar.
bool is_plain_symbol(char32_t point, const std::unordered_set<char32_t>& literal) {
  if (point < 0x80 || literal.contains(point)) return false;
  return (U_GET_GC_MASK(static_cast<UChar32>(point)) & (U_GC_L_MASK | U_GC_N_MASK)) == 0;
}

/// Where the lexer is, as far as stand-ins are concerned: in code, or inside a comment or
/// string, where it takes any character but the one that ends it.
enum class LexerPlace { Code, Comment, AsciiString, ChineseString };

/// The text as the lexer sees it. In code, each Han character that no literal uses becomes
/// the stand-in U+0001 (see GongkaiLexer.g4), and other characters above ASCII that are
/// neither letters nor numbers nor in a literal become U+0002; inside comments and strings,
/// every character above ASCII but the closing ” becomes U+0002 (those rules take any
/// character there). So the lexer's cache, which holds code points below 128 only, serves
/// Chinese text too. A real U+0001 becomes U+0002, which plays its (non-letter) part. Where
/// a "…" string ends is worked out as the lexer's longest match reads \" (ascii_string_end),
/// so patterns with backslashes are covered too. Token texts are always taken from the
/// source through spans, never from the lexer.
/// Where the "…" string opened at `open` ends as the lexer reads it (longest match of
/// '"' ('\\"' | ~["\r\n])* '"'): at the first quote of its line not preceded by a backslash,
/// or else at the last quote preceded by one; npos when the line has neither (unclosed).
size_t ascii_string_end(const std::u32string& points, size_t open) {
  size_t escaped = std::u32string::npos;
  for (size_t i = open + 1; i < points.size() && points[i] != '\n' && points[i] != '\r'; ++i) {
    if (points[i] != '"') continue;
    if (points[i - 1] != '\\') return i;
    escaped = i;
  }
  return escaped;
}

std::u32string lexer_view(std::u32string points) {
  const auto& literal = literal_code_points();
  LexerPlace place = LexerPlace::Code;
  size_t string_end = std::u32string::npos;  // AsciiString: the index of its closing quote
  for (size_t index = 0; index < points.size(); ++index) {
    char32_t& point = points[index];
    if (point == '\n' || point == '\r') {
      place = LexerPlace::Code;
      continue;
    }
    // The stand-ins of code, right anywhere.
    auto code_stand_in = [&] {
      if (point == 0x0001) point = 0x0002;
      else if (is_common_han(point) && !literal.contains(point)) point = 0x0001;
      else if (is_plain_symbol(point, literal)) point = 0x0002;
    };
    switch (place) {
      case LexerPlace::Code:
        if (point == '#') place = LexerPlace::Comment;
        else if (point == '"') {
          place = LexerPlace::AsciiString;
          string_end = ascii_string_end(points, index);
        } else if (point == 0x201C) place = LexerPlace::ChineseString;  // “
        else code_stand_in();
        continue;
      case LexerPlace::Comment:
        if (point >= 0x80 || point == 0x0001) point = 0x0002;
        continue;
      case LexerPlace::AsciiString:
        if (index == string_end) place = LexerPlace::Code;
        else if (point >= 0x80 || point == 0x0001) point = 0x0002;
        continue;
      case LexerPlace::ChineseString:
        if (point == 0x201D) place = LexerPlace::Code;  // ”
        else if (point >= 0x80 || point == 0x0001) point = 0x0002;
        continue;
    }
  }
  return points;
}

/// One run of the lexer and parser over a text (a whole file or a part of one).
class ParseRun {
 public:
  /// Reads `part` of `source`: the whole file, or an expression inside it.
  ParseRun(const SourceText& source, Span part, bool whole_file, DiagnosticSink& sink,
           Language lang)
      : whole_file_(whole_file),
        decoded_(syntax::decode_for_lexer(source.slice(part), part.begin)),
        cx_(source, decoded_.byte_offsets, sink, lang),
        input_(lexer_view(decoded_.code_points), source.name()),
        lexer_(&input_),
        tokens_(&lexer_),
        parser_(&tokens_),
        listener_(cx_) {
    lexer_.removeErrorListeners();
    parser_.removeErrorListeners();
    tokens_.fill();
    report_lexical_problems();
  }

  const TransformContext& context() const { return cx_; }

  /// Reports E008 when an expression nests deeper than the parser can safely follow.
  bool report_excess_nesting() {
    std::vector<antlr4::Token*> tokens;
    std::vector<size_t> types;
    for (antlr4::Token* token : tokens_.getTokens()) {
      if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
      if (token->getType() == antlr4::Token::EOF) break;
      tokens.push_back(token);
      types.push_back(token->getType());
    }
    const auto at = syntax::find_excess_nesting(types);
    if (!at) return false;
    cx_.report("E008", syntax::too_deep_message(syntax::kMaxExpressionDepth, cx_.language()),
               cx_.token_span(tokens[*at]));
    return true;
  }
  const std::vector<antlr4::ParserRuleContext*>& broken() const { return listener_.broken(); }
  /// Every token read, comments (hidden channel) included.
  std::vector<antlr4::Token*> tokens() { return tokens_.getTokens(); }

  /// Runs `start_rule` (e.g. &GongkaiParser::file): SLL first, full LL after a failure.
  template <class Tree>
  Tree* parse(Tree* (gkgen::GongkaiParser::*start_rule)()) {
    auto* simulator = parser_.getInterpreter<antlr4::atn::ParserATNSimulator>();
    simulator->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser_.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      return (parser_.*start_rule)();
    } catch (const antlr4::ParseCancellationException&) {
      parser_.reset();
      simulator->setPredictionMode(antlr4::atn::PredictionMode::LL);
      parser_.setErrorHandler(std::make_shared<syntax::PlainWordsErrorStrategy>(cx_, whole_file_));
      parser_.addErrorListener(&listener_);
      return (parser_.*start_rule)();
    }
  }

 private:
  /// Reports unclosed strings (then read as strings) and unknown characters (then skipped).
  void report_lexical_problems() {
    for (antlr4::Token* token : tokens_.getTokens()) {
      auto* writable = dynamic_cast<antlr4::WritableToken*>(token);
      if (writable == nullptr) continue;
      if (token->getType() == gkgen::GongkaiLexer::UNCLOSED_STRING) {
        cx_.report("E002", syntax::unclosed_string(cx_.language()), cx_.token_span(token));
        writable->setType(gkgen::GongkaiLexer::STRING);
      } else if (token->getType() == gkgen::GongkaiLexer::BAD_CHAR) {
        const Span span = cx_.token_span(token);
        cx_.report("E003", syntax::unknown_character(cx_.text(span), cx_.language()), span);
        writable->setChannel(antlr4::Token::HIDDEN_CHANNEL);
      }
    }
  }

  bool whole_file_;
  syntax::DecodedText decoded_;
  TransformContext cx_;
  CodePointStream input_;
  gkgen::GongkaiLexer lexer_;
  antlr4::CommonTokenStream tokens_;
  gkgen::GongkaiParser parser_;
  syntax::DiagnosticListener listener_;
};

Span whole_text(const SourceText& source) {
  return {0, static_cast<uint32_t>(source.text().size())};
}

/// Passes the diagnostics of one parse on to `sink` in the order of their positions (a note
/// without a position, that more were not kept, last).
void forward_in_order(const DiagnosticSink& found, DiagnosticSink& sink) {
  std::vector<Diagnostic> diagnostics = found.diagnostics();
  const auto position = [](const Diagnostic& d) {
    return std::pair(d.location.line == 0 ? UINT32_MAX : d.location.line, d.location.column);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const auto& a, const auto& b) { return position(a) < position(b); });
  for (auto& diagnostic : diagnostics) sink.report(std::move(diagnostic));
}

}  // namespace

std::unique_ptr<ast::File> parse_rule_file(const SourceText& source, DiagnosticSink& sink,
                                           Language lang) {
  DiagnosticSink found;
  ParseRun run(source, whole_text(source), /*whole_file=*/true, found, lang);
  if (run.report_excess_nesting()) {
    forward_in_order(found, sink);
    return std::make_unique<ast::File>();
  }
  auto* tree = run.parse(&gkgen::GongkaiParser::file);
  auto file =
      std::make_unique<ast::File>(syntax::transform_file(run.context(), tree, run.broken()));
  forward_in_order(found, sink);
  return file;
}

ast::ExprPtr parse_embedded_expression(const SourceText& source, Span span, DiagnosticSink& sink,
                                       Language lang) {
  DiagnosticSink found;
  ParseRun run(source, span, /*whole_file=*/false, found, lang);
  if (run.report_excess_nesting()) {
    forward_in_order(found, sink);
    return nullptr;
  }
  auto* tree = run.parse(&gkgen::GongkaiParser::expression);
  forward_in_order(found, sink);
  if (found.has_errors()) return nullptr;
  try {
    return syntax::transform_expr(run.context(), tree->expr());
  } catch (const syntax::IncompleteTree&) {
    return nullptr;
  }
}

namespace syntax {

bool with_concrete_file(const SourceText& source, DiagnosticSink& sink, Language lang,
                        const std::function<void(const ConcreteFile&)>& use) {
  DiagnosticSink found;
  ParseRun run(source, whole_text(source), /*whole_file=*/true, found, lang);
  if (run.report_excess_nesting()) {
    forward_in_order(found, sink);
    return false;
  }
  auto* tree = run.parse(&gkgen::GongkaiParser::file);
  forward_in_order(found, sink);
  if (found.has_errors()) return false;
  ConcreteFile file{source, tree, {}};
  for (antlr4::Token* token : run.tokens()) {
    const bool end = token->getType() == antlr4::Token::EOF;
    const Span span = end ? Span{static_cast<uint32_t>(source.text().size()),
                                 static_cast<uint32_t>(source.text().size())}
                          : run.context().token_span(token);
    file.tokens.push_back({token->getType(), span});
  }
  use(file);
  return true;
}

}  // namespace syntax

}  // namespace gk

// Runs the scanner (syntax/scanner.h: the tokens of the grammar's lexer, without building
// its automaton) and the generated parser over a rule file: lexical problems are reported
// first (unclosed strings, unknown characters) and kept out of the parser's way; then the
// parser runs in fast SLL mode and, only when that fails, again in full LL mode with error
// recovery so that every syntax error is reported in plain words (parse_errors.cpp). The
// tree is then converted to the AST (transform_*.cpp).
#include "syntax/parser.h"

#include <algorithm>
#include <cstdint>

#include "GongkaiLexer.h"
#include "GongkaiParser.h"
#include "antlr4-runtime.h"
#include "syntax/concrete.h"
#include "syntax/nesting.h"
#include "syntax/parse_errors.h"
#include "syntax/scanner.h"
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
  std::u32string_view code_points() const { return _data; }
};

/// One run of the lexer and parser over a text (a whole file or a part of one).
class ParseRun {
 public:
  /// Reads `part` of `source`: the whole file, or an expression inside it.
  ParseRun(const SourceText& source, Span part, bool whole_file, DiagnosticSink& sink,
           Language lang)
      : whole_file_(whole_file),
        decoded_(syntax::decode_for_lexer(source.slice(part), part.begin)),
        cx_(source, decoded_.byte_offsets, sink, lang),
        input_(syntax::lexer_view(decoded_.code_points), source.name()),
        scanner_(input_.code_points(), &input_),
        tokens_(&scanner_),
        parser_(&tokens_),
        listener_(cx_) {
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
      const size_t type = token->getType();
      if (type != gkgen::GongkaiLexer::UNCLOSED_STRING && type != gkgen::GongkaiLexer::BAD_CHAR) continue;
      auto* writable = dynamic_cast<antlr4::WritableToken*>(token);
      if (writable == nullptr) continue;
      if (type == gkgen::GongkaiLexer::UNCLOSED_STRING) {
        cx_.report("E002", syntax::unclosed_string(cx_.language()), cx_.token_span(token));
        writable->setType(gkgen::GongkaiLexer::STRING);
      } else {
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
  syntax::Scanner scanner_;
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
  if (auto path = syntax::read_name_path(source, span)) return path;
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

ast::ExprPtr read_name_path(const SourceText& source, Span span) {
  DecodedText decoded = decode_for_lexer(source.slice(span), span.begin);
  CodePointStream input(lexer_view(decoded.code_points), source.name());
  Scanner scanner(input.code_points(), &input);
  const auto token_span = [&](const antlr4::Token& token) {
    return Span{decoded.byte_offsets[token.getStartIndex()], decoded.byte_offsets[token.getStopIndex() + 1]};
  };
  const auto identifier = [&](const antlr4::Token& token) {
    const Span at = token_span(token);
    return ast::Identifier{std::string(source.slice(at)), at};
  };
  auto token = scanner.nextToken();
  if (token->getType() != gkgen::GongkaiLexer::IDENT) return nullptr;
  auto path = std::make_unique<ast::Expr>();
  ast::Identifier name = identifier(*token);
  path->node = ast::NameRef{std::move(name.text)};
  path->span = name.span;
  for (token = scanner.nextToken(); token->getType() != antlr4::Token::EOF; token = scanner.nextToken()) {
    if (token->getType() != gkgen::GongkaiLexer::DOT) return nullptr;
    token = scanner.nextToken();
    if (token->getType() != gkgen::GongkaiLexer::IDENT) return nullptr;  // a keyword field: the parser
    auto member = std::make_unique<ast::Expr>();
    ast::Identifier field = identifier(*token);
    member->span = path->span.merge(field.span);
    member->node = ast::MemberExpr{std::move(path), std::move(field)};
    path = std::move(member);
  }
  return path;
}

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

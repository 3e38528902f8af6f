// The formatter's entry point: refuses files with syntax errors, finds the comments and blank
// lines in the token stream, builds and prints the layout, and checks that the result reads
// as exactly the same tokens and comments as the original.
#include "syntax/format.h"

#include <algorithm>

#include "base/unicode.h"
#include "syntax/format_internal.h"
#include "syntax/parser.h"

namespace gk {

namespace syntax::formatting {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

std::string_view without_trailing_spaces(std::string_view text) {
  const size_t end = text.find_last_not_of(" \t\r");
  return end == std::string_view::npos ? std::string_view() : text.substr(0, end + 1);
}

}  // namespace

Tokens::Tokens(const ConcreteFile& file)
    : file_(file),
      leading_(file.tokens.size()),
      trailing_(file.tokens.size(), kNone),
      blank_before_(file.tokens.size(), false) {
  const std::string& text = file.source.text();
  std::vector<size_t> pending;  // own-line comments waiting for the next token
  size_t previous = kNone;      // the token or comment before
  for (size_t i = 0; i < file.tokens.size(); ++i) {
    const WrittenToken& t = file.tokens[i];
    const uint32_t from = previous == kNone ? 0 : file.tokens[previous].span.end;
    const auto breaks = std::count(text.begin() + from, text.begin() + t.span.begin, '\n');
    blank_before_[i] = previous != kNone && breaks >= 2;
    if (t.type == P::COMMENT) {
      if (previous != kNone && breaks == 0 && file.tokens[previous].type != P::COMMENT) {
        trailing_[previous] = i;
      } else {
        pending.push_back(i);
      }
    } else {
      leading_[i] = std::move(pending);
      pending.clear();
    }
    previous = i;
  }
}

std::string Tokens::comment_text(size_t comment) const {
  return std::string(without_trailing_spaces(text(comment)));
}

std::optional<size_t> Tokens::trailing(size_t token) const {
  if (trailing_[token] == kNone) return std::nullopt;
  return trailing_[token];
}

int Tokens::width(size_t token) const { return static_cast<int>(unicode::display_width(text(token))); }

}  // namespace syntax::formatting

namespace {

/// A token as the check compares them: its type and text (comments without trailing spaces).
struct TokenText {
  size_t type;
  std::string text;
  friend bool operator==(const TokenText&, const TokenText&) = default;
};

/// The tokens of a rule file, comments included; nullopt when it does not parse.
std::optional<std::vector<TokenText>> token_texts(const SourceText& source, Language lang) {
  std::vector<TokenText> out;
  DiagnosticSink ignored;
  const bool parsed = syntax::with_concrete_file(source, ignored, lang, [&](const syntax::ConcreteFile& file) {
    const syntax::formatting::Tokens tokens(file);
    for (size_t i = 0; i < tokens.end(); ++i) {
      const bool comment = tokens.type(i) == syntax::formatting::P::COMMENT;
      out.push_back({tokens.type(i), comment ? tokens.comment_text(i) : std::string(tokens.text(i))});
    }
  });
  if (!parsed) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::string> format_rule_file(const SourceText& source, DiagnosticSink& sink, Language lang) {
  DiagnosticSink found;
  parse_rule_file(source, found, lang);
  for (const auto& d : found.diagnostics()) sink.report(d);
  if (found.has_errors()) return std::nullopt;

  std::string formatted;
  DiagnosticSink ignored;
  syntax::with_concrete_file(source, ignored, lang, [&](const syntax::ConcreteFile& file) {
    const syntax::formatting::Tokens tokens(file);
    syntax::formatting::Builder builder(tokens);
    formatted = layout::print(builder.file(file.tree), kFormatWidth);
  });

  const auto before = token_texts(source, lang);
  const auto after = token_texts(SourceText(source.name(), formatted), lang);
  if (!before || !after || *before != *after) {
    throw FormatError("the formatted text would not read as the same tokens");
  }
  return formatted;
}

}  // namespace gk

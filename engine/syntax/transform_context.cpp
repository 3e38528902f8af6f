#include "syntax/transform_context.h"

#include <algorithm>

#include "base/unicode.h"
#include "syntax/syntax_messages.h"

namespace gk::syntax {

namespace {

constexpr std::string_view kOpenChineseQuote = "\u201C";   // “
constexpr std::string_view kCloseChineseQuote = "\u201D";  // ”

/// The opening and closing quote of a literal's text (closing empty when unclosed).
std::pair<std::string_view, std::string_view> quotes_of(std::string_view literal) {
  if (literal.starts_with(kOpenChineseQuote)) {
    const bool closed = literal.size() >= 2 * kOpenChineseQuote.size() &&
                        literal.ends_with(kCloseChineseQuote);
    return {kOpenChineseQuote, closed ? kCloseChineseQuote : std::string_view()};
  }
  const bool closed = literal.size() >= 2 && literal.back() == '"';
  return {literal.substr(0, 1), closed ? std::string_view("\"") : std::string_view()};
}

}  // namespace

DecodedText decode_for_lexer(std::string_view utf8, uint32_t base_offset) {
  DecodedText decoded;
  decoded.code_points.reserve(utf8.size());
  decoded.byte_offsets.reserve(utf8.size() + 1);
  for (size_t pos = 0; pos < utf8.size();) {
    decoded.byte_offsets.push_back(base_offset + static_cast<uint32_t>(pos));
    decoded.code_points.push_back(unicode::next_code_point(utf8, pos));
  }
  decoded.byte_offsets.push_back(base_offset + static_cast<uint32_t>(utf8.size()));
  return decoded;
}

TransformContext::TransformContext(const SourceText& source,
                                   const std::vector<uint32_t>& byte_offsets,
                                   DiagnosticSink& sink, Language language)
    : source_(source), byte_offsets_(byte_offsets), sink_(sink), language_(language) {}

Span TransformContext::span(size_t first, size_t last) const {
  // A made-up token has no start; an empty token (EOF) has last == first - 1.
  if (first >= byte_offsets_.size() || last + 1 < first) throw IncompleteTree{};
  const size_t end = std::min(last + 1, byte_offsets_.size() - 1);
  return {byte_offsets_[first], byte_offsets_[end]};
}

ast::StringLit TransformContext::string_literal(Span span) const {
  const std::string_view literal = text(span);
  const auto [open, close] = quotes_of(literal);
  ast::StringLit result;
  result.span = span;
  result.content = {span.begin + static_cast<uint32_t>(open.size()),
                    span.end - static_cast<uint32_t>(close.size())};
  const std::string_view raw = text(result.content);
  const bool escapes_quotes = open == "\"";
  for (size_t i = 0; i < raw.size(); ++i) {
    if (escapes_quotes && raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] == '"') {
      result.escapes.push_back(static_cast<uint32_t>(result.value.size()));
      ++i;
    }
    result.value += raw[i];
  }
  return result;
}

void TransformContext::report(const char* code, std::string message, Span span) const {
  sink_.report(Severity::Error, code, std::move(message), source_, span);
}

bool OnceOnlyItems::first(size_t keyword_type, Span keyword_span) {
  if (std::find(seen_.begin(), seen_.end(), keyword_type) == seen_.end()) {
    seen_.push_back(keyword_type);
    return true;
  }
  cx_.report("E004", duplicate_item(keyword_type, in_rule_, cx_.language()), keyword_span);
  return false;
}

}  // namespace gk::syntax

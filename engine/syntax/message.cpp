#include "syntax/message.h"

#include <algorithm>

#include "syntax/parser.h"
#include "syntax/syntax_messages.h"

namespace gk {

namespace {

/// Builds the parts of one message, text run by text run.
class MessageSplitter {
 public:
  explicit MessageSplitter(const ast::StringLit& message) : message_(message) {}

  std::vector<MessagePart> take() {
    flush_text(message_.value.size());
    return std::move(parts_);
  }
  /// Adds the text before `open`, then the expression between the braces at `open`, `close`.
  void add_expression(size_t open, size_t close) {
    flush_text(open);
    const std::string text = message_.value.substr(open + 1, close - open - 1);
    parts_.push_back({MessagePart::Kind::Expression, text,
                      message_.source_span(open + 1, close)});
    text_begin_ = close + 1;
  }
  /// Adds one literal brace written twice at `index`.
  void add_doubled_brace(size_t index) {
    flush_text(index + 1);  // keeps the first brace; the span covers both
    parts_.back().span.end = message_.source_offset(index + 2);
    text_begin_ = index + 2;
  }

 private:
  void flush_text(size_t end) {
    if (end <= text_begin_) return;
    const std::string text = message_.value.substr(text_begin_, end - text_begin_);
    const Span span = message_.source_span(text_begin_, end);
    if (!parts_.empty() && parts_.back().kind == MessagePart::Kind::Text) {
      parts_.back().text += text;  // a run continued after a doubled brace
      parts_.back().span = parts_.back().span.merge(span);
    } else {
      parts_.push_back({MessagePart::Kind::Text, text, span});
    }
    text_begin_ = end;
  }

  const ast::StringLit& message_;
  std::vector<MessagePart> parts_;
  size_t text_begin_ = 0;
};

}  // namespace

std::vector<MessagePart> split_message(const ast::StringLit& message, const SourceText& source,
                                       DiagnosticSink& sink, Language lang) {
  const std::string& value = message.value;
  MessageSplitter splitter(message);
  for (size_t i = 0; i < value.size(); ++i) {
    const bool doubled = i + 1 < value.size() && value[i + 1] == value[i];
    if ((value[i] == '{' || value[i] == '}') && doubled) {
      splitter.add_doubled_brace(i++);
    } else if (value[i] == '{') {
      const size_t close = value.find('}', i + 1);
      if (close == std::string::npos) {
        sink.report(Severity::Error, "E007", syntax::unclosed_message_brace(lang), source,
                    message.source_span(i, i + 1));
        break;
      }
      splitter.add_expression(i, close);
      i = close;
    }
  }
  return splitter.take();
}

bool read_message_expressions(ast::File& file, const SourceText& source) {
  std::vector<ast::MessageExpression> read;
  DiagnosticSink sink;
  for (const auto& declaration : file.declarations) {
    const auto* rule = std::get_if<ast::RuleDecl>(&declaration);
    if (!rule) continue;
    for (const auto& step : rule->steps) {
      const auto* require = std::get_if<ast::RequireStep>(&step.step);
      if (!require || !require->message) continue;
      for (const auto& part : split_message(*require->message, source, sink)) {
        if (part.kind != MessagePart::Kind::Expression) continue;
        read.push_back({part.span, parse_embedded_expression(source, part.span, sink)});
      }
    }
  }
  if (!sink.diagnostics().empty()) return false;
  std::sort(read.begin(), read.end(), [](const auto& a, const auto& b) { return a.part.begin < b.part.begin; });
  file.message_expressions = std::move(read);
  return true;
}

}  // namespace gk

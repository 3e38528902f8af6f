#include "syntax/ast_serial.h"

#include <limits>
#include <utility>

#include "syntax/nesting.h"

namespace gk::ast {
namespace {

constexpr std::string_view kMagic = "GKAST\x01";  // the format's name and version
static_assert(kMagic.size() + 3 * 8 == kSerialHeaderSize);

/// Expressions nest at most this deep in a tree read back (the parser allows
/// kMaxExpressionDepth); a deeper one is refused rather than followed down the stack.
constexpr size_t kMaxReadDepth = 2 * syntax::kMaxExpressionDepth;

uint64_t load_le64(const char* at, size_t size) {
  uint64_t value = 0;
  for (size_t i = 0; i < size; ++i) value |= uint64_t(static_cast<unsigned char>(at[i])) << (8 * i);
  return value;
}

void append_le64(std::string& out, uint64_t value) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

uint64_t zigzag(int64_t value) { return (uint64_t(value) << 1) ^ uint64_t(value >> 63); }
int64_t unzigzag(uint64_t value) { return int64_t(value >> 1) ^ -int64_t(value & 1); }

/// The bytes of a tree are not one written by serialize() (caught in deserialize).
struct Malformed {};

/// Writes the fields Fields hands it. It takes them by non-const reference, as the reader
/// does, so that one list of fields serves both; it never changes them.
class Writer {
 public:
  explicit Writer(std::string_view text) : text_(text) {}
  std::string take() { return std::move(out_); }

  template <class T>
  void number(const T& value) { put(static_cast<uint64_t>(value)); }
  void flag(const bool& value) { put(value ? 1 : 0); }
  template <class E>
  void choice(const E& value, E /*last*/) { put(static_cast<uint64_t>(value)); }
  void span(const Span& span) {
    put(zigzag(int64_t(span.begin) - int64_t(last_begin_)));
    put(span.end - span.begin);
    last_begin_ = span.begin;
  }
  /// A name or string: a length when it is the text at `from`, else its bytes.
  void text(const std::string& value, uint32_t from) {
    if (from <= text_.size() && text_.substr(from, value.size()) == value) {
      put(value.size() + 1);
      return;
    }
    put(0);
    put(value.size());
    out_ += value;
  }
  template <class T, class F>
  void list(std::vector<T>& items, const F& each) {
    put(items.size());
    for (auto& item : items) each(item);
  }
  template <class T, class F>
  void maybe(std::optional<T>& value, const F& each) {
    put(value ? 1 : 0);
    if (value) each(*value);
  }
  template <class T, class F>
  void pointer(std::unique_ptr<T>& value, const F& each) {
    put(value ? 1 : 0);
    if (value) each(*value);
  }
  template <class V, class F>
  void variant(V& value, const F& each) {
    put(value.index());
    std::visit(each, value);
  }

 private:
  void put(uint64_t value) {
    for (; value >= 0x80; value >>= 7) out_ += static_cast<char>((value & 0x7F) | 0x80);
    out_ += static_cast<char>(value);
  }

  std::string_view text_;
  std::string out_;
  uint32_t last_begin_ = 0;
};

/// Reads back what Writer wrote, checking every number against what it may be.
class Reader {
 public:
  Reader(std::string_view bytes, std::string_view text) : bytes_(bytes), text_(text) {}
  bool at_end() const { return at_ == bytes_.size(); }

  template <class T>
  void number(T& value) { value = static_cast<T>(get(std::numeric_limits<T>::max())); }
  void flag(bool& value) { value = get(1) == 1; }
  template <class E>
  void choice(E& value, E last) { value = static_cast<E>(get(static_cast<uint64_t>(last))); }
  void span(Span& span) {
    const int64_t begin = int64_t(last_begin_) + unzigzag(get(std::numeric_limits<uint64_t>::max()));
    if (begin < 0 || begin > int64_t(text_.size())) throw Malformed{};
    span.begin = static_cast<uint32_t>(begin);
    span.end = span.begin + static_cast<uint32_t>(get(text_.size() - span.begin));
    last_begin_ = span.begin;
  }
  void text(std::string& value, uint32_t from) {
    if (const uint64_t length = get(std::numeric_limits<uint64_t>::max()); length > 0) {
      if (from > text_.size() || length - 1 > text_.size() - from) throw Malformed{};
      value.assign(text_.substr(from, length - 1));
      return;
    }
    const size_t length = get(bytes_.size() - at_);
    value.assign(bytes_.substr(at_, length));
    at_ += length;
  }
  template <class T, class F>
  void list(std::vector<T>& items, const F& each) {
    items.resize(get(bytes_.size() - at_));  // each item takes a byte at least
    for (auto& item : items) each(item);
  }
  template <class T, class F>
  void maybe(std::optional<T>& value, const F& each) {
    if (get(1) == 0) return;
    each(value.emplace());
  }
  template <class T, class F>
  void pointer(std::unique_ptr<T>& value, const F& each) {
    if (get(1) == 0) return;
    if (++depth_ > kMaxReadDepth) throw Malformed{};
    value = std::make_unique<T>();
    each(*value);
    --depth_;
  }
  template <class V, class F>
  void variant(V& value, const F& each) {
    emplace(value, get(std::variant_size_v<V> - 1), std::make_index_sequence<std::variant_size_v<V>>());
    std::visit(each, value);
  }

 private:
  /// The next LEB128 number; Malformed when there is none or it is above `maximum`.
  uint64_t get(uint64_t maximum) {
    uint64_t value = 0;
    for (int shift = 0;; shift += 7) {
      if (at_ == bytes_.size() || shift > 63) throw Malformed{};
      const auto byte = static_cast<unsigned char>(bytes_[at_++]);
      value |= uint64_t(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) break;
    }
    if (value > maximum) throw Malformed{};
    return value;
  }
  template <class V, size_t... I>
  static void emplace(V& value, size_t index, std::index_sequence<I...>) {
    (void)((index == I ? (value.template emplace<I>(), true) : false) || ...);
  }

  std::string_view bytes_;
  std::string_view text_;
  size_t at_ = 0;
  uint32_t last_begin_ = 0;
  size_t depth_ = 0;
};

/// Every field of every node, in the order they are stored: the one list that Writer and
/// Reader both follow.
template <class Io>
class Fields {
 public:
  explicit Fields(Io& io) : io_(io) {}

  void of(File& x) {
    io_.list(x.declarations, [&](Declaration& d) { io_.variant(d, [&](auto& decl) { of(decl); }); });
    io_.list(x.message_expressions, [&](MessageExpression& m) {
      io_.span(m.part);
      of(m.expr);
    });
  }

 private:
  // ---- small parts
  void of(Identifier& x) {
    io_.span(x.span);
    io_.text(x.text, x.span.begin);
  }
  void of(StringLit& x) {
    io_.span(x.span);
    io_.span(x.content);
    io_.text(x.value, x.content.begin);
    io_.list(x.escapes, [&](uint32_t& e) { io_.number(e); });
  }
  void of(DecimalText& x) {
    io_.span(x.span);
    io_.text(x.text, x.span.begin);
  }
  void of(RuleId& x) {
    io_.span(x.span);
    io_.text(x.text, x.span.begin);
  }
  void of(ExprPtr& x) {
    io_.pointer(x, [&](Expr& e) {
      io_.span(e.span);
      io_.variant(e.node, [&](auto& node) { of(node, e.span); });
    });
  }
  template <class T>
  void of(std::optional<T>& x) { io_.maybe(x, [&](T& value) { of(value); }); }
  template <class T>
  void of(std::vector<T>& x) { io_.list(x, [&](T& value) { of(value); }); }

  // ---- expressions (each with the span of its Expr)
  void of(NameRef& x, Span at) { io_.text(x.name, at.begin); }
  void of(NumberLit& x, Span at) {
    io_.text(x.digits, at.begin);
    io_.choice(x.unit, Unit::Percent);
    io_.span(x.unit_span);
  }
  void of(StringLit& x, Span) { of(x); }
  void of(BoolLit& x, Span) { io_.flag(x.value); }
  void of(ListLit& x, Span) { of(x.items); }
  void of(UnaryExpr& x, Span) {
    io_.choice(x.op, UnaryOp::Not);
    of(x.operand);
  }
  void of(BinaryExpr& x, Span) {
    io_.choice(x.op, BinaryOp::Or);
    of(x.lhs);
    of(x.rhs);
  }
  void of(CompareExpr& x, Span) {
    io_.choice(x.op, CompareOp::GreaterEqual);
    of(x.lhs);
    of(x.rhs);
    of(x.tolerance);
  }
  void of(MatchExpr& x, Span) {
    io_.flag(x.negated);
    of(x.subject);
    of(x.pattern);
  }
  void of(CallExpr& x, Span) {
    of(x.callee);
    of(x.args);
  }
  void of(MemberExpr& x, Span) {
    of(x.object);
    of(x.field);
  }
  void of(QuantifierExpr& x, Span) {
    io_.choice(x.quantifier, Quantifier::First);
    of(x.keyword);
    of(x.variable);
    of(x.iterable);
    of(x.condition);
  }

  // ---- declarations
  void of(PackDecl& x) {
    io_.span(x.span);
    of(x.name);
    of(x.version);
    of(x.title);
    of(x.applies);
    of(x.kinds);
    of(x.score);
    of(x.grades);
  }
  void of(CategoryWeight& x) {
    io_.span(x.span);
    of(x.category);
    of(x.weight);
  }
  void of(Grade& x) {
    io_.span(x.span);
    of(x.name);
    of(x.minimum);
  }
  void of(VocabularyDecl& x) {
    io_.span(x.span);
    io_.choice(x.kind, VocabularyKind::List);
    of(x.name);
    of(x.selectors);
    of(x.items);
    of(x.scope);
  }
  void of(Selector& x) {
    io_.span(x.span);
    io_.choice(x.kind, SelectorKind::Columns);
    of(x.pattern);
  }
  void of(FactDecl& x) {
    io_.span(x.span);
    of(x.name);
    of(x.scope);
    of(x.templates);
  }
  void of(RuleDecl& x) {
    io_.span(x.span);
    io_.flag(x.override_used);
    of(x.id);
    of(x.title);
    of(x.category);
    of(x.severity);
    of(x.weight);
    of(x.basis);
    of(x.loops);
    of(x.steps);
  }
  void of(SeveritySetting& x) {
    io_.span(x.span);
    io_.choice(x.level, RuleSeverity::Info);
  }
  void of(ForClause& x) {
    io_.span(x.span);
    of(x.variable);
    of(x.iterable);
    of(x.filter);
  }
  void of(RuleStep& x) {
    io_.span(x.span);
    io_.variant(x.step, [&](auto& step) { of(step); });
  }
  void of(LetStep& x) {
    of(x.name);
    of(x.value);
  }
  void of(WhenStep& x) { of(x.condition); }
  void of(RequireStep& x) {
    of(x.condition);
    of(x.message);
    of(x.place);
  }
  void of(UseDecl& x) {
    io_.span(x.span);
    of(x.pack);
    of(x.path);
  }
  void of(DisableDecl& x) {
    io_.span(x.span);
    of(x.rule);
    of(x.reason);
  }
  void of(TestDecl& x) {
    io_.span(x.span);
    of(x.rule);
    of(x.cases);
  }
  void of(TestCase& x) {
    io_.span(x.span);
    io_.choice(x.expected, TestOutcome::NotApplicable);
    io_.choice(x.input, TestInput::File);
    of(x.text);
    of(x.expectations);
  }
  void of(TestExpectation& x) {
    io_.span(x.span);
    io_.choice(x.kind, ExpectationKind::Lines);
    of(x.text);
    io_.list(x.numbers, [&](uint32_t& n) { io_.number(n); });
  }

  Io& io_;
};

}  // namespace

uint64_t fingerprint(std::string_view bytes) {
  constexpr uint64_t kMultiplier = 0xff51afd7ed558ccdULL;
  uint64_t hash = 0x9e3779b97f4a7c15ULL ^ bytes.size();
  size_t at = 0;
  for (; at + 8 <= bytes.size(); at += 8) {
    hash = (hash ^ load_le64(bytes.data() + at, 8)) * kMultiplier;
    hash ^= hash >> 32;
  }
  hash = (hash ^ load_le64(bytes.data() + at, bytes.size() - at)) * kMultiplier;
  return hash ^ (hash >> 29);
}

std::string serialize(const File& file, const SourceText& source) {
  Writer writer(source.text());
  Fields<Writer>(writer).of(const_cast<File&>(file));  // Writer only reads the fields
  const std::string body = writer.take();
  std::string out(kMagic);
  append_le64(out, source.text().size());
  append_le64(out, fingerprint(source.text()));
  append_le64(out, fingerprint(body));
  return out + body;
}

std::unique_ptr<File> deserialize(std::string_view bytes, const SourceText& source) {
  const std::string_view text = source.text();
  if (bytes.size() < kSerialHeaderSize || bytes.substr(0, kMagic.size()) != kMagic) return nullptr;
  const char* header = bytes.data() + kMagic.size();
  const std::string_view body = bytes.substr(kSerialHeaderSize);
  if (load_le64(header, 8) != text.size() || load_le64(header + 16, 8) != fingerprint(body) ||
      load_le64(header + 8, 8) != fingerprint(text))
    return nullptr;
  auto file = std::make_unique<File>();
  try {
    Reader reader(body, text);
    Fields<Reader>(reader).of(*file);
    if (!reader.at_end()) return nullptr;
  } catch (const Malformed&) {
    return nullptr;
  }
  return file;
}

}  // namespace gk::ast

#include "json_reader.h"

#include <fmt/format.h>

namespace gk::cli {
namespace {

constexpr int kMaxDepth = 256;

struct Failure {
  JsonError error;
};

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  JsonValue document() {
    JsonValue v = value(0);
    skip_space();
    if (at_ < text_.size()) fail("unexpected text after the JSON value");
    return v;
  }

 private:
  [[noreturn]] void fail(std::string message) const { throw Failure{{at_, std::move(message)}}; }

  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) ++at_;
  }

  bool take(char c) {
    skip_space();
    if (at_ < text_.size() && text_[at_] == c) return ++at_, true;
    return false;
  }

  void expect(char c) {
    if (!take(c)) fail(at_ < text_.size() ? fmt::format("expected '{}'", c) : fmt::format("expected '{}', found the end of the file", c));
  }

  JsonValue value(int depth) {
    if (depth > kMaxDepth) fail("nested too deeply");
    skip_space();
    if (at_ >= text_.size()) fail("expected a value, found the end of the file");
    const char c = text_[at_];
    if (c == '{') return object(depth);
    if (c == '[') return array(depth);
    JsonValue v;
    if (c == '"') {
      v.type = JsonValue::Type::String;
      v.text = string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v.type = JsonValue::Type::Number;
      v.text = number();
    } else if (word("true") || word("false")) {
      v.type = JsonValue::Type::Boolean;
      v.boolean = c == 't';
    } else if (!word("null")) {
      fail("expected a value");
    }
    return v;
  }

  bool word(std::string_view w) {
    if (text_.substr(at_, w.size()) != w) return false;
    at_ += w.size();
    return true;
  }

  JsonValue object(int depth) {
    JsonValue v;
    v.type = JsonValue::Type::Object;
    ++at_;
    if (take('}')) return v;
    do {
      skip_space();
      if (at_ >= text_.size() || text_[at_] != '"') fail("expected a member name in quotes");
      std::string key = string();
      expect(':');
      v.members.push_back(JsonMember{std::move(key), value(depth + 1)});
    } while (take(','));
    expect('}');
    return v;
  }

  JsonValue array(int depth) {
    JsonValue v;
    v.type = JsonValue::Type::Array;
    ++at_;
    if (take(']')) return v;
    do v.items.push_back(value(depth + 1));
    while (take(','));
    expect(']');
    return v;
  }

  std::string number() {
    const size_t begin = at_;
    if (text_[at_] == '-') ++at_;
    auto digits = [&] {
      const size_t from = at_;
      while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
      if (at_ == from) fail("expected a digit");
    };
    digits();
    if (at_ < text_.size() && text_[at_] == '.') ++at_, digits();
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      ++at_;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
      digits();
    }
    return std::string(text_.substr(begin, at_ - begin));
  }

  unsigned hex4() {
    if (at_ + 4 > text_.size()) fail("a \\u escape needs four hex digits");
    unsigned u = 0;
    for (int k = 0; k < 4; ++k, ++at_) {
      const char h = text_[at_];
      const int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (d < 0) fail("a \\u escape needs four hex digits");
      u = u * 16 + static_cast<unsigned>(d);
    }
    return u;
  }

  static void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  void escape(std::string& out) {
    if (at_ >= text_.size()) fail("an unfinished escape");
    const char e = text_[at_++];
    switch (e) {
      case '"': case '\\': case '/': out += e; return;
      case 'b': out += '\b'; return;
      case 'f': out += '\f'; return;
      case 'n': out += '\n'; return;
      case 'r': out += '\r'; return;
      case 't': out += '\t'; return;
      case 'u': break;
      default: --at_, fail(fmt::format("unknown escape '\\{}'", e));
    }
    unsigned cp = hex4();
    if (cp >= 0xD800 && cp < 0xDC00 && text_.substr(at_, 2) == "\\u") {
      at_ += 2;
      const unsigned low = hex4();
      cp = low >= 0xDC00 && low < 0xE000 ? 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD;
    } else if (cp >= 0xD800 && cp < 0xE000) {
      cp = 0xFFFD;
    }
    append_utf8(out, cp);
  }

  std::string string() {
    ++at_;  // the opening quote
    std::string out;
    while (true) {
      if (at_ >= text_.size()) fail("a string without its closing quote");
      const char c = text_[at_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) --at_, fail("a control character in a string");
      if (c == '\\') escape(out);
      else out += c;
    }
  }

  std::string_view text_;
  size_t at_ = 0;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [name, value] : members)
    if (name == key) return &value;
  return nullptr;
}

const std::string* JsonValue::string_member(std::string_view key) const {
  const JsonValue* v = find(key);
  return v != nullptr && v->type == Type::String ? &v->text : nullptr;
}

std::variant<JsonValue, JsonError> parse_json(std::string_view text) {
  try {
    return Parser(text).document();
  } catch (const Failure& f) {
    return f.error;
  }
}

}  // namespace gk::cli

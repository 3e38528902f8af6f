// A small streaming JSON writer: keys in the order written, UTF-8 passed through, control
// characters escaped, numbers written from exact decimal text (never via double).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gk::cli {

class JsonWriter {
 public:
  explicit JsonWriter(int indent = 2) : indent_(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view value);
  /// Writes `decimal_text` as a JSON number (it must already be valid JSON number text).
  JsonWriter& number(std::string_view decimal_text);
  JsonWriter& number(long long value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  /// The document so far; complete once every begin_* is closed.
  const std::string& str() const { return out_; }
  /// The text written since the last take(), handed over (for streaming long outputs).
  std::string take() { return std::exchange(out_, std::string()); }
  /// Forgets the text written so far but keeps its buffer: for streaming long outputs part
  /// by part (str(), then this) without growing a new buffer for every part.
  void clear_text() { out_.clear(); }

 private:
  void before_value();
  void newline();
  void write_escaped(std::string_view value);

  std::string out_;
  std::vector<bool> first_in_scope_;
  bool after_key_ = false;
  int indent_;
};

}  // namespace gk::cli

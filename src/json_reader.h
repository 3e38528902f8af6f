// A small JSON reader for the files gongkai reads back (the findings of an earlier run given
// with --baseline): a value tree, strings decoded to UTF-8, numbers kept as their text, and
// a mistake reported with its byte offset. Nesting deeper than 256 levels is refused.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace gk::cli {

struct JsonMember;

struct JsonValue {
  enum class Type { Null, Boolean, Number, String, Array, Object };
  Type type = Type::Null;
  bool boolean = false;
  std::string text;  ///< a string's value, or a number as written
  std::vector<JsonValue> items;                              ///< an array's elements
  std::vector<JsonMember> members;                           ///< an object's members, in order

  /// The member `key` of an object, or null (also when this is not an object).
  const JsonValue* find(std::string_view key) const;
  /// The string member `key`, or null when missing or not a string.
  const std::string* string_member(std::string_view key) const;
};

/// One `"name": value` of an object (a struct, not a std::pair: the pair of an incomplete
/// JsonValue is refused by some compilers).
struct JsonMember {
  std::string name;
  JsonValue value;
};

struct JsonError {
  size_t offset = 0;     ///< where the mistake is, in bytes
  std::string message;
};

/// Parses one JSON document (trailing whitespace allowed, nothing else).
std::variant<JsonValue, JsonError> parse_json(std::string_view text);

}  // namespace gk::cli

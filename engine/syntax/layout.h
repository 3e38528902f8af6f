// A small pretty printer for the rule-file formatter, after Wadler's "prettier printer":
// a layout is built from texts, breakable spaces, groups (printed on one line when they fit,
// otherwise with every breakable space of the group broken), alignment (broken lines continue
// at the column where the alignment started) and fills (broken only where the line is full).
// Widths are terminal columns: a Chinese character counts two. Trailing comments end their
// line; consecutive lines with trailing comments get them aligned in one column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gk::layout {

class Doc {
 public:
  enum class Kind { Text, Line, HardLine, BlankLine, Comment, Concat, Group, Align, Nest, Fill };

  Doc() : kind_(Kind::Concat) {}

  /// Text printed as it is; must not contain a line break.
  static Doc text(std::string text);
  /// A line break when its group is broken, otherwise `flat` (a space by default).
  static Doc line(std::string flat = " ");
  /// Always a line break (none is added at the start of a line).
  static Doc hard_line();
  /// An empty line.
  static Doc blank_line();
  /// A trailing comment (`# …`): printed at the end of the line; what follows starts a new line.
  static Doc comment(std::string text);
  static Doc concat(std::vector<Doc> parts);
  /// On one line when it fits in the rest of the line, otherwise broken.
  static Doc group(Doc content);
  /// Line breaks inside continue at the column where `content` starts.
  static Doc align(Doc content);
  /// Line breaks inside are indented `columns` further.
  static Doc nest(int columns, Doc content);
  /// content, separator, content, …: each separator (usually a line()) breaks only when the
  /// content after it does not fit on the line.
  static Doc fill(std::vector<Doc> parts);

  /// Appends `part` after this (which becomes a Concat if it is not one).
  Doc& operator+=(Doc part);

  Kind kind() const { return kind_; }
  const std::string& string() const { return text_; }
  int width() const { return width_; }
  int columns() const { return columns_; }
  const std::vector<Doc>& parts() const { return parts_; }

 private:
  explicit Doc(Kind kind) : kind_(kind) {}

  Kind kind_;
  std::string text_;  ///< Text, Comment; the flat text of a Line
  int width_ = 0;     ///< columns of text_
  int columns_ = 0;   ///< Nest
  std::vector<Doc> parts_;
};

/// Prints `doc` within `width` columns where the breaks allow; every line ends with "\n".
std::string print(const Doc& doc, int width);

}  // namespace gk::layout

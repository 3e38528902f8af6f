// List numbers as Word displays them: numbering.xml's abstract numbers (format and level
// text per level: "%1、", "（%1）", "%1." over decimal, chineseCounting, letters, roman),
// the instances that use them, and a counter per instance and level that restarts the
// levels below when a level advances.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace gk::input {

class DocxNumbering {
 public:
  explicit DocxNumbering(const pugi::xml_document& numbering);
  /// The label of the next paragraph numbered (`num_id`, `level`), e.g. "（二）"; "" when
  /// the numbering is unknown or shows nothing.
  std::string next(int num_id, int level);

 private:
  struct Level {
    std::string format = "decimal";
    std::string text;
    int start = 1;
  };
  std::map<int, std::vector<Level>> abstract_;  ///< abstractNumId → levels
  std::map<int, int> instance_;                 ///< numId → abstractNumId
  std::map<int, std::vector<int>> counters_;    ///< numId → count per level
};

/// `n` written in the format ("decimal" 12, "chineseCounting" 十二, "upperLetter" L, ...).
std::string format_number(int n, const std::string& format);

}  // namespace gk::input

#include "input/docx_numbering.h"

#include <algorithm>

namespace gk::input {
namespace {

constexpr int kLevels = 9;

std::string chinese(int n, bool traditional_zero = false) {
  static const char* const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0) return traditional_zero ? "〇" : "零";
  if (n < 10) return digits[n];
  if (n < 20) return std::string("十") + (n % 10 ? digits[n % 10] : "");
  if (n < 100) return std::string(digits[n / 10]) + "十" + (n % 10 ? digits[n % 10] : "");
  return std::to_string(n);
}

std::string letters(int n, char first) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>(first + (n - 1) % 26));
  return out;
}

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> parts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                      {90, "XC"},  {50, "L"},   {40, "XL"},  {10, "X"},   {9, "IX"},
                                                      {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string out;
  for (const auto& [value, text] : parts) {
    for (; n >= value; n -= value) out += text;
  }
  if (!upper) std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 'A' + 'a'); });
  return out;
}

int attr_int(const pugi::xml_node& node, const char* child, int fallback) {
  const auto c = node.child(child);
  return c ? c.attribute("w:val").as_int(fallback) : fallback;
}

}  // namespace

std::string format_number(int n, const std::string& format) {
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "ideographTraditional" ||
      format == "chineseLegalSimplified" || format == "taiwaneseCountingThousand") {
    return chinese(n);
  }
  if (format == "upperLetter") return letters(n, 'A');
  if (format == "lowerLetter") return letters(n, 'a');
  if (format == "upperRoman") return roman(n, true);
  if (format == "lowerRoman") return roman(n, false);
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    // ① … ⑳ are U+2460 …; beyond twenty, plain digits.
    if (n < 1 || n > 20) return std::to_string(n);
    const char32_t c = U'\u2460' + static_cast<char32_t>(n - 1);
    return {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
            static_cast<char>(0x80 | (c & 0x3F))};
  }
  if (format == "none" || format == "bullet") return "";
  return std::to_string(n);
}

DocxNumbering::DocxNumbering(const pugi::xml_document& numbering) {
  const auto root = numbering.child("w:numbering");
  for (const auto& abstract : root.children("w:abstractNum")) {
    auto& levels = abstract_[abstract.attribute("w:abstractNumId").as_int(-1)];
    levels.resize(kLevels);
    for (const auto& lvl : abstract.children("w:lvl")) {
      const int i = lvl.attribute("w:ilvl").as_int(-1);
      if (i < 0 || i >= kLevels) continue;
      levels[i].format = lvl.child("w:numFmt").attribute("w:val").as_string("decimal");
      levels[i].text = lvl.child("w:lvlText").attribute("w:val").as_string();
      levels[i].start = attr_int(lvl, "w:start", 1);
    }
  }
  for (const auto& num : root.children("w:num")) {
    instance_[num.attribute("w:numId").as_int(-1)] = attr_int(num, "w:abstractNumId", -1);
  }
}

std::string DocxNumbering::next(int num_id, int level) {
  const auto inst = instance_.find(num_id);
  if (inst == instance_.end() || level < 0 || level >= kLevels) return "";
  const auto abs = abstract_.find(inst->second);
  if (abs == abstract_.end()) return "";
  const auto& levels = abs->second;
  auto& counts = counters_[num_id];
  if (counts.empty()) {
    counts.resize(kLevels);
    for (int i = 0; i < kLevels; ++i) counts[i] = levels[i].start - 1;
  }
  ++counts[level];
  for (int i = level + 1; i < kLevels; ++i) counts[i] = levels[i].start - 1;
  // "%1、" → the level-1 counter in its level's format; "%2" may refer to a parent level.
  std::string out;
  const std::string& text = levels[level].text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const int ref = text[i + 1] - '1';
      out += format_number(counts[ref], levels[ref].format);
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace gk::input

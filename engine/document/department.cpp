#include "document/department.h"

#include <array>

#include "document/model.h"

namespace gk::doc {
namespace {

constexpr std::array<std::string_view, 19> kGenreEndings = {
    "绩效自评报告", "绩效评价报告", "自评报告", "评价报告", "报告", "决算公开", "预算公开",
    "决算", "预算", "整体支出", "项目支出", "项目", "(单位)", "部门", "单位", "公开", "概况", "年度", "的"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Removes ASCII and ideographic spaces and common separators at both ends.
std::string_view trim(std::string_view s) {
  constexpr std::array<std::string_view, 6> kPad = {" ", "\t", "\r", "\xE3\x80\x80", ":", "\xEF\xBC\x9A"};
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (auto pad : kPad) {
      if (s.starts_with(pad)) s.remove_prefix(pad.size()), changed = true;
      if (s.ends_with(pad)) s.remove_suffix(pad.size()), changed = true;
    }
  }
  return s;
}

/// The title without "2024年度", "2024年" and "(2021年度)".
std::string without_year(std::string_view title) {
  std::string out;
  for (size_t i = 0; i < title.size();) {
    size_t j = i;
    if (title[j] == '(') ++j;
    size_t digits = 0;
    while (j + digits < title.size() && is_digit(title[j + digits])) ++digits;
    if (digits == 4 && title.substr(j + 4).starts_with("年")) {
      j += 4 + std::string_view("年").size();
      if (title.substr(j).starts_with("度")) j += std::string_view("度").size();
      if (title[i] == '(' && j < title.size() && title[j] == ')') ++j;
      i = j;
      continue;
    }
    out += title[i++];
  }
  return out;
}

/// The value of a "单位名称：…" or "部门名称：…" line among the first lines of the document.
std::string named_in_header(const Document& document) {
  std::string_view text = document.source.slice(document.extent);
  for (int line = 0; line < 12 && !text.empty(); ++line) {
    const size_t end = text.find('\n');
    const std::string_view row = trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    for (std::string_view label : {std::string_view("单位名称"), std::string_view("部门名称")}) {
      if (!row.starts_with(label)) continue;
      const std::string_view rest = row.substr(label.size());
      if (!rest.starts_with(":") && !rest.starts_with("：")) continue;
      const std::string_view name = trim(rest);
      if (!name.empty()) return std::string(name);
    }
  }
  return "";
}

}  // namespace

std::string department_from_title(std::string_view title) {
  const std::string no_year = without_year(title);
  std::string_view s = trim(no_year);
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (auto ending : kGenreEndings) {
      if (s.size() > ending.size() && s.ends_with(ending)) {
        s = trim(s.substr(0, s.size() - ending.size()));
        changed = true;
      } else if (s == ending) {
        return "";
      }
    }
  }
  return std::string(s);
}

std::string department_of(const Document& document) {
  if (std::string named = named_in_header(document); !named.empty()) return named;
  if (std::string from_title = department_from_title(document.title); !from_title.empty())
    return from_title;
  for (size_t s = 1; s < document.sections.size(); ++s) {
    const Section& part = document.sections[s];
    if (part.level != 1) continue;
    if (part.title.ends_with("概况")) return department_from_title(part.title);
    break;
  }
  return "";
}

}  // namespace gk::doc

// The department a document is about ("醴陵市医疗保障局"), for scorecards and the history
// database: an explicit 单位名称/部门名称 line near the top, else the title without its year
// and genre words ("2024年度醴陵市医疗保障局部门决算" → "醴陵市医疗保障局"), else the first
// part's heading without 概况 ("株洲市芦淞区医疗保障局概况"). Empty when none of them names it.
#pragma once

#include <string>
#include <string_view>

namespace gk::doc {

struct Document;

/// A title (matching view) without its year ("2024年度", "(2021年度)") and without the genre
/// words at its end (部门决算, 整体支出绩效自评报告, 部门(单位), …); "" when nothing is left.
std::string department_from_title(std::string_view title);

/// The department of a document, or "".
std::string department_of(const Document& document);

}  // namespace gk::doc

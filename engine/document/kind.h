// Document kinds: what genre a document (or a report appended to it) belongs to — 部门决算,
// 部门预算, 整体支出绩效自评报告, 项目支出绩效评价报告 or unknown — read from its title and,
// when the title says nothing, from its structure. Packs declare the kinds they check.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace gk::doc {

struct Document;

enum class DocumentKind { FinalAccounts, Budget, OverallSelfEvaluation, ProjectEvaluation, Unknown };

/// Every kind, in declaration order.
inline constexpr std::array<DocumentKind, 5> kAllDocumentKinds = {
    DocumentKind::FinalAccounts, DocumentKind::Budget, DocumentKind::OverallSelfEvaluation,
    DocumentKind::ProjectEvaluation, DocumentKind::Unknown};

/// 部门决算, 部门预算, 整体支出绩效自评报告, 项目支出绩效评价报告, 未知 — the names packs use.
const char* to_chinese(DocumentKind kind);
/// final-accounts, budget, overall-self-evaluation, project-evaluation, unknown.
const char* to_string(DocumentKind kind);
/// The kind with this Chinese or English name.
std::optional<DocumentKind> document_kind_named(std::string_view name);

/// The kind a title names (matching view text): a 绩效自评/评价报告 is a project evaluation
/// when it names a 项目 and not the 整体 spending; otherwise 决算, then 预算.
DocumentKind kind_from_title(std::string_view title);

/// The kind of an extracted document: from its title, else from its part headings and table
/// captions (a 决算情况说明 part or 决算表 captions make a 部门决算).
DocumentKind classify_kind(const Document& document);

}  // namespace gk::doc

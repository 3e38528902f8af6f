#include "document/kind.h"

#include "document/model.h"

namespace gk::doc {
namespace {

bool has(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

bool names_an_evaluation_report(std::string_view t) {
  return has(t, "绩效") && (has(t, "自评") || has(t, "评价")) && has(t, "报告");
}

}  // namespace

const char* to_chinese(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::FinalAccounts: return "部门决算";
    case DocumentKind::Budget: return "部门预算";
    case DocumentKind::OverallSelfEvaluation: return "整体支出绩效自评报告";
    case DocumentKind::ProjectEvaluation: return "项目支出绩效评价报告";
    case DocumentKind::Unknown: return "未知";
  }
  return "未知";
}

const char* to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::FinalAccounts: return "final-accounts";
    case DocumentKind::Budget: return "budget";
    case DocumentKind::OverallSelfEvaluation: return "overall-self-evaluation";
    case DocumentKind::ProjectEvaluation: return "project-evaluation";
    case DocumentKind::Unknown: return "unknown";
  }
  return "unknown";
}

std::optional<DocumentKind> document_kind_named(std::string_view name) {
  for (const DocumentKind kind : kAllDocumentKinds) {
    if (name == to_chinese(kind) || name == to_string(kind)) return kind;
  }
  return std::nullopt;
}

DocumentKind kind_from_title(std::string_view t) {
  if (names_an_evaluation_report(t)) {
    if (has(t, "项目") && !has(t, "整体")) return DocumentKind::ProjectEvaluation;
    return DocumentKind::OverallSelfEvaluation;
  }
  if (has(t, "决算")) return DocumentKind::FinalAccounts;
  if (has(t, "预算")) return DocumentKind::Budget;
  return DocumentKind::Unknown;
}

DocumentKind classify_kind(const Document& document) {
  if (const DocumentKind kind = kind_from_title(document.title); kind != DocumentKind::Unknown)
    return kind;
  // No title (or one that names no genre): the parts and the tables say what it is.
  bool final_accounts = false, budget = false;
  for (size_t s = 1; s < document.sections.size(); ++s) {
    if (document.sections[s].level != 1) continue;
    const std::string& t = document.sections[s].title;
    final_accounts = final_accounts || has(t, "决算");
    budget = budget || (has(t, "预算") && !has(t, "决算"));
  }
  for (const auto& table : document.tables) final_accounts = final_accounts || has(table.title, "决算表");
  if (final_accounts) return DocumentKind::FinalAccounts;
  if (budget) return DocumentKind::Budget;
  return DocumentKind::Unknown;
}

}  // namespace gk::doc

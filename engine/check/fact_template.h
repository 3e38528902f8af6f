// Fact templates: a sentence copied from a document with its figures marked as typed holes
// ("年初预算为{预算:金额}，完成年初预算的{完成率:百分比}"), compiled once to an ICU regex
// and matched against the matching-view text of document sentences. Captured figures come
// back with exact Decimal values and byte offsets into the sentence.
#pragma once

#include <unicode/utypes.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.h"
#include "document/model.h"
#include "syntax/language.h"

namespace U_ICU_NAMESPACE { class RegexMatcher; }

namespace gk {

struct Utf16Text;

/// 金额 amount, 百分比 percentage, 数 number, 整数 count, 文本 text, or a choice of words.
enum class HoleKind { Amount, Percentage, Number, Count, Text, Choice };

/// One `{name:kind}` of a template.
struct TemplateHole {
  std::string name;
  HoleKind kind = HoleKind::Text;
  std::vector<std::string> choices;  ///< Choice only, as written (after NFKC)
  size_t begin = 0, end = 0;         ///< bytes of `{…}` in the template text
  bool repeated = false;             ///< inside the repeated part `[…]`: one value per item
};

/// A mistake in a template: bytes [begin, end) of the template text and a plain message.
struct TemplateProblem {
  size_t begin = 0, end = 0;
  std::string message;
};

/// One captured hole: bytes [begin, end) of the sentence text (the whole figure incl. unit).
struct TemplateCapture {
  size_t begin = 0, end = 0;
  std::string text;                    ///< the captured text
  std::optional<Decimal> value;        ///< numeric kinds
  std::optional<doc::MoneyUnit> unit;  ///< Amount
  std::string measure;                 ///< Count: the measure word, may be empty
};

/// One place where the whole template matched: bytes [begin, end) of the sentence. A
/// template with a repeated part `[…]` gives one TemplateMatch per item, all with the span
/// of the whole match: the item's holes hold that item's figures, the other holes are shared.
struct TemplateMatch {
  size_t begin = 0, end = 0;
  std::vector<TemplateCapture> captures;  ///< in hole order
  size_t item_begin = 0, item_end = 0;    ///< the item's bytes (the whole match without `[…]`)
};

/// A field a template declares, even when the template has mistakes: its name, and its
/// kind unless the kind is the mistake.
struct DeclaredHole {
  std::string name;
  std::optional<HoleKind> kind;
};

/// The holes of `text` that name a field, read ones and those left out for a mistake in
/// their kind, in the order written. A fact whose template has a mistake still declares
/// these fields, so that rules reading them are not reported a second time.
std::vector<DeclaredHole> declared_holes(std::string_view text, Language lang);

/// TimeLimit: a match ran out of time (matches found before it are kept).
enum class MatchStatus { Ok, TimeLimit, Failed };

/// A compiled template. Cheap to copy; match() may be called from several threads at once.
class FactTemplate {
 public:
  /// nullopt when `problems` received any.
  static std::optional<FactTemplate> compile(std::string_view text, Language lang,
                                             std::vector<TemplateProblem>& problems);

  const std::vector<TemplateHole>& holes() const { return holes_; }
  /// Whether the template has a repeated part `[…]`.
  bool repeats() const;
  /// The ICU pattern, for tests and debugging.
  const std::string& regex() const;

  /// All non-overlapping matches in `sentence` (NFKC matching-view text), left to right,
  /// appended to `out`. A runaway match stops at ICU's time limit and returns TimeLimit.
  MatchStatus match(std::string_view sentence, std::vector<TemplateMatch>& out) const;
  /// The same with the sentence already in UTF-16 (`utf16` is Utf16Text(sentence)), for a
  /// sentence that several templates read.
  MatchStatus match(std::string_view sentence, const Utf16Text& utf16,
                    std::vector<TemplateMatch>& out) const;


 private:
  struct CompiledPattern;  ///< the ICU pattern, shared by copies
  FactTemplate() = default;
  void add_match(const icu::RegexMatcher& m, const Utf16Text& input, std::string_view sentence,
                 std::vector<TemplateMatch>& out, UErrorCode& status) const;

  std::vector<TemplateHole> holes_;
  std::shared_ptr<const CompiledPattern> pattern_;
};

}  // namespace gk

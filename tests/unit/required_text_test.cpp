// Tests for check/required_text: what is read from patterns of each kind (literal runs,
// alternatives, groups, lookarounds, repeats, letters without case, several parts), no requirement for
// syntax the reading does not follow, and that no text ICU finds a match in lacks what is
// required: each pattern and fact template of the shipped packs on every sentence,
// paragraph, title, row label and column name of the examples, and on random text.
#include <doctest/doctest.h>

#include <unicode/regex.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "check/pack.h"
#include "check/required_text.h"
#include "document/extract.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;
using gk::check::holds_required;
using gk::check::required_texts;
using Texts = gk::check::RequiredTexts;

Texts required(std::string_view pattern) { return required_texts(gk::check::normalize_pattern(pattern)); }

/// Whether ICU, as evaluation compiles patterns (case-insensitive), finds `pattern` in `text`.
bool icu_finds(const icu::RegexPattern& pattern, const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(text);
  std::unique_ptr<icu::RegexMatcher> m(pattern.matcher(input, status));
  REQUIRE(U_SUCCESS(status));
  return m->find();
}

/// A pattern as evaluation compiles it: a rule's case-insensitive, a fact template's not.
struct Pattern {
  std::string source;
  uint32_t flags = UREGEX_CASE_INSENSITIVE;
};

std::unique_ptr<icu::RegexPattern> compiled(const Pattern& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  std::unique_ptr<icu::RegexPattern> p(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern.source),
                                                                  pattern.flags, where, status));
  REQUIRE(U_SUCCESS(status));
  return p;
}

/// The normalised patterns of the shipped packs that are not plain text, and the regular
/// expressions of their fact templates.
std::vector<Pattern> shipped_patterns() {
  std::vector<Pattern> out;
  for (const auto& dir : fs::directory_iterator(GK_RULES_DIR)) {
    std::vector<gk::SourceText> files;
    for (const auto& e : fs::directory_iterator(dir.path()))
      if (e.path().extension() == ".gk") files.emplace_back(e.path().string(), gk::test::read_file(e.path().string()));
    if (files.empty()) continue;
    gk::DiagnosticSink sink;
    const auto pack = gk::check::compile_pack(std::move(files), dir.path().filename().string(), sink);
    REQUIRE(pack);
    for (const auto& r : pack->regexes)
      if (r.plain.empty()) out.push_back({r.source});
    for (const auto& fact : pack->facts)
      for (const auto& t : fact.templates) out.push_back({t.regex(), 0});
  }
  return out;
}

/// Every text of the examples a pattern is tried on: sentences, paragraphs, titles, row
/// labels, column names.
std::vector<std::string> example_texts() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(GK_EXAMPLES_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string path = entry.path().string();
    const auto doc = gk::doc::extract_document(gk::SourceText(path, gk::test::read_file(path)));
    for (const auto& s : doc.sentences) out.push_back(s.text);
    for (const auto& p : doc.paragraphs) out.push_back(p.text);
    for (const auto& s : doc.sections) out.push_back(s.title);
    for (const auto& t : doc.tables) {
      out.push_back(t.title);
      for (const auto& r : t.rows) out.push_back(r.label);
      for (const auto& c : t.columns) out.insert(out.end(), {c.name, c.path});
    }
  }
  return out;
}

}  // namespace

TEST_CASE("required text: literal runs, alternatives, groups and repeats") {
  CHECK(required("^合计$") == Texts{{"合计"}});
  CHECK(required("^合计$|/合计$|/小计$") == Texts{{"/合计", "/小计", "合计"}});
  CHECK(required("^(\\d+年度?)?支出决算情况") == Texts{{"支出决算情况"}});
  CHECK(required("占(?!用|有|地)[^,;:%\\d]{0,15}?\\d+") == Texts{{"占"}});
  CHECK(required("基本支出决算(明细)?表") == Texts{{"基本支出决算"}, {"表"}});
  CHECK(required("^(?!.*问题).*(绩效|履职|效能|成效)") == Texts{{"履职", "成效", "效能", "绩效"}});
  // Every part a match must have is required, the rarest first.
  CHECK(required("无.{0,6}(该项|三公.{0,2}经费).{0,4}支出") == Texts{{"支出"}, {"三公", "该项"}, {"无"}});
  // What a lookahead must see is in the text; a negative lookaround requires nothing.
  CHECK(required("^(?=.*合计)(?=.*预算数)") == Texts{{"预算数"}, {"合计"}});
  CHECK(required("(?<!拨款)支出决算表") == Texts{{"支出决算表"}});
  // A repeated character counts as often as it must occur; an optional one breaks the run.
  CHECK(required("(XX+|××+)|不涉及的不列") == Texts{{"xx", "××", "不涉及的不列"}});
  CHECK(required("公务用车购置(费)?及运行") == Texts{{"公务用车购置"}, {"及运行"}});
  CHECK(required("（款）\\s*([^（）]+)（项）") == Texts{{"(款)"}, {"(项)"}});
  CHECK(required("^303$") == Texts{{"303"}});
}

TEST_CASE("required text: nothing when a match need not hold a given text") {
  CHECK(required("^\\d{3}$").empty());
  CHECK(required("合计|").empty());           // an empty alternative
  CHECK(required("(合计)?").empty());
  CHECK(required("[合计]+").empty());
  CHECK(required("(?i)合计").empty());        // inline flags are not followed
  CHECK(required("\\Q合计\\E").empty());
  CHECK(required("(合)\\1").empty());         // back references are not followed
  // Letters with case partners outside ASCII (K, ſ, ﬀ, İ) are not required texts.
  CHECK(required("k").empty());
  CHECK(required("s").empty());
  CHECK(required("ff").empty());
  CHECK(required("i").empty());
}

TEST_CASE("required text: letters compared without case, other text exactly, every part") {
  CHECK(holds_required("本年 XXX 万元", {{"xx"}}));
  CHECK(holds_required("本年 xX 万元", {{"xx"}}));
  CHECK_FALSE(holds_required("本年 X 万元", {{"xx"}}));
  CHECK(holds_required("二、合计", {{"小计", "合计"}}));
  CHECK_FALSE(holds_required("二、总计", {{"小计", "合计"}}));
  CHECK(holds_required("无三公经费支出", {{"支出"}, {"三公", "该项"}}));
  CHECK_FALSE(holds_required("无其他支出", {{"支出"}, {"三公", "该项"}}));
  CHECK(holds_required("任何文字", {}));
}

TEST_CASE("required text: no text of the examples that a shipped pattern matches lacks it") {
  const auto patterns = shipped_patterns();
  const auto texts = example_texts();
  REQUIRE(patterns.size() > 50);
  REQUIRE(texts.size() > 1000);
  std::mt19937 random(20261203);
  size_t with_requirement = 0, skipped = 0, matched = 0;
  for (const auto& p : patterns) {
    const std::string& source = p.source;
    const Texts needed = required_texts(source);
    if (needed.empty()) continue;
    ++with_requirement;
    const auto pattern = compiled(p);
    // The examples, and random texts made of the required texts' pieces and the
    // pattern's own characters in either case, so that near misses are tried too.
    std::vector<std::string> tries = texts;
    std::string pieces = source;
    for (const auto& any : needed)
      for (const auto& t : any) pieces += t;
    for (int i = 0; i < 200; ++i) {
      std::string t;
      const size_t length = random() % 12;
      for (size_t k = 0; k < length; ++k) {
        const size_t at = random() % pieces.size();
        t += pieces.substr(at, 1 + random() % 6);
      }
      for (auto& c : t)
        if (random() % 2 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      tries.push_back(t);
    }
    for (const auto& text : tries) {
      const bool found = icu_finds(*pattern, text);
      matched += found;
      if (!holds_required(text, needed)) {
        CAPTURE(source);
        CAPTURE(text);
        CHECK_FALSE(found);
        ++skipped;
      }
    }
  }
  CHECK(with_requirement > 60);
  CHECK(skipped > 10000);  // the requirement rules out most texts…
  CHECK(matched > 100);    // …and the patterns do match some
}

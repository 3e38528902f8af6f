// Tests for eval/score: scorecards computed by hand. Each test builds a small pack and the
// results of its rules item by item, and writes the arithmetic next to the expectation.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "check/pack.h"
#include "document/extract.h"
#include "eval/score.h"

namespace {

using gk::Decimal;
using gk::eval::Outcome;

Decimal dec(const char* text) { return *Decimal::parse(text); }

/// A pack built by hand, and results of its rules built item by item.
struct Fixture {
  gk::check::Pack pack;
  gk::eval::PackResult result;

  Fixture() {
    pack.name = "试验";
    pack.rules.reserve(16);  // results point at the rules
    result.pack = &pack;
  }
  void weights(std::vector<gk::check::CategoryWeight> w) { pack.score = std::move(w); }
  void grades(std::vector<gk::check::Grade> g) { pack.grades = std::move(g); }

  /// A rule with these item outcomes (no items: not applicable).
  void rule(const std::string& id, const std::string& category, const char* weight,
            std::vector<Outcome> items, gk::check::Severity severity = gk::check::Severity::Error) {
    gk::check::Rule r;
    r.info.id = id;
    r.info.category = category;
    r.info.weight = dec(weight);
    r.info.severity = severity;
    pack.rules.push_back(std::move(r));
    gk::eval::RuleResult rr;
    rr.rule = &pack.rules.back();
    for (Outcome o : items) rr.items.push_back(gk::eval::ItemResult{o, "", "", {}, {}});
    rr.outcome = gk::eval::roll_up(rr.items);
    result.rules.push_back(std::move(rr));
  }
};

std::string text(const std::optional<Decimal>& d) { return d ? d->to_string() : "none"; }

const auto P = Outcome::Pass;
const auto F = Outcome::Fail;
const auto C = Outcome::CannotVerify;
const auto N = Outcome::NotApplicable;
const auto E = Outcome::Error;

}  // namespace

TEST_CASE("score: credit is passed items over counted items") {
  Fixture f;
  f.rule("R", "甲", "1", {P, P, F, C, N, E});
  const auto c = gk::eval::credit_of(f.result.rules[0]);
  // Counted: P, P, F, C, E = 5 (the not-applicable item does not count); passed 2.
  CHECK(c.counted == 5);
  CHECK(c.passed == 2);
  CHECK(c.failed == 1);
  CHECK(c.cannot_verify == 1);
  CHECK(c.errors == 1);
  CHECK(text(c.credit) == "0.400000000000");  // 2 / 5
  f.rule("S", "甲", "1", {N, N});
  CHECK_FALSE(gk::eval::credit_of(f.result.rules[1]).credit);  // nothing counted
}

TEST_CASE("score: the 部门决算 weights, hand computed") {
  Fixture f;
  f.weights({{"完整性", dec("40")}, {"准确性", dec("30")}, {"三公经费", dec("20")}, {"规范性", dec("10")}});
  f.grades({{"优", dec("90")}, {"良", dec("80")}, {"中", dec("60")}, {"差", std::nullopt}});
  f.rule("A1", "完整性", "3", {P});                 // credit 1
  f.rule("A2", "完整性", "2", {P, P, P, F});        // credit 3/4 = 0.75
  f.rule("B1", "准确性", "2", {P, P, P, P, P, P, P, F}, gk::check::Severity::Warning);  // 7/8 = 0.875
  f.rule("B2", "准确性", "2", {P, P, C, N});        // counted 3, credit 2/3
  f.rule("C1", "三公经费", "3", {});                // not applicable: left out
  f.rule("D1", "规范性", "1", {F}, gk::check::Severity::Info);  // credit 0
  const auto card = gk::eval::score(f.result);

  REQUIRE(card.categories.size() == 4);
  // 完整性 = 100 × (3×1 + 2×0.75) / (3+2) = 100 × 4.5 / 5 = 90
  CHECK(text(card.categories[0].score) == "90.000000000000");
  CHECK(card.categories[0].rules == 2);
  // 准确性 = 100 × (2×0.875 + 2×0.666666666667) / (2+2) = 100 × 3.083333333334 / 4
  //        = 100 × 0.770833333334 (0.7708333333335 to 12 places, ties to even) = 77.0833333334
  CHECK(text(card.categories[1].score) == "77.083333333400");
  // 三公经费: no rule counts, so no score and its weight 20 is left out of the total.
  CHECK_FALSE(card.categories[2].score);
  // 规范性 = 100 × (1×0) / 1 = 0
  CHECK(text(card.categories[3].score) == "0.000000000000");
  // total = (40×90 + 30×77.0833333334 + 10×0) / (40+30+10) = 5912.500000002 / 80
  //       = 73.906250000025 → shown 73.9 → 中 (60 ≤ 73.9 < 80)
  CHECK(text(card.score) == "73.906250000025");
  CHECK(text(card.shown_score()) == "73.9");
  CHECK(card.grade == "中");
  CHECK(card.unscored == gk::eval::Unscored::None);
  // Findings: A2, D1 error/info fails; B1 one warning; B2 one cannot-verify.
  CHECK(card.findings.errors == 1);
  CHECK(card.findings.warnings == 1);
  CHECK(card.findings.infos == 1);
  CHECK(card.findings.cannot_verify == 1);
  CHECK(card.rules_by_outcome[static_cast<int>(Outcome::Pass)] == 1);
  CHECK(card.rules_by_outcome[static_cast<int>(Outcome::Fail)] == 3);
  CHECK(card.rules_by_outcome[static_cast<int>(Outcome::CannotVerify)] == 1);
  CHECK(card.rules_by_outcome[static_cast<int>(Outcome::NotApplicable)] == 1);
}

TEST_CASE("score: without `score`, rules weigh by their own weight, and the grade uses the shown score") {
  Fixture f;
  f.grades({{"优", dec("90")}, {"差", std::nullopt}});
  f.rule("R1", "甲", "0.8995", {P});
  f.rule("R2", "乙", "0.1005", {F});
  const auto card = gk::eval::score(f.result);
  // total = 100 × (0.8995×1 + 0.1005×0) / (0.8995+0.1005) = 89.95 → shown 90.0 (half up) → 优
  CHECK(text(card.score) == "89.950000000000");
  CHECK(text(card.shown_score()) == "90.0");
  CHECK(card.grade == "优");
  // Categories appear in order of first use, weighted by their rules' weights.
  REQUIRE(card.categories.size() == 2);
  CHECK(card.categories[0].category == "甲");
  CHECK(card.categories[0].weight == dec("0.8995"));
  CHECK(text(card.categories[1].score) == "0.000000000000");
}

TEST_CASE("score: cannot-verify and errors never count as passed") {
  Fixture f;
  f.rule("R1", "甲", "1", {C, C});
  f.rule("R2", "甲", "1", {E});
  f.rule("R3", "甲", "2", {P});
  const auto card = gk::eval::score(f.result);
  // total = 100 × (1×0 + 1×0 + 2×1) / 4 = 50; the three unverified/erring items are counted.
  CHECK(text(card.shown_score()) == "50.0");
  CHECK(card.grade == "");  // no grades in the pack
  CHECK(card.findings.cannot_verify == 2);
  CHECK(card.findings.errors == 1);
}

TEST_CASE("score: no score when the pack does not apply or no rule counts") {
  Fixture f;
  f.rule("R1", "甲", "1", {N});
  f.rule("R2", "甲", "1", {});
  auto card = gk::eval::score(f.result);
  CHECK_FALSE(card.score);
  CHECK(card.unscored == gk::eval::Unscored::NoCountedRules);
  CHECK(card.grade == "");

  Fixture g;
  g.rule("R1", "甲", "1", {});
  g.result.applies = false;
  card = gk::eval::score(g.result);
  CHECK_FALSE(card.score);
  CHECK(card.unscored == gk::eval::Unscored::PackNotApplies);
}

TEST_CASE("score: grade bands") {
  const std::vector<gk::check::Grade> bands = {{"优", dec("90")}, {"良", dec("80")}, {"中", dec("60")}, {"差", std::nullopt}};
  CHECK(gk::eval::grade_for(bands, dec("100.0")) == "优");
  CHECK(gk::eval::grade_for(bands, dec("90.0")) == "优");
  CHECK(gk::eval::grade_for(bands, dec("89.9")) == "良");
  CHECK(gk::eval::grade_for(bands, dec("60.0")) == "中");
  CHECK(gk::eval::grade_for(bands, dec("0.0")) == "差");
  const std::vector<gk::check::Grade> no_floor = {{"合格", dec("60")}};
  CHECK(gk::eval::grade_for(no_floor, dec("59.9")) == "");
  CHECK(gk::eval::shown(dec("85.25")).to_string() == "85.3");
  CHECK(gk::eval::shown(dec("85.249999999999")).to_string() == "85.2");
  CHECK(gk::eval::shown(dec("90")).to_string() == "90.0");
}

TEST_CASE("score: a compiled pack on a snippet") {
  gk::DiagnosticSink sink;
  std::vector<gk::SourceText> files;
  files.emplace_back("t.gk",
                     "pack 试验 {\n  score 甲 60, 乙 40\n  grades 好 >= 80, 差\n}\n"
                     "list 项 = [\"a\", \"b\", \"c\", \"d\"]\n"
                     "rule R-1 \"r1\" {\n  category 甲  weight 2\n  for x in 项\n  require x != \"d\"\n}\n"
                     "rule R-2 \"r2\" {\n  category 乙\n  require false\n}\n");
  const auto pack = gk::check::compile_pack(std::move(files), "t", sink);
  for (const auto& d : sink.diagnostics()) MESSAGE(gk::render(d));
  REQUIRE(pack);
  const auto document = gk::doc::extract_document(gk::SourceText("d.txt", "某局2024年度部门决算\n一、说明\n无。\n"));
  const auto card = gk::eval::score(gk::eval::evaluate(*pack, document));
  // 甲 = 100 × 3/4 = 75; 乙 = 0; total = (60×75 + 40×0) / 100 = 45.0 → 差
  CHECK(text(card.categories[0].score) == "75.000000000000");
  CHECK(text(card.shown_score()) == "45.0");
  CHECK(card.grade == "差");
}

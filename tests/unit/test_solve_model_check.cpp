// Consistent means proved: every model, the pre-check's or Z3's, is evaluated exactly against
// every constraint that binds, and a solver's answer after a stop is never taken on trust.
#include <algorithm>
#include <catch2/catch.hpp>

#include "ground/ground.h"
#include "helpers.h"
#include "solve/model_check.h"
#include "solve/precheck.h"
#include "solve/solver.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

constexpr std::int64_t kJanuaryFirst2024 = 19723;  // days since 1970-01-01

const char* kOneStatus = R"(source: {id: s, published: 2024-09-01}
claims:
  - {id: a, quote: q, subject: Armenia, object: CSTO, state: membership, value: member, at: 2024-01}
  - {id: b, quote: q, subject: Armenia, object: CSTO, state: membership, value: frozen, at: 2024-01/2024-03}
)";

std::vector<int> every(std::size_t n) {
  std::vector<int> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(static_cast<int>(i));
  return out;
}

struct Fixture {
  Run run = run_check({{"s.yaml", kOneStatus}}, kMembershipRules);
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  const Group& group() const { return grounding.groups.at(0); }
};

const char* kThreeStatuses =
    "source: {id: s, published: 2024-09-01}\nclaims:\n"
    "  - {id: m, quote: q, subject: Armenia, object: CSTO, state: membership, value: member, at: 2024-03-05}\n"
    "  - {id: f, quote: q, subject: Armenia, object: CSTO, state: membership, value: frozen, at: 2024-03-05}\n"
    "  - {id: w, quote: q, subject: Armenia, object: CSTO, state: membership, value: withdrawing, at: 2024-03-05}\n";

// Node 0, then a's first and last day, then b's, then their instants (no rule here reads them).
GroupModel days(std::int64_t shift, std::int64_t a, std::int64_t b) {
  return GroupModel{{shift, shift + a, shift + a, shift + b, shift + b, 0, 0, 0, 0}, {std::nullopt, std::nullopt}};
}

}  // namespace

TEST_CASE("fractions read Z3's numerals and the decimal text of doubles exactly", "[solve]") {
  std::optional<Fraction> half = fraction_of_text("7/2");
  REQUIRE(half);
  CHECK((half->num == 7 && half->den == 2));
  std::optional<Fraction> negative = fraction_of_text("-12.50");
  REQUIRE(negative);
  CHECK((negative->num == -25 && negative->den == 2));
  CHECK_FALSE(fraction_of_text("1e5"));
  CHECK_FALSE(fraction_of_text("12/0"));
  CHECK(decimal_text(0.1) == "0.10000000000000001");
  std::optional<Fraction> tenth = fraction_of_double(0.1);
  REQUIRE(tenth);
  CHECK((tenth->num == 10000000000000001 && tenth->den == 100000000000000000));
}

TEST_CASE("the model check accepts a model inside every window and rejects one outside", "[solve]") {
  Fixture f;
  REQUIRE(f.grounding.groups.size() == 1);
  BindingConstraints binding(f.group(), every(f.group().claims.size()), every(f.group().instances.size()), f.grounding,
                             f.run.report.dataset);
  DayNodes nodes(f.group().claims, {}, {});
  const Dataset& dataset = f.run.report.dataset;
  CHECK(model_satisfies(binding, nodes, days(0, kJanuaryFirst2024, kJanuaryFirst2024 + 60), dataset));
  // Days are read relative to node 0: a model shifted as a whole is the same model.
  CHECK(model_satisfies(binding, nodes, days(-5000, kJanuaryFirst2024, kJanuaryFirst2024 + 60), dataset));
  // Outside a's window (January), outside b's (January to March), and both on one day, which
  // single-value forbids for two values.
  CHECK_FALSE(model_satisfies(binding, nodes, days(0, kJanuaryFirst2024 + 31, kJanuaryFirst2024 + 60), dataset));
  CHECK_FALSE(model_satisfies(binding, nodes, days(0, kJanuaryFirst2024, kJanuaryFirst2024 + 91), dataset));
  CHECK_FALSE(model_satisfies(binding, nodes, days(0, kJanuaryFirst2024 + 9, kJanuaryFirst2024 + 9), dataset));
  CHECK(model_satisfies(binding, nodes, days(0, kJanuaryFirst2024 + 9, kJanuaryFirst2024 + 10), dataset));
  // A model of the wrong size is never a proof.
  CHECK_FALSE(model_satisfies(binding, nodes, GroupModel{{0, 1}, {}}, dataset));
}

TEST_CASE("a Z3 model that fails the model check never makes a group consistent", "[solve]") {
  Fixture f;
  SolveOptions options;
  options.precheck_checks = false;  // every check to Z3
  GroupVerdict trusted = GroupSolver(options).solve(f.group(), f.grounding, f.run.report.dataset);
  CHECK(trusted.status == GroupVerdict::Status::consistent);
  options.corrupt_models = true;
  GroupVerdict verdict = GroupSolver(options).solve(f.group(), f.grounding, f.run.report.dataset);
  CHECK(verdict.status == GroupVerdict::Status::unknown);
  CHECK(verdict.reason == "Z3's model failed claimcheck's model check");
}

TEST_CASE("conflicts found before time runs out are kept, cut by time", "[solve]") {
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules);
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  REQUIRE(grounding.groups.size() == 1);
  SolveOptions options;
  options.precheck_checks = false;
  GroupVerdict whole = GroupSolver(options).solve(grounding.groups[0], grounding, run.report.dataset);
  REQUIRE(whole.conflicts.size() == 3);
  CHECK(whole.cut_reason.empty());
  bool kept_some = false;
  for (int at = 1; at < 40 && !kept_some; ++at) {
    options.out_of_time_at_check = at;
    GroupVerdict cut = GroupSolver(options).solve(grounding.groups[0], grounding, run.report.dataset);
    if (cut.status == GroupVerdict::Status::unknown) {
      CHECK(cut.conflicts.empty());
      continue;
    }
    REQUIRE(cut.status == GroupVerdict::Status::conflicting);
    if (cut.conflicts.size() == whole.conflicts.size() && cut.cut_reason.empty()) break;  // finished first
    kept_some = true;
    CHECK(cut.truncated);
    CHECK(cut.cut_reason.rfind("timeout after", 0) == 0);
    for (const Conflict& c : cut.conflicts)
      CHECK(std::any_of(whole.conflicts.begin(), whole.conflicts.end(),
                        [&](const Conflict& w) { return w.claims == c.claims; }));
  }
  CHECK(kept_some);
}

TEST_CASE("the pre-check gives up at its deadline instead of running on", "[solve]") {
  Fixture f;
  CHECK(precheck_group(f.group(), f.grounding, f.run.report.dataset) == PrecheckResult::consistent);
  Deadline passed = Deadline::after(std::chrono::milliseconds(-1));
  CHECK(precheck_group(f.group(), f.grounding, f.run.report.dataset, passed) == PrecheckResult::undecided);
}

TEST_CASE("a run past its --deadline leaves its groups unknown", "[solve][check]") {
  CheckOptions options;
  options.run_deadline = std::chrono::steady_clock::now();
  Run run = run_check({{"s.yaml", kThreeStatuses}}, kMembershipRules, options);
  REQUIRE(run.report.unknown.size() == 1);
  CHECK(run.report.unknown[0].reason == "the run's --deadline passed");
  CHECK(run.report.findings.empty());
}

namespace {

const char* kAtMostCount = R"(
vocabulary:
  states:
    membership: [member]
    member-count: number
rules:
  - {id: at-most-members, kind: count, state: member-count, counts: {state: membership}, set: at-most}
)";

std::string pact_claims(const std::string& claims) {
  return "source: {id: s, published: 2024-09-01}\nclaims:\n" + claims;
}

// Positions in the group of the claims with these ids.
std::vector<int> positions_of(const Group& group, const Dataset& dataset, const std::vector<std::string>& ids) {
  std::vector<int> out;
  for (std::size_t k = 0; k < group.claims.size(); ++k)
    if (std::find(ids.begin(), ids.end(), dataset.claims[static_cast<std::size_t>(group.claims[k])].id) != ids.end())
      out.push_back(static_cast<int>(k));
  return out;
}

}  // namespace

// A claim not assumed may be true or not; the model check, like the lowering, counts it as a
// holder only when it is assumed (true), never as an interval free to cover the counted day.
TEST_CASE("the model check counts only assumed holders", "[solve][count]") {
  Run run = run_check(
      {{"s.yaml", pact_claims("  - {id: n, quote: q, subject: Pact, state: member-count, value: 2, at: 2024-04-01}\n"
                              "  - {id: a, quote: q, subject: A, object: Pact, state: membership, value: member, "
                              "at: 2024-04-01}\n"
                              "  - {id: c, quote: q, subject: C, object: Pact, state: membership, value: member, "
                              "from: 2024-03, until: 2024-05}\n")}},
      kAtMostCount);
  REQUIRE(run.report.diagnostics.all().empty());
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  REQUIRE(grounding.groups.size() == 1);
  const Group& group = grounding.groups[0];
  const Dataset& dataset = run.report.dataset;
  REQUIRE(group.claims.size() == 3);
  DayNodes nodes(group.claims, {}, {});
  // Every claim on 1 April, c from 1 March to 31 May: both holders cover the counted day.
  const std::int64_t april_first = kJanuaryFirst2024 + 91;
  GroupModel model{
      {0, april_first, april_first, april_first, april_first, april_first - 31, april_first + 60, 0, 0, 0, 0, 0, 0},
      {Fraction{2, 1}, std::nullopt, std::nullopt}};
  std::vector<int> instances = every(group.instances.size());
  BindingConstraints all(group, every(group.claims.size()), instances, grounding, dataset);
  CHECK(model_satisfies(all, nodes, model, dataset));
  BindingConstraints without_c(group, positions_of(group, dataset, {"n", "a"}), instances, grounding, dataset);
  CHECK_FALSE(model_satisfies(without_c, nodes, model, dataset));
}

// "2 members" under at-most, with a holder whose own time reaches the day only if it is true: a
// check that leaves that holder out is satisfiable only with a model that makes it true, which
// the model check must then verify under that claim too (else the solver would call it unknown).
TEST_CASE("a Z3 model that makes a claim true besides the assumed ones is verified with it", "[solve][count]") {
  Run run = run_check(
      {{"s.yaml", pact_claims("  - {id: n, quote: q, subject: Pact, state: member-count, value: 2, at: 2024-04-01}\n"
                              "  - {id: m, quote: q, subject: Pact, state: member-count, value: 1, at: 2024-04-01}\n"
                              "  - {id: a, quote: q, subject: A, object: Pact, state: membership, value: member, "
                              "at: 2024-04-01}\n"
                              "  - {id: c, quote: q, subject: C, object: Pact, state: membership, value: member, "
                              "from: 2024-03, until: 2024-05}\n")}},
      std::string(kAtMostCount) +
          "  - {id: closed-members, kind: count, state: member-count, counts: {state: membership}, set: closed}\n");
  REQUIRE(run.report.diagnostics.all().empty());
  Grounding grounding = ground(run.report.dataset, run.report.rules);
  REQUIRE(grounding.groups.size() == 1);
  const Group& group = grounding.groups[0];
  const Dataset& dataset = run.report.dataset;
  for (bool precheck : {true, false}) {
    INFO("pre-check " << precheck);
    SolveOptions options;
    options.precheck_checks = precheck;
    GroupVerdict verdict = GroupSolver(options).solve(group, grounding, dataset);
    REQUIRE(verdict.status == GroupVerdict::Status::conflicting);
    CHECK(verdict.cut_reason.empty());
    CHECK_FALSE(verdict.truncated);
    // "2" and "1" on one day; "1" against the two holders that must hold then. "2" alone is no
    // conflict: with c true it holds.
    std::vector<std::vector<std::string>> found;
    for (const Conflict& conflict : verdict.conflicts) {
      std::vector<std::string> ids;
      for (int claim : conflict.claims) ids.push_back(dataset.claims[static_cast<std::size_t>(claim)].id);
      std::sort(ids.begin(), ids.end());
      found.push_back(ids);
    }
    std::sort(found.begin(), found.end());
    CHECK(found == std::vector<std::vector<std::string>>{{"a", "c", "m"}, {"m", "n"}});
  }
}

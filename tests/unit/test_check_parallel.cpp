// --jobs and --strategy change how groups are solved, never what is reported.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "claimcheck/render.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// Several sources, each with a conflict of its own and agreeing claims around it.
std::vector<std::pair<std::string, std::string>> dataset() {
  std::vector<std::pair<std::string, std::string>> files;
  for (int s = 0; s < 6; ++s) {
    std::string subject = "Country" + std::to_string(s);
    std::string text = "source:\n  id: s" + std::to_string(s) + "\n  published: 2024-09-01\nclaims:\n";
    text += "  - {id: a, quote: q, subject: " + subject + ", object: CSTO, event: announce-withdrawal, at: 2024-02}\n";
    text += "  - {id: b, quote: q, subject: " + subject + ", object: CSTO, event: announce-withdrawal, at: 2024-0" +
            std::to_string(s % 2 ? 2 : 6) + "}\n";
    text += "  - {id: m, quote: q, subject: " + subject + ", object: CSTO, state: membership, value: frozen, " +
            "from: 2023, until: 2024-0" + std::to_string(1 + s % 3) + "}\n";
    files.push_back({"f" + std::to_string(s) + ".yaml", text});
  }
  return files;
}

std::string report_with(int jobs, Strategy strategy) {
  CheckOptions options;
  options.jobs = jobs;
  options.strategy = strategy;
  Run run = run_check(dataset(), kMembershipRules, options);
  return render_json(run.report);
}

}  // namespace

TEST_CASE("the report is the same for every --jobs", "[check][parallel]") {
  std::string one = report_with(1, Strategy::split);
  CHECK(one.find("\"findings\": 0") == std::string::npos);
  CHECK(report_with(2, Strategy::split) == one);
  CHECK(report_with(4, Strategy::split) == one);
}

TEST_CASE("monolithic solving finds the same conflicts as split solving", "[check][parallel]") {
  CheckOptions split;
  split.jobs = 2;
  CheckOptions monolithic = split;
  monolithic.strategy = Strategy::monolithic;
  Run a = run_check(dataset(), kMembershipRules, split);
  Run b = run_check(dataset(), kMembershipRules, monolithic);
  REQUIRE(!a.report.findings.empty());
  REQUIRE(a.report.findings.size() == b.report.findings.size());
  for (std::size_t i = 0; i < a.report.findings.size(); ++i) {
    CHECK(a.report.findings[i].claims == b.report.findings[i].claims);
    CHECK(a.report.findings[i].rules == b.report.findings[i].rules);
  }
  CHECK(b.report.summary.groups == 1);
}

TEST_CASE("progress is reported for every file and every decided group", "[check][parallel]") {
  CheckOptions options;
  options.jobs = 2;
  long files = 0, groups = 0;
  options.on_progress = [&](const Progress& p) {
    if (std::string(p.stage) == "loading files") files = p.done;
    if (std::string(p.stage) == "solving groups") groups = p.done;
  };
  Run run = run_check(dataset(), kMembershipRules, options);
  CHECK(files == 6);
  CHECK(groups == run.report.stats.groups_with_rules);
  CHECK(groups == 6);
}

namespace {

std::string text_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The shipped CSTO article's claims as told by twelve sources: 4 claims each, cut at the default
// --max-conflicts of 20; `others` adds the example packs' facts, whose groups are solved first.
Report twelve_csto_sources(SourceManager& sources, bool others) {
  std::string root = CLAIMCHECK_SOURCE_DIR;
  Diagnostics problems;
  std::vector<int> rules = sources.add_paths({root + "/rules"}, problems);
  std::vector<int> facts;
  if (others)
    facts = sources.add_paths({root + "/examples/people-pack/facts", root + "/examples/events-pack/facts",
                               root + "/examples/membership-pack/facts"},
                              problems);
  std::string article = text_of(root + "/facts/csto/bi-armenia-csto.yaml");
  for (int s = 1; s <= 12; ++s) {
    std::string copy = article;
    copy.replace(copy.find("id: bi-armenia-csto"), 19, "id: src" + std::to_string(s));
    facts.push_back(sources.add("s" + std::to_string(s) + ".yaml", copy));
  }
  REQUIRE_FALSE(problems.has_errors());
  CheckOptions options;
  options.jobs = 1;  // one worker: every other group is solved first, on the same solver
  return check(sources, facts, rules, options);
}

std::vector<std::vector<std::string>> armenia_conflicts(const Report& report) {
  std::vector<std::vector<std::string>> out;
  for (const Finding& f : report.findings) {
    std::vector<std::string> ids;
    for (int c : f.claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
    if (ids.front().rfind("src", 0) == 0) out.push_back(ids);
  }
  return out;
}

}  // namespace

TEST_CASE("a group cut at --max-conflicts lists the same conflicts whatever was solved before it",
          "[check][parallel]") {
  SourceManager alone_sources, mixed_sources;
  Report alone = twelve_csto_sources(alone_sources, false);
  Report mixed = twelve_csto_sources(mixed_sources, true);
  REQUIRE(alone.truncated.size() == 1);
  std::vector<std::vector<std::string>> listed = armenia_conflicts(alone);
  CHECK(listed.size() == 20);
  CHECK(armenia_conflicts(mixed) == listed);
}

namespace {

// Errors from loading (an unknown field), validating ids (a duplicate) and linking time anchors
// (an unknown target), in conflicting claims that grounding would relate: grounding runs
// alongside validation when --jobs > 1, and its result must be dropped.
std::vector<std::pair<std::string, std::string>> invalid_dataset() {
  std::string text = "source:\n  id: s\n  published: 2024-09-01\nclaims:\n";
  text += "  - {id: a, quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2024-02}\n";
  text += "  - {id: a, quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: 2024-06}\n";
  text += "  - {id: b, quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, at: {after: nowhere}}\n";
  text += "  - {id: c, quote: q, subject: Armenia, object: CSTO, event: join, at: 2024-03, before: missing}\n";
  return {{"f.yaml", text}};
}

std::vector<std::string> diagnostics_of(const Report& report) {
  std::vector<std::string> out;
  for (const Diagnostic& d : report.diagnostics.all())
    out.push_back(d.code + " " + std::to_string(d.range.line) + ":" + std::to_string(d.range.column));
  return out;
}

}  // namespace

TEST_CASE("a dataset with errors is never checked, and lists the same errors in the same order for every --jobs",
          "[check][parallel]") {
  CheckOptions one, two;
  one.jobs = 1;
  two.jobs = 2;
  Run sequential = run_check(invalid_dataset(), kMembershipRules, one);
  Run alongside = run_check(invalid_dataset(), kMembershipRules, two);
  REQUIRE(sequential.report.diagnostics.has_errors());
  CHECK(codes_of(sequential.report).size() >= 2);
  CHECK_FALSE(alongside.report.checked);
  CHECK(alongside.report.findings.empty());
  CHECK(diagnostics_of(alongside.report) == diagnostics_of(sequential.report));
}

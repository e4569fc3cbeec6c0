#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "claimcheck/render.h"
#include "cli/baseline.h"
#include "cli/options.h"
#include "cli_helpers.h"
#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

Run two_findings() {
  return run_check({{"facts/s.yaml",
                     "source: {id: s, publisher: Pub, published: 2024-09-01}\nclaims:\n"
                     "  - {id: feb, quote: q1, subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
                     "  - {id: jun, quote: q2, subject: A, object: B, event: announce-withdrawal, at: in June}\n"
                     "  - {id: c1, quote: q3, subject: C, state: member-count, value: 6, at: 2024-03-01}\n"
                     "  - {id: c2, quote: q4, subject: C, state: member-count, value: 7, at: 2024-03-01}\n"}},
                   kMembershipRules);
}

}  // namespace

TEST_CASE("one --format and one --output pair in either order, as before", "[cli]") {
  auto o = parse({"--output", "r.json", "--format", "json"});
  REQUIRE(o);
  REQUIRE(o->outputs.size() == 1);
  CHECK(o->outputs[0].format == "json");
  CHECK(o->outputs[0].path == "r.json");
  auto plain = parse({});
  REQUIRE(plain);
  CHECK(plain->outputs.size() == 1);
  CHECK(plain->outputs[0].format == "text");
  CHECK(plain->outputs[0].path.empty());
}

TEST_CASE("several --format F --output FILE pairs, one report on stdout", "[cli]") {
  auto o =
      parse({"--format", "sarif", "--output", "out.sarif", "--format", "junit", "-o", "out.xml", "--format", "text"});
  REQUIRE(o);
  REQUIRE(o->outputs.size() == 3);
  CHECK(o->outputs[0].format == "sarif");
  CHECK(o->outputs[0].path == "out.sarif");
  CHECK(o->outputs[1].format == "junit");
  CHECK(o->outputs[1].path == "out.xml");
  CHECK(o->outputs[2].format == "text");
  CHECK(o->outputs[2].path.empty());
}

TEST_CASE("an output with no --format takes the format its extension names", "[cli]") {
  auto html = parse({"-o", "report.html"});
  REQUIRE(html);
  REQUIRE(html->outputs.size() == 1);
  CHECK(html->outputs[0].format == "html");
  auto several = parse({"-o", "a.sarif", "-o", "b.md", "--output", "c.xml", "-o", "d.sarif.json", "-o", "e.json"});
  REQUIRE(several);
  std::vector<std::string> formats;
  for (const OutputSpec& spec : several->outputs) formats.push_back(spec.format);
  CHECK(formats == std::vector<std::string>{"sarif", "markdown", "junit", "sarif", "json"});
  // An explicit --format wins over the extension; a lone output with no known extension is text.
  auto explicit_format = parse({"--format", "json", "-o", "report.html"});
  REQUIRE(explicit_format);
  CHECK(explicit_format->outputs[0].format == "json");
  auto plain = parse({"-o", "report"});
  REQUIRE(plain);
  CHECK(plain->outputs[0].format == "text");
}

TEST_CASE("ambiguous output pairs are refused", "[cli]") {
  std::string errors;
  CHECK_FALSE(parse({"--format", "sarif", "--format", "junit"}, &errors));
  CHECK_THAT(errors, Catch::Contains("only one --format may go to standard output"));
  CHECK_FALSE(parse({"-o", "a", "--format", "sarif", "-o", "b", "--format", "junit"}, &errors));
  CHECK_THAT(errors, Catch::Contains("must follow the --format it is for"));
  CHECK_FALSE(parse({"--format", "sarif", "-o", "a", "--format", "junit", "-o", "a"}, &errors));
  CHECK_THAT(errors, Catch::Contains("two reports written to 'a'"));
  CHECK_FALSE(parse({"--format", "pdf"}, &errors));
  CHECK_THAT(errors, Catch::Contains("unknown --format 'pdf'"));
}

TEST_CASE("the baseline and fail-on-unknown flags are read", "[cli]") {
  auto o = parse({"--baseline", "b.json", "--write-baseline", "n.json", "--fail-on-unknown"});
  REQUIRE(o);
  CHECK(o->baseline == "b.json");
  CHECK(o->write_baseline == "n.json");
  CHECK(o->fail_on_unknown);
  CHECK_FALSE(parse({})->fail_on_unknown);
}

TEST_CASE("a baseline accepts known findings and reports stale entries", "[cli]") {
  Run run = two_findings();
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.findings.size() == 2);
  Diagnostics problems;
  std::vector<BaselineEntry> all = parse_baseline("b.json", baseline_json(run.report), problems);
  CHECK_FALSE(problems.has_errors());
  REQUIRE(all.size() == 2);

  std::vector<BaselineEntry> one_known = {all[0], {"0000000000000000", "gone-rule", {"s/x"}, "old"}};
  apply_baseline(run.report, one_known);
  CHECK(run.report.findings.size() == 1);
  CHECK(run.report.baselined.size() == 1);
  CHECK(run.report.summary.findings == 1);
  REQUIRE(run.report.stale_baseline.size() == 1);
  CHECK(run.report.stale_baseline[0].rule == "gone-rule");
  CHECK(finding_fingerprint(run.report, run.report.findings[0]) == all[1].fingerprint);
  // Rewriting the baseline keeps accepted and new findings and drops the stale entry.
  CHECK(parse_baseline("b.json", baseline_json(run.report), problems).size() == 2);
}

TEST_CASE("a fingerprint covers the rule and what the claims say, never where they are", "[cli]") {
  Run run = two_findings();
  REQUIRE(run.report.findings.size() == 2);
  const Finding& counts = run.report.findings[1];
  REQUIRE(counts.rule == "one-member-count");
  std::string accepted = finding_fingerprint(run.report, counts);
  Report moved = run.report;
  for (Claim& c : moved.dataset.claims) c.range.line += 10;
  CHECK(finding_fingerprint(moved, counts) == accepted);
  Report revalued = run.report;
  revalued.dataset.claims[static_cast<std::size_t>(counts.claims[0])].value.text = "8";
  CHECK(finding_fingerprint(revalued, counts) != accepted);
  Report redated = run.report;
  redated.dataset.claims[static_cast<std::size_t>(counts.claims[1])].time.text = "at: 2024-03";
  CHECK(finding_fingerprint(redated, counts) != accepted);
  Report renamed = run.report;
  renamed.dataset.claims[static_cast<std::size_t>(counts.claims[1])].full_id = "s/c3";
  CHECK(finding_fingerprint(renamed, counts) != accepted);
  Finding other_rule = counts;
  other_rule.rule = "another-rule";
  CHECK(finding_fingerprint(run.report, other_rule) != accepted);
}

TEST_CASE("editing an accepted claim makes its finding new and names the stale entry's rule and claims", "[cli]") {
  Run run = two_findings();
  Diagnostics problems;
  std::vector<BaselineEntry> all = parse_baseline("b.json", baseline_json(run.report), problems);
  REQUIRE(all.size() == 2);
  Run edited = run_check({{"facts/s.yaml",
                           "source: {id: s, publisher: Pub, published: 2024-09-01}\nclaims:\n"
                           "  - {id: feb, quote: q1, subject: A, object: B, event: announce-withdrawal, at: 2024-02}\n"
                           "  - {id: jun, quote: q2, subject: A, object: B, event: announce-withdrawal, at: in June}\n"
                           "  - {id: c1, quote: q3, subject: C, state: member-count, value: 5, at: 2024-03-01}\n"
                           "  - {id: c2, quote: q4, subject: C, state: member-count, value: 7, at: 2024-03-01}\n"}},
                         kMembershipRules);
  apply_baseline(edited.report, all);
  REQUIRE(edited.report.findings.size() == 1);
  CHECK(edited.report.findings[0].rule == "one-member-count");
  REQUIRE(edited.report.stale_baseline.size() == 1);
  const StaleBaselineEntry& stale = edited.report.stale_baseline[0];
  CHECK(stale.rule == "one-member-count");
  CHECK(stale.claims == std::vector<std::string>{"s/c1", "s/c2"});
  CHECK_THAT(stale.why, Catch::Contains("edited since it was accepted"));
  std::string text = render_text(edited.report, edited.sources);
  CHECK_THAT(text, Catch::Contains("baseline entry for rule one-member-count on claims s/c1 and s/c2 (fingerprint "));
  CHECK_THAT(render_github(edited.report), Catch::Contains("on claims s/c1 and s/c2"));
  CHECK_THAT(render_markdown(edited.report), Catch::Contains("on claims s/c1 and s/c2"));

  std::vector<BaselineEntry> gone = {{"0123456789abcdef", "one-member-count", {"s/c1", "s/gone"}, ""}};
  Run again = two_findings();
  apply_baseline(again.report, gone);
  REQUIRE(again.report.stale_baseline.size() == 1);
  CHECK(again.report.stale_baseline[0].why == "s/gone is no longer in the dataset");
}

TEST_CASE("a broken baseline is a located error", "[cli]") {
  Diagnostics problems;
  parse_baseline("b.json", "{\n  \"findings\": [,]\n}", problems);
  REQUIRE(problems.has_errors());
  CHECK(problems.all()[0].code == "bad-baseline");
  CHECK(problems.all()[0].range.line == 2);
  Diagnostics missing_list;
  parse_baseline("b.json", "{}", missing_list);
  CHECK(missing_list.has_errors());
}

TEST_CASE("only a claimcheck baseline of a known version with real fingerprints is read", "[cli]") {
  for (const char* text : {R"({"findings": []})", R"({"claimcheck_baseline": 1, "findings": []})",
                           R"({"claimcheck_baseline": "yes", "findings": []})",
                           R"({"claimcheck_baseline": 2, "findings": [{"fingerprint": "zz"}]})",
                           R"({"claimcheck_baseline": 2, "findings": [{"fingerprint": "0123456789ABCDEF"}]})"}) {
    INFO(text);
    Diagnostics problems;
    parse_baseline("b.json", text, problems);
    REQUIRE(problems.has_errors());
    CHECK(problems.all()[0].code == "bad-baseline");
  }
  Diagnostics fine;
  CHECK(
      parse_baseline("b.json", R"({"claimcheck_baseline": 2, "findings": [{"fingerprint": "0123456789abcdef"}]})", fine)
          .size() == 1);
  CHECK_FALSE(fine.has_errors());
  Diagnostics folder;
  read_baseline_file(".", folder);
  REQUIRE(folder.has_errors());
  CHECK_THAT(folder.all()[0].message, Catch::Contains("is a folder"));
}

TEST_CASE("a missing baseline file is a bad-baseline error, so the run is not checked", "[cli]") {
  Diagnostics problems;
  CHECK(read_baseline_file("/nonexistent/baseline.json", problems).empty());
  REQUIRE(problems.has_errors());
  CHECK(problems.all()[0].code == "bad-baseline");
  CHECK_THAT(problems.all()[0].message, Catch::Contains("/nonexistent/baseline.json"));
}

TEST_CASE("a baseline that accepts a group's every finding drops that group's repairs and blame", "[cli]") {
  Run run = two_findings();
  CHECK(unnamed_findings(run.report).empty());
  REQUIRE(run.report.repairs.size() == 2);
  Diagnostics problems;
  std::vector<BaselineEntry> all = parse_baseline("b.json", baseline_json(run.report), problems);
  std::string kept = finding_fingerprint(run.report, run.report.findings[1]);
  std::vector<BaselineEntry> accept_first;
  for (const BaselineEntry& e : all)
    if (e.fingerprint != kept) accept_first.push_back(e);
  apply_baseline(run.report, accept_first);
  REQUIRE(run.report.findings.size() == 1);
  REQUIRE(run.report.repairs.size() == 1);
  const Finding& left = run.report.findings[0];
  REQUIRE(left.group == 0);
  for (int c : left.claims) {
    const std::vector<int>& group = run.report.repairs[0].claims;
    CHECK(std::find(group.begin(), group.end(), c) != group.end());
  }
  REQUIRE(run.report.baselined.size() == 1);
  CHECK(run.report.baselined[0].group == -1);

  Run accepted = two_findings();
  CHECK(unnamed_findings(accepted.report).empty());
  apply_baseline(accepted.report, all);
  CHECK(accepted.report.findings.empty());
  CHECK(accepted.report.repairs.empty());
  CHECK_THAT(render_text(accepted.report, accepted.sources), !Catch::Contains("best repair"));
}

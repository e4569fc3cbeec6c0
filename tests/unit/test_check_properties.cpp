// Never a silent pass: removing, duplicating or reordering claims and files changes the findings
// exactly as the definition of a minimal conflict says it must.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <set>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

struct ClaimLine {
  std::string id;
  std::string body;  // the fields after the id, as a YAML flow map's content
};

struct FactsFile {
  std::string source;
  std::vector<ClaimLine> claims;
};

// A finding as a value: its rule and its claims' full ids, sorted.
using FindingKey = std::pair<std::string, std::vector<std::string>>;
using Findings = std::set<FindingKey>;

// Three sources that disagree about Armenia's membership, the announcement and the member count.
std::vector<FactsFile> base_dataset() {
  const std::string membership = "quote: q, subject: Armenia, object: CSTO, state: membership, ";
  const std::string announce = "quote: q, subject: Armenia, object: CSTO, event: announce-withdrawal, ";
  const std::string count = "quote: q, subject: CSTO, state: member-count, ";
  return {
      {"a",
       {{"member", membership + "value: member, at: 2024-03-01"},
        {"announced", announce + "at: 2024-02"},
        {"six", count + "value: 6, at: 2024-01-01"}}},
      {"b",
       {{"frozen", membership + "value: frozen, at: 2024-03-01"},
        {"announced", announce + "at: 2024-05"},
        {"seven", count + "value: 7, at: 2024-01-01"}}},
      {"c",
       {{"member-again", membership + "value: member, at: 2024-06-01"},
        {"six", count + "value: 6.0, at: 2024-01-01"},
        {"withdrawn", membership + "value: withdrawn, at: 2024-03"}}},
  };
}

std::string yaml_of(const FactsFile& file) {
  std::string text = "source: {id: " + file.source + ", published: 2024-09-01}\nclaims:\n";
  for (const ClaimLine& claim : file.claims) text += "  - {id: " + claim.id + ", " + claim.body + "}\n";
  return text;
}

Findings findings_of(const std::vector<FactsFile>& files) {
  std::vector<std::pair<std::string, std::string>> inputs;
  for (const FactsFile& file : files) inputs.emplace_back(file.source + ".yaml", yaml_of(file));
  Run run = run_check(inputs, kMembershipRules);
  REQUIRE(run.report.diagnostics.all().empty());
  REQUIRE(run.report.checked);
  REQUIRE(run.report.unknown.empty());
  REQUIRE(run.report.truncated.empty());
  Findings findings;
  for (const Finding& finding : run.report.findings) {
    std::vector<std::string> ids;
    for (int c : finding.claims) ids.push_back(run.report.dataset.claims[static_cast<std::size_t>(c)].full_id);
    std::sort(ids.begin(), ids.end());
    findings.insert({finding.rule, ids});
  }
  return findings;
}

bool mentions(const FindingKey& finding, const std::string& full_id) {
  return std::find(finding.second.begin(), finding.second.end(), full_id) != finding.second.end();
}

// Every variant of each finding in which any of its claims named in `copies` is swapped for its copy.
Findings with_copies(const Findings& findings, const std::map<std::string, std::string>& copies) {
  Findings out;
  for (const FindingKey& finding : findings) {
    std::vector<std::vector<std::string>> variants{{}};
    for (const std::string& id : finding.second) {
      std::vector<std::vector<std::string>> next;
      for (const auto& variant : variants) {
        next.push_back(variant);
        next.back().push_back(id);
        if (auto copy = copies.find(id); copy != copies.end()) {
          next.push_back(variant);
          next.back().push_back(copy->second);
        }
      }
      variants = std::move(next);
    }
    for (auto& ids : variants) {
      std::sort(ids.begin(), ids.end());
      out.insert({finding.first, ids});
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the base dataset has findings under several rules", "[check][properties]") {
  Findings findings = findings_of(base_dataset());
  std::set<std::string> rules;
  for (const FindingKey& f : findings) rules.insert(f.first);
  // Without findings under several rules, the properties below would prove little.
  CHECK(rules.size() >= 3);
  CHECK(findings.size() >= 4);
}

TEST_CASE("reordering claims and files leaves the findings unchanged", "[check][properties]") {
  const std::vector<FactsFile> base = base_dataset();
  const Findings expected = findings_of(base);
  std::mt19937 random(7);
  for (int round = 0; round < 6; ++round) {
    std::vector<FactsFile> shuffled = base;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    for (FactsFile& file : shuffled) std::shuffle(file.claims.begin(), file.claims.end(), random);
    CAPTURE(round);
    CHECK(findings_of(shuffled) == expected);
  }
}

TEST_CASE("removing a claim removes exactly the findings that contain it", "[check][properties]") {
  const std::vector<FactsFile> base = base_dataset();
  const Findings before = findings_of(base);
  for (std::size_t f = 0; f < base.size(); ++f) {
    for (std::size_t c = 0; c < base[f].claims.size(); ++c) {
      std::vector<FactsFile> smaller = base;
      smaller[f].claims.erase(smaller[f].claims.begin() + static_cast<std::ptrdiff_t>(c));
      std::string removed = base[f].source + "/" + base[f].claims[c].id;
      Findings expected;
      for (const FindingKey& finding : before)
        if (!mentions(finding, removed)) expected.insert(finding);
      CAPTURE(removed);
      CHECK(findings_of(smaller) == expected);
    }
  }
}

TEST_CASE("removing a file removes exactly the findings that cite it", "[check][properties]") {
  const std::vector<FactsFile> base = base_dataset();
  const Findings before = findings_of(base);
  for (std::size_t f = 0; f < base.size(); ++f) {
    std::vector<FactsFile> smaller = base;
    smaller.erase(smaller.begin() + static_cast<std::ptrdiff_t>(f));
    Findings expected;
    for (const FindingKey& finding : before) {
      bool cites = std::any_of(finding.second.begin(), finding.second.end(),
                               [&](const std::string& id) { return id.rfind(base[f].source + "/", 0) == 0; });
      if (!cites) expected.insert(finding);
    }
    CAPTURE(base[f].source);
    CHECK(findings_of(smaller) == expected);
  }
}

TEST_CASE("duplicating a claim doubles exactly the findings that contain it", "[check][properties]") {
  const std::vector<FactsFile> base = base_dataset();
  const Findings before = findings_of(base);
  for (std::size_t f = 0; f < base.size(); ++f) {
    for (std::size_t c = 0; c < base[f].claims.size(); ++c) {
      std::vector<FactsFile> larger = base;
      ClaimLine copy = base[f].claims[c];
      copy.id += "-copy";
      larger[f].claims.push_back(copy);
      std::string original = base[f].source + "/" + base[f].claims[c].id;
      CAPTURE(original);
      // An equal claim can stand in for the original in each conflict, and never joins it in one.
      CHECK(findings_of(larger) == with_copies(before, {{original, base[f].source + "/" + copy.id}}));
    }
  }
}

TEST_CASE("duplicating a file under another source id doubles its claims' findings", "[check][properties]") {
  const std::vector<FactsFile> base = base_dataset();
  const Findings before = findings_of(base);
  for (std::size_t f = 0; f < base.size(); ++f) {
    std::vector<FactsFile> larger = base;
    FactsFile copy = base[f];
    copy.source += "-copy";
    larger.push_back(copy);
    std::map<std::string, std::string> copies;
    for (const ClaimLine& claim : base[f].claims)
      copies[base[f].source + "/" + claim.id] = copy.source + "/" + claim.id;
    CAPTURE(base[f].source);
    CHECK(findings_of(larger) == with_copies(before, copies));
  }
}

// similar-names: look-alike entity names warn, with every variant and its uses, unless the registry or `distinct:`
// settles them.
#include <algorithm>
#include <catch2/catch.hpp>

#include "helpers.h"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const char* kRules = R"(
vocabulary:
  events: [visit]
rules:
  - id: one-visit
    kind: unique-event
    event: visit
)";

// One claim per subject (and object, when given), each on its own day.
std::string facts(const std::vector<std::pair<std::string, std::string>>& subjects_and_objects) {
  std::string out = "source:\n  id: s\n  published: 2024-09-01\nclaims:\n";
  int n = 0;
  for (const auto& [subject, object] : subjects_and_objects) {
    ++n;
    out += "  - id: c" + std::to_string(n) + "\n    quote: q\n    subject: \"" + subject + "\"\n";
    if (!object.empty()) out += "    object: \"" + object + "\"\n";
    out += "    event: visit\n    at: 2024-01-" + std::string(n < 10 ? "0" : "") + std::to_string(n) + "\n";
  }
  return out;
}

std::vector<Diagnostic> similar(const Report& report) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : report.diagnostics.sorted())
    if (d.code == "similar-names") out.push_back(d);
  return out;
}

std::vector<Diagnostic> similar_in(const std::vector<std::pair<std::string, std::string>>& names,
                                   const std::string& registry = "") {
  std::vector<std::pair<std::string, std::string>> files{{"s.yaml", facts(names)}};
  if (!registry.empty()) files.emplace_back("entities.yaml", registry);
  return similar(run_check(files, kRules).report);
}

}  // namespace

TEST_CASE("names differing only by case, spacing, punctuation or diacritics warn", "[validate]") {
  for (auto [a, b] :
       std::vector<std::pair<const char*, const char*>>{{"2010 Haiti earthquake", "2010 Haiti Earthquake"},
                                                        {"Al-Shabaab", "Al Shabaab"},
                                                        {"U.S.", "US"},
                                                        {"C\u00f4te d'Ivoire", "Cote d'Ivoire"},
                                                        {"UK", "uk"}}) {
    INFO(a << " / " << b);
    std::vector<Diagnostic> found = similar_in({{a, ""}, {b, ""}});
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message.find("differ only by case, spacing, punctuation or diacritics") != std::string::npos);
  }
}

TEST_CASE("names one edit apart warn; two edits, a digit or a short name do not", "[validate]") {
  CHECK(similar_in({{"Pashinyan", ""}, {"Pashinian", ""}}).size() == 1);
  CHECK(similar_in({{"Kazakhstan", ""}, {"Kazakhtsan", ""}}).size() == 1);
  CHECK(similar_in({{"Haiti earthquake", ""}, {"Haiti earthquakes", ""}}).size() == 1);
  CHECK(similar_in({{"Gambia", ""}, {"Zambia", ""}}).size() == 1);  // until a distinct: entry says so
  CHECK(similar_in({{"Niger", ""}, {"Nigeria", ""}}).empty());      // two edits
  CHECK(similar_in({{"Austria", ""}, {"Australia", ""}}).empty());
  CHECK(similar_in({{"2010 Haiti earthquake", ""}, {"2011 Haiti earthquake", ""}}).empty());
  CHECK(similar_in({{"Iran", ""}, {"Iraq", ""}}).empty());  // under five letters: keys only
  CHECK(similar_in({{"Mali", ""}, {"Bali", ""}}).empty());
  CHECK(similar_in({{"Malis", ""}, {"Balis", ""}}).size() == 1);  // five letters: one edit counts
}

TEST_CASE("the warning lists every variant and where each is used", "[validate]") {
  std::vector<Diagnostic> found =
      similar_in({{"2010 Haiti earthquake", ""}, {"2010 Haiti Earthquake", ""}, {"Armenia", "2010 Haiti earthquake"}});
  REQUIRE(found.size() == 1);
  const Diagnostic& d = found[0];
  CHECK(d.message.find("'2010 Haiti Earthquake' (1 claim) and '2010 Haiti earthquake' (2 claims)") !=
        std::string::npos);
  CHECK(d.message.find("add it to the entity registry") != std::string::npos);
  CHECK(d.message.find("'distinct:'") != std::string::npos);
  // The primary location is the likely slip (the variant with fewer claims), at its subject.
  CHECK(d.range.line == 12);
  CHECK(d.range.column == 14);
  std::vector<int> lines;
  for (const DiagnosticNote& note : d.notes) lines.push_back(note.range.line);
  std::sort(lines.begin(), lines.end());
  CHECK(lines == std::vector<int>{7, 12, 18});  // two subjects and one object
}

TEST_CASE("a name used many times shows three uses and counts the rest", "[validate]") {
  std::vector<std::pair<std::string, std::string>> names(6, {"Yerevan", ""});
  names.emplace_back("yerevan", "");
  std::vector<Diagnostic> found = similar_in(names);
  REQUIRE(found.size() == 1);
  CHECK(found[0].notes.size() == 5);  // 3 + "3 more uses" + the single one
  bool counted = std::any_of(found[0].notes.begin(), found[0].notes.end(),
                             [](const DiagnosticNote& n) { return n.message == "'Yerevan' has 3 more uses"; });
  CHECK(counted);
}

TEST_CASE("look-alike names chain into one warning", "[validate]") {
  std::vector<Diagnostic> found = similar_in({{"Pashinyan", ""}, {"Pashinian", ""}, {"pashinyan", ""}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("or by one edit") != std::string::npos);
}

TEST_CASE("the registry silences look-alike names it covers", "[validate]") {
  const char* one_entity = "entities:\n  - {id: haiti-2010, aliases: [2010 Haiti earthquake, 2010 Haiti Earthquake]}\n";
  CHECK(similar_in({{"2010 Haiti earthquake", ""}, {"2010 Haiti Earthquake", ""}}, one_entity).empty());
  // Two entities are different by the registry's word.
  const char* two = "entities:\n  - {id: gambia, name: Gambia}\n  - {id: zambia, name: Zambia}\n";
  CHECK(similar_in({{"Gambia", ""}, {"Zambia", ""}}, two).empty());
  // A name the registry does not cover still warns against the entity's names.
  std::vector<Diagnostic> found = similar_in({{"2010 Haiti earthquake", ""}, {"2010 haiti earthquake", ""}},
                                             "entities:\n  - {id: haiti-2010, aliases: [2010 Haiti earthquake]}\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("'2010 Haiti earthquake' (names entity 'haiti-2010')") != std::string::npos);
}

TEST_CASE("a distinct: entry silences the names it lists, and only those", "[validate]") {
  const char* distinct = "distinct:\n  - [Gambia, Zambia]\n";
  CHECK(similar_in({{"Gambia", ""}, {"Zambia", ""}}, distinct).empty());
  CHECK(similar_in({{"Gambia", ""}, {"Zambia ", ""}}, distinct).empty());  // normalised like claims
  CHECK(similar_in({{"Gambia", ""}, {"gambia", ""}}, distinct).size() == 1);
  CHECK(similar_in({{"Gambia", ""}, {"Zambia", ""}, {"Gambiaa", ""}}, distinct).size() == 1);
}

TEST_CASE("similar-names is a warning: the check still runs and still finds", "[validate][check]") {
  Run run = run_check({{"s.yaml", facts({{"Pashinyan", ""}, {"Pashinian", ""}, {"Pashinyan", ""}})}}, kRules);
  CHECK(run.report.checked);
  CHECK_FALSE(run.report.diagnostics.has_errors());
  CHECK(run.report.findings.size() == 1);  // the two visits of "Pashinyan"
}

TEST_CASE("many distinct names are compared without comparing every pair", "[validate]") {
  // 20,000 names pairwise at least two edits apart (four letters and their sum: one changed
  // letter breaks the sum), then one slip: only the slip warns.
  std::string out = "source:\n  id: s\n  published: 2024-09-01\nclaims:\n";
  auto name_of = [](int i) {
    std::string name = "Entity ";
    int sum = 0;
    for (int k = 0; k < 4; ++k, i /= 26) {
      name += static_cast<char>('a' + i % 26);
      name += 'x';
      sum += i % 26;
    }
    return name + static_cast<char>('a' + sum % 26);
  };
  for (int i = 0; i < 20000; ++i)
    out += "  - {id: c" + std::to_string(i) + ", quote: q, subject: " + name_of(i) + ", event: visit, at: 2024}\n";
  out += "  - {id: slip, quote: q, subject: " + name_of(7).substr(0, 9) + "z" + name_of(7).substr(10) +
         ", event: visit, at: 2024}\n";
  Run run = run_check({{"s.yaml", out}}, kRules);
  std::vector<Diagnostic> found = similar(run.report);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find('\'' + name_of(7) + '\'') != std::string::npos);
}

// JUnit XML renderer: a testsuite per rule, a testcase per (subject, object) group the rule relates.
#include <map>
#include <sstream>

#include "claimcheck/render.h"
#include "render/describe.h"
#include "render/escape.h"

namespace claimcheck {

namespace {

struct TestCase {
  std::string name;  // "Armenia / CSTO"
  std::vector<const Finding*> failures;
  const TruncatedGroup* cut = nullptr;  // a claim of the pair is in a group cut at --max-conflicts
};

// Every (subject, object) pair the rule looks at, in name order, with the findings it raised there.
std::map<std::string, TestCase> cases_of(const Rule& rule, const Report& report) {
  std::map<std::string, TestCase> cases;
  for (std::size_t c = 0; c < report.dataset.claims.size(); ++c) {
    const Claim& claim = report.dataset.claims[c];
    if (!rule_applies_to(rule, claim)) continue;
    TestCase& tc = cases[describe_pair(claim)];
    tc.name = describe_pair(claim);
    if (!tc.cut && !report.truncated.empty()) tc.cut = truncated_group_of(static_cast<int>(c), report);
  }
  for (const Finding& f : report.findings) {
    if (f.rule != rule.id) continue;
    const Claim& first = report.dataset.claims[static_cast<std::size_t>(f.claims.front())];
    TestCase& tc = cases[describe_pair(first)];
    tc.name = describe_pair(first);
    tc.failures.push_back(&f);
  }
  return cases;
}

std::string location(const SourceRange& r) {
  return r.file.str() + ":" + std::to_string(r.line) + ":" + std::to_string(r.column);
}

std::string failure_body(const Finding& f, const Report& report) {
  std::string body = f.message + " [" + f.rule + "]\n";
  if (!f.explanation.empty()) body += "why: " + f.explanation + "\n";
  if (std::string repair = describe_finding_repair(f, report); !repair.empty()) body += repair + "\n";
  for (int c : f.claims) {
    const Claim& claim = report.dataset.claims[static_cast<std::size_t>(c)];
    const Source& source = report.dataset.sources[static_cast<std::size_t>(claim.source)];
    body += location(claim.range) + ": " + claim.full_id + " (" + describe_attribution(claim, source) + ")\n";
    body += "    \"" + claim.quote + "\"\n";
    body += "    " + claim.time.text + " -> " + describe_time(claim.time) + "\n";
  }
  return body;
}

void write_failure(std::ostream& out, const Finding& f, const Report& report) {
  const char* element = "failure";
  out << "      <" << element << " type=\"" << escape_xml(f.rule) << "\" message=\"" << escape_xml(f.message) << "\">"
      << escape_xml_text(failure_body(f, report)) << "</" << element << ">\n";
}

int count_failures(const std::map<std::string, TestCase>& cases) {
  int n = 0;
  for (const auto& [key, tc] : cases) n += tc.failures.empty() ? 0 : 1;
  return n;
}

// A pair with no listed conflict in a cut group was not fully checked: skipped, never passed.
int count_skipped(const std::map<std::string, TestCase>& cases) {
  int n = 0;
  for (const auto& [key, tc] : cases) n += tc.failures.empty() && tc.cut ? 1 : 0;
  return n;
}

// The cut, on a case of a group whose list of conflicts --max-conflicts cut: as `skipped` when
// it has no listed failure (it may have conflicts past the cut), else next to its failures.
void write_cut(std::ostream& out, const TestCase& tc) {
  std::string note = "not every conflict is listed: " + describe_truncated(*tc.cut);
  if (tc.failures.empty())
    out << "      <skipped message=\"" << escape_xml(note) << "\"/>\n";
  else
    out << "      <system-out>" << escape_xml_text(note + "\n") << "</system-out>\n";
}

void write_rule_suite(std::ostream& out, const Rule& rule, const Report& report) {
  std::map<std::string, TestCase> cases = cases_of(rule, report);
  out << "  <testsuite name=\"" << escape_xml(rule.id) << "\" tests=\"" << cases.size() << "\" failures=\""
      << count_failures(cases) << "\" errors=\"0\" skipped=\"" << count_skipped(cases) << "\" time=\"0\" file=\""
      << escape_xml(rule.file) << "\">\n";
  for (const auto& [key, tc] : cases) {
    out << "    <testcase name=\"" << escape_xml(tc.name) << "\" classname=\"" << escape_xml(rule.id)
        << "\" time=\"0\"";
    if (tc.failures.empty() && !tc.cut) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    for (const Finding* f : tc.failures) write_failure(out, *f, report);
    if (tc.cut) write_cut(out, tc);
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n";
}

// Undecided groups and input errors are errors of the run, not failures of a rule.
void write_error_suite(std::ostream& out, const std::string& name,
                       const std::vector<std::pair<std::string, std::string>>& errors) {
  out << "  <testsuite name=\"" << escape_xml(name) << "\" tests=\"" << errors.size() << "\" failures=\"0\" errors=\""
      << errors.size() << "\" skipped=\"0\" time=\"0\">\n";
  for (const auto& [title, body] : errors)
    out << "    <testcase name=\"" << escape_xml(title) << "\" classname=\"claimcheck\" time=\"0\">\n"
        << "      <error type=\"claimcheck\" message=\"" << escape_xml(title) << "\">" << escape_xml_text(body)
        << "</error>\n    </testcase>\n";
  out << "  </testsuite>\n";
}

std::vector<std::pair<std::string, std::string>> undecided_errors(const Report& report) {
  std::vector<std::pair<std::string, std::string>> errors;
  for (const UnknownGroup& u : report.unknown) {
    std::string body = "could not decide whether these claims are consistent (" + u.reason + ")\n";
    for (int c : u.claims) {
      const Claim& claim = report.dataset.claims[static_cast<std::size_t>(c)];
      body += location(claim.range) + ": " + claim.full_id + "\n";
    }
    const Claim& first = report.dataset.claims[static_cast<std::size_t>(u.claims.front())];
    errors.push_back(
        {"undecided: " + describe_pair(first) + " (" + std::to_string(u.claims.size()) + " claims)", body});
  }
  return errors;
}

std::vector<std::pair<std::string, std::string>> input_errors(const Report& report) {
  std::vector<std::pair<std::string, std::string>> errors;
  for (const Diagnostic& d : report.diagnostics.sorted()) {
    if (d.severity != Severity::error) continue;
    errors.push_back({location(d.range) + ": " + d.code, location(d.range) + ": " + d.message + " [" + d.code + "]\n"});
  }
  return errors;
}

}  // namespace

std::string render_junit(const Report& report) {
  std::ostringstream suites;
  int tests = 0, failures = 0, errors = 0;
  for (const Rule& rule : report.rules.rules) {
    std::map<std::string, TestCase> cases = cases_of(rule, report);
    tests += static_cast<int>(cases.size());
    failures += count_failures(cases);
    write_rule_suite(suites, rule, report);
  }
  auto undecided = undecided_errors(report);
  auto input = input_errors(report);
  if (!undecided.empty()) write_error_suite(suites, "claimcheck: undecided groups", undecided);
  if (!input.empty()) write_error_suite(suites, "claimcheck: input", input);
  errors = static_cast<int>(undecided.size() + input.size());
  tests += errors;

  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"claimcheck\" tests=\"" << tests << "\" failures=\"" << failures << "\" errors=\"" << errors
      << "\" time=\"0\">\n"
      << suites.str() << "</testsuites>\n";
  return out.str();
}

}  // namespace claimcheck

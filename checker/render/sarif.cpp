// SARIF 2.1.0 renderer: rules, results with related locations and line-independent fingerprints.
#include <nlohmann/json.hpp>

#include "claimcheck/check.h"
#include "claimcheck/render.h"
#include "claimcheck/version.h"
#include "render/describe.h"
#include "render/escape.h"
#include "render/order.h"

namespace claimcheck {

namespace {

using nlohmann::ordered_json;

constexpr const char* kUndecidedRule = "undecided-group";
// v2: the fingerprint covers the claims' content (docs/ci.md).
constexpr const char* kFingerprintKey = "claimcheck/v2";

const char* sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
    case Severity::note:
      return "note";
  }
  return "none";
}

// Relative paths resolve against SRCROOT, the folder claimcheck ran in (the dataset root).
ordered_json artifact_location(std::string file) {
  if (file.rfind("./", 0) == 0) file.erase(0, 2);
  if (!file.empty() && file.front() == '/') return {{"uri", "file://" + percent_encode_path(file)}};
  return {{"uri", percent_encode_path(file)}, {"uriBaseId", "SRCROOT"}};
}

ordered_json region(const SourceRange& r) {
  int line = std::max(1, r.line);
  int column = std::max(1, r.column);
  int end_line = std::max(line, r.end_line);
  int end_column = end_line == line && r.end_column <= column ? column + 1 : std::max(1, r.end_column);
  return {{"startLine", line}, {"startColumn", column}, {"endLine", end_line}, {"endColumn", end_column}};
}

ordered_json physical_location(const SourceRange& r) {
  ordered_json location = {{"artifactLocation", artifact_location(r.file.str())}};
  if (r.line > 0) location["region"] = region(r);
  return location;
}

const Claim& claim_at(const Report& report, int index) {
  return report.dataset.claims[static_cast<std::size_t>(index)];
}

std::string claim_summary(const Claim& claim, const Report& report) {
  const Source& source = report.dataset.sources[static_cast<std::size_t>(claim.source)];
  return "\"" + claim.quote + "\" (" + describe_attribution(claim, source) + "; " + claim.time.text + " -> " +
         describe_time(claim.time) + ")";
}

ordered_json rule_descriptor(const Rule& rule) {
  std::string help = describe_rule(rule) + " Defined in " + rule.file + ":" + std::to_string(rule.range.line) + ".";
  std::string help_markdown = escape_markdown(describe_rule(rule)) + "\n\nDefined in `" + rule.file + "` line " +
                              std::to_string(rule.range.line) + ". See [the rule's documentation](" +
                              safe_url(rule_help_url(rule)) + ").";
  return {{"id", rule.id},
          {"name", rule.id},
          {"shortDescription", {{"text", describe_rule_sentence(rule)}}},
          {"fullDescription", {{"text", describe_rule(rule)}}},
          {"helpUri", safe_url(rule_help_url(rule))},
          {"help", {{"text", help}, {"markdown", help_markdown}}},
          {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}},
          {"properties", {{"kind", to_string(rule.kind)}, {"tags", {"claimcheck", "consistency"}}}}};
}

ordered_json undecided_descriptor() {
  std::string text =
      "The solver could not decide within --timeout whether this group of claims is consistent. It is not "
      "reported as consistent; raise --timeout or split the dataset.";
  return {{"id", kUndecidedRule},
          {"name", kUndecidedRule},
          {"shortDescription", {{"text", "a group of claims stayed undecided"}}},
          {"fullDescription", {{"text", text}}},
          {"help", {{"text", text}}},
          {"defaultConfiguration", {{"level", "warning"}}},
          {"properties", {{"tags", {"claimcheck"}}}}};
}

// "<message>. This claim: "…". It conflicts with [s/b](1): "…"." Links point at relatedLocations ids.
std::string result_message(const Finding& finding, const Report& report) {
  const Claim& first = claim_at(report, finding.claims.front());
  std::string text = escape_sarif_text(finding.message + ". " + first.full_id + ": " + claim_summary(first, report));
  for (std::size_t i = 1; i < finding.claims.size(); ++i) {
    const Claim& other = claim_at(report, finding.claims[i]);
    text += i == 1 ? " Conflicts with " : "; with ";
    text += '[' + escape_sarif_text(other.full_id) + "](" + std::to_string(i) +
            "): " + escape_sarif_text(claim_summary(other, report));
  }
  return text + ".";
}

int rule_index(const Report& report, const std::string& id) {
  for (std::size_t i = 0; i < report.rules.rules.size(); ++i)
    if (report.rules.rules[i].id == id) return static_cast<int>(i);
  return -1;
}

// Where the human reports put a finding, and the claim it is gathered under (docs/report-json.md).
void add_order(ordered_json& properties, std::size_t index, const FindingOrder& order, const Report& report) {
  properties["reportRank"] = order.rank_of[index];
  int id = order.cluster_of[index];
  if (id < 0) return;
  for (const FindingSection& section : order.sections)
    for (const FindingCluster& c : section.clusters)
      if (c.id == id) {
        properties["cluster"] = {{"id", id},
                                 {"claim", claim_at(report, c.hub).full_id},
                                 {"findings", static_cast<int>(c.findings.size())},
                                 {"contradicts", static_cast<int>(c.contradicts.size())}};
      }
}

ordered_json finding_result(const Finding& finding, const Report& report) {
  ordered_json result = {{"ruleId", finding.rule}};
  if (int index = rule_index(report, finding.rule); index >= 0) result["ruleIndex"] = index;
  result["level"] = sarif_level(finding.severity);
  result["message"] = {{"text", result_message(finding, report)}};
  ordered_json properties = ordered_json::object();
  if (!finding.explanation.empty()) properties["explanation"] = finding.explanation;
  if (std::string repair = describe_finding_repair(finding, report); !repair.empty()) {
    properties["bestRepair"] = repair;
    properties["mostLikelyWrong"] = describe_most_likely_wrong(finding, report);
  }
  const Claim& first = claim_at(report, finding.claims.front());
  result["locations"] = {{{"physicalLocation", physical_location(first.range)}}};
  ordered_json related = ordered_json::array();
  for (std::size_t i = 1; i < finding.claims.size(); ++i) {
    const Claim& other = claim_at(report, finding.claims[i]);
    related.push_back(
        {{"id", static_cast<int>(i)},
         {"physicalLocation", physical_location(other.range)},
         {"message", {{"text", escape_sarif_text(other.full_id + ": " + claim_summary(other, report))}}}});
  }
  if (!related.empty()) result["relatedLocations"] = related;
  result["partialFingerprints"] = {{kFingerprintKey, finding_fingerprint(report, finding)}};
  if (report.baseline_used) result["baselineState"] = "new";
  ordered_json claims = ordered_json::array();
  for (int c : finding.claims) claims.push_back(claim_at(report, c).full_id);
  properties["rules"] = finding.rules;
  properties["claims"] = claims;
  if (const TruncatedGroup* cut = truncated_group_of(finding.claims.front(), report)) {
    properties["conflictsTruncated"] = describe_truncated(*cut);
    result["message"]["text"] = result["message"]["text"].get<std::string>() + " (" + describe_truncated(*cut) + ".)";
  }
  result["properties"] = properties;
  return result;
}

ordered_json unknown_result(const UnknownGroup& group, const Report& report, int undecided_index) {
  std::string ids;
  for (int c : group.claims) ids += (ids.empty() ? "" : ", ") + claim_at(report, c).full_id;
  return {{"ruleId", kUndecidedRule},
          {"ruleIndex", undecided_index},
          {"level", "warning"},
          {"message",
           {{"text", escape_sarif_text("Could not decide whether " + std::to_string(group.claims.size()) +
                                       " claims are consistent (" + group.reason + "): " + ids + ".")}}},
          {"locations", {{{"physicalLocation", physical_location(claim_at(report, group.claims.front()).range)}}}}};
}

ordered_json notification(const Diagnostic& d) {
  ordered_json n = {
      {"descriptor", {{"id", d.code}}}, {"level", sarif_level(d.severity)}, {"message", {{"text", d.message}}}};
  if (!d.range.file.empty()) n["locations"] = {{{"physicalLocation", physical_location(d.range)}}};
  return n;
}

// A group whose list of conflicts was cut at --max-conflicts: a note, not a failure of the run.
ordered_json truncated_notification(const TruncatedGroup& group, const Report& report) {
  return {{"descriptor", {{"id", "max-conflicts"}}},
          {"level", "note"},
          {"message", {{"text", describe_truncated(group)}}},
          {"locations", {{{"physicalLocation", physical_location(claim_at(report, group.claims.front()).range)}}}}};
}

ordered_json invocation(const Report& report) {
  ordered_json notifications = ordered_json::array();
  for (const Diagnostic& d : report.diagnostics.sorted()) notifications.push_back(notification(d));
  for (const TruncatedGroup& t : report.truncated) notifications.push_back(truncated_notification(t, report));
  ordered_json inv = {{"executionSuccessful", !report.diagnostics.has_errors()}};
  if (!notifications.empty()) inv["toolExecutionNotifications"] = notifications;
  return inv;
}

}  // namespace

std::string render_sarif(const Report& report) {
  ordered_json rules = ordered_json::array();
  for (const Rule& rule : report.rules.rules) rules.push_back(rule_descriptor(rule));
  int undecided_index = static_cast<int>(rules.size());
  if (!report.unknown.empty()) rules.push_back(undecided_descriptor());

  ordered_json results = ordered_json::array();
  FindingOrder order = order_findings(report);
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    ordered_json result = finding_result(report.findings[i], report);
    add_order(result["properties"], i, order, report);
    results.push_back(result);
  }
  for (const UnknownGroup& u : report.unknown) results.push_back(unknown_result(u, report, undecided_index));

  ordered_json run = {
      {"tool",
       {{"driver",
         {{"name", "claimcheck"}, {"version", version()}, {"informationUri", kDocumentationUrl}, {"rules", rules}}}}},
      {"originalUriBaseIds",
       {{"SRCROOT", {{"description", {{"text", "The folder claimcheck ran in: the dataset root."}}}}}}},
      {"invocations", {invocation(report)}},
      {"columnKind", "unicodeCodePoints"},
      {"results", results}};
  ordered_json log = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", {run}}};
  return log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck

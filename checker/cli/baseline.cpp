// Baselines: today's accepted findings, by fingerprint, so a CI gate fails only on new ones.
#include "cli/baseline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "claimcheck/render.h"

namespace claimcheck {

namespace {

using nlohmann::ordered_json;

// 2: fingerprints cover the claims' content (docs/ci.md); a version 1 file is refused with the
// advice to rewrite it, since none of its fingerprints could match.
constexpr int kBaselineVersion = 2;

// nlohmann reports a byte offset; users want line:column.
SourceRange range_at_byte(const std::string& path, const std::string& text, std::size_t byte) {
  SourceRange r{path, 1, 1, 1, 2};
  for (std::size_t i = 0; i < text.size() && i + 1 < byte; ++i) {
    if (text[i] == '\n') {
      ++r.line;
      r.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++r.column;
    }
  }
  r.end_line = r.line;
  r.end_column = r.column + 1;
  return r;
}

// A fingerprint as --write-baseline writes it: 16 lowercase hex digits.
bool is_fingerprint(const nlohmann::json& j) {
  if (!j.is_string()) return false;
  const std::string& text = j.get_ref<const std::string&>();
  return text.size() == 16 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::optional<BaselineEntry> entry_from(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("fingerprint") || !is_fingerprint(j["fingerprint"])) return std::nullopt;
  BaselineEntry entry;
  entry.fingerprint = j["fingerprint"].get<std::string>();
  if (j.contains("rule") && j["rule"].is_string()) entry.rule = j["rule"].get<std::string>();
  if (j.contains("message") && j["message"].is_string()) entry.message = j["message"].get<std::string>();
  if (j.contains("claims") && j["claims"].is_array())
    for (const auto& c : j["claims"])
      if (c.is_string()) entry.claims.push_back(c.get<std::string>());
  return entry;
}

// Repairs and blame explain findings: a group whose every finding the baseline accepted has
// nothing left to explain, so its entry goes (every output lists only new findings) and the
// findings' indices into `repairs` follow. Suppressed findings are still shown, so their groups stay.
void drop_accepted_groups(Report& report) {
  std::vector<int> new_index(report.repairs.size(), -1);
  for (const std::vector<Finding>* list : {&report.findings, &report.suppressed})
    for (const Finding& f : *list)
      if (f.group >= 0) new_index[static_cast<std::size_t>(f.group)] = 0;
  std::vector<GroupRepairs> kept;
  for (std::size_t g = 0; g < report.repairs.size(); ++g) {
    if (new_index[g] < 0) continue;
    new_index[g] = static_cast<int>(kept.size());
    kept.push_back(std::move(report.repairs[g]));
  }
  report.repairs = std::move(kept);
  for (std::vector<Finding>* list : {&report.findings, &report.suppressed, &report.baselined})
    for (Finding& f : *list)
      if (f.group >= 0) f.group = new_index[static_cast<std::size_t>(f.group)];
}

std::string join(const std::vector<std::string>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + ids[i];
  return out;
}

// Why an entry matched no finding: a finding of the same rule and claim ids is there with
// edited claims, some claim is gone, or the claims no longer conflict under the rule.
std::string why_stale(const BaselineEntry& entry, const Report& report) {
  std::set<std::string> present;
  for (const Claim& c : report.dataset.claims) present.insert(c.full_id);
  std::vector<std::string> gone;
  for (const std::string& id : entry.claims)
    if (!present.count(id)) gone.push_back(id);
  if (!gone.empty()) return join(gone) + (gone.size() == 1 ? " is" : " are") + " no longer in the dataset";
  std::vector<std::string> wanted = entry.claims;
  std::sort(wanted.begin(), wanted.end());
  for (const Finding& f : report.findings) {
    std::vector<std::string> ids;
    for (int c : f.claims) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
    std::sort(ids.begin(), ids.end());
    if (f.rule == entry.rule && ids == wanted && !wanted.empty())
      return "its claims were edited since it was accepted, so the finding is listed as new";
  }
  if (entry.claims.empty()) return "the entry names no claims";
  return "the claims no longer conflict under this rule";
}

}  // namespace

std::vector<BaselineEntry> parse_baseline(const std::string& path, const std::string& text, Diagnostics& diagnostics) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    diagnostics.error("bad-baseline", "baseline is not JSON (write one with --write-baseline)",
                      range_at_byte(path, text, e.byte));
    return {};
  }
  SourceRange whole{path, 1, 1, 1, 2};
  if (!doc.is_object() || !doc.contains("findings") || !doc["findings"].is_array()) {
    diagnostics.error("bad-baseline", "baseline has no 'findings' list (write one with --write-baseline)", whole);
    return {};
  }
  // The marker tells a baseline from any JSON with a findings list (a JSON report, say).
  const auto marker = doc.find("claimcheck_baseline");
  if (marker == doc.end() || !marker->is_number_integer() || marker->get<long long>() != kBaselineVersion) {
    diagnostics.error("bad-baseline",
                      marker == doc.end()
                          ? "not a claimcheck baseline: no \"claimcheck_baseline\": " +
                                std::to_string(kBaselineVersion) + " (write one with --write-baseline)"
                          : "baseline version " + marker->dump() + " is not one this claimcheck reads (" +
                                std::to_string(kBaselineVersion) + "); rewrite it with --write-baseline",
                      whole);
    return {};
  }
  std::vector<BaselineEntry> entries;
  for (const auto& item : doc["findings"]) {
    if (auto entry = entry_from(item))
      entries.push_back(*entry);
    else
      diagnostics.error("bad-baseline", "a baseline entry has no 'fingerprint' of 16 hex digits", whole);
  }
  return entries;
}

std::vector<BaselineEntry> read_baseline_file(const std::string& path, Diagnostics& diagnostics) {
  std::error_code folder;
  if (std::filesystem::is_directory(path, folder)) {
    diagnostics.error("bad-baseline", "baseline " + path + " is a folder, not a file (write one with --write-baseline)",
                      SourceRange{path, 0, 0, 0, 0});
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error("bad-baseline", "cannot read baseline " + path + " (create it with --write-baseline)",
                      SourceRange{path, 0, 0, 0, 0});
    return {};
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_baseline(path, text.str(), diagnostics);
}

std::string baseline_json(const Report& report) {
  std::vector<std::pair<std::string, const Finding*>> all;
  for (const Finding& f : report.findings) all.emplace_back(finding_fingerprint(report, f), &f);
  for (const Finding& f : report.baselined) all.emplace_back(finding_fingerprint(report, f), &f);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  ordered_json findings = ordered_json::array();
  for (const auto& [fingerprint, f] : all) {
    ordered_json claims = ordered_json::array();
    for (int c : f->claims) claims.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
    findings.push_back({{"fingerprint", fingerprint}, {"rule", f->rule}, {"claims", claims}, {"message", f->message}});
  }
  ordered_json doc = {{"claimcheck_baseline", kBaselineVersion}, {"findings", findings}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void apply_baseline(Report& report, const std::vector<BaselineEntry>& entries) {
  report.baseline_used = true;
  std::set<std::string> accepted;
  for (const BaselineEntry& e : entries) accepted.insert(e.fingerprint);
  std::set<std::string> matched;
  std::vector<Finding> remaining;
  for (Finding& f : report.findings) {
    std::string fingerprint = finding_fingerprint(report, f);
    if (accepted.count(fingerprint)) {
      matched.insert(fingerprint);
      report.baselined.push_back(std::move(f));
    } else {
      remaining.push_back(std::move(f));
    }
  }
  report.findings = std::move(remaining);
  report.summary.findings = static_cast<int>(report.findings.size());
  drop_accepted_groups(report);
  for (const BaselineEntry& e : entries)
    if (!matched.count(e.fingerprint))
      report.stale_baseline.push_back({e.fingerprint, e.rule, e.claims, why_stale(e, report)});
}

}  // namespace claimcheck

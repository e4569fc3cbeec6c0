// The order and grouping of findings in human reports (docs/report-json.md, "Order and clusters").
#include "render/order.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace claimcheck {

namespace {

bool holds(const Finding& finding, int claim) {
  return std::find(finding.claims.begin(), finding.claims.end(), claim) != finding.claims.end();
}

int findings_holding(int claim, const std::vector<int>& findings, const Report& report) {
  int n = 0;
  for (int f : findings) n += holds(report.findings[static_cast<std::size_t>(f)], claim);
  return n;
}

// The claims of a section's findings, most likely wrong first: the group's blame order, then any
// claim the blame does not rank (a group without repairs) by how many findings hold it.
std::vector<int> claims_by_blame(const std::vector<int>& findings, int group, const Report& report) {
  std::vector<int> claims;
  for (int f : findings)
    for (int c : report.findings[static_cast<std::size_t>(f)].claims)
      if (std::find(claims.begin(), claims.end(), c) == claims.end()) claims.push_back(c);
  std::map<int, int> blame_place;
  if (group >= 0 && group < static_cast<int>(report.repairs.size())) {
    const std::vector<Blame>& blame = report.repairs[static_cast<std::size_t>(group)].blame;
    for (std::size_t i = 0; i < blame.size(); ++i) blame_place.emplace(blame[i].claim, static_cast<int>(i));
  }
  auto place = [&](int c) {
    auto it = blame_place.find(c);
    return it == blame_place.end() ? static_cast<int>(blame_place.size()) : it->second;
  };
  std::stable_sort(claims.begin(), claims.end(), [&](int a, int b) {
    return std::make_tuple(place(a), -findings_holding(a, findings, report)) <
           std::make_tuple(place(b), -findings_holding(b, findings, report));
  });
  return claims;
}

// Gathers the findings a claim shares, the claim most likely wrong first; the rest stay alone.
std::vector<FindingCluster> cluster(std::vector<int> findings, int group, const Report& report) {
  std::vector<FindingCluster> out;
  std::vector<int> candidates = claims_by_blame(findings, group, report);
  for (;;) {
    int hub = -1, most = 0;
    for (int c : candidates)
      if (int n = findings_holding(c, findings, report); n > most) hub = c, most = n;
    if (most < kMinClusterFindings) break;
    FindingCluster cluster;
    cluster.hub = hub;
    std::vector<int> rest;
    for (int f : findings)
      (holds(report.findings[static_cast<std::size_t>(f)], hub) ? cluster.findings : rest).push_back(f);
    for (int f : cluster.findings)
      for (int c : report.findings[static_cast<std::size_t>(f)].claims)
        if (c != hub &&
            std::find(cluster.contradicts.begin(), cluster.contradicts.end(), c) == cluster.contradicts.end())
          cluster.contradicts.push_back(c);
    std::sort(cluster.contradicts.begin(), cluster.contradicts.end(), [&](int a, int b) {
      const SourceRange& ra = report.dataset.claims[static_cast<std::size_t>(a)].range;
      const SourceRange& rb = report.dataset.claims[static_cast<std::size_t>(b)].range;
      return std::make_tuple(ra.file.str(), ra.line, ra.column, a) <
             std::make_tuple(rb.file.str(), rb.line, rb.column, b);
    });
    out.push_back(std::move(cluster));
    findings = std::move(rest);
  }
  std::vector<FindingCluster> alone;
  for (int f : findings) alone.push_back(FindingCluster{-1, -1, {f}, {}});
  // Clusters first (their hub is the claim most likely wrong), then the findings alone, each in report order.
  out.insert(out.end(), alone.begin(), alone.end());
  std::stable_sort(out.begin(), out.end(), [](const FindingCluster& a, const FindingCluster& b) {
    return (a.hub >= 0) > (b.hub >= 0) || ((a.hub >= 0) == (b.hub >= 0) && a.findings.front() < b.findings.front());
  });
  return out;
}

// How strongly a section points at one wrong claim; larger is stronger (docs/report-json.md).
struct Strength {
  bool lead_in_every_best_repair = false;
  int lead_findings = 0;  // findings of the section that hold its most blamed claim
  int findings = 0;
  auto key() const { return std::make_tuple(lead_in_every_best_repair, lead_findings, findings); }
};

Strength strength_of(const std::vector<int>& findings, int group, const Report& report) {
  Strength s;
  s.findings = static_cast<int>(findings.size());
  std::vector<int> claims = claims_by_blame(findings, group, report);
  if (claims.empty()) return s;
  int lead = claims.front();
  s.lead_findings = findings_holding(lead, findings, report);
  if (group >= 0 && group < static_cast<int>(report.repairs.size()))
    for (const Blame& b : report.repairs[static_cast<std::size_t>(group)].blame)
      if (b.claim == lead) s.lead_in_every_best_repair = b.in_every_best_repair;
  return s;
}

}  // namespace

FindingOrder order_findings(const Report& report) {
  // Sections keyed by severity and group, each listing its findings in report order.
  std::map<std::pair<int, int>, std::vector<int>> by_section;
  std::vector<std::pair<int, int>> keys;
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    std::pair<int, int> key{rank(f.severity), f.group};
    if (!by_section.count(key)) keys.push_back(key);
    by_section[key].push_back(static_cast<int>(i));
  }
  std::vector<std::tuple<std::pair<int, int>, Strength, int>> order;
  for (const auto& key : keys) {
    const std::vector<int>& findings = by_section[key];
    order.emplace_back(key, strength_of(findings, key.second, report), findings.front());
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    const auto& [ka, sa, fa] = a;
    const auto& [kb, sb, fb] = b;
    if (ka.first != kb.first) return ka.first < kb.first;
    if (sa.key() != sb.key()) return sa.key() > sb.key();
    return fa < fb;
  });

  FindingOrder out;
  out.rank_of.assign(report.findings.size(), 0);
  out.cluster_of.assign(report.findings.size(), -1);
  for (const auto& [key, strength, first] : order) {
    FindingSection section;
    const std::vector<int>& findings = by_section[key];
    section.severity = report.findings[static_cast<std::size_t>(findings.front())].severity;
    section.group = key.second;
    section.clusters = cluster(findings, key.second, report);
    for (FindingCluster& c : section.clusters) {
      if (c.hub >= 0) c.id = out.hub_clusters++;
      for (int f : c.findings) {
        out.ranked.push_back(f);
        out.rank_of[static_cast<std::size_t>(f)] = static_cast<int>(out.ranked.size());
        out.cluster_of[static_cast<std::size_t>(f)] = c.id;
      }
    }
    out.sections.push_back(std::move(section));
  }
  return out;
}

}  // namespace claimcheck

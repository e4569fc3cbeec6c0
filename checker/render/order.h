// The order and grouping of findings in human reports: worst severity first, the groups most likely
// to hold a wrong claim first, and the conflicts one claim shares gathered under that claim.
#pragma once

#include <vector>

#include "claimcheck/report.h"

namespace claimcheck {

// A claim in at least this many findings of one section gathers them under it.
constexpr int kMinClusterFindings = 3;

// Findings of one section shown together: several that share one claim (`hub`), or one alone.
struct FindingCluster {
  int id = -1;                   // numbered over the clusters with a hub, in reading order; -1 alone
  int hub = -1;                  // the claim every finding holds; -1 for a finding alone
  std::vector<int> findings;     // indices into Report::findings, in report order
  std::vector<int> contradicts;  // the other claims of those findings, sorted by location
};

// The findings of one conflicting group at one severity.
struct FindingSection {
  Severity severity = Severity::error;
  int group = -1;  // index into Report::repairs, -1 without one
  std::vector<FindingCluster> clusters;
};

struct FindingOrder {
  std::vector<FindingSection> sections;  // in reading order
  std::vector<int> ranked;               // finding indices in reading order
  std::vector<int> rank_of;              // per finding index: its place in `ranked`, from 1
  std::vector<int> cluster_of;           // per finding index: its cluster's id, or -1
  int hub_clusters = 0;                  // how many clusters have a hub
};

// Sections ordered by severity (errors first), then by blame strength (docs/report-json.md, "Order
// and clusters"), then by their first finding's place in the report.
FindingOrder order_findings(const Report& report);

}  // namespace claimcheck

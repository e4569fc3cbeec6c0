// Run snapshot: what the last clean check with --cache saw (each file's entry, each claim's group
// and read keys, the claims its findings cite), so the next check can re-read only what changed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cache/claim_cache.h"
#include "claimcheck/model.h"
#include "ground/reads.h"

namespace claimcheck {

struct SnapshotFile {
  ClaimCache::Entry entry;  // its text then: entry.facts_file is the path as given
  int claims = 0;
};

// Claims of one file that the next run must have without decoding the file: those of groups
// with findings, undecided groups and groups cut at --max-conflicts.
struct KeptFile {
  int file = -1;
  Source source;
  std::vector<int> positions;  // in the file, ascending
  std::vector<Claim> claims;   // parallel to positions
};

struct RunSnapshot {
  std::string settings;             // everything besides the facts that decides the report (see check.cpp)
  std::vector<SnapshotFile> files;  // in the run's order
  int groups = 0;                   // every group of the run, claims no rule relates included
  int sources = 0;
  std::vector<int> group_of_claim;         // per claim, in file order: a label shared by its group
  std::vector<std::uint32_t> key_offsets;  // per claim, then one past: where its keys start
  std::vector<ReadKey> keys;
  std::vector<KeptFile> kept;  // ascending file
  // Every subject and object name seen (names of claims edited away may linger): a re-check
  // compares the names it reads with these for look-alikes (similar-names).
  std::vector<std::string> names;

  std::size_t claims() const { return group_of_claim.size(); }
};

// DIR/snapshot; nullopt when missing, foreign (another format or claimcheck) or damaged.
std::optional<RunSnapshot> read_snapshot(const std::string& folder);
// Replaces DIR/snapshot (temporary name, then rename); false when it cannot be written.
bool write_snapshot(const std::string& folder, const RunSnapshot& snapshot);
// Removes DIR/snapshot: a run that cannot vouch for the next one leaves none behind.
void forget_snapshot(const std::string& folder);

}  // namespace claimcheck

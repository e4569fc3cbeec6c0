// Run snapshot: one sealed file in the cache codec, DIR/snapshot, rewritten after every clean check with --cache.
#include "cache/run_snapshot.h"

#include <filesystem>

#include "cache/codec.h"
#include "cache/files.h"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// The name of the snapshot's layout: a new one whenever the layout below or what it means changes.
constexpr std::string_view kFormat = "claimcheck-snapshot-3";

std::string path_in(const std::string& folder) {
  return (fs::path(folder) / "snapshot").string();
}

using codec::Damaged;
using codec::Reader;
using codec::Writer;

// The snapshot's arrays must describe the same claims, or it is damaged.
bool consistent(const RunSnapshot& s) {
  std::size_t claims = 0;
  for (const SnapshotFile& f : s.files) claims += static_cast<std::size_t>(f.claims);
  if (claims != s.claims() || s.key_offsets.size() != claims + 1 || s.key_offsets.back() != s.keys.size()) return false;
  for (std::size_t c = 0; c < claims; ++c)
    if (s.key_offsets[c] > s.key_offsets[c + 1]) return false;
  for (int label : s.group_of_claim)  // a label indexes a table of labels: no more than claims
    if (label < 0 || static_cast<std::size_t>(label) >= claims) return false;
  for (const KeptFile& k : s.kept) {
    if (k.file < 0 || static_cast<std::size_t>(k.file) >= s.files.size() || k.positions.size() != k.claims.size())
      return false;
    for (int p : k.positions)
      if (p < 0 || p >= s.files[static_cast<std::size_t>(k.file)].claims) return false;
  }
  return true;
}

}  // namespace

std::optional<RunSnapshot> read_snapshot(const std::string& folder) {
  std::string bytes;
  if (!read_whole(path_in(folder), bytes)) return std::nullopt;
  // A flipped byte that still decodes would name wrong groups or cite wrong claims: only a body
  // that sums to its checksum is believed (else the re-check is a full check).
  std::optional<std::string_view> body = codec::unseal(kFormat, bytes);
  if (!body) return std::nullopt;
  RunSnapshot s;
  try {
    Reader in(*body);
    s.settings = in.text();
    s.files.resize(in.count(8));
    for (SnapshotFile& f : s.files) {
      f.entry.path = in.text();
      f.entry.facts_file = in.text();
      f.entry.text_size = in.u64();
      f.entry.text_hash = in.u64();
      f.claims = in.i32();
    }
    s.groups = in.i32();
    s.sources = in.i32();
    in.array(s.group_of_claim);
    in.array(s.key_offsets);
    in.array(s.keys);
    s.kept.resize(in.count(8));
    for (KeptFile& k : s.kept) {
      k.file = in.i32();
      in.array(k.positions);
      if (k.file < 0 || static_cast<std::size_t>(k.file) >= s.files.size()) return std::nullopt;
      std::string_view blob = in.view();
      if (!decode_claims(blob, s.files[static_cast<std::size_t>(k.file)].entry.facts_file, k.source, k.claims))
        return std::nullopt;
    }
    s.names.resize(in.count(8));
    for (std::string& name : s.names) name = in.text();
    if (!in.done() || !consistent(s)) return std::nullopt;
  } catch (const Damaged&) {
    return std::nullopt;
  }
  return s;
}

bool write_snapshot(const std::string& folder, const RunSnapshot& s) {
  Writer out;
  out.text(s.settings);
  out.u64(s.files.size());
  for (const SnapshotFile& f : s.files) {
    out.text(f.entry.path);
    out.text(f.entry.facts_file);
    out.u64(f.entry.text_size);
    out.u64(f.entry.text_hash);
    out.i64(f.claims);
  }
  out.i64(s.groups);
  out.i64(s.sources);
  out.array(s.group_of_claim);
  out.array(s.key_offsets);
  out.array(s.keys);
  out.u64(s.kept.size());
  for (const KeptFile& k : s.kept) {
    out.i64(k.file);
    out.array(k.positions);
    std::vector<const Claim*> claims;
    for (const Claim& c : k.claims) claims.push_back(&c);
    out.text(encode_claims(k.source, claims));
  }
  out.u64(s.names.size());
  for (const std::string& name : s.names) out.text(name);
  return write_atomically(path_in(folder), codec::seal(kFormat, out.bytes()));
}

void forget_snapshot(const std::string& folder) {
  std::error_code ec;
  fs::remove(path_in(folder), ec);
}

}  // namespace claimcheck

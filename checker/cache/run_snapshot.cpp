// Run snapshot: a small binary file, DIR/snapshot, rewritten after every clean check with --cache.
#include "cache/run_snapshot.h"

#include <cstring>
#include <filesystem>

#include "cache/files.h"
#include "claimcheck/version.h"
#include "platform/hash.h"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFormat = "claimcheck-snapshot-3";  // 2: body checksum; 3: names

std::string path_in(const std::string& folder) {
  return (fs::path(folder) / "snapshot").string();
}

class Out {
 public:
  void u64(std::uint64_t v) { bytes_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void text(const std::string& s) {
    u64(s.size());
    bytes_ += s;
  }
  template <typename T>
  void array(const std::vector<T>& values) {
    u64(values.size());
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  std::string bytes_;
};

struct Damaged {};

class In {
 public:
  explicit In(std::string_view bytes) : in_(bytes) {}
  std::uint64_t u64() {
    std::uint64_t v;
    take(&v, sizeof v);
    return v;
  }
  std::string text() {
    std::uint64_t n = u64();
    if (n > in_.size()) throw Damaged{};
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  std::string_view rest() const { return in_; }
  std::string_view view(std::uint64_t n) {
    if (n > in_.size()) throw Damaged{};
    std::string_view s = in_.substr(0, n);
    in_.remove_prefix(n);
    return s;
  }
  template <typename T>
  void array(std::vector<T>& values) {
    std::uint64_t n = u64();
    if (n > in_.size() / sizeof(T)) throw Damaged{};
    values.resize(n);
    take(values.data(), n * sizeof(T));
  }
  bool done() const { return in_.empty(); }

 private:
  void take(void* out, std::size_t n) {
    if (n > in_.size()) throw Damaged{};
    std::memcpy(out, in_.data(), n);
    in_.remove_prefix(n);
  }
  std::string_view in_;
};

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
  RunSnapshot s;
  try {
    In in(bytes);
    if (in.text() != kFormat || in.text() != kVersion) return std::nullopt;
    // A flipped byte that still decodes would name wrong groups or cite wrong claims: only a
    // body that sums to its checksum is believed (else the re-check is a full check).
    std::uint64_t checksum = in.u64();
    if (body_checksum(in.rest()) != checksum) return std::nullopt;
    s.settings = in.text();
    s.files.resize(in.u64());
    for (SnapshotFile& f : s.files) {
      f.entry.path = in.text();
      f.entry.facts_file = in.text();
      f.entry.text_size = in.u64();
      f.entry.text_hash = in.u64();
      f.claims = static_cast<int>(in.u64());
    }
    s.groups = static_cast<int>(in.u64());
    s.sources = static_cast<int>(in.u64());
    in.array(s.group_of_claim);
    in.array(s.key_offsets);
    in.array(s.keys);
    s.kept.resize(in.u64());
    for (KeptFile& k : s.kept) {
      k.file = static_cast<int>(in.u64());
      in.array(k.positions);
      if (k.file < 0 || static_cast<std::size_t>(k.file) >= s.files.size()) return std::nullopt;
      std::string_view blob = in.view(in.u64());
      if (!decode_claims(blob, s.files[static_cast<std::size_t>(k.file)].entry.facts_file, k.source, k.claims))
        return std::nullopt;
    }
    s.names.resize(in.u64());
    for (std::string& name : s.names) name = in.text();
    if (!in.done() || !consistent(s)) return std::nullopt;
  } catch (const Damaged&) {
    return std::nullopt;
  }
  return s;
}

bool write_snapshot(const std::string& folder, const RunSnapshot& s) {
  Out out;
  out.text(s.settings);
  out.u64(s.files.size());
  for (const SnapshotFile& f : s.files) {
    out.text(f.entry.path);
    out.text(f.entry.facts_file);
    out.u64(f.entry.text_size);
    out.u64(f.entry.text_hash);
    out.u64(static_cast<std::uint64_t>(f.claims));
  }
  out.u64(static_cast<std::uint64_t>(s.groups));
  out.u64(static_cast<std::uint64_t>(s.sources));
  out.array(s.group_of_claim);
  out.array(s.key_offsets);
  out.array(s.keys);
  out.u64(s.kept.size());
  for (const KeptFile& k : s.kept) {
    out.u64(static_cast<std::uint64_t>(k.file));
    out.array(k.positions);
    std::vector<const Claim*> claims;
    for (const Claim& c : k.claims) claims.push_back(&c);
    std::string blob = encode_claims(k.source, claims);
    out.text(blob);
  }
  out.u64(s.names.size());
  for (const std::string& name : s.names) out.text(name);
  Out head;
  head.text(kFormat);
  head.text(kVersion);
  head.u64(body_checksum(out.bytes_));
  return write_atomically(path_in(folder), head.bytes_ + out.bytes_);
}

void forget_snapshot(const std::string& folder) {
  std::error_code ec;
  fs::remove(path_in(folder), ec);
}

}  // namespace claimcheck

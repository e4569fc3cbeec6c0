// Claim cache: a small binary encoding of Source and Claim, one file per facts file's text hash.
#include "cache/claim_cache.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "cache/files.h"
#include "claimcheck/version.h"
#include "platform/hash.h"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// Bumped whenever the encoding below changes; the version string covers everything else.
// Bump whenever Claim or Source gains a field, or converting changes. 4: the claim count moved
// into the header, so count() reads no further; 6: publication hulls; 7: exact tenths of hedged
// numbers; 8: a checksum of the body in the header; 9: subject and object ranges, names normalised.
constexpr const char* kFormat = "claimcheck-cache-9";

// Enough bytes for the header: the format, the version, the text's length and hash, the count.
constexpr std::size_t kHeaderBytes = 512;

class Writer {
 public:
  void u64(std::uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
  void f64(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  void text(const std::string& s) {
    u64(s.size());
    out_ += s;
  }
  void range(const SourceRange& r) {
    for (int v : {r.line, r.column, r.end_line, r.end_column}) i64(v);
  }
  void window(const DayWindow& w) {
    i64(w.earliest);
    i64(w.latest);
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

struct Truncated {};

class Reader {
 public:
  Reader(std::string_view in, std::string file) : in_(in), file_(std::move(file)) {}
  std::uint64_t u64() {
    if (in_.size() < 8) throw Truncated{};
    std::uint64_t v;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(8);
    return v;
  }
  std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
  int i32() { return static_cast<int>(i64()); }
  double f64() {
    std::uint64_t bits = u64();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  std::string text() {
    std::string s;
    text_into(s);
    return s;
  }
  // Straight into the claim's own string: no temporary, no move.
  void text_into(std::string& s) {
    std::uint64_t n = u64();
    if (n > in_.size()) throw Truncated{};
    s.assign(in_.data(), static_cast<std::size_t>(n));
    in_.remove_prefix(n);
  }
  SourceRange range() {
    SourceRange r;
    r.file = file_;
    r.line = i32();
    r.column = i32();
    r.end_line = i32();
    r.end_column = i32();
    return r;
  }
  DayWindow window() {
    DayWindow w;
    w.earliest = static_cast<Day>(i64());
    w.latest = static_cast<Day>(i64());
    return w;
  }
  bool done() const { return in_.empty(); }
  std::size_t left() const { return in_.size(); }

 private:
  std::string_view in_;
  FilePath file_;  // interned once: every range of the file shares it
};

void write_source(Writer& w, const Source& s) {
  for (const std::string* t : {&s.id, &s.title, &s.publisher, &s.published_text, &s.url}) w.text(*t);
  w.u64(s.published ? 1 : 0);
  if (s.published) w.window(*s.published);
  w.f64(s.reliability);
  w.range(s.range);
  w.i64(s.qualifier_units);
}

void read_source(Reader& r, const std::string& file, Source& s) {
  for (std::string* t : {&s.id, &s.title, &s.publisher, &s.published_text, &s.url}) r.text_into(*t);
  if (r.u64()) s.published = r.window();
  s.reliability = r.f64();
  s.range = r.range();
  s.qualifier_units = static_cast<int>(r.i64());
  s.file = file;
}

void write_claim(Writer& w, const Claim& c) {
  for (const std::string* t : {&c.id, &c.full_id, &c.quote, &c.said_by, &c.via, &c.subject, &c.object, &c.name,
                               &c.value.text, &c.time.text, &c.time.rule_text})
    w.text(*t);
  w.u64(c.kind == ClaimKind::state ? 1 : 0);
  w.u64(c.value.number ? 1 : 0);
  if (c.value.number) w.f64(*c.value.number);
  w.u64(c.time.is_point ? 1 : 0);
  w.window(c.time.start_window);
  w.window(c.time.end_window);
  w.i64(c.time.length.min);
  w.i64(c.time.length.max);
  for (const SourceRange* range : {&c.range, &c.name_range, &c.value_range, &c.subject_range, &c.object_range})
    w.range(*range);
  w.f64(c.confidence);
  w.u64(c.value.range ? 1 : 0);
  if (c.value.range) {
    w.f64(c.value.range->low);
    w.f64(c.value.range->high);
    w.u64((c.value.range->low_open ? 1 : 0) | (c.value.range->high_open ? 2 : 0));
  }
  w.u64(c.time.anchor ? 1 : 0);
  if (c.time.anchor) {
    const TimeAnchor& a = *c.time.anchor;
    w.u64(a.after ? 1 : 0);
    w.text(a.target);
    w.i64(a.gap.min);
    w.i64(a.gap.max);
    w.text(a.description);
    w.range(a.range);
  }
  w.u64(c.time.by_publication.size());
  for (const PublicationReading& p : c.time.by_publication) {
    for (const DayWindow* window : {&p.published, &p.start_window, &p.end_window}) w.window(*window);
    w.i64(p.length.min);
    w.i64(p.length.max);
  }
  w.u64(c.relation ? 1 : 0);
  if (c.relation) {
    w.text(c.relation->name);
    w.text(c.relation->other);
    w.range(c.relation->other_range);
  }
}

// Into a claim in its final place (a default one, or one a failed decode left behind).
void read_claim(Reader& r, Claim& c) {
  for (std::string* t : {&c.id, &c.full_id, &c.quote, &c.said_by, &c.via, &c.subject, &c.object, &c.name, &c.value.text,
                         &c.time.text, &c.time.rule_text})
    r.text_into(*t);
  c.kind = r.u64() ? ClaimKind::state : ClaimKind::event;
  c.value.number.reset();
  if (r.u64()) c.value.number = r.f64();
  c.time.is_point = r.u64() != 0;
  c.time.start_window = r.window();
  c.time.end_window = r.window();
  c.time.length.min = r.i64();
  c.time.length.max = r.i64();
  for (SourceRange* range : {&c.range, &c.name_range, &c.value_range, &c.subject_range, &c.object_range})
    *range = r.range();
  c.confidence = r.f64();
  c.value.range.reset();
  c.time.anchor.reset();
  c.time.by_publication.clear();
  if (r.u64()) {
    NumberRange range;
    range.low = r.f64();
    range.high = r.f64();
    std::uint64_t open = r.u64();
    range.low_open = (open & 1) != 0;
    range.high_open = (open & 2) != 0;
    c.value.range = range;
  }
  if (r.u64()) {
    TimeAnchor a;
    a.after = r.u64() != 0;
    a.target = r.text();
    a.gap.min = r.i64();
    a.gap.max = r.i64();
    a.description = r.text();
    a.range = r.range();
    c.time.anchor = a;
  }
  for (std::uint64_t n = r.u64(), k = 0; k < n && !r.done(); ++k) {
    PublicationReading p;
    for (DayWindow* window : {&p.published, &p.start_window, &p.end_window}) *window = r.window();
    p.length.min = r.i64();
    p.length.max = r.i64();
    c.time.by_publication.push_back(p);
  }
  c.relation.reset();
  if (r.u64()) {
    StatedRelation relation;
    relation.name = r.text();
    relation.other = r.text();
    relation.other_range = r.range();
    c.relation = relation;
  }
}

// The header every entry opens with: the format, the version, then the checksum of every byte
// after it (the rest of the header included). False when it was written for another text or
// claimcheck; `checksum` is what the entry says its body sums to.
bool header_matches(Reader& r, const ClaimCache::Entry& entry, std::uint64_t& checksum) {
  // The entry repeats the text's length and a second hash: a 64-bit name collision or a foreign
  // file in the folder is a miss, not someone else's claims.
  if (r.text() != kFormat || r.text() != kVersion) return false;
  checksum = r.u64();
  return r.u64() == entry.text_size && r.u64() == entry.text_hash;
}

// The first bytes of a file (fewer when it is shorter); false when it cannot be opened.
bool read_prefix(const std::string& path, std::size_t bytes, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.resize(bytes);
  in.read(out.data(), static_cast<std::streamsize>(bytes));
  out.resize(static_cast<std::size_t>(in.gcount()));
  return !in.bad();
}

}  // namespace

ClaimCache::ClaimCache(std::string folder, std::string settings)
    : folder_(std::move(folder)), settings_(std::move(settings)) {}

ClaimCache::Entry ClaimCache::entry_of(const SourceFile& file) const {
  Entry entry;
  std::uint64_t hash = fnv1a(file.text, fnv1a(std::string(kFormat) + "\n" + kVersion + "\n" + settings_ + "\n"));
  char name[40];
  std::snprintf(name, sizeof name, "%016llx.claims", static_cast<unsigned long long>(hash));
  entry.path = (fs::path(folder_) / std::string(name, 2) / name).string();
  entry.facts_file = file.path;
  entry.text_size = file.text.size();
  entry.text_hash = fnv1a(file.text, 0x84222325cbf29ce4ULL);
  return entry;
}

std::optional<Dataset> ClaimCache::read(const SourceFile& file) const {
  Entry entry = entry_of(file);
  std::optional<std::size_t> claims = count(entry);
  if (!claims) return std::nullopt;
  Dataset dataset;
  dataset.sources.resize(1);
  dataset.claims.resize(*claims);
  if (!read_into(entry, dataset.sources.front(), dataset.claims.data(), *claims, 0)) return std::nullopt;
  return dataset;
}

std::optional<std::size_t> ClaimCache::count(const Entry& entry) const {
  std::string bytes;
  if (!read_prefix(entry.path, kHeaderBytes, bytes)) return std::nullopt;
  try {
    Reader r(bytes, entry.facts_file);
    std::uint64_t checksum = 0;  // checked by read_into, which reads the whole entry
    if (!header_matches(r, entry, checksum)) return std::nullopt;
    std::uint64_t claims = r.u64();
    // A claim takes far more than 8 bytes, so a damaged count cannot make the caller over-reserve.
    if (claims > entry.text_size / 8 + 1) return std::nullopt;
    return static_cast<std::size_t>(claims);
  } catch (const Truncated&) {
    return std::nullopt;
  }
}

bool ClaimCache::read_into(const Entry& entry, Source& source, Claim* claims, std::size_t count,
                           int source_index) const {
  std::string bytes;
  if (!read_whole(entry.path, bytes)) return false;
  try {
    Reader r(bytes, entry.facts_file);
    std::uint64_t checksum = 0;
    if (!header_matches(r, entry, checksum)) return false;
    // A flipped byte can still decode, as claims that differ from the file: only a body that
    // sums to its checksum is believed (a mismatch converts the file again).
    std::size_t body = bytes.size() - r.left() - 2 * sizeof(std::uint64_t);
    if (body_checksum(std::string_view(bytes).substr(body)) != checksum || r.u64() != count) return false;
    read_source(r, entry.facts_file, source);
    for (std::size_t i = 0; i < count; ++i) {
      read_claim(r, claims[i]);
      claims[i].source = source_index;
    }
    return r.done();
  } catch (const Truncated&) {
    return false;
  }
}

bool ClaimCache::write(const Entry& entry, const Dataset& converted) const {
  // A claim that did not load means the file had an error, and such a file is never stored; the
  // entry has no place for unloaded claims' ids, so refuse rather than lose them.
  if (converted.sources.size() != 1 || !converted.unloaded_claims.empty()) return false;
  Writer head;
  head.text(kFormat);
  head.text(kVersion);
  Writer body;
  body.u64(entry.text_size);
  body.u64(entry.text_hash);
  body.u64(converted.claims.size());
  write_source(body, converted.sources.front());
  for (const Claim& c : converted.claims) write_claim(body, c);
  head.u64(body_checksum(body.bytes()));
  return write_atomically(entry.path, head.bytes() + body.bytes());
}

std::string encode_claims(const Source& source, const std::vector<const Claim*>& claims) {
  Writer w;
  w.u64(claims.size());
  write_source(w, source);
  for (const Claim* c : claims) write_claim(w, *c);
  return w.bytes();
}

bool decode_claims(std::string_view bytes, const std::string& file, Source& source, std::vector<Claim>& claims) {
  try {
    Reader r(bytes, file);
    std::uint64_t count = r.u64();
    if (count > bytes.size() / 8) return false;  // a damaged count must not reserve much
    read_source(r, file, source);
    claims.resize(static_cast<std::size_t>(count));
    for (Claim& c : claims) read_claim(r, c);
    return r.done();
  } catch (const Truncated&) {
    return false;
  }
}

}  // namespace claimcheck

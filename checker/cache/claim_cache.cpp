// Claim cache: Source and Claim in the cache codec, one sealed file per facts file's text hash.
#include "cache/claim_cache.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cache/codec.h"
#include "cache/files.h"
#include "claimcheck/version.h"
#include "platform/hash.h"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// The name of the entries' layout. A new name whenever Claim or Source gains a field, the
// encoding below changes or converting changes what a file yields; claimcheck's version covers
// everything else (codec.h: seal).
constexpr std::string_view kFormat = "claimcheck-cache-9";

// Enough bytes for the envelope and the header: the format, the version, the checksum, the
// text's length and hash, the count.
constexpr std::size_t kHeaderBytes = 512;

using codec::Damaged;
using codec::Writer;

// A codec reader that also names the file every range it reads is in.
class Reader : public codec::Reader {
 public:
  Reader(std::string_view in, const std::string& file) : codec::Reader(in), file_(file) {}
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
    w.earliest = i32();
    w.latest = i32();
    return w;
  }

 private:
  FilePath file_;  // interned once: every range of the file shares it
};

void write_range(Writer& w, const SourceRange& r) {
  for (int v : {r.line, r.column, r.end_line, r.end_column}) w.i64(v);
}

void write_window(Writer& w, const DayWindow& window) {
  w.i64(window.earliest);
  w.i64(window.latest);
}

void write_source(Writer& w, const Source& s) {
  for (const std::string* t : {&s.id, &s.title, &s.publisher, &s.published_text, &s.url}) w.text(*t);
  w.flag(s.published.has_value());
  if (s.published) write_window(w, *s.published);
  w.f64(s.reliability);
  write_range(w, s.range);
  w.i64(s.qualifier_units);
}

void read_source(Reader& r, const std::string& file, Source& s) {
  for (std::string* t : {&s.id, &s.title, &s.publisher, &s.published_text, &s.url}) r.text_into(*t);
  if (r.flag()) s.published = r.window();
  s.reliability = r.f64();
  s.range = r.range();
  s.qualifier_units = r.i32();
  s.file = file;
}

void write_claim(Writer& w, const Claim& c) {
  for (const std::string* t : {&c.id, &c.full_id, &c.quote, &c.said_by, &c.via, &c.subject, &c.object, &c.name,
                               &c.value.text, &c.time.text, &c.time.rule_text})
    w.text(*t);
  w.flag(c.kind == ClaimKind::state);
  w.flag(c.value.number.has_value());
  if (c.value.number) w.f64(*c.value.number);
  w.flag(c.time.is_point);
  write_window(w, c.time.start_window);
  write_window(w, c.time.end_window);
  w.i64(c.time.length.min);
  w.i64(c.time.length.max);
  for (const SourceRange* range : {&c.range, &c.name_range, &c.value_range, &c.subject_range, &c.object_range})
    write_range(w, *range);
  w.f64(c.confidence);
  w.flag(c.value.range.has_value());
  if (c.value.range) {
    w.f64(c.value.range->low);
    w.f64(c.value.range->high);
    w.u64((c.value.range->low_open ? 1 : 0) | (c.value.range->high_open ? 2 : 0));
  }
  w.flag(c.time.anchor.has_value());
  if (c.time.anchor) {
    const TimeAnchor& a = *c.time.anchor;
    w.flag(a.after);
    w.text(a.target);
    w.i64(a.gap.min);
    w.i64(a.gap.max);
    w.text(a.description);
    write_range(w, a.range);
  }
  w.u64(c.time.by_publication.size());
  for (const PublicationReading& p : c.time.by_publication) {
    for (const DayWindow* window : {&p.published, &p.start_window, &p.end_window}) write_window(w, *window);
    w.i64(p.length.min);
    w.i64(p.length.max);
  }
  w.flag(c.relation.has_value());
  if (c.relation) {
    w.text(c.relation->name);
    w.text(c.relation->other);
    write_range(w, c.relation->other_range);
  }
}

// Into a claim in its final place (a default one, or one a failed decode left behind).
void read_claim(Reader& r, Claim& c) {
  for (std::string* t : {&c.id, &c.full_id, &c.quote, &c.said_by, &c.via, &c.subject, &c.object, &c.name, &c.value.text,
                         &c.time.text, &c.time.rule_text})
    r.text_into(*t);
  c.kind = r.flag() ? ClaimKind::state : ClaimKind::event;
  c.value.number.reset();
  if (r.flag()) c.value.number = r.f64();
  c.time.is_point = r.flag();
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
  if (r.flag()) {
    NumberRange range;
    range.low = r.f64();
    range.high = r.f64();
    std::uint64_t open = r.at_most(3);
    range.low_open = (open & 1) != 0;
    range.high_open = (open & 2) != 0;
    c.value.range = range;
  }
  if (r.flag()) {
    TimeAnchor a;
    a.after = r.flag();
    a.target = r.text();
    a.gap.min = r.i64();
    a.gap.max = r.i64();
    a.description = r.text();
    a.range = r.range();
    c.time.anchor = a;
  }
  for (std::size_t n = r.count(8), k = 0; k < n; ++k) {
    PublicationReading p;
    for (DayWindow* window : {&p.published, &p.start_window, &p.end_window}) *window = r.window();
    p.length.min = r.i64();
    p.length.max = r.i64();
    c.time.by_publication.push_back(p);
  }
  c.relation.reset();
  if (r.flag()) {
    StatedRelation relation;
    relation.name = r.text();
    relation.other = r.text();
    relation.other_range = r.range();
    c.relation = relation;
  }
}

// The entry's own header, after the envelope: the text's length and a second hash of it, so a
// 64-bit name collision or a foreign file in the folder is a miss, not someone else's claims.
bool written_for(Reader& r, const ClaimCache::Entry& entry) {
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
  // The body is summed by read_into, which reads the whole entry.
  std::optional<codec::Sealed> sealed = codec::read_envelope(kFormat, bytes);
  if (!sealed) return std::nullopt;
  try {
    Reader r(sealed->body, entry.facts_file);
    if (!written_for(r, entry)) return std::nullopt;
    std::uint64_t claims = r.u64();
    // A claim takes far more than 8 bytes, so a damaged count cannot make the caller over-reserve.
    if (claims > entry.text_size / 8 + 1) return std::nullopt;
    return static_cast<std::size_t>(claims);
  } catch (const Damaged&) {
    return std::nullopt;
  }
}

bool ClaimCache::read_into(const Entry& entry, Source& source, Claim* claims, std::size_t count,
                           int source_index) const {
  std::string bytes;
  if (!read_whole(entry.path, bytes)) return false;
  // A flipped byte can still decode, as claims that differ from the file: only a body that sums
  // to its checksum is believed (anything else converts the file again).
  std::optional<std::string_view> body = codec::unseal(kFormat, bytes);
  if (!body) return false;
  try {
    Reader r(*body, entry.facts_file);
    if (!written_for(r, entry) || r.u64() != count) return false;
    read_source(r, entry.facts_file, source);
    for (std::size_t i = 0; i < count; ++i) {
      read_claim(r, claims[i]);
      claims[i].source = source_index;
    }
    return r.done();
  } catch (const Damaged&) {
    return false;
  }
}

bool ClaimCache::write(const Entry& entry, const Dataset& converted) const {
  // A claim that did not load means the file had an error, and such a file is never stored; the
  // entry has no place for unloaded claims' ids, so refuse rather than lose them.
  if (converted.sources.size() != 1 || !converted.unloaded_claims.empty()) return false;
  Writer body;
  body.u64(entry.text_size);
  body.u64(entry.text_hash);
  body.u64(converted.claims.size());
  write_source(body, converted.sources.front());
  for (const Claim& c : converted.claims) write_claim(body, c);
  return write_atomically(entry.path, codec::seal(kFormat, body.bytes()));
}

std::string encode_claims(const Source& source, const std::vector<const Claim*>& claims) {
  Writer w;
  w.u64(claims.size());
  write_source(w, source);
  for (const Claim* c : claims) write_claim(w, *c);
  return w.take();
}

bool decode_claims(std::string_view bytes, const std::string& file, Source& source, std::vector<Claim>& claims) {
  try {
    Reader r(bytes, file);
    std::size_t count = r.count(8);  // a damaged count must not reserve much
    read_source(r, file, source);
    claims.resize(count);
    for (Claim& c : claims) read_claim(r, c);
    return r.done();
  } catch (const Damaged&) {
    return false;
  }
}

}  // namespace claimcheck

// Verdict cache: group keys (a 128-bit hash of a group's solver input) and the DIR/verdicts file.
#include "cache/verdict_cache.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <string_view>

#include "cache/codec.h"
#include "cache/files.h"
#include "claimcheck/version.h"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// A new name whenever the key's contents, the file's encoding or what a stored verdict means
// change: older entries are then decided again.
constexpr std::string_view kFormat = "claimcheck-verdicts-9";

std::uint64_t splitmix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Two independent 64-bit chains over the same words: 128 bits against accidental collisions.
class KeyHasher {
 public:
  void add(std::uint64_t v) {
    high_ = splitmix(high_ ^ v);
    low_ = (low_ ^ v) * 0x100000001b3ULL;
    low_ ^= low_ >> 29;
  }
  void add_signed(std::int64_t v) { add(static_cast<std::uint64_t>(v)); }
  void add(std::string_view text) {
    add(text.size());
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, sizeof word);
      add(word);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, text.data() + i, text.size() - i);
    add(tail);
  }
  GroupKey key() const { return GroupKey{splitmix(high_), splitmix(low_ ^ 0x5851f42d4c957f2dULL)}; }

 private:
  std::uint64_t high_ = 0x243f6a8885a308d3ULL;
  std::uint64_t low_ = 0xcbf29ce484222325ULL;
};

// A dataset claim as its position in the (sorted) group; a claim outside the group (which the
// solver never accepts) keeps its dataset index, far above any position, so the key still differs.
std::int64_t position_in(const std::vector<int>& sorted, int item) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), item);
  if (it != sorted.end() && *it == item) return it - sorted.begin();
  return (std::int64_t{1} << 40) + item;
}

class GroupHasher {
 public:
  GroupHasher(const Group& group, const Grounding& grounding)
      : group_(group), common_events_(common_events_of(group, grounding)) {}

  void var(const TimeVar& v) {
    hasher_.add_signed(v.claim < 0 ? -1 : position_in(group_.claims, v.claim));
    hasher_.add_signed(v.common < 0 ? -1 : position_in(common_events_, v.common));
    hasher_.add(v.endpoint == Endpoint::start ? 0 : 1);
    hasher_.add(v.instant ? 1 : 0);
  }
  void differences(const std::vector<Difference>& list) {
    hasher_.add(list.size());
    for (const Difference& d : list) {
      var(d.a);
      var(d.b);
      hasher_.add_signed(d.bound);
    }
  }
  void claims(const std::vector<int>& list) {
    hasher_.add(list.size());
    for (int c : list) hasher_.add_signed(position_in(group_.claims, c));
  }
  void constraint(const Constraint& c) {
    hasher_.add(c.any_of.size());
    for (const std::vector<Difference>& option : c.any_of) differences(option);
    claims(c.about);
    hasher_.add(c.option_needs.size());
    for (const std::vector<int>& needs : c.option_needs) claims(needs);
    hasher_.add(c.linear.size());
    for (const std::vector<LinearAtom>& atoms : c.linear) {
      hasher_.add(atoms.size());
      for (const LinearAtom& atom : atoms) linear(atom);
    }
  }
  // A claim's stated number enters `value` terms: its range decides a count or an expression.
  void number(const Value& value) {
    hasher_.add(value.range ? 1 : 0);
    if (!value.range) return;
    hasher_.add(bits_of(value.range->low));
    hasher_.add(bits_of(value.range->high));
    hasher_.add((value.range->low_open ? 1 : 0) | (value.range->high_open ? 2 : 0));
  }
  KeyHasher& raw() { return hasher_; }

 private:
  static std::uint64_t bits_of(double d) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &d, sizeof bits);
    return bits;
  }
  void linear(const LinearAtom& atom) {
    hasher_.add(static_cast<std::uint64_t>(atom.comparison));
    hasher_.add_signed(atom.constant);
    hasher_.add(atom.terms.size());
    for (const LinearTerm& term : atom.terms) {
      hasher_.add(static_cast<std::uint64_t>(term.kind));
      hasher_.add_signed(term.coefficient);
      var(term.day);
      hasher_.add_signed(term.day_offset);
      hasher_.add_signed(term.claim < 0 ? -1 : position_in(group_.claims, term.claim));
      claims(term.holders);
    }
  }

  const Group& group_;
  std::vector<int> common_events_;  // sorted: a common event hashes as its position
  KeyHasher hasher_;
};

using codec::Damaged;
using codec::Reader;
using codec::Writer;

std::vector<int> positions(const std::vector<int>& items, const std::vector<int>& sorted_group) {
  std::vector<int> out;
  out.reserve(items.size());
  for (int item : items) out.push_back(static_cast<int>(position_in(sorted_group, item)));
  return out;
}

std::vector<int> indices(const std::vector<int>& positions_in_group, const std::vector<int>& group_items) {
  std::vector<int> out;
  out.reserve(positions_in_group.size());
  for (int p : positions_in_group) out.push_back(group_items[static_cast<std::size_t>(p)]);
  return out;
}

void write_positions(Writer& out, const std::vector<int>& list) {
  out.u64(list.size());
  for (int p : list) out.u64(static_cast<std::uint64_t>(p));
}

// Positions must lie inside the group they are read for; anything else is a damaged entry.
std::vector<int> read_positions(Reader& in) {
  std::vector<int> out(in.count(8));
  for (int& p : out) p = static_cast<int>(in.at_most(0x7fffffff));
  return out;
}

bool fits(const std::vector<int>& list, std::size_t size) {
  return std::all_of(list.begin(), list.end(), [&](int p) { return p >= 0 && static_cast<std::size_t>(p) < size; });
}

void write_repairs(Writer& out, const std::optional<StoredRepairs>& stored) {
  out.flag(stored.has_value());
  if (!stored) return;
  out.u64(stored->inputs.high);
  out.u64(stored->inputs.low);
  out.u64(stored->repairs.size());
  for (const RepairSet& repair : stored->repairs) {
    write_positions(out, repair.claims);
    out.u64(static_cast<std::uint64_t>(repair.cost));
  }
  out.u64((stored->more ? 1 : 0) | (stored->more_as_light ? 2 : 0));
}

std::optional<StoredRepairs> read_repairs(Reader& in) {
  if (!in.flag()) return std::nullopt;
  StoredRepairs stored;
  stored.inputs = GroupKey{in.u64(), in.u64()};
  stored.repairs.resize(in.count(8));
  for (RepairSet& repair : stored.repairs) {
    repair.claims = read_positions(in);
    repair.cost = static_cast<std::int64_t>(in.u64());
  }
  std::uint64_t flags = in.at_most(3);
  stored.more = (flags & 1) != 0;
  stored.more_as_light = (flags & 2) != 0;
  return stored;
}

}  // namespace

GroupKey group_key(const Group& group, const Grounding& grounding, const Dataset& dataset, const RuleSet& rules,
                   const std::string& settings) {
  GroupHasher hasher(group, grounding);
  KeyHasher& raw = hasher.raw();
  raw.add(kFormat);
  raw.add(std::string_view(kVersion));
  raw.add(settings);
  raw.add(group.claims.size());
  for (int c : group.claims) {
    const Claim& claim = dataset.claims[static_cast<std::size_t>(c)];
    raw.add(claim.full_id);
    // An accepted claim's conflicts are listed after the others (which a cut may then drop).
    raw.add(std::binary_search(grounding.accepted.begin(), grounding.accepted.end(), c) ? 1u : 0u);
    hasher.differences(claim_constraints(c, claim.time));
    hasher.number(claim.value);
    // Its readings against an uncertain publication day (docs/time.md), which the windows above
    // do not determine; which claims share that day follows from their full ids' source part.
    raw.add(claim.time.by_publication.size());
    for (const PublicationReading& r : claim.time.by_publication) {
      for (const DayWindow* w : {&r.published, &r.start_window, &r.end_window}) {
        raw.add_signed(w->earliest);
        raw.add_signed(w->latest);
      }
      raw.add_signed(r.length.min);
      raw.add_signed(r.length.max);
    }
  }
  raw.add(group.instances.size());
  for (int i : group.instances) {
    const RuleInstance& instance = grounding.instances[static_cast<std::size_t>(i)];
    raw.add(rules.rules[static_cast<std::size_t>(instance.rule)].id);
    raw.add(instance.subject);
    raw.add(instance.object);
    hasher.claims(instance.claims);
    raw.add(instance.constraints.size());
    for (const Constraint& c : instance.constraints) hasher.constraint(c);
  }
  return raw.key();
}

GroupKey repair_key(const GroupKey& verdict_key, const Group& group, const Dataset& dataset, int max_repairs) {
  KeyHasher hasher;
  hasher.add(kFormat);
  hasher.add(verdict_key.high);
  hasher.add(verdict_key.low);
  hasher.add_signed(max_repairs);
  hasher.add(group.claims.size());
  for (int c : group.claims) hasher.add_signed(removal_cost(dataset.claims[static_cast<std::size_t>(c)], dataset));
  return hasher.key();
}

VerdictCache::VerdictCache(std::string folder) : folder_(std::move(folder)) {}

void VerdictCache::keep_loaded() {
  for (const auto& [key, verdict] : loaded_) remembered_.emplace(key, verdict);
}

std::string VerdictCache::path() const {
  return (fs::path(folder_) / "verdicts").string();
}

void VerdictCache::load() {
  loaded_.clear();
  std::string bytes;
  if (!read_whole(path(), bytes)) return;
  std::optional<std::string_view> body = codec::unseal(kFormat, bytes);
  if (!body) return;  // foreign, torn or damaged: start empty
  try {
    Reader in(*body);
    std::size_t entries = in.count(8);
    loaded_.reserve(entries);
    for (std::size_t e = 0; e < entries; ++e) {
      GroupKey key{in.u64(), in.u64()};
      StoredVerdict verdict;
      verdict.status = in.flag() ? GroupVerdict::Status::conflicting : GroupVerdict::Status::consistent;
      verdict.truncated = in.flag();
      verdict.conflicts.resize(in.count(8));
      for (Conflict& conflict : verdict.conflicts) {
        conflict.claims = read_positions(in);
        conflict.instances = read_positions(in);
      }
      verdict.repairs = read_repairs(in);
      loaded_.emplace(key, std::move(verdict));
    }
    in.expect_done();
  } catch (const Damaged&) {
    loaded_.clear();
  }
}

std::optional<GroupVerdict> VerdictCache::find(const GroupKey& key, const Group& group) const {
  auto it = loaded_.find(key);
  if (it == loaded_.end()) return std::nullopt;
  const StoredVerdict& stored = it->second;
  GroupVerdict verdict;
  verdict.status = stored.status;
  verdict.truncated = stored.truncated;
  for (const Conflict& conflict : stored.conflicts) {
    // Same key means same group shape; a position outside it would be a damaged entry: solve.
    if (!fits(conflict.claims, group.claims.size()) || !fits(conflict.instances, group.instances.size()))
      return std::nullopt;
    verdict.conflicts.push_back(
        Conflict{indices(conflict.claims, group.claims), indices(conflict.instances, group.instances)});
  }
  return verdict;
}

void VerdictCache::remember(const GroupKey& key, const Group& group, const GroupVerdict& verdict) {
  // A list that time cut (or the pre-check listed alone) depends on the machine and the timeout:
  // the next run decides the group again.
  if (verdict.status == GroupVerdict::Status::unknown || !verdict.cut_reason.empty()) return;
  StoredVerdict stored;
  stored.status = verdict.status;
  stored.truncated = verdict.truncated;
  for (const Conflict& conflict : verdict.conflicts)
    stored.conflicts.push_back(
        Conflict{positions(conflict.claims, group.claims), positions(conflict.instances, group.instances)});
  remembered_[key] = std::move(stored);
}

std::optional<RepairSearch> VerdictCache::find_repairs(const GroupKey& key, const GroupKey& inputs,
                                                       const Group& group) const {
  auto it = loaded_.find(key);
  if (it == loaded_.end() || !it->second.repairs || !(it->second.repairs->inputs == inputs)) return std::nullopt;
  const StoredRepairs& stored = *it->second.repairs;
  RepairSearch search;
  search.more = stored.more;
  search.more_as_light = stored.more_as_light;
  for (const RepairSet& repair : stored.repairs) {
    if (!fits(repair.claims, group.claims.size())) return std::nullopt;  // damaged: search again
    search.repairs.push_back(RepairSet{indices(repair.claims, group.claims), repair.cost});
  }
  return search;
}

void VerdictCache::remember_repairs(const GroupKey& key, const GroupKey& inputs, const Group& group,
                                    const RepairSearch& search) {
  auto it = remembered_.find(key);
  if (search.gave_up || it == remembered_.end()) return;
  StoredRepairs stored;
  stored.inputs = inputs;
  stored.more = search.more;
  stored.more_as_light = search.more_as_light;
  for (const RepairSet& repair : search.repairs)
    stored.repairs.push_back(RepairSet{positions(repair.claims, group.claims), repair.cost});
  it->second.repairs = std::move(stored);
}

bool VerdictCache::save() const {
  Writer out;
  out.u64(remembered_.size());
  for (const auto& [key, verdict] : remembered_) {
    out.u64(key.high);
    out.u64(key.low);
    out.flag(verdict.status == GroupVerdict::Status::conflicting);
    out.flag(verdict.truncated);
    out.u64(verdict.conflicts.size());
    for (const Conflict& conflict : verdict.conflicts) {
      write_positions(out, conflict.claims);
      write_positions(out, conflict.instances);
    }
    write_repairs(out, verdict.repairs);
  }
  return write_atomically(path(), codec::seal(kFormat, out.bytes()));
}

}  // namespace claimcheck

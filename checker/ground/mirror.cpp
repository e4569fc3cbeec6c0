// Mirrored claims of symmetric/inverse rules, and folding them back onto the claims they read.
#include "ground/mirror.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "ground/kinds.h"
#include "parallel/parallel_for.h"

namespace claimcheck {

namespace {

bool is_mirror_kind(RuleKind kind) {
  return grounding_of(kind).mirror_names != nullptr;
}

// What grounders read of a claim, under its mirrored key. The words shown to people (quote,
// speaker, time text) stay with the real claim: findings cite it, never its mirror, and a
// million-claim dataset has hundreds of thousands of mirrors.
Claim mirror_of(const Claim& claim, const std::string& name) {
  Claim mirror;
  mirror.full_id = claim.full_id;
  mirror.source = claim.source;
  mirror.confidence = claim.confidence;
  mirror.subject = claim.object;
  mirror.object = claim.subject;
  mirror.kind = claim.kind;
  mirror.name = name;
  mirror.value = claim.value;
  mirror.time.is_point = claim.time.is_point;
  mirror.time.start_window = claim.time.start_window;
  mirror.time.end_window = claim.time.end_window;
  mirror.time.length = claim.time.length;
  mirror.time.anchor = claim.time.anchor;
  mirror.time.by_publication = claim.time.by_publication;
  mirror.range = claim.range;
  mirror.name_range = claim.name_range;
  mirror.value_range = claim.value_range;
  // A stated Allen relation belongs to the claim itself; the allen rule reads it there once.
  return mirror;
}

// What a mirror rule reads both ways: claims `rule.first` selects are read under the second of
// its names (kinds/: `mirror_names`), and claims of the second name, when the two differ
// (inverse), under the first. (`relation` names no value or object: the loader refuses them.)
struct MirrorSides {
  const Rule* rule;
  std::string_view first, second;
  ClaimSelector second_side;  // rule.first, naming the second name
};

MirrorSides sides_of(const Rule& rule) {
  auto [first, second] = grounding_of(rule.kind).mirror_names(rule);
  ClaimSelector side = rule.first;
  (side.event.empty() ? side.state : side.event) = std::string(second);
  return {&rule, first, second, std::move(side)};
}

// The name a claim's mirror carries under a mirror rule, or "" when the rule does not mirror it.
std::string mirrored_name(const MirrorSides& sides, const Claim& claim) {
  if (claim.object.empty() || claim.object == claim.subject || !in_scope(*sides.rule, claim)) return "";
  if (selects(sides.rule->first, claim)) return std::string(sides.second);
  if (sides.second != sides.first && selects(sides.second_side, claim)) return std::string(sides.first);
  return "";
}

// Calls `visit` on every claim index a constraint reads (repeats included).
template <typename Visit>
void for_each_claim(const Constraint& c, Visit visit) {
  for (int claim : c.about) visit(claim);
  for (const auto& option : c.any_of)
    for (const Difference& d : option) {
      if (d.a.claim >= 0) visit(d.a.claim);
      if (d.b.claim >= 0) visit(d.b.claim);
    }
  for (const auto& needs : c.option_needs)
    for (int claim : needs) visit(claim);
  for (const auto& atoms : c.linear)
    for (const LinearAtom& atom : atoms)
      for (const LinearTerm& term : atom.terms) {
        if (term.day.claim >= 0) visit(term.day.claim);
        if (term.claim >= 0) visit(term.claim);
        for (int holder : term.holders) visit(holder);
      }
}

// Every claim index a constraint reads, sorted, without repeats.
std::vector<int> claims_of(const Constraint& c) {
  std::vector<int> out;
  for_each_claim(c, [&](int claim) { out.push_back(claim); });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool reads_a_mirror(const Constraint& c, int real_claims) {
  bool found = false;
  for_each_claim(c, [&](int claim) { found = found || claim >= real_claims; });
  return found;
}

Constraint mapped(Constraint c, const std::vector<int>& original) {
  auto to_real = [&](int& claim) {
    if (claim >= 0) claim = original[static_cast<std::size_t>(claim)];
  };
  for (int& claim : c.about) to_real(claim);
  for (auto& option : c.any_of)
    for (Difference& d : option) to_real(d.a.claim), to_real(d.b.claim);
  for (auto& needs : c.option_needs)
    for (int& claim : needs) to_real(claim);
  for (auto& atoms : c.linear)
    for (LinearAtom& atom : atoms)
      for (LinearTerm& term : atom.terms) {
        to_real(term.day.claim);
        to_real(term.claim);
        for (int& holder : term.holders) to_real(holder);
      }
  return c;
}

void mix(std::size_t& hash, std::int64_t value) {
  hash ^= std::hash<std::int64_t>{}(value) + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
}

void mix(std::size_t& hash, const TimeVar& v) {
  mix(hash, v.claim);
  mix(hash, static_cast<std::int64_t>(v.endpoint));
  mix(hash, v.published);
  mix(hash, v.common);
  mix(hash, v.instant ? 1 : 0);
}

// A hash of everything Constraint::operator== compares: repeats are found by hash, then compared.
std::size_t hash_of(const Constraint& c) {
  std::size_t hash = 0;
  for (const auto& option : c.any_of) {
    mix(hash, -1);
    for (const Difference& d : option) mix(hash, d.a), mix(hash, d.b), mix(hash, d.bound);
  }
  mix(hash, -2);
  for (int claim : c.about) mix(hash, claim);
  for (const auto& needs : c.option_needs) {
    mix(hash, -3);
    for (int claim : needs) mix(hash, claim);
  }
  for (const auto& atoms : c.linear) {
    mix(hash, -4);
    for (const LinearAtom& atom : atoms) {
      mix(hash, static_cast<std::int64_t>(atom.comparison)), mix(hash, atom.constant);
      for (const LinearTerm& t : atom.terms) {
        mix(hash, static_cast<std::int64_t>(t.kind)), mix(hash, t.coefficient), mix(hash, t.day);
        mix(hash, t.day_offset), mix(hash, t.claim);
        for (int holder : t.holders) mix(hash, holder);
      }
    }
  }
  return hash;
}

struct Part {
  std::vector<int> mirrors;  // the mirror rules the constraint reads (sorted, no repeats)
  Constraint constraint;
};

// The constraint over real claims and the mirror rules it needs; nothing when it relates a
// claim to its own mirror (which says nothing about two claims).
std::optional<Part> fold(const Constraint& c, const MirroredDataset& mirrored) {
  std::vector<int> read = claims_of(c);
  std::set<int> real, rules;
  for (int claim : read) {
    real.insert(mirrored.original[static_cast<std::size_t>(claim)]);
    if (int rule = mirrored.mirror_rule[static_cast<std::size_t>(claim)]; rule >= 0) rules.insert(rule);
  }
  if (real.size() < read.size()) return std::nullopt;
  return Part{{rules.begin(), rules.end()}, mapped(c, mirrored.original)};
}

// One grounded instance after folding: its direct constraints (over real claims only, kept as
// they are) and, per set of mirror rules, the constraints that read mirrors of those rules.
struct FoldedInstance {
  RuleInstance direct;
  std::map<std::vector<int>, RuleInstance> through_mirrors;
};

// The rule's direct constraints that some mirrored constraint may repeat (same hash); found by
// hash, confirmed by comparison. Direct constraints are most of a large dataset, so only these
// few are indexed.
class DirectRepeats {
 public:
  void expect(const Constraint& mirrored) { wanted_.insert(hash_of(mirrored)); }
  void offer(const Constraint& direct) {
    if (wanted_.empty()) return;
    std::size_t hash = hash_of(direct);
    if (wanted_.count(hash)) found_.emplace(hash, &direct);
  }
  bool repeats(const Constraint& mirrored) const {
    auto [first, last] = found_.equal_range(hash_of(mirrored));
    return std::any_of(first, last, [&](const auto& entry) { return *entry.second == mirrored; });
  }

 private:
  std::unordered_set<std::size_t> wanted_;
  std::unordered_multimap<std::size_t, const Constraint*> found_;
};

// Drops the mirrored constraints that repeat a direct one of the same rule.
void drop_repeats(RuleInstance& instance, const DirectRepeats& direct) {
  auto repeats = [&](const Constraint& c) { return direct.repeats(c); };
  instance.constraints.erase(std::remove_if(instance.constraints.begin(), instance.constraints.end(), repeats),
                             instance.constraints.end());
}

// An instance's claims are exactly those its constraints read (sorted by finish_instance).
void collect_claims(RuleInstance& instance) {
  instance.claims.clear();
  for (const Constraint& c : instance.constraints)
    for_each_claim(c, [&](int claim) { instance.claims.push_back(claim); });
}

RuleInstance empty_like(const RuleInstance& instance) {
  return RuleInstance{instance.rule, instance.subject, instance.object, {}, {}};
}

}  // namespace

namespace {

struct Mirror {
  int claim;
  int rule;
  std::string name;
};

// The mirrors every mirror rule makes: rule by rule, each in claim order. One pass over the
// claims for all the rules (at 10^6 claims a pass is bound by memory), sliced over `jobs` threads.
std::vector<Mirror> mirrors_of_rules(const std::vector<int>& mirror_rules, const RuleSet& rules, const Dataset& dataset,
                                     int jobs) {
  std::size_t claims = dataset.claims.size();
  std::size_t slices = (claims + kMirrorSlice - 1) / kMirrorSlice;
  std::vector<std::vector<Mirror>> by_rule_and_slice(mirror_rules.size() * slices);
  std::vector<MirrorSides> sides;
  for (int r : mirror_rules) sides.push_back(sides_of(rules.rules[static_cast<std::size_t>(r)]));
  parallel_for_slices(claims, kMirrorSlice, jobs, [&](int slice, std::size_t first, std::size_t last) {
    for (std::size_t claim = first; claim < last; ++claim)
      for (std::size_t k = 0; k < mirror_rules.size(); ++k)
        if (std::string name = mirrored_name(sides[k], dataset.claims[claim]); !name.empty())
          by_rule_and_slice[k * slices + static_cast<std::size_t>(slice)].push_back(
              {static_cast<int>(claim), mirror_rules[k], std::move(name)});
  });
  std::vector<Mirror> out;
  for (std::vector<Mirror>& part : by_rule_and_slice) std::move(part.begin(), part.end(), std::back_inserter(out));
  return out;
}

}  // namespace

std::optional<MirroredDataset> with_mirrors(const Dataset& dataset, const RuleSet& rules, int jobs) {
  std::vector<int> mirror_rules;
  for (int r = 0; r < static_cast<int>(rules.rules.size()); ++r)
    if (is_mirror_kind(rules.rules[static_cast<std::size_t>(r)].kind)) mirror_rules.push_back(r);
  if (mirror_rules.empty()) return std::nullopt;
  std::vector<Mirror> mirrors = mirrors_of_rules(mirror_rules, rules, dataset, jobs);
  if (mirrors.empty()) return std::nullopt;
  MirroredDataset out;
  out.original.reserve(dataset.claims.size() + mirrors.size());
  out.mirror_rule.reserve(dataset.claims.size() + mirrors.size());
  for (int claim = 0; claim < static_cast<int>(dataset.claims.size()); ++claim) out.original.push_back(claim);
  out.mirror_rule.assign(dataset.claims.size(), -1);
  out.real_claims = static_cast<int>(dataset.claims.size());
  for (const Mirror& m : mirrors) {
    out.original.push_back(m.claim);
    out.mirror_rule.push_back(m.rule);
  }
  out.mirrors.resize((mirrors.size() + kMirrorSlice - 1) / kMirrorSlice);
  parallel_for_slices(mirrors.size(), kMirrorSlice, jobs, [&](int slice, std::size_t first, std::size_t last) {
    std::vector<Claim>& claims = out.mirrors[static_cast<std::size_t>(slice)];
    claims.reserve(last - first);
    for (std::size_t m = first; m < last; ++m)
      claims.push_back(mirror_of(dataset.claims[static_cast<std::size_t>(mirrors[m].claim)], mirrors[m].name));
  });
  return out;
}

namespace {

// Splits one grounded instance into its direct constraints and, per set of mirror rules, the
// constraints that read mirrors of those rules (mapped onto real claims).
FoldedInstance fold_instance(RuleInstance& instance, const MirroredDataset& mirrored, int real_claims) {
  FoldedInstance folded;
  auto reads_mirrors = [&](const Constraint& c) { return reads_a_mirror(c, real_claims); };
  if (std::none_of(instance.constraints.begin(), instance.constraints.end(), reads_mirrors)) {
    folded.direct = std::move(instance);  // most instances: nothing to fold
    return folded;
  }
  folded.direct = empty_like(instance);
  for (Constraint& c : instance.constraints) {
    if (!reads_a_mirror(c, real_claims)) {  // over real claims already: nothing to map
      folded.direct.constraints.push_back(std::move(c));
      continue;
    }
    std::optional<Part> part = fold(c, mirrored);
    if (!part) continue;
    RuleInstance& target = folded.through_mirrors[part->mirrors];
    if (target.rule < 0) target = empty_like(instance);
    target.constraints.push_back(std::move(part->constraint));
  }
  std::vector<Constraint>().swap(instance.constraints);
  return folded;
}

// An instance kept after folding: its claims are those its constraints read.
bool finished(RuleInstance& instance) {
  collect_claims(instance);
  return finish_instance(instance);
}

}  // namespace

void fold_mirrors(std::vector<RuleInstance>& instances, const MirroredDataset& mirrored) {
  int real_claims = mirrored.real_claims;
  auto reads_mirrors = [&](const Constraint& c) { return reads_a_mirror(c, real_claims); };
  // Most instances read no mirror: they stay where they are, finished in place; only the few
  // that do are folded (a copy of every instance would cost more than the folding).
  enum : char { dropped, kept, folds };
  std::vector<char> fate(instances.size(), dropped);
  std::vector<FoldedInstance> folded;
  std::vector<char> direct_kept;
  for (std::size_t i = 0; i < instances.size(); ++i) {
    RuleInstance& instance = instances[i];
    if (std::any_of(instance.constraints.begin(), instance.constraints.end(), reads_mirrors)) {
      fate[i] = folds;
      folded.push_back(fold_instance(instance, mirrored, real_claims));
      direct_kept.push_back(finished(folded.back().direct));
    } else {
      fate[i] = finished(instance) ? kept : dropped;
    }
  }
  if (folded.empty()) {  // the rule read no mirror: only the dropped instances go
    std::size_t kept_count = 0;
    for (std::size_t i = 0; i < instances.size(); ++i) {
      if (fate[i] != kept) continue;
      if (kept_count != i) instances[kept_count] = std::move(instances[i]);
      ++kept_count;
    }
    instances.resize(kept_count);
    return;
  }
  // Every direct constraint is offered before any mirrored one is dropped: a repeat is
  // recognised wherever its direct twin is. Instances stay where they are until every repeat
  // is dropped, so the index's pointers stay valid.
  DirectRepeats direct_repeats;
  for (const FoldedInstance& f : folded)
    for (const auto& [mirrors, instance] : f.through_mirrors)
      for (const Constraint& c : instance.constraints) direct_repeats.expect(c);
  for (std::size_t i = 0; i < instances.size(); ++i)
    if (fate[i] == kept)
      for (const Constraint& c : instances[i].constraints) direct_repeats.offer(c);
  for (const FoldedInstance& f : folded)
    for (const Constraint& c : f.direct.constraints) direct_repeats.offer(c);
  std::vector<std::vector<char>> mirrored_kept(folded.size());
  for (std::size_t f = 0; f < folded.size(); ++f)
    for (auto& [mirrors, instance] : folded[f].through_mirrors) {
      drop_repeats(instance, direct_repeats);
      mirrored_kept[f].push_back(finished(instance));
      instance.mirror_rules = mirrors;
    }
  std::vector<RuleInstance> out;
  out.reserve(instances.size() + folded.size());
  std::size_t next_folded = 0;
  for (std::size_t i = 0; i < instances.size(); ++i) {
    if (fate[i] == kept) out.push_back(std::move(instances[i]));
    if (fate[i] != folds) continue;
    std::size_t f = next_folded++;
    if (direct_kept[f]) out.push_back(std::move(folded[f].direct));
    std::size_t k = 0;
    for (auto& entry : folded[f].through_mirrors)
      if (mirrored_kept[f][k++]) out.push_back(std::move(entry.second));
  }
  instances = std::move(out);
}

}  // namespace claimcheck

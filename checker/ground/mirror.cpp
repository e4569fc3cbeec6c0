// Mirrored claims of symmetric/inverse rules, and folding them back onto the claims they read.
#include "ground/mirror.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "ground/kinds/kinds.h"

namespace claimcheck {

namespace {

bool is_mirror_kind(RuleKind kind) { return kind == RuleKind::symmetric || kind == RuleKind::inverse; }

Claim mirror_of(const Claim& claim, const std::string& name) {
  Claim mirror = claim;
  std::swap(mirror.subject, mirror.object);
  mirror.name = name;
  // A stated Allen relation belongs to the claim itself; the allen rule reads it there once.
  mirror.relation.clear();
  mirror.other.clear();
  return mirror;
}

// The inverse side of an inverse rule: claims of the `inverse` name, read back as `relation`.
// (`relation` names no value or object: the loader refuses them.)
ClaimSelector inverse_side(const Rule& rule) {
  ClaimSelector side = rule.first;
  (side.event.empty() ? side.state : side.event) = rule.inverse;
  return side;
}

// The name a claim's mirror carries under `rule`, or "" when the rule does not mirror it.
std::string mirrored_name(const Rule& rule, const Claim& claim) {
  if (claim.object.empty() || claim.object == claim.subject || !in_scope(rule, claim)) return "";
  if (selects(rule.first, claim)) return rule.kind == RuleKind::symmetric ? claim.name : rule.inverse;
  if (rule.kind == RuleKind::inverse && selects(inverse_side(rule), claim))
    return rule.first.event.empty() ? rule.first.state : rule.first.event;
  return "";
}

// Every claim index a constraint reads.
std::vector<int> claims_of(const Constraint& c) {
  std::vector<int> out(c.about.begin(), c.about.end());
  for (const auto& option : c.any_of)
    for (const Difference& d : option)
      for (const TimeVar& v : {d.a, d.b})
        if (v.claim >= 0) out.push_back(v.claim);
  for (const auto& needs : c.option_needs) out.insert(out.end(), needs.begin(), needs.end());
  for (const auto& atoms : c.linear)
    for (const LinearAtom& atom : atoms)
      for (const LinearTerm& term : atom.terms) {
        if (term.day.claim >= 0) out.push_back(term.day.claim);
        if (term.claim >= 0) out.push_back(term.claim);
        out.insert(out.end(), term.holders.begin(), term.holders.end());
      }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
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

// A constraint's shape, for spotting a mirrored constraint that repeats a direct one.
using Shape = std::tuple<std::vector<std::vector<std::tuple<int, int, int, int, std::int64_t>>>, std::vector<int>,
                         std::vector<std::vector<int>>, std::vector<std::int64_t>>;

Shape shape_of(const Constraint& c) {
  Shape shape;
  for (const auto& option : c.any_of) {
    std::vector<std::tuple<int, int, int, int, std::int64_t>> parts;
    for (const Difference& d : option)
      parts.emplace_back(d.a.claim, static_cast<int>(d.a.endpoint), d.b.claim, static_cast<int>(d.b.endpoint), d.bound);
    std::get<0>(shape).push_back(std::move(parts));
  }
  std::get<1>(shape) = c.about;
  std::get<2>(shape) = c.option_needs;
  for (const auto& atoms : c.linear) {
    std::get<3>(shape).push_back(-1);
    for (const LinearAtom& atom : atoms) {
      std::get<3>(shape).insert(std::get<3>(shape).end(), {-2, static_cast<std::int64_t>(atom.comparison), atom.constant});
      for (const LinearTerm& t : atom.terms) {
        std::get<3>(shape).insert(std::get<3>(shape).end(), {static_cast<std::int64_t>(t.kind), t.coefficient, t.day.claim,
                                                             static_cast<std::int64_t>(t.day.endpoint), t.day.published,
                                                             t.day_offset, t.claim, -3});
        std::get<3>(shape).insert(std::get<3>(shape).end(), t.holders.begin(), t.holders.end());
      }
    }
  }
  return shape;
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

// Drops the mirrored constraints that repeat a direct one of the same rule, and the claims that
// only those read.
void drop_repeats(RuleInstance& instance, const std::set<Shape>& direct) {
  auto repeats = [&](const Constraint& c) { return direct.count(shape_of(c)) > 0; };
  instance.constraints.erase(std::remove_if(instance.constraints.begin(), instance.constraints.end(), repeats),
                             instance.constraints.end());
  instance.claims.clear();
  for (const Constraint& c : instance.constraints) {
    std::vector<int> read = claims_of(c);
    instance.claims.insert(instance.claims.end(), read.begin(), read.end());
  }
}

}  // namespace

std::optional<MirroredDataset> with_mirrors(const Dataset& dataset, const RuleSet& rules) {
  struct Mirror {
    int claim;
    int rule;
    std::string name;
  };
  std::vector<Mirror> mirrors;
  for (int r = 0; r < static_cast<int>(rules.rules.size()); ++r) {
    const Rule& rule = rules.rules[static_cast<std::size_t>(r)];
    if (!is_mirror_kind(rule.kind)) continue;
    for (int claim = 0; claim < static_cast<int>(dataset.claims.size()); ++claim)
      if (std::string name = mirrored_name(rule, dataset.claims[static_cast<std::size_t>(claim)]); !name.empty())
        mirrors.push_back({claim, r, std::move(name)});
  }
  if (mirrors.empty()) return std::nullopt;
  MirroredDataset out;
  for (int claim = 0; claim < static_cast<int>(dataset.claims.size()); ++claim) out.original.push_back(claim);
  out.mirror_rule.assign(dataset.claims.size(), -1);
  for (const Mirror& m : mirrors) {
    out.mirrors.push_back(mirror_of(dataset.claims[static_cast<std::size_t>(m.claim)], m.name));
    out.original.push_back(m.claim);
    out.mirror_rule.push_back(m.rule);
  }
  return out;
}

void fold_mirrors(const std::vector<RuleInstance>& instances, const MirroredDataset& mirrored, Grounding& out) {
  std::map<int, std::set<Shape>> direct_by_rule;
  // Direct constraints first, so that a mirrored repeat of one is recognised wherever it is.
  std::vector<std::map<std::vector<int>, RuleInstance>> parts_of(instances.size());
  for (std::size_t i = 0; i < instances.size(); ++i) {
    const RuleInstance& instance = instances[i];
    for (const Constraint& c : instance.constraints) {
      std::optional<Part> part = fold(c, mirrored);
      if (!part) continue;
      if (part->mirrors.empty()) direct_by_rule[instance.rule].insert(shape_of(part->constraint));
      RuleInstance& target = parts_of[i][part->mirrors];
      if (target.rule < 0) target = RuleInstance{instance.rule, instance.subject, instance.object, {}, {}};
      std::vector<int> read = claims_of(part->constraint);
      target.claims.insert(target.claims.end(), read.begin(), read.end());
      target.constraints.push_back(std::move(part->constraint));
    }
  }
  for (auto& parts : parts_of) {
    for (auto& [mirrors, instance] : parts) {
      if (!mirrors.empty()) drop_repeats(instance, direct_by_rule[instance.rule]);
      if (!finish_instance(instance)) continue;
      out.instances.push_back(std::move(instance));
      out.mirrors.push_back(mirrors);
    }
  }
}

}  // namespace claimcheck

// Building blocks shared by the rule kinds' grounders: scope, selectors, keys, basic constraints.
#include "ground/kinds.h"

#include <algorithm>

#include "model/value.h"

namespace claimcheck {

namespace {

bool listed(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

const std::vector<int> kNoClaims;

}  // namespace

ClaimTable::ClaimTable(const std::vector<Claim>& claims, const ClaimSlices* mirrors)
    : claims_(claims), mirrors_(mirrors) {
  if (mirrors)
    for (const std::vector<Claim>& slice : *mirrors) mirror_count_ += slice.size();
  for (int i = 0; i < size(); ++i) {
    const Claim& claim = (*this)[i];
    (claim.kind == ClaimKind::event ? events_ : states_)[claim.name].push_back(i);
    if (claim.relation) with_relation_.push_back(i);
  }
}

const std::vector<int>& ClaimTable::named(ClaimKind kind, std::string_view name) const {
  const auto& names = kind == ClaimKind::event ? events_ : states_;
  auto found = names.find(name);
  return found == names.end() ? kNoClaims : found->second;
}

const std::vector<int>& ClaimTable::named_by(const ClaimSelector& selector) const {
  return selector.event.empty() ? named(ClaimKind::state, selector.state) : named(ClaimKind::event, selector.event);
}

Constraint disjoint(int a, int b) {
  return Constraint{{{{end_of(a), start_of(b), -1}}, {{end_of(b), start_of(a), -1}}}, {}, {}};
}

Difference ends_before_start(int before, int after, std::int64_t gap) {
  return {end_of(before), start_of(after), -gap};
}

void ends_before_start_in_time(std::vector<Difference>& out, int before, int after, bool strict) {
  for (int claim : {before, after})
    out.push_back({instant_of(claim, Endpoint::start), instant_of(claim, Endpoint::end), -1});
  out.push_back({instant_of(before, Endpoint::end), instant_of(after, Endpoint::start), strict ? -1 : 0});
}

bool in_scope(const Rule& rule, const Claim& claim) {
  if (!rule.where.subjects.empty() && !listed(rule.where.subjects, claim.subject)) return false;
  if (!rule.where.objects.empty() && !listed(rule.where.objects, claim.object)) return false;
  return true;
}

bool names_form(const ClaimSelector& selector, const ClaimForm& form) {
  if (!selector.event.empty()) return form.kind == ClaimKind::event && form.name == selector.event;
  if (!selector.state.empty()) return form.kind == ClaimKind::state && form.name == selector.state;
  return false;
}

MatchKey key_of(const Rule& rule, const Claim& claim) {
  MatchKey key{claim.subject, rule.match == RuleMatch::subject ? std::string_view() : std::string_view(claim.object),
               0};
  std::hash<std::string_view> hash;
  key.hash = hash(key.subject) * 0x9e3779b97f4a7c15ULL ^ hash(key.object);
  return key;
}

namespace {

// The claims of one key: hashed[from, to).
struct KeyRun {
  MatchKey key;
  std::size_t from = 0, to = 0;
};

}  // namespace

ClaimsByKey group_by_key(const GroundInput& input, std::vector<std::pair<std::uint64_t, int>> hashed) {
  std::sort(hashed.begin(), hashed.end());  // by hash, then in table order
  auto strings_at = [&](std::size_t k) {
    const Claim& claim = input.claims[hashed[k].second];
    return MatchKey{claim.subject,
                    input.rule.match == RuleMatch::subject ? std::string_view() : std::string_view(claim.object),
                    hashed[k].first};
  };
  std::vector<KeyRun> runs;
  for (std::size_t first = 0; first < hashed.size();) {
    std::size_t last = first + 1;
    while (last < hashed.size() && hashed[last].first == hashed[first].first) ++last;
    MatchKey key = strings_at(first);
    bool one_key = true;
    for (std::size_t k = first + 1; k < last && one_key; ++k) one_key = strings_at(k) == key;
    if (one_key) {
      runs.push_back({key, first, last});
    } else {  // two keys, one hash: split by their strings, claims still in table order
      std::stable_sort(hashed.begin() + static_cast<std::ptrdiff_t>(first),
                       hashed.begin() + static_cast<std::ptrdiff_t>(last), [&](const auto& a, const auto& b) {
                         return key_of(input.rule, input.claims[a.second]) < key_of(input.rule, input.claims[b.second]);
                       });
      for (std::size_t from = first; from < last;) {
        MatchKey run_key = strings_at(from);
        std::size_t to = from + 1;
        while (to < last && strings_at(to) == run_key) ++to;
        runs.push_back({run_key, from, to});
        from = to;
      }
    }
    first = last;
  }
  // Instances come out in the keys' string order, as they always have: which of two mirrored
  // instances a finding is told from (A with B, or B with A) follows it.
  std::sort(runs.begin(), runs.end(), [](const KeyRun& a, const KeyRun& b) { return a.key < b.key; });
  std::vector<ClaimsByKey::Entry> entries;
  entries.reserve(runs.size());
  for (const KeyRun& run : runs) {
    std::vector<int> claims;
    claims.reserve(run.to - run.from);
    for (std::size_t k = run.from; k < run.to; ++k) claims.push_back(hashed[k].second);
    entries.emplace_back(run.key, std::move(claims));
  }
  return ClaimsByKey(std::move(entries));
}

std::vector<std::size_t> by_first_day(const std::vector<DayWindow>& reaches) {
  std::vector<std::size_t> order(reaches.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return reaches[a].earliest != reaches[b].earliest ? reaches[a].earliest < reaches[b].earliest : a < b;
  });
  return order;
}

void leave_unbuilt(RuleInstance& instance, std::size_t terms, const std::vector<int>& claims) {
  instance.constraints.clear();
  instance.unbuilt_terms = terms;
  instance.claims = claims;
}

bool finish_instance(RuleInstance& instance) {
  std::sort(instance.claims.begin(), instance.claims.end());
  instance.claims.erase(std::unique(instance.claims.begin(), instance.claims.end()), instance.claims.end());
  return (!instance.constraints.empty() || instance.unbuilt_terms > 0) && !instance.claims.empty();
}

std::vector<std::pair<std::size_t, std::size_t>> meeting_pairs(const ClaimTable& table, const std::vector<int>& as,
                                                               const std::vector<int>& bs, std::size_t max_pairs) {
  std::vector<DayWindow> reaches;
  reaches.reserve(as.size() + bs.size());
  for (int a : as) reaches.push_back(reach_of(claim_at(table, a)));
  for (int b : bs) reaches.push_back(reach_of(claim_at(table, b)));
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for_each_meeting_pair(reaches, [&](std::size_t p, std::size_t q) {
    if (p >= as.size() || q < as.size()) return true;  // both from one side
    std::size_t b = q - as.size();
    if (as[p] != bs[b]) out.emplace_back(p, b);
    return out.size() <= max_pairs;
  });
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace claimcheck

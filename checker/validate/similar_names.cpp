// similar-names: hashed name keys and one-deletion neighbourhoods find look-alike names without comparing all pairs.
#include "validate/similar_names.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "load/entities.h"
#include "model/names.h"
#include "model/phrases.h"
#include "model/suggest.h"

namespace claimcheck {

namespace {

constexpr std::size_t kShownUses = 3;  // notes per name; the rest are counted

struct NameUses {
  std::string_view text;
  int entity = -1;  // the registry entity the name belongs to, or -1
  int claims = 0;   // how many claims use it
  // The first uses, kept as ranges (notes are written only for names that warn: most never do).
  std::array<SourceRange, kShownUses> shown;
  std::array<const Entity*, kShownUses> shown_entity{};  // a registry entry's name, or a claim's use
  std::size_t shown_count = 0;
  int hidden = 0;
};

// Every distinct name: the claims' subjects and objects, and every name of the registry.
class NameTable {
 public:
  explicit NameTable(const Dataset& dataset) : entity_of_(entity_names(dataset)) {
    for (const Claim& claim : dataset.claims) {
      use_in_claim(claim.subject, claim.subject_range);
      if (!claim.object.empty()) use_in_claim(claim.object, claim.object_range);
    }
    for (std::size_t e = 0; e < dataset.entities.size(); ++e) {
      const Entity& entity = dataset.entities[e];
      name_in_registry(entity.id, entity.id_range, entity);
      if (!entity.name.empty()) name_in_registry(entity.name, entity.name_range, entity);
      for (std::size_t a = 0; a < entity.aliases.size(); ++a)
        name_in_registry(entity.aliases[a], entity.alias_ranges[a], entity);
    }
  }
  std::vector<NameUses>& names() { return names_; }

 private:
  NameUses& entry(std::string_view text) {
    auto [at, fresh] = index_.emplace(text, static_cast<int>(names_.size()));
    if (fresh) {
      names_.emplace_back();
      names_.back().text = text;
      if (!entity_of_.empty()) {
        auto owner = entity_of_.find(std::string(text));
        if (owner != entity_of_.end()) names_.back().entity = owner->second;
      }
    }
    return names_[static_cast<std::size_t>(at->second)];
  }
  void note(NameUses& name, const SourceRange& range, const Entity* entity = nullptr) {
    if (name.shown_count == kShownUses) {
      ++name.hidden;
      return;
    }
    name.shown[name.shown_count] = range;
    name.shown_entity[name.shown_count++] = entity;
  }
  void use_in_claim(const std::string& text, const SourceRange& range) {
    NameUses& name = entry(text);
    ++name.claims;
    note(name, range);
  }
  void name_in_registry(const std::string& text, const SourceRange& range, const Entity& entity) {
    note(entry(text), range, &entity);
  }

  std::unordered_map<std::string, int> entity_of_;
  std::unordered_map<std::string_view, int> index_;
  std::vector<NameUses> names_;
};

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int find(int x) {
    while (parent_[static_cast<std::size_t>(x)] != x)
      x = parent_[static_cast<std::size_t>(x)] =
          parent_[static_cast<std::size_t>(parent_[static_cast<std::size_t>(x)])];
    return x;
  }
  void unite(int a, int b) { parent_[static_cast<std::size_t>(find(a))] = find(b); }

 private:
  std::vector<int> parent_;
};

// Which `distinct:` entries list each name.
std::unordered_map<std::string_view, std::vector<int>> distinct_entries(const Dataset& dataset) {
  std::unordered_map<std::string_view, std::vector<int>> out;
  for (std::size_t d = 0; d < dataset.distinct.size(); ++d)
    for (const std::string& name : dataset.distinct[d].names) out[name].push_back(static_cast<int>(d));
  return out;
}

// Look-alike names found so far, as pairs of name indices, and why they look alike.
struct Finder {
  std::vector<NameUses>& names;
  std::unordered_map<std::string_view, std::vector<int>> distinct;
  UnionFind clusters;
  std::vector<char> one_edit;  // per name: paired with another one edit apart
  std::vector<char> spelling;  // per name: paired with another of the same key

  // A pair warns unless the registry settles it (one entity, or two entities) or `distinct:` does.
  bool settled(const NameUses& a, const NameUses& b) const {
    if (a.entity >= 0 && b.entity >= 0) return true;
    auto da = distinct.find(a.text), db = distinct.find(b.text);
    if (da == distinct.end() || db == distinct.end()) return false;
    return std::find_first_of(da->second.begin(), da->second.end(), db->second.begin(), db->second.end()) !=
           da->second.end();
  }
  void pair(int a, int b, bool by_edit) {
    if (settled(names[static_cast<std::size_t>(a)], names[static_cast<std::size_t>(b)])) return;
    clusters.unite(a, b);
    std::vector<char>& how = by_edit ? one_edit : spelling;
    how[static_cast<std::size_t>(a)] = how[static_cast<std::size_t>(b)] = 1;
  }
};

// Names grouped by key: `keys` holds each distinct key once, `members` the names under it.
struct KeyGroups {
  std::vector<std::u32string> keys;
  std::vector<std::vector<int>> members;
};

KeyGroups group_by_key(const std::vector<NameUses>& names) {
  KeyGroups groups;
  std::unordered_map<std::u32string, int> index;
  for (std::size_t n = 0; n < names.size(); ++n) {
    std::u32string key = name_key(names[n].text);
    auto [at, fresh] = index.emplace(key, static_cast<int>(groups.keys.size()));
    if (fresh) {
      groups.keys.push_back(std::move(key));
      groups.members.emplace_back();
    }
    groups.members[static_cast<std::size_t>(at->second)].push_back(static_cast<int>(n));
  }
  return groups;
}

// One polynomial hash for every length, so a key's one-deletion variants hash in O(1) each from
// its prefix and suffix hashes: H(s) = sum of s[j] * B^(n-1-j), modulo 2^64.
constexpr std::uint64_t kBase = 1000003;

// Keys one edit apart share a key or a one-deletion variant: (hash, key) for each key and each
// of its deletions, sorted, and only keys in one run of equal hashes are compared.
std::vector<std::pair<int, int>> keys_one_edit_apart(const std::vector<std::u32string>& keys) {
  std::size_t total = 0;
  for (const std::u32string& key : keys)
    if (key.size() >= kMinOneEditLength) total += key.size() + 1;
  std::vector<std::pair<std::uint64_t, int>> variants;
  variants.reserve(total);
  std::vector<std::uint64_t> prefix, suffix, power;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const std::u32string& key = keys[k];
    std::size_t n = key.size();
    if (n < kMinOneEditLength) continue;
    prefix.assign(n + 1, 0);
    suffix.assign(n + 1, 0);
    power.assign(n + 1, 1);
    for (std::size_t j = 0; j < n; ++j) {
      prefix[j + 1] = prefix[j] * kBase + key[j];
      power[j + 1] = power[j] * kBase;
    }
    for (std::size_t j = n; j-- > 0;) suffix[j] = suffix[j + 1] + key[j] * power[n - 1 - j];
    variants.emplace_back(prefix[n], static_cast<int>(k));
    for (std::size_t i = 0; i < n; ++i)  // key without key[i], a string of n - 1
      variants.emplace_back(prefix[i] * power[n - 1 - i] + suffix[i + 1], static_cast<int>(k));
  }
  std::sort(variants.begin(), variants.end());
  variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
  std::vector<std::pair<int, int>> pairs;
  for (std::size_t run = 0; run < variants.size();) {
    std::size_t end = run;
    while (end < variants.size() && variants[end].first == variants[run].first) ++end;
    for (std::size_t i = run; i < end; ++i)
      for (std::size_t j = i + 1; j < end; ++j) {
        int a = variants[i].second, b = variants[j].second;
        if (one_edit_apart(keys[static_cast<std::size_t>(a)], keys[static_cast<std::size_t>(b)]))
          pairs.emplace_back(std::min(a, b), std::max(a, b));
      }
    run = end;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

std::string uses_of(const NameUses& name, const Dataset& dataset) {
  if (name.entity >= 0) return "names entity '" + dataset.entities[static_cast<std::size_t>(name.entity)].id + "'";
  return std::to_string(name.claims) + (name.claims == 1 ? " claim" : " claims");
}

// The name most likely a slip: the one no entity owns with the fewest claims.
const NameUses& likely_slip(const std::vector<const NameUses*>& cluster) {
  const NameUses* best = cluster.front();
  for (const NameUses* name : cluster)
    if ((best->entity >= 0 && name->entity < 0) ||
        ((name->entity < 0) == (best->entity < 0) && name->claims < best->claims))
      best = name;
  return *best;
}

// Why the names look alike: "differ only by …", "are one edit apart", or both.
std::string how_alike(bool spelling, bool by_edit) {
  std::string out = spelling ? "differ only by case, spacing, punctuation or diacritics" : "";
  if (by_edit) out += spelling ? ", or by one edit" : "are one edit apart";
  return out;
}

void report_cluster(std::vector<const NameUses*> cluster, const std::string& how, const Dataset& dataset,
                    Diagnostics& diagnostics) {
  std::sort(cluster.begin(), cluster.end(), [](const NameUses* a, const NameUses* b) { return a->text < b->text; });
  std::string listed;
  for (std::size_t i = 0; i < cluster.size(); ++i) {
    if (i > 0) listed += i + 1 == cluster.size() ? " and " : ", ";
    listed += quoted(std::string(cluster[i]->text)) + " (" + uses_of(*cluster[i], dataset) + ")";
  }
  const NameUses& slip = likely_slip(cluster);
  Diagnostic& d = diagnostics.warning(
      "similar-names",
      "names " + listed + " " + how +
          ": if they are one entity, add it to the entity registry with them as aliases; if they are different "
          "entities, list them in a 'distinct:' entry (docs/facts.md#entities)",
      slip.shown.front());
  for (const NameUses* name : cluster) {
    std::string quoted_name = quoted(std::string(name->text));
    for (std::size_t u = 0; u < name->shown_count; ++u) {
      const Entity* entity = name->shown_entity[u];
      d.notes.push_back(
          {name->shown[u], quoted_name + (entity ? " names entity '" + entity->id + "' here" : " is used here")});
    }
    if (name->hidden > 0)
      d.notes.push_back(
          {name->shown[name->shown_count - 1], quoted_name + " has " + std::to_string(name->hidden) + " more uses"});
  }
}

}  // namespace

void warn_similar_names(const Dataset& dataset, Diagnostics& diagnostics) {
  NameTable table(dataset);
  std::vector<NameUses>& names = table.names();
  Finder finder{names, distinct_entries(dataset), UnionFind(names.size()), std::vector<char>(names.size(), 0),
                std::vector<char>(names.size(), 0)};
  KeyGroups groups = group_by_key(names);
  for (std::size_t k = 0; k < groups.keys.size(); ++k) {
    if (groups.keys[k].empty()) continue;  // names of punctuation alone say nothing about each other
    const std::vector<int>& members = groups.members[k];
    for (std::size_t i = 0; i < members.size(); ++i)
      for (std::size_t j = i + 1; j < members.size(); ++j) finder.pair(members[i], members[j], false);
  }
  for (auto [a, b] : keys_one_edit_apart(groups.keys))
    for (int x : groups.members[static_cast<std::size_t>(a)])
      for (int y : groups.members[static_cast<std::size_t>(b)]) finder.pair(x, y, true);
  // Only names paired with another form clusters; most names never are.
  std::unordered_map<int, std::vector<int>> clusters;
  for (std::size_t n = 0; n < names.size(); ++n)
    if (finder.one_edit[n] || finder.spelling[n])
      clusters[finder.clusters.find(static_cast<int>(n))].push_back(static_cast<int>(n));
  std::vector<std::vector<int>> ordered;
  for (auto& [root, members] : clusters)
    if (members.size() > 1) ordered.push_back(std::move(members));
  std::sort(ordered.begin(), ordered.end());  // members ascend: clusters in order of first name seen
  for (const std::vector<int>& members : ordered) {
    std::vector<const NameUses*> cluster;
    bool by_edit = false, spelling = false;
    for (int n : members) {
      cluster.push_back(&names[static_cast<std::size_t>(n)]);
      by_edit = by_edit || finder.one_edit[static_cast<std::size_t>(n)];
      spelling = spelling || finder.spelling[static_cast<std::size_t>(n)];
    }
    report_cluster(std::move(cluster), how_alike(spelling, by_edit), dataset, diagnostics);
  }
}

}  // namespace claimcheck

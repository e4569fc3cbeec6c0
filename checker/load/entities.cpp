// Entity registry: reads `entities:` and `distinct:` (docs/facts.md#entities) and resolves names to ids.
#include "load/entities.h"

#include <cctype>
#include <regex>

#include "load/fields.h"
#include "model/names.h"

namespace claimcheck {

namespace {

const std::vector<std::string> kRegistryFields = {"entities", "distinct"};
const std::vector<std::string> kEntityFields = {"id", "name", "aliases", "wikidata"};

bool valid_entity_id(const std::string& id) {
  for (char c : id)
    if (c == '/' || std::isspace(static_cast<unsigned char>(c))) return false;
  return !id.empty();
}

// Wikidata items are Q followed by a number without leading zeros.
bool valid_qid(const std::string& text) {
  static const std::regex qid("Q[1-9][0-9]{0,11}");
  return std::regex_match(text, qid);
}

void load_aliases(FieldReader& fields, Entity& entity) {
  std::optional<std::vector<std::string>> aliases = fields.words("aliases", false);
  if (!aliases) return;
  const YamlNode& node = *fields.find("aliases");
  for (std::size_t i = 0; i < aliases->size(); ++i) {
    std::string alias = normalise_name((*aliases)[i]);
    if (alias.empty()) continue;
    entity.aliases.push_back(std::move(alias));
    entity.alias_ranges.push_back(node.is_sequence() ? node.items[i].range : node.range);
  }
}

void load_entity(const YamlNode& node, Dataset& dataset, Diagnostics& diagnostics) {
  if (!expect_type(node, YamlNode::Type::map, "an entity", diagnostics)) return;
  FieldReader fields(node, "entity", diagnostics);
  fields.reject_unknown(kEntityFields);
  Entity entity;
  entity.range = node.range;
  std::optional<std::string> id = fields.text("id", true);
  entity.id_range = fields.range_of("id");
  if (id && !valid_entity_id(*id))
    diagnostics.error("invalid-id", "entity id '" + *id + "' may not contain '/' or spaces", entity.id_range);
  entity.id = id.value_or("");
  entity.name = normalise_name(fields.text("name", false).value_or(""));
  entity.name_range = fields.range_of("name");
  load_aliases(fields, entity);
  if (std::optional<std::string> qid = fields.text("wikidata", false)) {
    if (valid_qid(*qid))
      entity.wikidata = *qid;
    else
      diagnostics.error("invalid-wikidata",
                        "'" + *qid + "' is not a Wikidata item id: write Q and its number, e.g. Q42",
                        fields.range_of("wikidata"));
  }
  if (fields.ok() && !entity.id.empty()) dataset.entities.push_back(std::move(entity));
}

void load_distinct(const YamlNode& node, Dataset& dataset, Diagnostics& diagnostics) {
  if (!expect_type(node, YamlNode::Type::sequence, "a 'distinct' entry", diagnostics)) return;
  DistinctNames entry;
  entry.range = node.range;
  for (const YamlNode& item : node.items) {
    if (!expect_type(item, YamlNode::Type::scalar, "a name", diagnostics)) return;
    if (std::string name = normalise_name(item.scalar); !name.empty()) entry.names.push_back(std::move(name));
  }
  if (entry.names.size() < 2) {
    diagnostics.error("invalid-distinct", "a 'distinct' entry lists two or more names that are different entities",
                      node.range);
    return;
  }
  dataset.distinct.push_back(std::move(entry));
}

// Where `entity` is known by `name`, for a note.
SourceRange range_of_name(const Entity& entity, const std::string& name) {
  if (name == entity.id) return entity.id_range;
  if (name == entity.name) return entity.name_range;
  for (std::size_t a = 0; a < entity.aliases.size(); ++a)
    if (entity.aliases[a] == name) return entity.alias_ranges[a];
  return entity.range;
}

void resolve(std::string& name, const std::unordered_map<std::string, int>& names, const Dataset& dataset) {
  if (name.empty()) return;
  auto found = names.find(name);
  if (found != names.end()) name = dataset.entities[static_cast<std::size_t>(found->second)].id;
}

void resolve(ClaimSelector& selector, const std::unordered_map<std::string, int>& names, const Dataset& dataset) {
  resolve(selector.object, names, dataset);
}

}  // namespace

FieldTables registry_field_tables() {
  return {{"entity registry", kRegistryFields}, {"entity", kEntityFields}};
}

bool is_registry_file(const YamlNode& root) {
  return root.is_map() && !root.find("source") && (root.find("entities") || root.find("distinct"));
}

void load_registry(const YamlNode& root, Dataset& dataset, Diagnostics& diagnostics) {
  FieldReader top(root, "entity registry", diagnostics);
  top.reject_unknown(kRegistryFields);
  if (const YamlNode* entities = top.find("entities");
      entities && !entities->is_null() && expect_type(*entities, YamlNode::Type::sequence, "'entities'", diagnostics))
    for (const YamlNode& entity : entities->items) load_entity(entity, dataset, diagnostics);
  if (const YamlNode* distinct = top.find("distinct");
      distinct && !distinct->is_null() && expect_type(*distinct, YamlNode::Type::sequence, "'distinct'", diagnostics))
    for (const YamlNode& entry : distinct->items) load_distinct(entry, dataset, diagnostics);
}

std::unordered_map<std::string, int> entity_names(const Dataset& dataset, Diagnostics* diagnostics) {
  std::unordered_map<std::string, int> names;
  std::unordered_map<std::string, int> ids;
  for (std::size_t e = 0; e < dataset.entities.size(); ++e) {
    const Entity& entity = dataset.entities[e];
    auto [first, fresh] = ids.emplace(entity.id, static_cast<int>(e));
    if (!fresh && diagnostics) {
      Diagnostic& d =
          diagnostics->error("duplicate-id", "entity id '" + entity.id + "' is defined twice", entity.id_range);
      d.notes.push_back({dataset.entities[static_cast<std::size_t>(first->second)].id_range, "first defined here"});
    }
  }
  for (std::size_t e = 0; e < dataset.entities.size(); ++e) {
    const Entity& entity = dataset.entities[e];
    std::vector<const std::string*> own{&entity.id};
    if (!entity.name.empty()) own.push_back(&entity.name);
    for (const std::string& alias : entity.aliases) own.push_back(&alias);
    for (const std::string* name : own) {
      auto [first, fresh] = names.emplace(*name, static_cast<int>(e));
      if (fresh || first->second == static_cast<int>(e) || !diagnostics) continue;
      const Entity& owner = dataset.entities[static_cast<std::size_t>(first->second)];
      if (owner.id == entity.id) continue;  // a duplicate id, reported once above
      Diagnostic& d = diagnostics->error(
          "duplicate-alias", "'" + *name + "' already names entity '" + owner.id + "': a name names one entity",
          range_of_name(entity, *name));
      d.notes.push_back({range_of_name(owner, *name), "'" + *name + "' names '" + owner.id + "' here"});
    }
  }
  return names;
}

void resolve_entities(Dataset& dataset, RuleSet& rules, Diagnostics& diagnostics) {
  if (dataset.entities.empty()) return;
  std::unordered_map<std::string, int> names = entity_names(dataset, &diagnostics);
  for (Claim& claim : dataset.claims) {
    resolve(claim.subject, names, dataset);
    resolve(claim.object, names, dataset);
  }
  for (Rule& rule : rules.rules) {
    for (std::string& subject : rule.where.subjects) resolve(subject, names, dataset);
    for (std::string& object : rule.where.objects) resolve(object, names, dataset);
    for (ClaimSelector* selector : {&rule.first, &rule.second, &rule.begins, &rule.ends})
      resolve(*selector, names, dataset);
    for (FormulaBinding& binding : rule.bindings) resolve(binding.selector, names, dataset);
  }
}

std::string name_as_claims_hold_it(const std::string& name, const Dataset& dataset) {
  std::string normal = normalise_name(name);
  if (dataset.entities.empty()) return normal;
  resolve(normal, entity_names(dataset), dataset);
  return normal;
}

}  // namespace claimcheck

// Entity registry: `entities:`/`distinct:` files among the facts, and claims' names resolved to entity ids.
#pragma once

#include <string>
#include <unordered_map>

#include "claimcheck/diagnostic.h"
#include "claimcheck/model.h"
#include "claimcheck/rules.h"
#include "load/fields.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

// A YAML file among the facts whose top level has `entities` or `distinct` (and no `source`).
bool is_registry_file(const YamlNode& root);

// The keys of each map of a registry file: "entity registry" and "entity".
FieldTables registry_field_tables();

// Appends the file's entities and distinct entries to `dataset`, reporting every problem in the
// file (missing or invalid id, a malformed Wikidata QID, a distinct entry of fewer than two names).
void load_registry(const YamlNode& root, Dataset& dataset, Diagnostics& diagnostics);

// Every name of the registry (id, display name, aliases, all normalised) → its entity's index.
// With `diagnostics`, an id defined twice is a duplicate-id and a name two entities claim a
// duplicate-alias error (the note points at the first); the first keeps the name either way.
std::unordered_map<std::string, int> entity_names(const Dataset& dataset, Diagnostics* diagnostics = nullptr);

// Replaces every claim's subject and object, and every entity name in the rules (`where`,
// selectors' `object`), that the registry knows by its entity's id, so every rule compares
// entities by identity. Registry errors go to `diagnostics`.
void resolve_entities(Dataset& dataset, RuleSet& rules, Diagnostics& diagnostics);

// `name` as resolve_entities leaves it in claims: normalised, and the entity's id when the
// registry knows it (what `timeline SUBJECT` looks for).
std::string name_as_claims_hold_it(const std::string& name, const Dataset& dataset);

}  // namespace claimcheck

// The editor schemas in schemas/ against the loaders: every map's keys, and the names the loaders check.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "load/dataset_config.h"
#include "load/entities.h"
#include "load/facts_loader.h"
#include "load/rules_loader.h"

using namespace claimcheck;
using nlohmann::json;

namespace {

json read_schema(const std::string& file) {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/schemas/" + file);
  REQUIRE(in);
  return json::parse(in);
}

struct SchemaPlace {
  std::string file;     // in schemas/
  std::string pointer;  // the object schema of that map, a JSON pointer
};

std::string rule_table(const std::string& kind) {
  return "rule " + kind;
}

// Where each loader table (FieldTables' names) lives in the schemas; a map may be in two files.
std::map<std::string, std::vector<SchemaPlace>> schema_places() {
  std::map<std::string, std::vector<SchemaPlace>> places = {
      {"facts file", {{"facts.schema.json", "/definitions/facts-file"}}},
      {"source", {{"facts.schema.json", "/definitions/source"}}},
      {"claim", {{"facts.schema.json", "/definitions/claim"}}},
      {"at", {{"facts.schema.json", "/definitions/relative-at"}}},
      {"entity registry",
       {{"facts.schema.json", "/definitions/registry"}, {"entities.schema.json", "/definitions/registry"}}},
      {"entity", {{"facts.schema.json", "/definitions/entity"}, {"entities.schema.json", "/definitions/entity"}}},
      {"rules file", {{"rules.schema.json", ""}}},
      {"vocabulary", {{"rules.schema.json", "/definitions/vocabulary"}}},
      {"selector", {{"rules.schema.json", "/definitions/selector-map"}}},
      {"where", {{"rules.schema.json", "/definitions/where"}}},
      {"claimcheck.yaml", {{"claimcheck.schema.json", ""}}},
  };
  for (const std::string& kind : rule_kind_names())
    places[rule_table(kind)] = {{"rules.schema.json", "/definitions/rule-" + kind}};
  return places;
}

FieldTables loader_tables() {
  FieldTables tables;
  for (const FieldTables& part :
       {facts_field_tables(), registry_field_tables(), rules_field_tables(), dataset_config_field_tables()})
    tables.insert(part.begin(), part.end());
  return tables;
}

std::set<std::string> property_names(const json& object_schema) {
  std::set<std::string> names;
  for (const auto& [name, property] : object_schema.at("properties").items()) names.insert(name);
  return names;
}

std::set<std::string> as_set(const std::vector<std::string>& names) {
  return {names.begin(), names.end()};
}

std::set<std::string> enum_of(const json& property) {
  std::set<std::string> names;
  for (const json& name : property.at("enum")) names.insert(name.get<std::string>());
  return names;
}

}  // namespace

TEST_CASE("each map's schema has exactly the keys its loader accepts", "[load][schemas]") {
  FieldTables tables = loader_tables();
  std::map<std::string, std::vector<SchemaPlace>> places = schema_places();
  for (const auto& [map, fields] : tables) {
    INFO("the loader's map '" << map << "' needs a place in schemas/ (tests/unit/test_load_schemas.cpp)");
    REQUIRE(places.count(map) == 1);
    for (const SchemaPlace& place : places.at(map)) {
      INFO(place.file << "#" << place.pointer);
      json file = read_schema(place.file);
      const json& schema = file.at(json::json_pointer(place.pointer));
      CHECK(property_names(schema) == as_set(fields));
      CHECK(schema.at("additionalProperties") == false);  // an unknown key is an error in the editor too
    }
  }
  for (const auto& [map, where] : places) {
    INFO("schemas/ describe a map '" << map << "' no loader reads");
    CHECK(tables.count(map) == 1);
  }
}

TEST_CASE("the rules schema has one definition per rule kind, with the common fields", "[load][schemas]") {
  json rules = read_schema("rules.schema.json");
  std::set<std::string> kinds = as_set(rule_kind_names());
  std::set<std::string> defined;
  for (const auto& [name, definition] : rules.at("definitions").items())
    if (name.rfind("rule-", 0) == 0) defined.insert(name.substr(5));
  CHECK(defined == kinds);
  const json& rule = rules.at("definitions").at("rule");
  CHECK(enum_of(rule.at("properties").at("kind")) == kinds);
  std::set<std::string> dispatched;
  for (const json& branch : rule.at("allOf")) {
    std::string kind = branch.at("if").at("properties").at("kind").at("const");
    CHECK(branch.at("then").at("$ref") == "#/definitions/rule-" + kind);
    dispatched.insert(kind);
  }
  CHECK(dispatched == kinds);
  // The fields every kind takes are the ones offered before a kind is chosen.
  FieldTables tables = rules_field_tables();
  std::set<std::string> common = as_set(tables.at(rule_table("allen")));
  for (const std::string& kind : kinds) {
    std::set<std::string> fields = as_set(tables.at(rule_table(kind)));
    std::set<std::string> shared;
    std::set_intersection(common.begin(), common.end(), fields.begin(), fields.end(),
                          std::inserter(shared, shared.begin()));
    common = shared;
  }
  CHECK(property_names(rule) == common);
}

TEST_CASE("the schemas' enums are the names the loaders accept", "[load][schemas]") {
  json rules = read_schema("rules.schema.json");
  std::set<std::string> severities = {to_string(Severity::error), to_string(Severity::warning),
                                      to_string(Severity::info)};
  CHECK(enum_of(rules.at("definitions").at("rule").at("properties").at("severity")) == severities);
  json facts = read_schema("facts.schema.json");
  CHECK(enum_of(facts.at("definitions").at("claim").at("properties").at("relation")) == as_set(allen_relation_names()));
  // The top of a facts file offers both shapes: a source and its claims, or a registry.
  std::set<std::string> top = as_set(facts_field_tables().at("facts file"));
  FieldTables registry = registry_field_tables();
  for (const std::string& key : registry.at("entity registry")) top.insert(key);
  CHECK(property_names(facts) == top);
}

TEST_CASE("every value a rule schema's enum offers loads", "[load][schemas]") {
  json rules = read_schema("rules.schema.json");
  struct Offered {
    std::string kind, field, rest;  // `rest`: the kind's other required fields
  };
  std::vector<Offered> offered = {{"precedes", "match", "first: a, then: b"},
                                  {"conflicts-with", "when", "this: a, other: b"},
                                  {"count", "set", "state: n, counts: {state: m}"},
                                  {"allen", "severity", ""}};
  for (const Offered& o : offered) {
    const json& property = rules.at("definitions").at("rule-" + o.kind).at("properties").at(o.field);
    for (const std::string& value : enum_of(property)) {
      std::string text = "rules:\n  - {id: r, kind: " + o.kind + ", " + o.field + ": " + value +
                         (o.rest.empty() ? "" : ", " + o.rest) + "}\n";
      RuleSet set;
      Diagnostics diagnostics;
      load_rules_file(SourceFile{"r.yaml", text}, set, diagnostics);
      INFO(text);
      CHECK(diagnostics.all().empty());
      CHECK(set.rules.size() == 1);
    }
  }
}

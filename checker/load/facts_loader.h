// Facts loader: one YAML file per source → a Source and its Claims, with every time resolved.
#pragma once

#include "claimcheck/defaults.h"
#include "claimcheck/model.h"
#include "claimcheck/source_manager.h"
#include "load/fields.h"
#include "model/value.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

// Appends the file's source and claims to `dataset`. Reports every problem in the file; a
// file with more than `max_claims` claims is an error and none of its claims are loaded.
void load_facts_file(const SourceFile& file, Dataset& dataset, Diagnostics& diagnostics, const YamlLimits& limits = {},
                     std::size_t max_claims = defaults::max_claims_per_file);

// The keys of each map of a facts file: "facts file", "source", "claim" and "at" (a relative date).
FieldTables facts_field_tables();

}  // namespace claimcheck

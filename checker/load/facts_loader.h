// Facts loader: one YAML file per source → a Source and its Claims, with every time resolved.
#pragma once

#include "claimcheck/model.h"
#include "claimcheck/source_manager.h"
#include "yaml/yaml_document.h"

namespace claimcheck {

// Appends the file's source and claims to `dataset`. Reports every problem in the file.
void load_facts_file(const SourceFile& file, Dataset& dataset, Diagnostics& diagnostics,
                     const YamlLimits& limits = {});

// Reads a claim value: plain scalars that look like decimal numbers are numbers ("010" is ten).
Value read_value(const std::string& text, bool plain);

}  // namespace claimcheck

// Fuzz target: arbitrary bytes as a facts file through the YAML reader and the facts loader.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/facts_loader.h"
#include "validate/validate.h"

using namespace claimcheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  SourceFile file{"fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)};
  Dataset dataset;
  Diagnostics diagnostics;
  load_facts_file(file, dataset, diagnostics);
  // The checks after loading walk what the loader produced, so they also run on fuzzed input.
  validate_ids(dataset, diagnostics);
  validate_claim_times(dataset, diagnostics);
  // Every kept claim must point at a loaded source: later stages index by it unchecked.
  for (const Claim& claim : dataset.claims)
    if (claim.source < 0 || static_cast<std::size_t>(claim.source) >= dataset.sources.size()) __builtin_trap();
  return 0;
}

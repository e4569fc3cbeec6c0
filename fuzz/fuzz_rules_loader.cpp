// Fuzz target: arbitrary bytes as a rule pack through the YAML reader and the rules loader.
#include <cstddef>
#include <cstdint>
#include <string>

#include "load/rules_loader.h"
#include "validate/validate.h"

using namespace claimcheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  SourceFile file{"fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)};
  RuleSet rules;
  Diagnostics diagnostics;
  load_rules_file(file, rules, diagnostics);
  validate_rules(rules, diagnostics);
  return 0;
}

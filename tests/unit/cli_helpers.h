// Test helper: parses a claimcheck command line as the CLI would, keeping what it says on stderr.
#pragma once

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/options.h"

namespace claimcheck::testing {

inline std::optional<CliOptions> parse(std::vector<const char*> args, std::string* errors = nullptr) {
  args.insert(args.begin(), "claimcheck");
  std::ostringstream err;
  auto out = parse_cli(static_cast<int>(args.size()), args.data(), err);
  if (errors) *errors = err.str();
  return out;
}

}  // namespace claimcheck::testing

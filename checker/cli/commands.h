// The subcommands: names, usage lines and what each does, for the parser, --help, completion and the man page.
#pragma once

#include <string>
#include <vector>

namespace claimcheck {

struct CommandHelp {
  std::string name;
  std::string usage;    // one synopsis line, "claimcheck ..."
  std::string summary;  // a few words, for completion menus
  std::string what;     // what `claimcheck NAME --help` says it does
};

// Every subcommand, `check` (the default) first.
const std::vector<CommandHelp>& commands();

// The subcommand named `name`, or nullptr.
const CommandHelp* find_command(const std::string& name);

}  // namespace claimcheck

// The subcommands' table: one list that the parser, the help, the completions and the man page read.
#include "cli/commands.h"

namespace claimcheck {

const std::vector<CommandHelp>& commands() {
  static const std::vector<CommandHelp> table = {
      {"check", "claimcheck [check] [PATH...] [--rules PATH]... [options]", "load, validate and solve (the default)",
       "Loads the facts under each PATH (default: facts/), validates them, and reports every minimal\n"
       "set of claims that cannot all be true together under the rules (default: rules/)."},
      {"validate", "claimcheck validate [PATH...] [--rules PATH]... [options]", "load and validate only; no solving",
       "Loads and validates the facts and rules only: the input's errors and warnings, no solving."},
      {"repair", "claimcheck repair [PATH...] [--rules PATH]... [options]",
       "check, then list each conflicting group's repairs",
       "Checks, then lists each conflicting group's repairs (the lightest sets of claims to remove)\n"
       "and its claims ranked by how likely each is wrong."},
      {"timeline", "claimcheck timeline SUBJECT [PATH...] [--rules PATH]... [options]",
       "check, then derive the dates of SUBJECT's claims",
       "Checks, then derives the tightest dates the rules allow for every claim related to SUBJECT\n"
       "(as subject or object) and says what narrowed them."},
      {"explain-time", "claimcheck explain-time EXPRESSION... [--published DATE]",
       "print the window each time expression means",
       "Prints the window (or duration) each time expression means, and the rule that gave it."},
      {"rules", "claimcheck rules [--rules PATH]... [--format json] [--output FILE]",
       "list the loaded rules and the vocabulary",
       "Lists the rules loaded from --rules with their kinds and file:line, then the vocabulary\n"
       "(events, states and their values) claims may use."},
      {"index", "claimcheck index [PATH...] --cache DIR [--shard I/N]", "convert facts files into --cache DIR only",
       "Converts facts files into --cache DIR only (every N-th file with --shard I/N)."},
      {"completion", "claimcheck completion bash|zsh|fish", "print a shell completion script",
       "Prints the completion script for bash, zsh or fish, made from the same option table the\n"
       "parser reads (README, \"Install\")."},
  };
  return table;
}

const CommandHelp* find_command(const std::string& name) {
  for (const CommandHelp& command : commands())
    if (command.name == name) return &command;
  return nullptr;
}

}  // namespace claimcheck

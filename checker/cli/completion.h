// Shell completion scripts for bash, zsh and fish, made from the parser's option table.
#pragma once

#include <optional>
#include <string>

namespace claimcheck {

// The completion script for `shell` (bash, zsh or fish), or nullopt for another shell.
std::optional<std::string> completion_script(const std::string& shell);

}  // namespace claimcheck

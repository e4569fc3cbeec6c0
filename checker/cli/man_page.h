// The man page claimcheck(1), made from the parser's option table and the commands' table.
#pragma once

#include <string>

namespace claimcheck {

// claimcheck.1 in man(7) markup, for `version`.
std::string man_page(const std::string& version);

}  // namespace claimcheck

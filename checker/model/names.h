// Entity names: the one normal form every name is compared in, and the looser key that finds near-duplicates.
#pragma once

#include <string>
#include <string_view>

namespace claimcheck {

// A name as claimcheck compares it: Unicode NFC, surrounding whitespace trimmed and every inner
// run of whitespace (any Unicode space, tabs, line breaks) one ASCII space. Text that is not
// valid UTF-8 keeps its bytes (the YAML reader rejects such files before this is called).
std::string normalise_name(std::string_view text);

// The key under which names that differ only by case, spacing, punctuation or diacritics meet:
// compatibility-decomposed, case-folded, marks stripped, only letters and digits kept
// ("Côte d'Ivoire" and "cote divoire" share a key). Code points, so edits count characters.
std::u32string name_key(std::string_view name);

}  // namespace claimcheck

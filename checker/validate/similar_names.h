// similar-names: entity names that look like one entity written two ways, without a registry entry saying so.
#pragma once

#include "claimcheck/diagnostic.h"
#include "claimcheck/model.h"

namespace claimcheck {

// Names of at least this many letters and digits are compared by one edit too; shorter names
// only by case, spacing, punctuation and diacritics ("Iran"/"Iraq", "Mali"/"Bali" are common words).
constexpr std::size_t kMinOneEditLength = 5;

// Warns (`similar-names`) for each set of claims' subject and object names (with the registry's
// names) that differ only by case, spacing, punctuation or diacritics, or are one edit apart,
// unless the registry makes them one entity or two, or a `distinct:` entry lists them. Runs after
// resolve_entities. Near-linear: names meet by hashed keys, never pair by pair.
void warn_similar_names(const Dataset& dataset, Diagnostics& diagnostics);

}  // namespace claimcheck

// unique-event described: once per subject and object, so the claims share a day.
#include "render/kinds.h"

namespace claimcheck::kinds::unique_event {

std::string unique_event_short(const Rule& rule) {
  return "'" + rule.event + "' happens at most once per subject and object";
}

std::string unique_event_constraint(const Rule&) {
  return "these must be the same day";
}

bool unique_event_looks_at(const Rule& rule, const Claim& claim) {
  return is_event(claim, rule.event);
}

std::string unique_event_paragraph(const Rule& rule) {
  return "The event '" + rule.event +
         "' happens once for a given subject and object, so every claim of it must be able to fall on "
         "the same day. Two claims whose possible days do not overlap contradict each other.";
}

std::string unique_event_remedy(const Rule&) {
  return " Or re-date them so that their windows share a day (a wider, less precise date may be "
         "what the source supports).";
}

std::optional<ShadedDays> unique_event_shading(const Rule&, const std::vector<int>& claims, const Dataset& dataset) {
  SharedDays days = shared_days(claims, dataset);
  if (days.earliest_end >= days.latest_start) return std::nullopt;
  return ShadedDays{days.earliest_end + 1, days.latest_start};  // the gap between the claims
}

const KindDescribing describing{.short_words = unique_event_short,
                                .paragraph = unique_event_paragraph,
                                .constraint = unique_event_constraint,
                                .remedy = unique_event_remedy,
                                .looks_at = unique_event_looks_at,
                                .shading = unique_event_shading};

}  // namespace claimcheck::kinds::unique_event

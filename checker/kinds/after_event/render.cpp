// after-event described: after the event, only the allowed values.
#include "render/kinds.h"

namespace claimcheck::kinds::after_event {

std::string after_event_short(const Rule& rule) {
  return "after '" + rule.event + "', '" + rule.state + "' is only " + join_quoted(texts_of(rule.allowed), " or ");
}

std::string after_event_constraint(const Rule& rule) {
  return "after the dashed line ('" + rule.event + "'), '" + rule.state + "' can only be " +
         join_quoted(texts_of(rule.allowed), " or ");
}

bool after_event_looks_at(const Rule& rule, const Claim& claim) {
  return is_event(claim, rule.event) || is_state(claim, rule.state);
}

std::string after_event_paragraph(const Rule& rule) {
  return "Once '" + rule.event + "' has happened to a subject and object, their '" + rule.state + "' can only be " +
         join_quoted(texts_of(rule.allowed), " or ") +
         ": a claim of any other value must end on or before the day of the event.";
}

std::string after_event_remedy(const Rule& rule) {
  return " Or date the other value so that it ends on or before '" + rule.event + "', or the event later.";
}

std::optional<ShadedDays> after_event_shading(const Rule&, const std::vector<int>& claims, const Dataset& dataset) {
  Day event_day = kLastDay;
  for (int c : claims)
    if (const Claim& claim = dataset.claims[static_cast<std::size_t>(c)]; claim.kind == ClaimKind::event)
      event_day = std::min(event_day, claim.time.start_window.earliest);
  if (event_day <= kFirstDay || event_day >= kLastDay) return std::nullopt;
  return ShadedDays{event_day, std::nullopt, "0.08", true};  // from the event's first possible day on
}

const KindDescribing describing{.short_words = after_event_short,
                                .paragraph = after_event_paragraph,
                                .constraint = after_event_constraint,
                                .remedy = after_event_remedy,
                                .looks_at = after_event_looks_at,
                                .shading = after_event_shading};

}  // namespace claimcheck::kinds::after_event

// Facts loader: maps the facts format (docs/facts.md) onto Source and Claim, resolving time.
#include "load/facts_loader.h"

#include <algorithm>
#include <cmath>
#include <regex>

#include "claimcheck/rules.h"
#include "load/entities.h"
#include "load/fields.h"
#include "model/names.h"
#include "model/suggest.h"
#include "time/claim_phrases.h"
#include "time/resolve.h"

namespace claimcheck {

namespace {

const std::vector<std::string> kFileFields = {"source", "claims"};
const std::vector<std::string> kSourceFields = {"id",          "title", "publisher",         "published",
                                                "reliability", "url",   "qualifier_widening"};
const std::vector<std::string> kClaimFields = {"id",    "quote",    "said_by", "via",       "subject", "object",
                                               "event", "state",    "value",   "at",        "from",    "until",
                                               "for",   "relation", "other",   "confidence"};
const std::vector<std::string> kAnchorFields = {"after", "before", "by"};

bool valid_id(const std::string& id) {
  for (char c : id)
    if (c == '/' || std::isspace(static_cast<unsigned char>(c))) return false;
  return !id.empty();
}

void check_id(const std::string& id, const SourceRange& range, const char* what, Diagnostics& diagnostics) {
  if (!valid_id(id))
    diagnostics.error("invalid-id", std::string(what) + " id '" + id + "' may not contain '/' or spaces", range);
}

// A weight in (0, 1]: a source's reliability or a claim's confidence.
std::optional<double> read_weight(FieldReader& fields, const std::string& key, Diagnostics& diagnostics) {
  std::optional<std::string> text = fields.text(key, false);
  if (!text) return std::nullopt;
  std::optional<double> value = read_number(*text);
  if (value && *value > 0.0 && *value <= 1.0) return value;
  diagnostics.error("invalid-" + key, key + " must be a number in (0, 1], not '" + *text + "'", fields.range_of(key));
  return std::nullopt;
}

// `qualifier_widening: N`: EDTF ?, ~ and % widen by N units of the stated precision each side.
std::optional<int> read_qualifier_units(FieldReader& fields, Diagnostics& diagnostics) {
  std::optional<std::string> text = fields.text("qualifier_widening", false);
  if (!text) return std::nullopt;
  static const std::regex count("[0-9]{1,2}");
  if (std::regex_match(*text, count) && std::stoi(*text) <= kMaxQualifierUnits) return std::stoi(*text);
  diagnostics.error("invalid-qualifier-widening",
                    "qualifier_widening must be a whole number of units from 0 to " +
                        std::to_string(kMaxQualifierUnits) + ", not '" + *text + "'",
                    fields.range_of("qualifier_widening"));
  return std::nullopt;
}

void load_source(FieldReader& fields, const SourceFile& file, Source& source, Diagnostics& diagnostics) {
  fields.reject_unknown(kSourceFields);
  source.file = file.path;
  source.range = fields.node().range;
  if (auto id = fields.text("id", true)) {
    source.id = *id;
    check_id(*id, fields.range_of("id"), "source", diagnostics);
  }
  source.title = fields.text("title", false).value_or("");
  source.publisher = fields.text("publisher", false).value_or("");
  source.url = fields.text("url", false).value_or("");
  if (auto units = read_qualifier_units(fields, diagnostics)) source.qualifier_units = *units;
  if (auto published = fields.text("published", false)) {
    source.published_text = *published;
    WindowResult r = resolve_published(*published, source.qualifier_units);
    if (auto* error = std::get_if<TimeError>(&r))
      diagnostics.error(error->code, error->message, fields.range_of("published"));
    else
      source.published = std::get<ResolvedWindow>(r).window;
  }
  if (auto reliability = read_weight(fields, "reliability", diagnostics)) source.reliability = *reliability;
}

struct TimeFields {
  std::optional<std::string> at, from, until, length;
};

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Narrows a value's range to the part of it at fault ("Febuary" in "in Febuary 2024"), when the
// value sits on one line as written (plain, or quoted without escapes).
SourceRange narrowed(SourceRange range, const std::string& text, const TimeError& error) {
  std::size_t offset = fragment_offset(text, error);
  if (offset == std::string::npos || range.line != range.end_line) return range;
  auto width = static_cast<std::size_t>(range.end_column - range.column);
  std::size_t length = code_points(text);
  int quote = width == length ? 0 : width == length + 2 ? 1 : -1;
  if (quote < 0) return range;
  range.column += quote + static_cast<int>(code_points(std::string_view(text).substr(0, offset)));
  range.end_column = range.column + static_cast<int>(code_points(error.fragment));
  return range;
}

void report_time_error(const TimeError& error, const std::string& text, const SourceRange& range,
                       Diagnostics& diagnostics) {
  diagnostics.error(error.code, error.message, narrowed(range, text, error));
}

std::optional<ResolvedWindow> resolved_of(const std::string& text, const TimeContext& context, const SourceRange& range,
                                          std::string& rule, Diagnostics& diagnostics) {
  WindowResult r = resolve_window(text, context);
  if (auto* error = std::get_if<TimeError>(&r)) {
    report_time_error(*error, text, range, diagnostics);
    return std::nullopt;
  }
  const ResolvedWindow& resolved = std::get<ResolvedWindow>(r);
  if (!rule.empty()) rule += "; ";
  rule += resolved.rule;
  return resolved;
}

std::optional<DayWindow> window_of(const std::string& text, const TimeContext& context, const SourceRange& range,
                                   std::string& rule, Diagnostics& diagnostics) {
  std::optional<ResolvedWindow> resolved = resolved_of(text, context, range, rule, diagnostics);
  if (!resolved) return std::nullopt;
  return resolved->window;
}

// "at: since mid-2023" on a state: the state holds from a day in X until publication.
ClaimTime since_span(const DayWindow& start, const DayWindow& published) {
  ClaimTime time;
  time.is_point = false;
  time.start_window = start;
  time.end_window = published;
  time.length = {0, static_cast<std::int64_t>(kLastDay) - kFirstDay};
  return time;
}

// A point whose day is tied to another claim's days: `target` as written (a claim of this source,
// or source-id/claim-id), `gap` its bounds, `gap_rule` the row that read them (or "").
ClaimTime anchored_time(bool after, const std::string& target, const std::string& source_id, DayCount gap,
                        const std::string& gap_rule, const SourceRange& range) {
  ClaimTime time;
  time.is_point = true;
  time.start_window = time.end_window = {kFirstDay, kLastDay};
  time.length = {0, 0};
  TimeAnchor anchor;
  anchor.after = after;
  anchor.target = target.find('/') == std::string::npos ? source_id + "/" + target : target;
  anchor.range = range;
  anchor.gap = gap;
  bool open = gap.max >= static_cast<std::int64_t>(kLastDay) - kFirstDay;
  std::string gap_text =
      open && gap.min == 0 ? "on or " : std::to_string(gap.min) + ".." + std::to_string(gap.max) + " days ";
  const char* direction = after ? "after" : "before";
  anchor.description = gap_text + direction + " " + anchor.target;
  if (!gap_rule.empty()) time.rule_text = gap_rule + "; ";
  time.rule_text +=
      std::string("relative to another claim: ") + direction + " its " + (after ? "last" : "first") + " day";
  time.anchor = anchor;
  return time;
}

bool is_anchor_field(const std::string& key) {
  return std::find(kAnchorFields.begin(), kAnchorFields.end(), key) != kAnchorFields.end();
}

// "at: {the day before: CLAIM}", "at: {two days later: CLAIM}": the phrase of the article as the
// key, the claim it counts from as the value. nullopt (with an error) when it reads no such phrase.
std::optional<ClaimTime> load_phrase_anchor(const YamlNode& node, const YamlEntry& entry, const std::string& source_id,
                                            Diagnostics& diagnostics) {
  std::optional<ClaimRelative> relative = resolve_claim_relative(entry.key);
  if (!relative) {
    std::string list;
    for (std::size_t i : nearest_names(entry.key, claim_relative_examples(), 3))
      list += (list.empty() ? "'" : ", '") + claim_relative_examples()[i] + "'";
    diagnostics.error("unknown-time-expression",
                      "cannot read '" + entry.key + "' as a date counted from another claim; the closest forms: " +
                          list + " (docs/time.md lists them all)",
                      entry.key_range);
    return std::nullopt;
  }
  if (node.entries.size() != 1) {
    diagnostics.error("invalid-time-anchor",
                      "'" + entry.key +
                          ": CLAIM' is the whole of a relative 'at': it takes no 'after', 'before' or "
                          "'by' besides",
                      node.range);
    return std::nullopt;
  }
  FieldReader fields(node, "'at'", diagnostics);
  std::optional<std::string> target = fields.text(entry.key, true);
  if (!target) return std::nullopt;
  ClaimTime time = anchored_time(relative->after, *target, source_id, relative->gap, relative->rule, entry.value.range);
  time.text = "at: {" + entry.key + ": " + *target + "}";
  return time;
}

// A relative `at` written as a phrase and its claim, rather than after/before and by.
const YamlEntry* phrase_entry(const YamlNode& node) {
  for (const YamlEntry& entry : node.entries)
    if (!is_anchor_field(entry.key) && (node.entries.size() == 1 || resolve_claim_relative(entry.key))) return &entry;
  return nullptr;
}

// "at: {after: CLAIM, by: D}": a point whose day is tied to another claim's days.
std::optional<ClaimTime> load_anchor(const YamlNode& node, const std::string& source_id, Diagnostics& diagnostics) {
  if (const YamlEntry* phrase = phrase_entry(node)) return load_phrase_anchor(node, *phrase, source_id, diagnostics);
  FieldReader fields(node, "'at'", diagnostics);
  fields.reject_unknown(kAnchorFields);
  auto after = fields.text("after", false);
  auto before = fields.text("before", false);
  if (after.has_value() == before.has_value()) {
    diagnostics.error("invalid-time-anchor", "a relative 'at' names exactly one of 'after' or 'before'", node.range);
    return std::nullopt;
  }
  const std::string& target = after ? *after : *before;
  DayCount gap{0, static_cast<std::int64_t>(kLastDay) - kFirstDay};
  std::string gap_rule;
  // Read once: a `by:` left empty or given a list is an error here, never a silent "no gap".
  const YamlNode* by_node = fields.find("by");
  std::optional<std::string> by = by_node ? fields.text("by", false) : std::nullopt;
  if (by_node && !by) {
    if (fields.ok())
      diagnostics.error("empty-field", "'by' of 'at' is empty: write the gap, e.g. \"two weeks\"", by_node->range);
    return std::nullopt;
  }
  if (by) {
    LengthResult r = resolve_length(*by);
    if (auto* error = std::get_if<TimeError>(&r)) {
      report_time_error(*error, *by, fields.range_of("by"), diagnostics);
      return std::nullopt;
    }
    gap = std::get<ResolvedLength>(r).days;
    gap_rule = std::get<ResolvedLength>(r).rule;
  }
  ClaimTime time =
      anchored_time(after.has_value(), target, source_id, gap, gap_rule, fields.range_of(after ? "after" : "before"));
  time.text = "at: " + std::string(after ? "after" : "before") + " " + target + (by ? ", by " + *by : "");
  return time;
}

// "at: {a, b, c..d}" (EDTF all-of set): a state's span reaches into every member; an event,
// being one day, must lie in all of them (an error when they share no day).
std::optional<ClaimTime> all_of_time(const std::string& text, const AllOfSet& set, bool is_state,
                                     const SourceRange& range, Diagnostics& diagnostics) {
  ClaimTime time;
  time.text = "at: " + text;
  if (is_state) {
    time.is_point = false;
    time.start_window = all_of_span_start(set);
    time.end_window = all_of_span_end(set);
    time.length = {0, static_cast<std::int64_t>(kLastDay) - kFirstDay};
    time.rule_text = "EDTF all-of set on a state: the span has a day in every member";
    return time;
  }
  DayWindow day = all_of_event_window(set);
  if (day.empty()) {
    diagnostics.error("all-of-set-on-event",
                      "an event happens on one day, but no day is in every member of '" + text +
                          "': use a state, or a one-of set [...]",
                      range);
    return std::nullopt;
  }
  time.is_point = true;
  time.start_window = time.end_window = day;
  time.length = {0, 0};
  time.rule_text = "EDTF all-of set on an event: the day is in every member";
  return time;
}

// A time field left empty (`at:` and nothing after it, a YAML null) is read as "", so it is an
// empty-time-expression at its value rather than a field that was never given.
std::optional<std::string> time_text(FieldReader& fields, const std::string& key) {
  const YamlNode* node = fields.find(key);
  if (node && node->is_null()) return std::string();
  return fields.text(key, false);
}

// at: a point in a window; or a span from any two of from/until/for (for alone ends at publication).
std::optional<ClaimTime> load_time(FieldReader& fields, const TimeContext& context, const std::string& source_id,
                                   bool is_state, Diagnostics& diagnostics) {
  const YamlNode* at = fields.find("at");
  if (at && at->is_map()) {
    if (fields.find("from") || fields.find("until") || fields.find("for")) {
      diagnostics.error("conflicting-time-fields", "a claim has either 'at' or 'from'/'until'/'for', not both",
                        fields.range_of("at"));
      return std::nullopt;
    }
    return load_anchor(*at, source_id, diagnostics);
  }
  TimeFields t{time_text(fields, "at"), time_text(fields, "from"), time_text(fields, "until"),
               time_text(fields, "for")};
  ClaimTime time;
  bool has_span = t.from || t.until || t.length;
  if (t.at && has_span) {
    diagnostics.error("conflicting-time-fields", "a claim has either 'at' or 'from'/'until'/'for', not both",
                      fields.range_of("at"));
    return std::nullopt;
  }
  if (!t.at && !has_span) {
    diagnostics.error("missing-field", "claim has no time: give 'at', or two of 'from', 'until', 'for'",
                      fields.node().range);
    return std::nullopt;
  }
  if (t.from && t.until && t.length) {
    diagnostics.error("conflicting-time-fields", "give at most two of 'from', 'until' and 'for'",
                      fields.range_of("for"));
    return std::nullopt;
  }
  if (t.at) {
    if (std::optional<AllOfResult> set = resolve_all_of(*t.at, context.qualifier_units)) {
      if (auto* error = std::get_if<TimeError>(&*set)) {
        report_time_error(*error, *t.at, fields.range_of("at"), diagnostics);
        return std::nullopt;
      }
      return all_of_time(*t.at, std::get<AllOfSet>(*set), is_state, fields.range_of("at"), diagnostics);
    }
    auto resolved = resolved_of(*t.at, context, fields.range_of("at"), time.rule_text, diagnostics);
    if (!resolved) return std::nullopt;
    if (resolved->since_start && is_state && context.published) {
      ClaimTime span = since_span(*resolved->since_start, *context.published);
      span.rule_text = time.rule_text;
      span.text = "at: " + *t.at;
      return span;
    }
    time.is_point = true;
    time.start_window = time.end_window = resolved->window;
    time.length = {0, 0};
    time.text = "at: " + *t.at;
    return time;
  }
  time.is_point = false;
  time.start_window = {kFirstDay, kLastDay};
  time.end_window = {kFirstDay, kLastDay};
  time.length = {0, kLastDay - kFirstDay};
  bool ok = true;
  if (t.from) {
    // "from: since X" starts in X, like "from: X".
    auto w = resolved_of(*t.from, context, fields.range_of("from"), time.rule_text, diagnostics);
    ok = ok && w;
    if (w) time.start_window = w->since_start.value_or(w->window);
    time.text += "from: " + *t.from;
  }
  if (t.length && !t.from && !t.until) {
    if (context.published) {
      t.until = "published";
    } else {  // the curator wrote only `for`: say so, not "'published' is relative to publication"
      diagnostics.error("relative-without-published",
                        "'for' alone ends at publication, but the source has no 'published' date: give 'from' "
                        "or 'until' as well",
                        fields.range_of("for"));
      ok = false;
    }
  }
  if (t.until) {
    auto w = window_of(*t.until, context, fields.range_of(fields.find("until") ? "until" : "for"), time.rule_text,
                       diagnostics);
    ok = ok && w;
    if (w) time.end_window = *w;
    time.text += std::string(time.text.empty() ? "" : ", ") + "until: " + *t.until;
  }
  if (t.length) {
    LengthResult r = resolve_length(*t.length);
    if (auto* error = std::get_if<TimeError>(&r)) {
      diagnostics.error(error->code, error->message, fields.range_of("for"));
      ok = false;
    } else {
      time.length = std::get<ResolvedLength>(r).days;
      time.rule_text += "; " + std::get<ResolvedLength>(r).rule;
    }
    time.text += std::string(time.text.empty() ? "" : ", ") + "for: " + *t.length;
  }
  if (!ok) return std::nullopt;
  return time;
}

// Past this many relative claims in one source, the rest keep only their hulls: every linked
// claim joins one solver group, and a few hundred of them make that group too hard to decide.
constexpr int kMaxLinkedClaims = 64;

bool same_windows(const PublicationReading& a, const PublicationReading& b) {
  return a.start_window == b.start_window && a.end_window == b.end_window && a.length == b.length;
}

// A claim's readings when its source's `published` is a window: the claim's time resolved for
// each publication day, runs of days with the same reading merged. A day for which the words
// name no day ("earlier this month" published on the 1st) gets no reading: the source cannot
// have been published then. Empty when every day reads the same (the claim is not relative).
std::optional<PublicationReading> reading_on(Day day, const YamlNode& node, const Source& source, bool is_state) {
  Diagnostics scratch;  // each message was already given (or not) for the whole window
  FieldReader fields(node, "claim", scratch);
  std::optional<ClaimTime> time =
      load_time(fields, TimeContext{DayWindow{day, day}, source.qualifier_units}, source.id, is_state, scratch);
  if (!time) return std::nullopt;
  return PublicationReading{{day, day}, time->start_window, time->end_window, time->length};
}

std::vector<PublicationReading> publication_readings(const YamlNode& node, const Source& source, bool is_state) {
  std::vector<PublicationReading> readings;
  const DayWindow& window = *source.published;
  if (window.latest - window.earliest + 1 > kMaxPublicationDays) return readings;
  // Every form is monotone in the publication day, so the same reading on the first and the
  // last day is the reading of every day between: an absolute date costs two resolutions.
  std::optional<PublicationReading> first = reading_on(window.earliest, node, source, is_state);
  std::optional<PublicationReading> last = reading_on(window.latest, node, source, is_state);
  if (first && last && same_windows(*first, *last)) return readings;
  for (Day day = window.earliest; day <= window.latest; ++day) {
    std::optional<PublicationReading> reading = reading_on(day, node, source, is_state);
    if (!reading) continue;
    if (!readings.empty() && readings.back().published.latest == day - 1 && same_windows(readings.back(), *reading))
      readings.back().published.latest = day;
    else
      readings.push_back(*reading);
  }
  if (readings.size() == 1 && readings.front().published == window) readings.clear();
  return readings;
}

DayWindow hull(const DayWindow& a, const DayWindow& b) {
  return {std::min(a.earliest, b.earliest), std::max(a.latest, b.latest)};
}

// The claim's own windows become the hull of its readings: read against the whole publication
// window they may take in days that only a publication day with no reading would give
// ("earlier this month" published 31 January or 1 February is 1..30 January, not ..31).
void attach_readings(ClaimTime& time, std::vector<PublicationReading> readings) {
  if (!readings.empty()) {
    time.start_window = readings.front().start_window;
    time.end_window = readings.front().end_window;
    time.length = readings.front().length;
  }
  for (const PublicationReading& r : readings) {
    time.start_window = hull(time.start_window, r.start_window);
    time.end_window = hull(time.end_window, r.end_window);
    time.length = {std::min(time.length.min, r.length.min), std::max(time.length.max, r.length.max)};
  }
  time.by_publication = std::move(readings);
}

bool has_time_fields(const FieldReader& fields) {
  return fields.find("at") || fields.find("from") || fields.find("until") || fields.find("for");
}

// A relation claim that gives no dates of its own: any span at all, the relation does the work.
ClaimTime unbounded_time() {
  ClaimTime time;
  time.is_point = false;
  time.start_window = {kFirstDay, kLastDay};
  time.end_window = {kFirstDay, kLastDay};
  time.length = {0, kLastDay - kFirstDay};
  time.text = "no dates";
  time.rule_text = "relation claim without at/from/until/for";
  return time;
}

// `relation: before` with `other: claim-id` (same source) or `other: source-id/claim-id`.
void load_relation(FieldReader& fields, const Source& source, Claim& claim, Diagnostics& diagnostics) {
  auto relation = fields.text("relation", false);
  auto other = fields.text("other", false);
  if (!relation && !other) return;
  if (!relation || !other) {
    diagnostics.error("missing-field", "'relation' and 'other' go together",
                      fields.range_of(relation ? "relation" : "other"));
    return;
  }
  if (!is_allen_relation(*relation)) {
    diagnostics.error("unknown-relation",
                      "unknown relation '" + *relation + "'" + did_you_mean(*relation, allen_relation_names()),
                      fields.range_of("relation"));
    return;
  }
  claim.relation = StatedRelation{*relation, other->find('/') == std::string::npos ? source.id + "/" + *other : *other,
                                  fields.range_of("other")};
}

// A claim's problems go to `out`, except "no 'published' date" when the source gave one that was
// invalid: its own error (invalid-published, date-out-of-range, …) already says so.
void report_claim_problems(const Diagnostics& claim, bool published_failed, Diagnostics& out) {
  for (const Diagnostic& d : claim.all()) {
    if (published_failed && d.code == "relative-without-published") continue;
    out.report(d.severity, d.code, d.message, d.range).notes = d.notes;
  }
}

// `linked_budget`: how many more claims of this source may be read against its publication day.
// `published_failed`: the source has a `published` that could not be read.
void load_claim(const YamlNode& node, const Source& source, bool published_failed, int source_index, Dataset& dataset,
                Diagnostics& out, int& linked_budget) {
  if (!expect_type(node, YamlNode::Type::map, "a claim", out)) return;
  Diagnostics diagnostics;  // this claim's own problems: any error leaves it out, even one not reported
  FieldReader fields(node, "claim", diagnostics);
  fields.reject_unknown(kClaimFields);
  Claim claim;
  claim.source = source_index;
  claim.range = node.range;
  if (auto id = fields.text("id", true)) {
    claim.id = *id;
    check_id(*id, fields.range_of("id"), "claim", diagnostics);
    claim.full_id = source.id + "/" + *id;
  }
  claim.quote = fields.text("quote", true).value_or("");
  claim.said_by = fields.text("said_by", false).value_or("");
  claim.via = fields.text("via", false).value_or("");
  claim.confidence = read_weight(fields, "confidence", diagnostics).value_or(1.0);
  std::optional<std::string> subject = fields.text("subject", true);
  claim.subject = normalise_name(subject.value_or(""));
  claim.subject_range = fields.range_of("subject");
  if (subject && claim.subject.empty())
    diagnostics.error("empty-field", "'subject' of claim is only whitespace", claim.subject_range);
  claim.object = normalise_name(fields.text("object", false).value_or(""));
  if (!claim.object.empty()) claim.object_range = fields.range_of("object");
  auto event = fields.text("event", false);
  auto state = fields.text("state", false);
  if (event && state) {
    diagnostics.error("event-and-state", "a claim has exactly one of 'event' or 'state', not both",
                      fields.range_of("state"));
  } else if (!event && !state) {
    diagnostics.error("missing-field", "claim has neither 'event' nor 'state'", node.range);
  } else {
    claim.kind = event ? ClaimKind::event : ClaimKind::state;
    claim.name = event ? *event : *state;
    claim.name_range = fields.range_of(event ? "event" : "state");
  }
  if (const YamlNode* value = fields.find("value"); value && !value->is_null()) {
    if (auto text = fields.text("value", false)) claim.value = read_value(*text, value->plain);
    claim.value_range = value->range;
    if (claim.value.number && !std::isfinite(*claim.value.number))
      diagnostics.error("invalid-number", "number '" + claim.value.text + "' is out of range", value->range);
    if (event && !state) diagnostics.error("value-on-event", "only a state claim has a 'value'", value->range);
  } else if (state && !event) {
    diagnostics.error("missing-field", "state claim has no 'value'", node.range);
  }
  load_relation(fields, source, claim, diagnostics);
  TimeContext context{source.published, source.qualifier_units};
  if (fields.find("relation") && !has_time_fields(fields))
    claim.time = unbounded_time();
  else if (auto time = load_time(fields, context, source.id, state && !event, diagnostics))
    claim.time = *time;
  if (source.published && !source.published->empty() && source.published->earliest != source.published->latest &&
      !diagnostics.has_errors() && has_time_fields(fields) && linked_budget > 0) {
    attach_readings(claim.time, publication_readings(node, source, state && !event));
    if (!claim.time.by_publication.empty()) --linked_budget;
  }
  if (claim.relation)
    claim.time.text += "; " + claim.relation->name + " " + claim.relation->other;  // shown with the claim
  // A claim with any problem is left out, so later stages never see half a claim; its id stays
  // known, so references to it and duplicates of it are judged as if it had loaded.
  report_claim_problems(diagnostics, published_failed, out);
  if (!diagnostics.has_errors())
    dataset.claims.push_back(std::move(claim));
  else if (!claim.full_id.empty())
    dataset.unloaded_claims.push_back({std::move(claim.full_id), source_index, claim.range});
}

// The claims of one source read against one publication day: some day must suit them all
// ("earlier this month" and "later this month" with `published: 2024-01-31/2024-02-01` do not).
void check_common_publication_day(const Dataset& dataset, std::size_t first_claim, const SourceRange& published,
                                  Diagnostics& diagnostics) {
  std::vector<const Claim*> linked;
  for (std::size_t c = first_claim; c < dataset.claims.size(); ++c)
    if (!dataset.claims[c].time.by_publication.empty()) linked.push_back(&dataset.claims[c]);
  if (linked.size() < 2) return;
  auto suits = [](const Claim& claim, Day day) {
    for (const PublicationReading& r : claim.time.by_publication)
      if (r.published.contains(day)) return true;
    return false;
  };
  // Days outside the first claim's readings cannot suit it, so its span is enough to search.
  Day first = linked.front()->time.by_publication.front().published.earliest;
  Day last = linked.front()->time.by_publication.back().published.latest;
  for (Day day = first; day <= last; ++day)
    if (std::all_of(linked.begin(), linked.end(), [&](const Claim* claim) { return suits(*claim, day); })) return;
  Diagnostic& d =
      diagnostics.error("no-common-publication-day",
                        "no publication day in 'published' suits every relative phrase of this source", published);
  for (const Claim* claim : linked)
    d.notes.push_back({claim->range, "'" + claim->time.text + "' needs publication on " +
                                         format_window({claim->time.by_publication.front().published.earliest,
                                                        claim->time.by_publication.back().published.latest})});
}

}  // namespace

FieldTables facts_field_tables() {
  return {{"facts file", kFileFields}, {"source", kSourceFields}, {"claim", kClaimFields}, {"at", kAnchorFields}};
}

void load_facts_file(const SourceFile& file, Dataset& dataset, Diagnostics& diagnostics, const YamlLimits& limits,
                     std::size_t max_claims) {
  std::optional<YamlNode> root = parse_yaml(file, diagnostics, limits);
  if (!root) return;
  if (root->is_null()) {
    diagnostics.error("empty-file", "facts file is empty: expected 'source' and 'claims'", root->range);
    return;
  }
  if (!expect_type(*root, YamlNode::Type::map, "a facts file", diagnostics)) return;
  if (is_registry_file(*root)) {
    load_registry(*root, dataset, diagnostics);
    return;
  }
  FieldReader top(*root, "facts file", diagnostics);
  top.reject_unknown(kFileFields);
  const YamlNode* source_node = top.find("source");
  const YamlNode* claims_node = top.find("claims");
  if (!source_node) diagnostics.error("missing-field", "facts file has no 'source'", root->range);
  if (!claims_node) diagnostics.error("missing-field", "facts file has no 'claims'", root->range);
  if (!source_node || !expect_type(*source_node, YamlNode::Type::map, "'source'", diagnostics)) return;

  Source source;
  FieldReader source_fields(*source_node, "source", diagnostics);
  load_source(source_fields, file, source, diagnostics);
  int source_index = static_cast<int>(dataset.sources.size());
  dataset.sources.push_back(source);
  if (claims_node && claims_node->is_null())  // likely a list that lost its indentation; `claims: []` says "none"
    diagnostics.warning("empty-field",
                        "'claims' is empty: this file adds no claim (write 'claims: []' if that is meant)",
                        claims_node->range);
  if (!claims_node || claims_node->is_null()) return;
  if (!expect_type(*claims_node, YamlNode::Type::sequence, "'claims'", diagnostics)) return;
  if (claims_node->items.size() > max_claims) {
    diagnostics.error("too-many-claims",
                      "file has " + std::to_string(claims_node->items.size()) + " claims; the limit is " +
                          std::to_string(max_claims) + " per file",
                      claims_node->range);
    return;
  }
  std::size_t first_claim = dataset.claims.size();
  dataset.claims.reserve(first_claim + claims_node->items.size());  // exact: no growth slack held per file
  int linked_budget = kMaxLinkedClaims;
  // A `published` that was given (not left empty) but not read has an error of its own.
  const YamlNode* published = source_fields.find("published");
  bool published_failed = published && !published->is_null() && !source.published;
  for (const YamlNode& claim : claims_node->items)
    load_claim(claim, source, published_failed, source_index, dataset, diagnostics, linked_budget);
  check_common_publication_day(dataset, first_claim, source_fields.range_of("published"), diagnostics);
}

}  // namespace claimcheck

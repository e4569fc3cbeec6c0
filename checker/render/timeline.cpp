// Timelines: an SVG per finding, one bar per claim over its resolved days, the rule drawn on top;
// an SVG per derived timeline, each claim's own days against the tightest days the rules allow.
#include "render/timeline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>

#include "explain/wording.h"
#include "model/value.h"
#include "render/describe.h"
#include "render/escape.h"
#include "render/kinds.h"

namespace claimcheck {

namespace {

constexpr double kWidth = 720;
constexpr double kMargin = 16;
constexpr double kRowHeight = 38;
constexpr double kTop = 8;
constexpr double kAxisHeight = 46;
constexpr const char* kColours[] = {"#1f5fbf", "#c2410c", "#15803d", "#7e22ce", "#a16207",
                                    "#0e7490", "#be185d", "#4d7c0f", "#57534e", "#b45309"};

bool bounded(Day d) {
  return d > kFirstDay && d < kLastDay;
}

std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

// Maps days to x: the union of the claims' windows, padded so bars never touch the edges.
struct Scale {
  Day lo = 0, hi = 1;
  double left = kMargin, right = kWidth - kMargin;  // the drawing's part the days span
  double x(Day d) const {
    d = std::clamp(d, lo, hi + 1);
    return left + (right - left) * static_cast<double>(d - lo) / static_cast<double>(hi + 1 - lo);
  }
};

void add_days(std::vector<Day>& days, const DayWindow& start, const DayWindow& end) {
  for (Day d : {start.earliest, start.latest, end.earliest, end.latest})
    if (bounded(d)) days.push_back(d);
}

Scale scale_of(const std::vector<Day>& days) {
  Scale s;
  if (days.empty()) return s;
  auto [lo, hi] = std::minmax_element(days.begin(), days.end());
  Day pad = std::max<Day>(3, (*hi - *lo) / 12);
  s.lo = *lo - pad;
  s.hi = *hi + pad;
  return s;
}

Scale scale_for(const Finding& finding, const Report& report) {
  std::vector<Day> days;
  for (int c : finding.claims) {
    const ClaimTime& t = report.dataset.claims[static_cast<std::size_t>(c)].time;
    add_days(days, t.start_window, t.end_window);
  }
  return scale_of(days);
}

void rect(std::ostream& out, double x1, double x2, double y, double h, const std::string& attributes) {
  out << "<rect x=\"" << num(x1) << "\" y=\"" << num(y) << "\" width=\"" << num(std::max(x2 - x1, 6.0))
      << "\" height=\"" << num(h) << "\" " << attributes << "/>";
}

// One claim: its label, its possible days (light) and the days it surely covers (solid).
void claim_row(std::ostream& out, const Claim& claim, std::size_t row, const Scale& s) {
  double y = kTop + static_cast<double>(row) * kRowHeight;
  const char* colour = kColours[row % (sizeof kColours / sizeof *kColours)];
  const ClaimTime& t = claim.time;
  out << "<g class=\"bar\" data-claim=\"" << escape_xml(claim.full_id) << "\"><title>"
      << escape_xml(claim.full_id + ": " + claim.time.text + " -> " + describe_time(claim.time)) << "</title>";
  out << "<text x=\"" << num(kMargin) << "\" y=\"" << num(y + 11) << "\" class=\"label\">"
      << escape_xml(claim.full_id + " — " + claim.time.text) << "</text>";
  double x1 = s.x(t.start_window.earliest), x2 = s.x(t.end_window.latest + 1);
  rect(out, x1, x2, y + 16, 14, "rx=\"3\" fill=\"" + std::string(colour) + "\" fill-opacity=\"0.35\"");
  if (t.start_window.latest <= t.end_window.earliest && !t.is_point)
    rect(out, s.x(t.start_window.latest), s.x(t.end_window.earliest + 1), y + 16, 14,
         "rx=\"3\" fill=\"" + std::string(colour) + "\"");
  else if (t.is_point && t.start_window.earliest == t.start_window.latest)
    rect(out, x1, x2, y + 16, 14, "rx=\"3\" fill=\"" + std::string(colour) + "\"");
  out << "</g>\n";
}

// A tick label anchored so it never runs past the drawing's edges: labels near an edge are
// anchored at their start or end instead of their middle.
std::string tick_label(double x, double y, const std::string& label) {
  double half = 3.2 * static_cast<double>(label.size());  // 10px text: about 6.4px a character
  const char* anchor = x - half < 2 ? "start" : x + half > kWidth - 2 ? "end" : "middle";
  double at = std::string(anchor) == "start" ? std::max(x, 2.0)
              : std::string(anchor) == "end" ? std::min(x, kWidth - 2)
                                             : x;
  return "<text x=\"" + num(at) + "\" y=\"" + num(y) + "\" class=\"tick\" style=\"text-anchor:" + anchor + "\">" +
         label + "</text>";
}

// Month ticks for short ranges, year ticks for long ones; always the first and last day.
void axis(std::ostream& out, const Scale& s, double y) {
  out << "<line x1=\"" << num(s.left) << "\" y1=\"" << num(y) << "\" x2=\"" << num(s.right) << "\" y2=\"" << num(y)
      << "\" class=\"axis\"/>";
  Day span = s.hi - s.lo;
  if (span > 60 * 366) return;
  bool monthly = span <= 2 * 366;
  double last_label = -1e9;
  for (Day d = s.lo; d <= s.hi; ++d) {
    if (day_of_month(d) != 1 || (!monthly && month_of(d) != 1)) continue;
    double x = s.x(d);
    out << "<line x1=\"" << num(x) << "\" y1=\"" << num(y) << "\" x2=\"" << num(x) << "\" y2=\"" << num(y + 5)
        << "\" class=\"axis\"/>";
    if (x - last_label < 48) continue;  // keep labels from overlapping
    std::string label = format_day(d).substr(0, monthly ? 7 : 4);
    out << tick_label(x, y + 17, label);
    last_label = x;
  }
}

// Days shaded over the bars where the claims cannot meet.
void shade(std::ostream& out, const ShadedDays& days, const Scale& s, double bottom) {
  double x = s.x(days.from);
  rect(out, x, s.x(days.to ? *days.to : s.hi + 1), kTop, bottom - kTop,
       "class=\"gap\" fill=\"#dc2626\" fill-opacity=\"" + std::string(days.opacity) + "\"");
  if (days.line_at_from)
    out << "<line x1=\"" << num(x) << "\" y1=\"" << num(kTop) << "\" x2=\"" << num(x) << "\" y2=\"" << num(bottom)
        << "\" class=\"event-line\"/>";
}

// The constraint drawn over the bars: where the claims cannot meet, shaded, and the rule in words.
void constraint(std::ostream& out, const Finding& finding, const Report& report, const Scale& s, double bottom) {
  const Rule* rule = find_rule(report.rules, finding.rule);
  if (!rule || finding.claims.size() < 2) return;
  if (TimelineShading shading = describing_of(rule->kind).shading)
    if (std::optional<ShadedDays> days = shading(*rule, finding.claims, report.dataset)) shade(out, *days, s, bottom);
  out << "<text x=\"" << num(kWidth - kMargin) << "\" y=\"" << num(bottom + 38)
      << "\" class=\"constraint\" text-anchor=\"end\">" << escape_xml(describe_constraint(*rule)) << "</text>\n";
}

const Claim& claim_of(const Report& report, const DerivedWindow& w) {
  return report.dataset.claims[static_cast<std::size_t>(w.claim)];
}

// "2024-03-15" for a point, "2024-03-15 until 2024-10-01..2024-10-31" for a span.
std::string derived_days(const DerivedWindow& w, const Claim& claim) {
  if (claim.time.is_point) return format_window(w.start);
  return format_window(w.start) + " until " + format_window(w.end);
}

// One claim of a derived timeline: its own days dashed, the derived days filled (solid where the
// claim surely holds), a marker and the narrowing in its title when the rules narrowed it.
void derived_row(std::ostream& out, const DerivedWindow& w, const Report& report, std::size_t row, const Scale& s) {
  const Claim& claim = claim_of(report, w);
  double y = kTop + static_cast<double>(row) * kRowHeight;
  std::string colour = kColours[row % (sizeof kColours / sizeof *kColours)];
  out << "<g class=\"row" << (w.narrowed ? " narrowed" : "") << "\" data-claim=\"" << escape_xml(claim.full_id)
      << "\"><title>" << escape_xml(claim.full_id + ": " + describe_derived_window(w, report)) << "</title>";
  out << "<text x=\"" << num(kMargin) << "\" y=\"" << num(y + 11) << "\" class=\"label\">"
      << escape_xml((w.narrowed ? "◆ " : "") + claim.full_id + " — " + derived_days(w, claim)) << "</text>";
  const ClaimTime& t = claim.time;
  rect(out, s.x(t.start_window.earliest), s.x(t.end_window.latest + 1), y + 16, 14,
       "class=\"own\" rx=\"3\" fill=\"none\" stroke=\"" + colour + "\" stroke-dasharray=\"4 3\"");
  rect(out, s.x(w.start.earliest), s.x(w.end.latest + 1), y + 18, 10,
       "class=\"derived\" rx=\"2\" fill=\"" + colour + "\" fill-opacity=\"0.45\"");
  if (w.start.latest <= w.end.earliest)
    rect(out, s.x(w.start.latest), s.x(w.end.earliest + 1), y + 18, 10,
         "class=\"sure\" rx=\"2\" fill=\"" + colour + "\"");
  out << "</g>\n";
}

}  // namespace

std::string describe_derived_window(const DerivedWindow& w, const Report& report) {
  const Claim& claim = claim_of(report, w);
  std::string out = "the rules allow " + derived_days(w, claim);
  if (!w.narrowed) return out + ", what the claim says on its own";
  out += " (the claim alone: " + when(claim.time) + "); narrowed by ";
  std::vector<std::string> ids;
  for (int c : w.narrowed_by) ids.push_back(report.dataset.claims[static_cast<std::size_t>(c)].full_id);
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + ids[i];
  if (!w.rules.empty()) out += std::string(ids.empty() ? "" : " with ") + (w.rules.size() == 1 ? "rule " : "rules ");
  for (std::size_t i = 0; i < w.rules.size(); ++i) out += (i ? ", " : "") + w.rules[i];
  return out;
}

std::string derived_timeline_svg(const GroupTimeline& timeline, const Report& report) {
  std::vector<Day> days;
  for (const DerivedWindow& w : timeline.windows) {
    const ClaimTime& t = claim_of(report, w).time;
    add_days(days, t.start_window, t.end_window);
    add_days(days, w.start, w.end);
  }
  Scale s = scale_of(days);
  double bottom = kTop + static_cast<double>(timeline.windows.size()) * kRowHeight;
  std::ostringstream out;
  out << "<svg class=\"timeline derived\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << num(kWidth) << " "
      << num(bottom + kAxisHeight) << "\" role=\"img\" aria-label=\"derived timeline of " << timeline.windows.size()
      << " claims\">\n";
  for (std::size_t i = 0; i < timeline.windows.size(); ++i) derived_row(out, timeline.windows[i], report, i, s);
  axis(out, s, bottom + 4);
  out << "<text x=\"" << num(kWidth - kMargin) << "\" y=\"" << num(bottom + 38)
      << "\" class=\"legend\" text-anchor=\"end\">dashed: what the claim says alone; filled: what the rules allow; "
         "◆ narrowed</text>\n</svg>";
  return out.str();
}

std::string timeline_svg(const Finding& finding, const Report& report) {
  Scale s = scale_for(finding, report);
  double bottom = kTop + static_cast<double>(finding.claims.size()) * kRowHeight;
  double height = bottom + kAxisHeight;
  std::ostringstream out;
  out << "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << num(kWidth) << " "
      << num(height) << "\" role=\"img\" aria-label=\"" << escape_xml("timeline: " + finding.message) << "\">\n";
  constraint(out, finding, report, s, bottom);
  for (std::size_t i = 0; i < finding.claims.size(); ++i)
    claim_row(out, report.dataset.claims[static_cast<std::size_t>(finding.claims[i])], i, s);
  axis(out, s, bottom + 4);
  out << "</svg>";
  return out.str();
}

namespace {

constexpr double kOverviewRow = 18;
constexpr double kOverviewLabels = 250;  // the left column of claim ids; the days span the rest
constexpr std::size_t kOverviewRows = 40;

Scale story_scale(const std::vector<int>& claims, const Report& report) {
  std::vector<Day> days;
  for (int c : claims) {
    const ClaimTime& t = report.dataset.claims[static_cast<std::size_t>(c)].time;
    add_days(days, t.start_window, t.end_window);
  }
  return scale_of(days);
}

// One claim of a story: a bar in its source's colour over its possible days; a conflicting claim
// is outlined, marked "!" and links to its first finding.
void overview_row(std::ostream& out, const Claim& claim, int finding, std::size_t row, const Scale& s) {
  double y = kTop + static_cast<double>(row) * kOverviewRow;
  const ClaimTime& t = claim.time;
  std::string colour = timeline_colour(claim.source);
  if (finding >= 0) out << "<a href=\"#finding-" << finding + 1 << "\">";
  out << "<g class=\"claim-bar" << (finding >= 0 ? " conflicting" : "") << "\" data-claim=\""
      << escape_xml(claim.full_id) << "\"><title>"
      << escape_xml(claim.full_id + ": " + claim.time.text + " -> " + describe_time(claim.time) +
                    (finding >= 0 ? " (in a finding)" : ""))
      << "</title>";
  std::string label = (finding >= 0 ? "! " : "") + claim.full_id;
  if (label.size() > 34) {  // the label column holds about 34 characters; cut at a character's start
    std::size_t cut = 33;
    while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
    label = label.substr(0, cut) + "…";
  }
  out << "<text x=\"" << num(kMargin) << "\" y=\"" << num(y + 12) << "\" class=\"label\">" << escape_xml(label)
      << "</text>";
  rect(out, s.x(t.start_window.earliest), s.x(t.end_window.latest + 1), y + 3, 11,
       "rx=\"3\" fill=\"" + colour + "\"" +
           (finding >= 0 ? " stroke=\"#b91c1c\" stroke-width=\"2.5\"" : " fill-opacity=\"0.55\""));
  out << "</g>";
  if (finding >= 0) out << "</a>";
  out << "\n";
}

// At most kOverviewRows claims, those in findings first, drawn in time order (earliest start; on a
// tie, claims in findings first, then by location).
std::vector<int> overview_rows(const std::vector<int>& claims, const std::vector<int>& finding_of,
                               const Report& report) {
  std::vector<int> rows = claims;
  std::stable_partition(rows.begin(), rows.end(), [&](int c) { return finding_of[static_cast<std::size_t>(c)] >= 0; });
  if (rows.size() > kOverviewRows) rows.resize(kOverviewRows);
  std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
    return report.dataset.claims[static_cast<std::size_t>(a)].time.start_window.earliest <
           report.dataset.claims[static_cast<std::size_t>(b)].time.start_window.earliest;
  });
  return rows;
}

std::string format_value(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", v);
  return text;
}

}  // namespace

const char* timeline_colour(int source) {
  return kColours[static_cast<std::size_t>(source) % (sizeof kColours / sizeof *kColours)];
}

std::string story_timeline_svg(const std::vector<int>& claims, const std::vector<int>& finding_of,
                               const Report& report) {
  std::vector<int> rows = overview_rows(claims, finding_of, report);
  Scale s = story_scale(claims, report);
  s.left = kOverviewLabels;
  double bottom = kTop + static_cast<double>(rows.size()) * kOverviewRow;
  std::ostringstream out;
  out << "<svg class=\"timeline overview\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << num(kWidth) << " "
      << num(bottom + kAxisHeight) << "\" role=\"group\" aria-label=\"overview timeline of " << claims.size()
      << " claims\">\n";
  for (std::size_t i = 0; i < rows.size(); ++i)
    overview_row(out, report.dataset.claims[static_cast<std::size_t>(rows[i])],
                 finding_of[static_cast<std::size_t>(rows[i])], i, s);
  axis(out, s, bottom + 4);
  out << "<text x=\"" << num(kWidth - kMargin) << "\" y=\"" << num(bottom + 38)
      << "\" class=\"legend\" text-anchor=\"end\">colour: source; outlined and marked !: in a finding"
      << (claims.size() > rows.size()
              ? "; first " + std::to_string(rows.size()) + " of " + std::to_string(claims.size()) + " claims"
              : "")
      << "</text>\n</svg>";
  return out.str();
}

std::string value_track_svg(const std::string& state, const std::vector<int>& claims,
                            const std::vector<int>& finding_of, const Report& report) {
  std::vector<int> numeric;
  double lo = 0, hi = 0;
  for (int c : claims) {
    const Claim& claim = report.dataset.claims[static_cast<std::size_t>(c)];
    if (claim.kind != ClaimKind::state || claim.name != state || !claim.value.range) continue;
    const NumberRange& r = *claim.value.range;
    double low = std::isfinite(r.low) ? r.low : r.high, high = std::isfinite(r.high) ? r.high : r.low;
    if (!std::isfinite(low) || !std::isfinite(high)) continue;
    lo = numeric.empty() ? low : std::min(lo, low);
    hi = numeric.empty() ? high : std::max(hi, high);
    numeric.push_back(c);
  }
  if (numeric.empty()) return "";
  Scale s = story_scale(numeric, report);
  double pad = hi > lo ? (hi - lo) * 0.1 : std::max(1.0, std::abs(hi) * 0.1);
  lo = lo >= 0 ? std::max(0.0, lo - pad) : lo - pad;  // counts never drawn below zero
  hi += pad;
  constexpr double kPlotTop = 18, kPlotHeight = 160;
  auto y = [&](double v) { return kPlotTop + kPlotHeight * (1 - (v - lo) / (hi - lo)); };
  auto x = [&](Day d) { return s.x(d); };
  double bottom = kPlotTop + kPlotHeight;
  std::ostringstream out;
  out << "<svg class=\"timeline values\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << num(kWidth) << " "
      << num(bottom + kAxisHeight) << "\" role=\"group\" aria-label=\"" << escape_xml(state)
      << " over time: " << numeric.size() << " figures\">\n";
  for (int i = 0; i <= 4; ++i) {
    double v = lo + (hi - lo) * i / 4;
    out << "<line x1=\"" << num(kMargin) << "\" y1=\"" << num(y(v)) << "\" x2=\"" << num(kWidth - kMargin) << "\" y2=\""
        << num(y(v)) << "\" class=\"grid\" stroke=\"#e5e7eb\"/><text x=\"" << num(kMargin + 2) << "\" y=\""
        << num(y(v) - 3) << "\" class=\"tick\" style=\"text-anchor:start\">" << format_value(v) << "</text>";
  }
  out << "<text x=\"" << num(kWidth - kMargin) << "\" y=\"12\" class=\"legend\" text-anchor=\"end\">"
      << escape_xml(state) << " (vertical) over time; a box is the range a hedged figure allows</text>\n";
  for (int c : numeric) {
    const Claim& claim = report.dataset.claims[static_cast<std::size_t>(c)];
    const NumberRange& r = *claim.value.range;
    double low = std::isfinite(r.low) ? r.low : r.high, high = std::isfinite(r.high) ? r.high : r.low;
    int finding = finding_of[static_cast<std::size_t>(c)];
    std::string colour = timeline_colour(claim.source);
    double x1 = x(claim.time.start_window.earliest), x2 = std::max(x(claim.time.end_window.latest + 1), x1 + 6);
    if (finding >= 0) out << "<a href=\"#finding-" << finding + 1 << "\">";
    out << "<g class=\"figure" << (finding >= 0 ? " conflicting" : "") << (low < high ? " hedged" : "")
        << "\" data-claim=\"" << escape_xml(claim.full_id) << "\"><title>"
        << escape_xml(claim.full_id + ": " + state + " = " + claim.value.text + ", " + describe_time(claim.time))
        << "</title>";
    std::string stroke = finding >= 0 ? " stroke=\"#b91c1c\" stroke-width=\"2\"" : "";
    if (low < high)  // a hedged value: the range it may mean
      out << "<rect x=\"" << num(x1) << "\" y=\"" << num(y(high)) << "\" width=\"" << num(x2 - x1) << "\" height=\""
          << num(std::max(y(low) - y(high), 3.0)) << "\" fill=\"" << colour << "\" fill-opacity=\"0.35\"" << stroke
          << "/>";
    else
      out << "<rect x=\"" << num(x1) << "\" y=\"" << num(y(low) - 3) << "\" width=\"" << num(x2 - x1)
          << "\" height=\"6\" rx=\"3\" fill=\"" << colour << "\"" << stroke << "/>";
    out << "</g>";
    if (finding >= 0) out << "</a>";
    out << "\n";
  }
  axis(out, s, bottom + 4);
  out << "</svg>";
  return out.str();
}

}  // namespace claimcheck

// HTML renderer: one self-contained page (no network) with filters, timelines and a table of all claims.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "claimcheck/check.h"
#include "claimcheck/render.h"
#include "render/describe.h"
#include "render/escape.h"
#include "render/fingerprint.h"
#include "render/order.h"
#include "render/timeline.h"

namespace claimcheck {

namespace {

std::string h(const std::string& text) {
  return escape_xml(text);
}

const Claim& claim_at(const Report& report, int index) {
  return report.dataset.claims[static_cast<std::size_t>(index)];
}
const Source& source_of(const Report& report, const Claim& claim) {
  return report.dataset.sources[static_cast<std::size_t>(claim.source)];
}

// Anchors are made from indices, never from ids, so no id can break out of an attribute.
std::string claim_anchor(const Report& report, const Claim& claim) {
  return "claim-" + std::to_string(&claim - report.dataset.claims.data());
}

const char* kStyle = R"CSS(
:root{--fg:#1b1b1f;--muted:#5b5b66;--line:#d8d8de;--bg:#fff;--card:#f7f7f9}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0}
main,header,nav{max-width:960px;margin:0 auto;padding:0 16px}
h1{font-size:1.6rem;margin:1rem 0 .25rem}h2{margin-top:2rem;border-bottom:1px solid var(--line)}
.summary{color:var(--muted)}
nav{display:flex;flex-wrap:wrap;gap:8px 16px;padding-top:8px;padding-bottom:8px;position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line)}
nav label{font-size:.9rem}select{font:inherit;max-width:14rem}
.finding{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:16px 0;break-inside:avoid}
.finding h3{margin:.2rem 0 .5rem;font-size:1.1rem}
.sev{display:inline-block;border-radius:4px;padding:0 6px;font-size:.8rem;color:#fff;text-transform:uppercase;margin-right:6px;font-weight:700}
.sev.error{background:#b91c1c}.sev.warning{background:#a16207}.sev.info,.sev.note{background:#1d4ed8}
code{font-size:.9em;background:#eceef2;padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
.timeline-wrap{overflow-x:auto;margin:8px 0}
svg.timeline{width:100%;min-width:560px;height:auto;display:block;background:#fff;border:1px solid var(--line);border-radius:6px}
svg .label{font-size:11px;fill:#333}svg .tick{font-size:10px;fill:#666;text-anchor:middle}
svg .axis{stroke:#999;stroke-width:1}svg .constraint{font-size:12px;fill:#b91c1c;font-weight:600}
svg .event-line{stroke:#b91c1c;stroke-width:2;stroke-dasharray:5 3}
svg .legend{font-size:11px;fill:#555}svg .narrowed .label{fill:#b91c1c;font-weight:600}
.derived-timeline{border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:16px 0;break-inside:avoid}
.derived-timeline h3{margin:.2rem 0 .5rem;font-size:1.1rem}.narrowing{font-size:.9rem}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px}
.claim{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px}
blockquote{margin:.25rem 0 .5rem;padding-left:10px;border-left:3px solid #9ca3af;font-style:italic;overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 10px;margin:0;font-size:.9rem}dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
.cluster{border:2px solid var(--line);border-radius:8px;padding:8px 16px;margin:16px 0}
.cluster h3{margin:.2rem 0 .5rem;font-size:1.15rem}.cluster summary{cursor:pointer;font-weight:600}
.group-repair{border-left:4px solid #9ca3af;padding:4px 12px;margin:16px 0 8px}
.remedy{font-size:.95rem}.fingerprint{color:var(--muted);font-size:.8rem}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;font-size:.85rem;width:100%}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
td.quote{min-width:16rem;overflow-wrap:anywhere}td:first-child{min-width:11rem}tr:target{background:#fff7cc}
#all-claims{max-width:none;margin:0;padding:0 16px}#all-claims code,td.path code{overflow-wrap:normal;word-break:normal}
td.path{min-width:8rem}
.headline{font-size:1.15rem;font-weight:600;margin:.25rem 0}
ol.glance{margin:.25rem 0 .5rem;padding-left:1.5rem}ol.glance li{margin:2px 0}.glance-more{margin:0;color:var(--muted)}
.story{border:1px solid var(--line);border-radius:8px;padding:8px 16px;margin:12px 0}.story h3{margin:.2rem 0;font-size:1.05rem}
ul.legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.85rem}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
svg .claim-bar.conflicting .label{fill:#b91c1c;font-weight:600}
a:focus-visible,summary:focus-visible,select:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
@media print{nav{display:none}svg.timeline{min-width:0}.finding{background:#fff}a{color:inherit}body{font-size:11pt}}
)CSS";

// Filters hide findings by severity, source and rule; the data lives in data-* attributes.
const char* kScript = R"JS(
(function () {
  var selects = document.querySelectorAll('nav select');
  function apply() {
    var want = {};
    selects.forEach(function (s) { want[s.name] = s.value; });
    var shown = 0;
    document.querySelectorAll('article.finding').forEach(function (f) {
      var ok = (!want.severity || f.getAttribute('data-severity') === want.severity) &&
               (!want.rule || f.getAttribute('data-rules').split(' ').indexOf(want.rule) >= 0) &&
               (!want.source || f.getAttribute('data-sources').split(' ').indexOf(want.source) >= 0);
      f.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll('.cluster, .section').forEach(function (c) {
      c.hidden = !c.querySelector('article.finding:not([hidden])');
    });
    var none = document.getElementById('no-match');
    if (none) none.hidden = shown > 0;
    var count = document.getElementById('shown-count');
    if (count) count.textContent = String(shown);
  }
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  apply();
})();
)JS";

// Source ids and rule ids are single words, but attribute tokens are built from indices anyway.
std::string source_token(const Claim& claim) {
  return 's' + std::to_string(claim.source);
}

std::string rule_token(const Report& report, const std::string& id) {
  for (std::size_t i = 0; i < report.rules.rules.size(); ++i)
    if (report.rules.rules[i].id == id) return 'r' + std::to_string(i);
  return "r-";
}

void write_select(std::ostream& out, const std::string& name, const std::string& label,
                  const std::vector<std::pair<std::string, std::string>>& options) {
  out << "<label>" << h(label) << " <select name=\"" << name << "\"><option value=\"\">all</option>";
  for (const auto& [value, text] : options) out << "<option value=\"" << h(value) << "\">" << h(text) << "</option>";
  out << "</select></label>\n";
}

void write_filters(std::ostream& out, const Report& report) {
  std::set<int> severities;
  for (const Finding& f : report.findings) severities.insert(rank(f.severity));
  std::vector<std::pair<std::string, std::string>> severity_options, source_options, rule_options;
  for (Severity s : {Severity::error, Severity::warning, Severity::info, Severity::note})
    if (severities.count(rank(s))) severity_options.push_back({to_string(s), to_string(s)});
  for (std::size_t i = 0; i < report.dataset.sources.size(); ++i) {
    const Source& s = report.dataset.sources[i];
    source_options.push_back({'s' + std::to_string(i), s.publisher.empty() ? s.id : s.publisher + " (" + s.id + ")"});
  }
  for (std::size_t i = 0; i < report.rules.rules.size(); ++i)
    rule_options.push_back({'r' + std::to_string(i), report.rules.rules[i].id});
  out << "<nav id=\"filters\" aria-label=\"filters\">\n";
  write_select(out, "severity", "Severity", severity_options);
  write_select(out, "source", "Source", source_options);
  write_select(out, "rule", "Rule", rule_options);
  out << "<span><span id=\"shown-count\">" << report.findings.size() << "</span> of " << report.findings.size()
      << " findings shown</span>\n</nav>\n";
}

void write_source_link(std::ostream& out, const Source& source) {
  std::string name = source.publisher.empty() ? source.id : source.publisher;
  std::string url = safe_url(source.url);
  if (url.empty())
    out << h(name);
  else
    out << "<a href=\"" << h(url) << "\" rel=\"noreferrer noopener\">" << h(name) << "</a>";
}

void write_claim_card(std::ostream& out, const Claim& claim, const Report& report) {
  const Source& source = source_of(report, claim);
  out << "<div class=\"claim\"><a href=\"#" << claim_anchor(report, claim) << "\"><code>" << h(claim.full_id)
      << "</code></a>\n<blockquote>" << h(claim.quote) << "</blockquote>\n<dl>";
  out << "<dt>source</dt><dd>";
  write_source_link(out, source);
  if (!source.title.empty()) out << ": " << h(source.title);
  out << "</dd>";
  if (!claim.said_by.empty()) out << "<dt>said by</dt><dd>" << h(claim.said_by) << "</dd>";
  if (!claim.via.empty()) out << "<dt>via</dt><dd>" << h(claim.via) << "</dd>";
  std::ostringstream reliability;
  reliability << source.reliability;
  out << "<dt>reliability</dt><dd>" << reliability.str() << "</dd>";
  out << "<dt>written</dt><dd>" << h(claim.time.text) << "</dd>";
  out << "<dt>resolved</dt><dd>" << h(describe_time(claim.time)) << "</dd>";
  out << "<dt>file</dt><dd><code>" << h(claim.range.file.str() + ":" + std::to_string(claim.range.line))
      << "</code></dd>";
  out << "</dl></div>\n";
}

// The derived timeline whose group holds the finding's claims, or -1.
int timeline_of(const Finding& f, const Report& report) {
  if (f.claims.empty()) return -1;
  for (std::size_t t = 0; t < report.timelines.size(); ++t) {
    const std::vector<int>& claims = report.timelines[t].claims;
    if (std::find(claims.begin(), claims.end(), f.claims.front()) != claims.end()) return static_cast<int>(t);
  }
  return -1;
}

// A finding's link to its group's derived timeline, or to why that timeline was not derived.
void write_timeline_link(std::ostream& out, const Finding& f, const Report& report) {
  int t = timeline_of(f, report);
  if (t < 0) return;
  const std::string& why = report.timelines[static_cast<std::size_t>(t)].unknown_reason;
  out << "<p class=\"derived-link\"><a href=\"#timeline-" << t + 1 << "\">";
  if (!why.empty())
    out << "The derived timeline of this group</a> was not derived: " << h(why) << ".</p>\n";
  else
    out << "What the dates must be</a> if the best repair is right: the derived timeline of this group.</p>\n";
}

// The rule in words, with a link to where it is documented: its `help_url`, else its kind's
// section of docs/rules.md (the same target as SARIF's helpUri).
void write_rule_sentence(std::ostream& out, const Rule& rule) {
  out << "<p class=\"rule\">" << h(describe_rule(rule));
  std::string url = safe_url(rule_help_url(rule));
  if (!url.empty())
    out << " <a class=\"rule-docs\" href=\"" << h(url) << "\" rel=\"noreferrer noopener\">About this rule</a>";
  out << "</p>\n";
}

std::string severity_badge(Severity severity) {
  return std::string("<span class=\"sev ") + to_string(severity) + "\">" + to_string(severity) + "</span>";
}

// A finding's card; its group's best repair is shown once above the group's cards, not in each.
void write_finding(std::ostream& out, std::size_t number, const Finding& f, const Report& report) {
  std::set<std::string> sources;
  for (int c : f.claims) sources.insert(source_token(claim_at(report, c)));
  std::string source_tokens, rule_tokens;
  for (const std::string& s : sources) source_tokens.append(source_tokens.empty() ? "" : " ").append(s);
  for (const std::string& r : f.rules) rule_tokens.append(rule_tokens.empty() ? "" : " ").append(rule_token(report, r));
  out << "<article class=\"finding\" id=\"finding-" << number << "\" data-index=\"" << number - 1
      << "\" data-severity=\"" << to_string(f.severity) << "\" data-sources=\"" << source_tokens << "\" data-rules=\""
      << rule_tokens << "\">\n";
  out << "<h3>" << severity_badge(f.severity) << h(f.message) << " <code>" << h(f.rule) << "</code></h3>\n";
  out << "<div class=\"timeline-wrap\" tabindex=\"0\">" << timeline_svg(f, report) << "</div>\n";
  if (const Rule* rule = find_rule(report.rules, f.rule)) write_rule_sentence(out, *rule);
  if (!f.explanation.empty()) out << "<p class=\"why\"><strong>Why:</strong> " << h(f.explanation) << "</p>\n";
  out << "<div class=\"claims\">\n";
  for (int c : f.claims) write_claim_card(out, claim_at(report, c), report);
  out << "</div>\n<p class=\"remedy\"><strong>To make them consistent:</strong> " << h(describe_remedy(f, report.rules))
      << "</p>\n";
  write_timeline_link(out, f, report);
  out << "<p class=\"fingerprint\">fingerprint " << finding_fingerprint(report, f) << "</p>\n</article>\n";
}

// A group's best repair and the claims of this section most likely wrong: once per group.
void write_section_repair(std::ostream& out, const FindingSection& section, const Report& report) {
  if (section.group < 0 || section.group >= static_cast<int>(report.repairs.size())) return;
  const GroupRepairs& group = report.repairs[static_cast<std::size_t>(section.group)];
  std::set<int> claims;
  for (const FindingCluster& c : section.clusters)
    for (int f : c.findings)
      for (int claim : report.findings[static_cast<std::size_t>(f)].claims) claims.insert(claim);
  out << "<div class=\"group-repair\"><p class=\"repair\"><strong>Who is most likely wrong:</strong> "
      << h(describe_best_repair(group, report)) << "</p>\n<ul class=\"blame\">";
  for (const Blame& b : group.blame)
    if (b.in_some_best_repair && claims.count(b.claim))
      out << "<li>" << h(claim_at(report, b.claim).full_id + ": " + b.reason) << "</li>";
  out << "</ul></div>\n";
}

// A claim in many conflicts: its line, what it contradicts, and the conflicts one click away.
void write_cluster(std::ostream& out, const FindingCluster& c, Severity severity, const Report& report) {
  const Claim& hub = claim_at(report, c.hub);
  out << "<section class=\"cluster\" id=\"cluster-" << c.id + 1 << "\" data-severity=\"" << to_string(severity)
      << "\">\n<h3>" << severity_badge(severity) << "<a href=\"#" << claim_anchor(report, hub) << "\"><code>"
      << h(hub.full_id) << "</code></a> contradicts " << c.contradicts.size() << " claims in " << c.findings.size()
      << " minimal conflicts</h3>\n<blockquote>" << h(hub.quote)
      << "</blockquote>\n<p class=\"contradicts\">Contradicts:";
  for (int other : c.contradicts)
    out << " <a href=\"#" << claim_anchor(report, claim_at(report, other)) << "\"><code>"
        << h(claim_at(report, other).full_id) << "</code></a>";
  out << "</p>\n<details><summary>The " << c.findings.size() << " minimal conflicts, one by one</summary>\n";
  for (int f : c.findings)
    write_finding(out, static_cast<std::size_t>(f) + 1, report.findings[static_cast<std::size_t>(f)], report);
  out << "</details>\n</section>\n";
}

// The findings in reading order (docs/report-json.md, "Order and clusters").
void write_findings(std::ostream& out, const FindingOrder& order, const Report& report) {
  std::vector<bool> repair_shown(report.repairs.size(), false);
  for (const FindingSection& section : order.sections) {
    out << "<div class=\"section\" data-severity=\"" << to_string(section.severity) << "\">\n";
    bool first_of_group = section.group >= 0 && section.group < static_cast<int>(report.repairs.size()) &&
                          !repair_shown[static_cast<std::size_t>(section.group)];
    if (first_of_group) {
      repair_shown[static_cast<std::size_t>(section.group)] = true;
      write_section_repair(out, section, report);
    }
    for (const FindingCluster& c : section.clusters) {
      if (c.hub >= 0)
        write_cluster(out, c, section.severity, report);
      else
        write_finding(out, static_cast<std::size_t>(c.findings.front()) + 1,
                      report.findings[static_cast<std::size_t>(c.findings.front())], report);
    }
    out << "</div>\n";
  }
}

// Claims about one connected set of subjects and objects (a claim links its subject and object).
struct Story {
  std::vector<int> claims;  // in location order
  int first_rank = 0;       // the best rank of a finding among its claims
};

int find_root(std::vector<int>& parent, int i) {
  while (parent[static_cast<std::size_t>(i)] != i)
    i = parent[static_cast<std::size_t>(i)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(i)])];
  return i;
}

// The stories that hold a finding, the one with the first finding in reading order first.
std::vector<Story> stories(const Report& report, const FindingOrder& order, const std::vector<int>& finding_of) {
  std::map<std::string, int> name_index;
  auto index_of = [&](const std::string& name) {
    return name_index.emplace(name, static_cast<int>(name_index.size())).first->second;
  };
  std::vector<std::pair<int, int>> links;
  for (const Claim& c : report.dataset.claims)
    links.emplace_back(index_of(c.subject), c.object.empty() ? -1 : index_of(c.object));
  std::vector<int> parent(name_index.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = static_cast<int>(i);
  for (const auto& [subject, object] : links)
    if (object >= 0) parent[static_cast<std::size_t>(find_root(parent, subject))] = find_root(parent, object);
  std::map<int, Story> by_root;
  for (std::size_t c = 0; c < links.size(); ++c) {
    Story& story = by_root[find_root(parent, links[c].first)];
    story.claims.push_back(static_cast<int>(c));
    if (int f = finding_of[c]; f >= 0) {
      int r = order.rank_of[static_cast<std::size_t>(f)];
      story.first_rank = story.first_rank == 0 ? r : std::min(story.first_rank, r);
    }
  }
  std::vector<Story> out;
  for (auto& [root, story] : by_root)
    if (story.first_rank > 0) out.push_back(std::move(story));
  std::sort(out.begin(), out.end(), [](const Story& a, const Story& b) { return a.first_rank < b.first_rank; });
  return out;
}

// Per claim, the first finding in reading order that holds it, or -1.
std::vector<int> first_finding_of(const Report& report, const FindingOrder& order) {
  std::vector<int> out(report.dataset.claims.size(), -1);
  for (int f : order.ranked)
    for (int c : report.findings[static_cast<std::size_t>(f)].claims)
      if (out[static_cast<std::size_t>(c)] < 0) out[static_cast<std::size_t>(c)] = f;
  return out;
}

// "Haiti" or "Armenia, CSTO and NATO": the names a story's claims are most often about.
std::string story_title(const Story& story, const Report& report) {
  std::map<std::string, int> counts;
  for (int c : story.claims) {
    ++counts[claim_at(report, c).subject];
    if (!claim_at(report, c).object.empty()) ++counts[claim_at(report, c).object];
  }
  std::vector<std::pair<int, std::string>> names;
  for (const auto& [name, n] : counts) names.emplace_back(-n, name);
  std::sort(names.begin(), names.end());
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < 3; ++i)
    out += (i == 0 ? "" : i + 1 == std::min<std::size_t>(names.size(), 3) ? " and " : ", ") + names[i].second;
  if (names.size() > 3) out += " and " + std::to_string(names.size() - 3) + " more";
  return out;
}

// A story: which sources its colours stand for, all its claims on one timeline, and each number
// state's figures on a value track.
void write_story(std::ostream& out, std::size_t number, const Story& story, const std::vector<int>& finding_of,
                 const Report& report) {
  std::set<int> sources;
  std::vector<std::string> states;
  int conflicting = 0;
  for (int c : story.claims) {
    const Claim& claim = claim_at(report, c);
    sources.insert(claim.source);
    conflicting += finding_of[static_cast<std::size_t>(c)] >= 0;
    if (claim.kind == ClaimKind::state && claim.value.range &&
        std::find(states.begin(), states.end(), claim.name) == states.end())
      states.push_back(claim.name);
  }
  out << "<article class=\"story\" id=\"story-" << number << "\">\n<h3>" << h(story_title(story, report)) << ": "
      << story.claims.size() << " claims from " << sources.size() << (sources.size() == 1 ? " source" : " sources")
      << ", " << conflicting << " in findings</h3>\n<ul class=\"legend\">";
  for (int source : sources) {
    const Source& s = report.dataset.sources[static_cast<std::size_t>(source)];
    out << "<li><span class=\"swatch\" style=\"background:" << timeline_colour(source) << "\"></span>"
        << h(s.publisher.empty() ? s.id : s.publisher) << "</li>";
  }
  out << "</ul>\n<div class=\"timeline-wrap\" tabindex=\"0\">" << story_timeline_svg(story.claims, finding_of, report)
      << "</div>\n";
  for (const std::string& state : states)
    if (std::string track = value_track_svg(state, story.claims, finding_of, report); !track.empty())
      out << "<div class=\"timeline-wrap\" tabindex=\"0\">" << track << "</div>\n";
  out << "</article>\n";
}

// The line an editor reads first: how many errors, and what the first findings are about.
std::string headline(const FindingOrder& order, const Report& report) {
  std::string counts;
  for (Severity severity : {Severity::error, Severity::warning, Severity::info, Severity::note}) {
    long n = std::count_if(report.findings.begin(), report.findings.end(),
                           [&](const Finding& f) { return f.severity == severity; });
    if (n == 0) continue;
    bool plural = n > 1 && severity != Severity::info;
    counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + to_string(severity) + (plural ? "s" : "");
  }
  std::vector<std::string> leads;
  for (const FindingSection& section : order.sections)
    for (const FindingCluster& c : section.clusters) {
      if (c.hub >= 0)
        leads.push_back(claim_at(report, c.hub).full_id + " contradicts " + std::to_string(c.contradicts.size()) +
                        " claims");
      else
        leads.push_back(report.findings[static_cast<std::size_t>(c.findings.front())].message);
    }
  std::string out = counts + ": " + (leads.empty() ? "" : leads[0]);
  if (leads.size() > 1) out += "; " + leads[1];
  if (leads.size() > 2) out += "; and " + std::to_string(leads.size() - 2) + " more";
  return out;
}

// Under the headline: the findings in reading order, one line per cluster or finding alone, each
// linking to its card, so the first screen shows the errors first and grouped.
void write_glance(std::ostream& out, const FindingOrder& order, const Report& report) {
  constexpr int kShown = 8;
  int listed = 0, total = 0;
  for (const FindingSection& section : order.sections) total += static_cast<int>(section.clusters.size());
  if (total == 0) return;
  out << "<ol class=\"glance\">";
  for (const FindingSection& section : order.sections)
    for (const FindingCluster& c : section.clusters) {
      if (listed++ >= kShown) break;
      out << "<li>" << severity_badge(section.severity);
      if (c.hub >= 0)
        out << "<a href=\"#cluster-" << c.id + 1 << "\">" << h(claim_at(report, c.hub).full_id) << " contradicts "
            << c.contradicts.size() << " claims in " << c.findings.size() << " minimal conflicts</a>";
      else
        out << "<a href=\"#finding-" << c.findings.front() + 1 << "\">"
            << h(report.findings[static_cast<std::size_t>(c.findings.front())].message) << "</a>";
      out << "</li>";
    }
  out << "</ol>\n";
  if (total > kShown) out << "<p class=\"glance-more\">and " << total - kShown << " more below</p>\n";
}

// The first screen: one overview per story that holds a finding.
void write_stories(std::ostream& out, const FindingOrder& order, const Report& report) {
  std::vector<int> finding_of = first_finding_of(report, order);
  std::vector<Story> all = stories(report, order, finding_of);
  if (all.empty()) return;
  out << "<section id=\"stories\"><h2>" << (all.size() == 1 ? "The story" : "The stories")
      << " at a glance</h2>\n<p class=\"help\">Every claim about the subjects of the findings, coloured by "
         "source; the claims in findings are outlined, marked ! and link to their first finding.</p>\n";
  for (std::size_t i = 0; i < all.size(); ++i) write_story(out, i + 1, all[i], finding_of, report);
  out << "</section>\n";
}

// "Armenia / CSTO" or "Armenia / CSTO, Armenia / NATO": the pairs a group's claims are about.
std::string group_title(const GroupTimeline& timeline, const Report& report) {
  std::vector<std::string> pairs;
  for (int c : timeline.claims) {
    std::string pair = describe_pair(claim_at(report, c));
    if (std::find(pairs.begin(), pairs.end(), pair) == pairs.end()) pairs.push_back(pair);
  }
  std::string title;
  for (std::size_t i = 0; i < pairs.size() && i < 3; ++i) title += (i ? ", " : "") + pairs[i];
  if (pairs.size() > 3) title += " and " + std::to_string(pairs.size() - 3) + " more";
  return title + ": " + std::to_string(timeline.claims.size()) + " related claim" +
         (timeline.claims.size() == 1 ? "" : "s");
}

void write_derived_timeline(std::ostream& out, std::size_t number, const GroupTimeline& timeline,
                            const Report& report) {
  out << "<article class=\"derived-timeline\" id=\"timeline-" << number << "\">\n<h3>"
      << h(group_title(timeline, report)) << "</h3>\n";
  if (!timeline.dropped.empty())
    out << "<p class=\"dropped\">The claims conflict; left out first (the best repair): "
        << h(describe_claims(timeline.dropped, report)) << ".</p>\n";
  if (!timeline.unknown_reason.empty()) {
    out << "<p class=\"unknown\">Not derived: " << h(timeline.unknown_reason) << ".</p>\n</article>\n";
    return;
  }
  out << "<div class=\"timeline-wrap\" tabindex=\"0\">" << derived_timeline_svg(timeline, report) << "</div>\n";
  bool narrowed =
      std::any_of(timeline.windows.begin(), timeline.windows.end(), [](const DerivedWindow& w) { return w.narrowed; });
  if (!narrowed) {
    out << "<p class=\"narrowing\">No window is narrower than its claim says on its own.</p>\n</article>\n";
    return;
  }
  out << "<ul class=\"narrowing\">";
  for (const DerivedWindow& w : timeline.windows) {
    if (!w.narrowed) continue;
    const Claim& claim = claim_at(report, w.claim);
    out << "<li><a href=\"#" << claim_anchor(report, claim) << "\"><code>" << h(claim.full_id)
        << "</code></a>: " << h(describe_derived_window(w, report)) << "</li>";
  }
  out << "</ul>\n</article>\n";
}

// The derived timelines (docs/report-json.md, "timelines"): only those the run asked for.
void write_derived_timelines(std::ostream& out, const Report& report) {
  if (report.timelines.empty()) return;
  out << "<section id=\"timelines\"><h2>Derived timelines</h2>\n<p>The tightest days the rules allow for each claim "
         "of a group, given all the other claims: a dashed outline is what a claim says on its own, the filled bar "
         "what the rules allow (solid where it surely holds). Rows marked ◆ were narrowed by other claims and "
         "rules, named below each timeline.</p>\n";
  for (std::size_t t = 0; t < report.timelines.size(); ++t)
    write_derived_timeline(out, t + 1, report.timelines[t], report);
  out << "</section>\n";
}

// Escaped text that may break after each '/', so a long path wraps at its folders.
std::string wrap_at_slashes(const std::string& text) {
  std::string out;
  for (char ch : h(text)) {
    out += ch;
    if (ch == '/') out += "<wbr>";
  }
  return out;
}

void write_claims_table(std::ostream& out, const Report& report) {
  out << "<section id=\"all-claims\"><h2>All claims (" << report.dataset.claims.size() << ")</h2>\n"
      << "<div class=\"table-wrap\" "
         "tabindex=\"0\"><table><thead><tr><th>claim</th><th>source</th><th>quote</th><th>says</th>"
      << "<th>written</th><th>window</th><th>file</th></tr></thead><tbody>\n";
  for (const Claim& claim : report.dataset.claims) {
    std::string says = describe_pair(claim) + ": " +
                       (claim.kind == ClaimKind::event ? claim.name : claim.name + " = " + claim.value.text);
    out << "<tr id=\"" << claim_anchor(report, claim) << "\"><td><code>" << wrap_at_slashes(claim.full_id)
        << "</code></td><td>";
    write_source_link(out, source_of(report, claim));
    out << "</td><td class=\"quote\">" << h(claim.quote) << "</td><td>" << h(says) << "</td><td>" << h(claim.time.text)
        << "</td><td>" << h(describe_time(claim.time)) << "</td><td class=\"path\"><code>"
        << wrap_at_slashes(claim.range.file.str() + ":" + std::to_string(claim.range.line)) << "</code></td></tr>\n";
  }
  out << "</tbody></table></div></section>\n";
}

void write_claim_links(std::ostream& out, const std::vector<int>& claims, const Report& report) {
  for (int c : claims)
    out << " <a href=\"#" << claim_anchor(report, claim_at(report, c)) << "\">" << h(claim_at(report, c).full_id)
        << "</a>";
}

// Groups whose list of conflicts --max-conflicts cut, and conflicts a rule's exceptions accepted
// (shown apart, never dropped: docs/rules.md).
void write_cut_and_suppressed(std::ostream& out, const Report& report) {
  if (!report.truncated.empty()) {
    out << "<section id=\"truncated\"><h2>Not every conflict is listed</h2><ul>\n";
    for (const TruncatedGroup& t : report.truncated) {
      out << "<li>" << h(describe_truncated(t)) << ":";
      write_claim_links(out, t.claims, report);
      out << "</li>\n";
    }
    out << "</ul></section>\n";
  }
  if (report.suppressed.empty()) return;
  out << "<section id=\"suppressed\"><h2>Suppressed by exceptions</h2><p>These claims still conflict, but a rule's "
         "exceptions accept it; they do not count as findings.</p><ul>\n";
  for (const Finding& f : report.suppressed) {
    out << "<li>" << h(f.message) << " (<code>" << h(f.rule) << "</code>; " << h(f.suppressed_because) << "):";
    write_claim_links(out, f.claims, report);
    out << "</li>\n";
  }
  out << "</ul></section>\n";
}

// Accepted findings counted, and each stale entry named by its rule and claims.
void write_baseline(std::ostream& out, const Report& report) {
  if (!report.baseline_used) return;
  out << "<section id=\"baseline\"><h2>Baseline</h2><p>" << report.baselined.size()
      << " known finding(s) accepted by the baseline are not shown; " << report.stale_baseline.size()
      << " baseline entries are stale.</p>";
  if (!report.stale_baseline.empty()) {
    out << "<ul class=\"stale\">";
    for (const StaleBaselineEntry& s : report.stale_baseline) out << "<li>" << h(describe_stale_entry(s)) << "</li>";
    out << "</ul>";
  }
  out << "</section>\n";
}

void write_other_sections(std::ostream& out, const Report& report) {
  write_cut_and_suppressed(out, report);
  if (!report.unknown.empty()) {
    out << "<section id=\"undecided\"><h2>Undecided groups</h2><p>Not known to be consistent: the solver ran out of "
           "time.</p><ul>\n";
    for (const UnknownGroup& u : report.unknown) {
      out << "<li>" << h(u.reason) << ":";
      write_claim_links(out, u.claims, report);
      out << "</li>\n";
    }
    out << "</ul></section>\n";
  }
  write_baseline(out, report);
  std::vector<Diagnostic> diagnostics = report.diagnostics.sorted();
  if (diagnostics.empty()) return;
  out << "<section id=\"diagnostics\"><h2>Problems in the input</h2><ul>\n";
  for (const Diagnostic& d : diagnostics)
    out << "<li><code>"
        << h(d.range.file.str() + ":" + std::to_string(d.range.line) + ":" + std::to_string(d.range.column))
        << "</code> " << to_string(d.severity) << ": " << h(d.message) << " <code>" << h(d.code) << "</code></li>\n";
  out << "</ul></section>\n";
}

}  // namespace

std::string render_html(const Report& report) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">\n"
      << "<meta name=\"generator\" content=\"claimcheck " << version() << "\">\n"
      << "<title>claimcheck report</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  FindingOrder order = order_findings(report);
  out << "<header><h1>claimcheck report</h1>";
  if (!report.findings.empty()) out << "<p class=\"headline\">" << h(headline(order, report)) << "</p>";
  out << "<p class=\"summary\">" << h(describe_summary(report)) << "</p>";
  write_glance(out, order, report);
  out << "</header>\n";
  write_filters(out, report);
  out << "<main>\n";
  write_stories(out, order, report);
  out << "<section id=\"findings\"><h2>Findings</h2>\n";
  write_findings(out, order, report);
  out << "<p id=\"no-match\"" << (report.findings.empty() ? "" : " hidden") << ">No finding matches.</p>\n</section>\n";
  write_derived_timelines(out, report);
  write_other_sections(out, report);
  out << "</main>\n";
  write_claims_table(out, report);
  out << "<script>" << kScript << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace claimcheck

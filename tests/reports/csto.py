#!/usr/bin/env python3
"""Property tests of every report on the CSTO datasets, with the shipped rules/.

Two datasets (DATASETS below): `sources`, the default run (`claimcheck` with no arguments: facts/,
the Business Insider article and the outlets that reported the same events), and `article`, the
article alone (examples/csto-article/). The small goldens (tests/golden/harbour-bridge-*) pin the
exact bytes of each format; this checks what must hold of each CSTO run whatever the wording: the
known conflicts and their claim ids, that claims which agree never meet in one finding, the
documented JSON fields, the official SARIF and JUnit schemas, a self-contained HTML page, every
finding in every text format, repairs that break every conflict and the best ones, and round trips
through --write-baseline/--baseline and --cache.

    tests/reports/csto.py BIN ASPECT [DATASET]      (run from the project root; DATASET: article)

ASPECT is one of the names in ASPECTS below; each is its own ctest per dataset (tests/CMakeLists.txt).
Exit 0 when every property holds, 1 when one fails, 77 when a validator is missing.
Python 3 standard library only.
"""

import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

# Each dataset: its arguments, the sources and claims it loads, its conflicts under the shipped rules
# (primary rule, full claim ids), its best repairs, and groups of claims that agree with each other
# (never two of one group in one finding). `article` is the Business Insider article alone
# (examples/csto-article/); `sources` is the default run, `claimcheck` with no arguments (facts/).
BI = "bi-armenia-csto/"
JUNE_ANNOUNCEMENTS = [BI + "withdrawal-announced-june", "panarmenian-will-leave/will-leave-june-12",
                      "novaya-gazeta-will-leave/declared-withdrawal-wednesday", "novinite-intention/declared-intention",
                      "devdiscourse-first-acknowledgment/intention-announced-wednesday"]
AUGUST_FROZEN = [BI + "frozen-at-all-levels", "rbc-ukraine-all-levels/frozen-at-all-levels"]
FEBRUARY_FROZEN = ["oc-media-frozen/basically-frozen", "asbarez-frozen/frozen-in-practice",
                   "novaya-gazeta-frozen/frozen-told-france-24", "rt-suspends/suspended-participation",
                   "metro-radio-frozen/frozen-in-practical-terms", "panarmenian-will-leave/suspension-in-february",
                   "novaya-gazeta-will-leave/suspended-in-february", "meduza-outside/frozen-announced-february"]
SIX_MEMBERS = [BI + "six-member-states", "novaya-gazeta-frozen/six-former-soviet-states", "rt-suspends/six-member-bloc"]
DATASETS = {
    "article": {
        "args": ["examples/csto-article/facts", "--rules", "rules"],
        "sources": 1, "claims": 21,
        "findings": [
            ("membership-lifecycle", (BI + "frozen-at-all-levels", BI + "withdrawing-altogether-june")),
            ("no-return-after-announcement", (BI + "frozen-at-all-levels", BI + "leave-announced-february")),
            ("no-return-after-announcement", (BI + "frozen-at-all-levels", BI + "withdrawal-announced-june")),
            ("one-withdrawal-announcement", (BI + "leave-announced-february", BI + "withdrawal-announced-june")),
        ],
        "best_repairs": [
            {BI + "frozen-at-all-levels", BI + "leave-announced-february"},
            {BI + "frozen-at-all-levels", BI + "withdrawal-announced-june"},
        ],
        "agreeing": [[BI + "withdrawal-announced-june", BI + "withdrawing-altogether-june"],
                     [BI + "abstaining-since-mid-2023", BI + "abstained-almost-a-year"]],
    },
    "sources": {
        "args": [],
        "sources": 13, "claims": 48,
        # The article's February announcement against each report of the 12 June one; each report of an
        # announcement (February's and June's) against each "frozen" of 31 August and 1 September; and
        # June's "withdrawing" against both. The February "frozen" reports and the member counts agree
        # with everything, so they are in no finding.
        "findings": [("one-withdrawal-announcement", (BI + "leave-announced-february", june))
                     for june in JUNE_ANNOUNCEMENTS]
                    + [("no-return-after-announcement", (frozen, announcement)) for frozen in AUGUST_FROZEN
                       for announcement in [BI + "leave-announced-february"] + JUNE_ANNOUNCEMENTS]
                    + [("membership-lifecycle", (frozen, BI + "withdrawing-altogether-june")) for frozen in AUGUST_FROZEN],
        "best_repairs": [{BI + "leave-announced-february"} | set(AUGUST_FROZEN)],
        "agreeing": [JUNE_ANNOUNCEMENTS, AUGUST_FROZEN, FEBRUARY_FROZEN, SIX_MEMBERS],
        "in_no_finding": FEBRUARY_FROZEN + SIX_MEMBERS,
        # The conflicting group's timeline (25 claims, a count among them) takes seconds of solver
        # time, more than the default --timeout on a machine shared with other jobs.
        "timeline_args": ["--timeout", "120s"],
    },
}
DATASET = DATASETS["article"]
CSTO = DATASET["args"]
# Top-level keys of every checked report, in order; the rest appear only in some runs.
ALWAYS_PRESENT = ["tool", "checked", "summary", "findings", "clusters", "unknown", "truncated", "repairs", "timelines",
                  "attributions", "diagnostics"]
FINDING_FIELDS = ["rule", "rules", "severity", "message", "explanation", "group", "attribution", "rank", "cluster",
                  "claims"]
CLAIM_FIELDS = ["id", "source", "publisher", "reliability", "quote", "said_by", "via", "confidence", "subject",
                "object", "kind", "name", "file", "line", "column", "time", "window"]
SKIP = 77


class Failed(Exception):
    pass


def check(condition, what):
    if not condition:
        raise Failed(what)


def run(binary, *args, expect_rc=(0, 1)):
    """Runs claimcheck; returns (stdout, stderr). A crash or bad-input exit fails the property."""
    done = subprocess.run([binary, *args, "--color", "never"], capture_output=True, text=True, timeout=300)
    check(done.returncode in expect_rc,
          f"claimcheck {' '.join(args)}: exit {done.returncode}, expected {expect_rc}\n{done.stderr}")
    return done.stdout, done.stderr


def json_report(binary, *extra):
    out, _ = run(binary, *CSTO, *extra, "--format", "json")
    return json.loads(out)


def finding_key(finding):
    return (finding["rule"], tuple(sorted(c["id"] for c in finding["claims"])))


def expected_findings():
    return sorted((rule, tuple(sorted(claims))) for rule, claims in DATASET["findings"])


def findings_of(binary):
    report = json_report(binary)
    found = sorted(finding_key(f) for f in report["findings"])
    check(found == expected_findings(), f"findings {found}, expected {expected_findings()}")
    return report["findings"]


def validator(name):
    """The official validator ../shared/tools/NAME (or under $CLAIMCHECK_SHARED_TOOLS), or None."""
    path = os.path.join(os.environ.get("CLAIMCHECK_SHARED_TOOLS", "../shared/tools"), name)
    if os.access(path, os.X_OK):
        return path
    print(f"skip: no validator {path} (set CLAIMCHECK_SHARED_TOOLS to the folder that holds it)")
    return None


def first_lines(text, count=12):
    lines = text.splitlines()
    return "\n".join(lines[:count] + ([f"... ({len(lines) - count} more lines)"] if len(lines) > count else []))


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    return path


def documented_top_level_keys():
    """The top-level keys docs/report-json.md shows in its example and names in its field table."""
    with open("docs/report-json.md", encoding="utf-8") as doc:
        text = doc.read()
    example = json.loads(re.search(r"```json\n(.*?)\n```", text, re.S).group(1))
    table = {re.split(r"[.\[]", name)[0] for name in re.findall(r"^\| `([^`]+)`", text, re.M)}
    return list(example), table


# --- the aspects -------------------------------------------------------------------------

def aspect_json(binary, _work):
    report = json_report(binary)
    example_keys, table_keys = documented_top_level_keys()
    check([k for k in example_keys if k in ALWAYS_PRESENT] == ALWAYS_PRESENT,
          f"docs/report-json.md's example no longer shows {ALWAYS_PRESENT} in this order")
    check([k for k in report if k in ALWAYS_PRESENT] == ALWAYS_PRESENT,
          f"top-level keys {list(report)}: expected {ALWAYS_PRESENT} in this order")
    undocumented = [k for k in report if k not in example_keys and k not in table_keys]
    check(not undocumented, f"keys not in docs/report-json.md: {undocumented}")
    check(report["checked"] is True and report["diagnostics"] == [], "the CSTO run is not a clean check")
    rule_count = 0
    for name in sorted(os.listdir("rules")):
        with open(os.path.join("rules", name), encoding="utf-8") as pack:
            rule_count += len(re.findall(r"^\s*- id:", pack.read(), re.M))
    summary = report["summary"]
    counts = (DATASET["sources"], DATASET["claims"], rule_count, 0)
    check((summary["sources"], summary["claims"], summary["rules"], summary["unknown"]) == counts,
          f"summary {summary}: expected {counts[0]} sources, {counts[1]} claims, {rule_count} rules (rules/), 0 unknown")
    expected = len(DATASET["findings"])
    check(summary["findings"] == len(report["findings"]) == expected,
          f"summary.findings {summary['findings']}, {len(report['findings'])} listed, expected {expected}")
    findings_of(binary)

    def place(claim):
        return claim["file"], claim["line"], claim["column"]

    for finding in report["findings"]:
        check(list(finding)[:len(FINDING_FIELDS)] == FINDING_FIELDS, f"finding fields {list(finding)}")
        check(finding["rule"] in finding["rules"] and finding["message"] and finding["explanation"],
              f"finding {finding_key(finding)}: no rule among rules, or no message or explanation")
        check(finding.get("rule_description", "").endswith("."),
              f"finding {finding_key(finding)}: no rule_description sentence")
        places = [place(c) for c in finding["claims"]]
        check(places == sorted(places), f"finding {finding_key(finding)}: claims not in file order")
        for claim in finding["claims"]:
            missing = [f for f in CLAIM_FIELDS if f not in claim]
            check(not missing, f"claim {claim['id']} lacks {missing}")
            check(claim["window"]["from"] <= claim["window"]["to"], f"claim {claim['id']}: inverted window")
        check(0 <= finding["group"] < len(report["repairs"]), f"finding {finding_key(finding)}: no such group")
        group = set(report["repairs"][finding["group"]]["claims"])
        check({c["id"] for c in finding["claims"]} <= group, f"finding {finding_key(finding)}: claims outside its group")
    firsts = [place(f["claims"][0]) for f in report["findings"]]
    check(firsts == sorted(firsts), "findings not ordered by their first claim's file and line")
    for attribution in report["attributions"]:
        check(all(0 <= i < len(report["findings"]) for i in attribution["findings"]),
              f"attribution {attribution}: finding index out of range")


def aspect_repairs(binary, _work):
    report = json_report(binary)
    weights = {c["id"]: c["reliability"] * c["confidence"] for f in report["findings"] for c in f["claims"]}
    check(len(report["repairs"]) == 1, f"{len(report['repairs'])} groups with findings, expected 1")
    # Minimality below is judged against the listed conflicts: sound only when the list is whole.
    check(report["truncated"] == [] and report["unknown"] == [], "a group's conflicts are not all listed")
    for index, group in enumerate(report["repairs"]):
        conflicts = [{c["id"] for c in f["claims"]} for f in report["findings"] if f["group"] == index]
        listed = group["repairs"]
        check(listed, f"group {index}: no repair")
        for position, repair in enumerate(listed):
            removed = set(repair["claims"])
            # A repair breaks every conflict of its group, and no smaller set does.
            check(all(conflict & removed for conflict in conflicts), f"repair {sorted(removed)} leaves a conflict")
            for claim in removed:
                check(not all(conflict & (removed - {claim}) for conflict in conflicts),
                      f"repair {sorted(removed)} is not minimal: {claim} is not needed")
            check(abs(repair["weight"] - sum(weights[c] for c in removed)) < 1e-9,
                  f"repair {sorted(removed)}: weight {repair['weight']} is not the sum of reliability x confidence")
            check(all(not set(earlier["claims"]) <= removed for earlier in listed[:position]),
                  f"repair {sorted(removed)} contains an earlier one")
        check([r["weight"] for r in listed] == sorted(r["weight"] for r in listed), "repairs not lightest first")
        best = [set(r["claims"]) for r in listed[:group["best"]]]
        check(best == DATASET["best_repairs"], f"best repairs {best}, expected {DATASET['best_repairs']}")
        blamed = {b["claim"] for b in group["blame"]}
        check(blamed == set().union(*conflicts), "blame does not list exactly the claims of the findings")
    # The repair command shows the same conflicts and repairs as the JSON report.
    out, _ = run(binary, "repair", *CSTO)
    for finding in report["findings"]:
        ids = " and ".join(c["id"] for c in finding["claims"])
        check(f"[{finding['rule']}] {ids}" in out, f"repair command lacks conflict [{finding['rule']}] {ids}")
    for repair in report["repairs"][0]["repairs"]:
        check(any(line.strip().endswith(f"remove {words(repair['claims'])}") for line in out.splitlines()),
              f"repair command lacks the repair removing {repair['claims']}")


def words(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def aspect_timeline(binary, _work):
    slow = DATASET.get("timeline_args", [])
    report = json_report(binary, "--timelines", "all", *slow)
    by_id = {c["id"]: c for f in report["findings"] for c in f["claims"]}
    best = report["repairs"][0]["repairs"][0]["claims"]
    conflicting = set(report["repairs"][0]["claims"])
    check(report["timelines"], "--timelines all derived no timeline")
    for timeline in report["timelines"]:
        check("unknown" not in timeline, f"timeline {timeline['claims']} not derived: {timeline.get('unknown')}")
        if set(timeline["claims"]) == conflicting:
            check(timeline["dropped"] == best, f"the conflicting group drops {timeline['dropped']}, not its best repair")
        else:
            check(timeline["dropped"] == [], f"a consistent group drops {timeline['dropped']}")
        kept = [w["claim"] for w in timeline["windows"]]
        check(sorted(kept + timeline["dropped"]) == sorted(timeline["claims"]),
              f"timeline {timeline['claims']}: windows and dropped claims are not the group")
        starts = [w["start"]["from"] for w in timeline["windows"]]
        check(starts == sorted(starts), f"timeline {timeline['claims']}: windows not ordered by earliest start")
        for window in timeline["windows"]:
            for end in ("start", "end"):
                check(window[end]["from"] <= window[end]["to"], f"{window['claim']}: inverted {end} window")
            if window["claim"] in by_id:  # narrowing only ever tightens what the claim says alone
                alone = by_id[window["claim"]]["window"]
                check(alone["from"] <= window["start"]["from"] and window["end"]["to"] <= alone["to"],
                      f"{window['claim']}: derived days {window} outside its own {alone}")
    # The timeline command derives the same timelines for the groups about Armenia, and its text
    # shows every kept claim and what it left out.
    out, _ = run(binary, "timeline", "Armenia", *CSTO, *slow, "--format", "json")
    about = json.loads(out)["timelines"]
    check(about and all(t in report["timelines"] for t in about),
          "timeline Armenia derives no timeline, or one that --timelines all does not")
    check(any(set(t["claims"]) == conflicting for t in about), "timeline Armenia lacks the conflicting group")
    out, _ = run(binary, "timeline", "Armenia", *CSTO, *slow)
    heads = re.findall(r"^\S+: timeline of (\d+) related claims?$", out, re.M)
    check([int(n) for n in heads] == [len(t["claims"]) for t in about],
          f"timeline Armenia prints timelines of {heads} claims, its JSON {[len(t['claims']) for t in about]}")
    for timeline in about:
        for window in timeline["windows"]:
            check(f"{window['claim']}:" in out, f"timeline command lacks {window['claim']}")
        if timeline["dropped"]:
            check(words(timeline["dropped"]) in out, f"timeline command does not say it left out {timeline['dropped']}")
    check(json_report(binary, "--timelines", "none")["timelines"] == [], "--timelines none still derived timelines")


def aspect_sarif(binary, work):
    out, _ = run(binary, *CSTO, "--format", "sarif")
    path = write(work, "csto.sarif", out)
    tool = validator("validate-sarif")
    if tool is None:
        return SKIP
    done = subprocess.run([tool, path], capture_output=True, text=True)
    check(done.returncode == 0, f"SARIF invalid: {first_lines(done.stdout + done.stderr)}")
    sarif = json.loads(out)
    results = sarif["runs"][0]["results"]
    rule_ids = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    findings = findings_of(binary)
    check(len(results) == len(findings), f"{len(results)} SARIF results for {len(findings)} findings")
    fingerprints = set()
    for result, finding in zip(results, findings):
        check(result["ruleId"] == finding["rule"] and result["ruleId"] in rule_ids,
              f"result {result['ruleId']} for finding {finding['rule']}, or not among the driver's rules")
        places = [loc["physicalLocation"] for loc in result["locations"] + result.get("relatedLocations", [])]
        lines = sorted((p["artifactLocation"]["uri"], p["region"]["startLine"]) for p in places)
        want = sorted((c["file"], c["line"]) for c in finding["claims"])
        check(lines == want, f"result {result['ruleId']} points at {lines}, its claims are at {want}")
        fingerprints.add(result["partialFingerprints"]["claimcheck/v2"])
    check(len(fingerprints) == len(findings), "two SARIF results share a fingerprint")


def aspect_junit(binary, work):
    out, _ = run(binary, *CSTO, "--format", "junit")
    path = write(work, "csto.junit", out)
    tool = validator("validate-junit")
    if tool is None:
        return SKIP
    done = subprocess.run([tool, path], capture_output=True, text=True)
    check(done.returncode == 0, f"JUnit invalid: {first_lines(done.stdout + done.stderr)}")
    root = ElementTree.fromstring(out)
    cases = root.findall("./testsuite/testcase")
    failed = [case for case in cases if case.find("failure") is not None]  # a case may hold several
    check(int(root.get("tests")) == len(cases), f"tests={root.get('tests')}, {len(cases)} test cases")
    check(int(root.get("failures")) == len(failed) > 0, f"failures={root.get('failures')}, {len(failed)} failed cases")
    for suite in root.findall("./testsuite"):
        suite_failed = [case for case in suite.findall("testcase") if case.find("failure") is not None]
        check(int(suite.get("failures")) == len(suite_failed), f"testsuite {suite.get('name')}: failures miscounted")
    for finding in findings_of(binary):
        suites = [s for s in root.findall("./testsuite") if s.get("name") == finding["rule"]]
        texts = [f.text or "" for s in suites for f in s.findall("./testcase/failure")]
        check(any(all(c["id"] in text for c in finding["claims"]) for text in texts),
              f"no <failure> under testsuite {finding['rule']} names {[c['id'] for c in finding['claims']]}")


class Page(html.parser.HTMLParser):
    """Collects what makes a page fetch anything, and its visible text."""

    def __init__(self):
        super().__init__()
        self.external = []
        self.csp = None
        self.text = []
        self.inline = []  # text inside <style> and <script>
        self.inside = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = attrs.get("content", "")
        for name in ("src", "srcset", "data", "poster", "action", "formaction"):
            if attrs.get(name) and not attrs[name].startswith(("data:", "#")):
                self.external.append(f"<{tag} {name}={attrs[name]}>")
        if tag == "link" and attrs.get("href"):
            self.external.append(f"<link href={attrs['href']}>")
        if re.search(r"url\(\s*['\"]?(?!data:|#)", attrs.get("style") or ""):
            self.external.append(f"<{tag} style={attrs['style']}>")
        if tag in ("style", "script"):
            self.inside = tag

    def handle_endtag(self, tag):
        if tag == self.inside:
            self.inside = None

    def handle_data(self, data):
        (self.inline if self.inside else self.text).append(data)


def aspect_html(binary, _work):
    out, _ = run(binary, *CSTO, "--format", "html")
    page = Page()
    page.feed(out)
    page.close()
    check(not page.external, f"the page fetches: {page.external}")
    inline = "".join(page.inline)
    check(not re.search(r"https?://|@import|url\(\s*['\"]?(?!data:|#)", inline),
          "a <style> or <script> refers to something outside the page")
    check(page.csp is not None and "default-src 'none'" in page.csp,
          f"no Content-Security-Policy forbidding requests: {page.csp}")
    text = "".join(page.text)
    for finding in findings_of(binary):
        for claim in finding["claims"]:
            check(claim["id"] in text, f"the page does not show claim {claim['id']}")
        check(finding["message"] in text, f"the page does not show finding '{finding['message']}'")


def aspect_markdown(binary, _work):
    out, _ = run(binary, *CSTO, "--format", "markdown")
    # Markdown lists findings in reading order (the JSON's rank); a cluster's heading is not a finding.
    findings = sorted(findings_of(binary), key=lambda f: f["rank"])
    sections = re.split(r"^(?:### \d+|#### \d+\.\d+)\. ", out, flags=re.M)[1:]
    sections = [s for s in sections if " minimal conflicts\n" not in s.split("\n\n")[0] + "\n"]
    check(len(sections) == len(findings), f"{len(sections)} finding sections for {len(findings)} findings")
    for section, finding in zip(sections, findings):
        check(finding["rule"] in section, f"section for {finding['rule']} does not name its rule")
        for claim in finding["claims"]:
            check(claim["id"] in section, f"section for {finding['rule']} does not name {claim['id']}")
    rows = [line for line in out.splitlines() if re.match(r"^\| [\d.]+ \|", line) and "minimal conflicts**" not in line]
    check([row.split(" | ")[3] for row in rows] == [f["rule"] for f in findings],
          "the summary table does not list the findings' rules in order")


def aspect_text(binary, _work):
    out, _ = run(binary, *CSTO)
    # Reading order (the JSON's rank); a cluster's findings are one indent in under its line.
    findings = sorted(findings_of(binary), key=lambda f: f["rank"])
    lines = [line[2:] if line.startswith("  ") and re.match(r"^  [^ ].*: error: ", line) else line
             for line in out.splitlines()]
    # A cluster's own line ("X contradicts 3 claims in 3 minimal conflicts [rule]") is no finding.
    heads = [i for i, line in enumerate(lines) if re.search(r"^[^ ].*: error: .* \[[a-z0-9-]+\]$", line)
             and not re.search(r": error: \S+ contradicts \d+ claims? in \d+ minimal conflicts", line)]
    check(len(heads) == len(findings), f"{len(heads)} error lines for {len(findings)} findings")
    for start, end, finding in zip(heads, heads[1:] + [len(lines)], findings):
        first = finding["claims"][0]
        check(lines[start].startswith(f"{first['file']}:{first['line']}:{first['column']}: error: ")
              and lines[start].endswith(f"[{finding['rule']}]"),
              f"line '{lines[start]}' is not finding {finding['rule']} at its first claim")
        body = "\n".join(lines[start:end])
        for claim in finding["claims"]:
            check(f"note: {claim['file']}:{claim['line']}:{claim['column']}: {claim['id']} " in body,
                  f"finding {finding['rule']} has no note on {claim['id']}")
    check(lines[-1].startswith(f"claimcheck: {len(findings)} findings"), f"last line: {lines[-1]}")


def aspect_github(binary, _work):
    out, _ = run(binary, *CSTO, "--format", "github")
    findings = sorted(findings_of(binary), key=lambda f: f["rank"])
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    check(len(errors) == len(findings), f"{len(errors)} ::error commands for {len(findings)} findings")
    for line, finding in zip(errors, findings):
        first = finding["claims"][0]
        check(f"file={first['file']},line={first['line']},col={first['column']}," in line,
              f"command for {finding['rule']} is not at its first claim: {line[:120]}")
        check(f"title=claimcheck%3A {finding['rule']}::" in line, f"command for {finding['rule']} lacks its title")
        for claim in finding["claims"]:
            check(claim["id"] in line, f"command for {finding['rule']} does not name {claim['id']}")


def aspect_baseline(binary, work):
    baseline = os.path.join(work, "baseline.json")
    sarif, _ = run(binary, *CSTO, "--write-baseline", baseline, "--format", "sarif")
    fingerprints = sorted(r["partialFingerprints"]["claimcheck/v2"] for r in json.loads(sarif)["runs"][0]["results"])
    with open(baseline, encoding="utf-8") as written:
        recorded = sorted(f["fingerprint"] for f in json.load(written)["findings"])
    check(recorded == fingerprints, f"baseline records {recorded}, SARIF fingerprints are {fingerprints}")
    out, _ = run(binary, *CSTO, "--baseline", baseline, "--format", "json", expect_rc=(0,))
    report = json.loads(out)
    check(report["findings"] == [] and report["summary"]["findings"] == 0, "the baseline did not accept every finding")
    check(sorted(report["baseline"]["accepted"]) == fingerprints and report["baseline"]["stale"] == [],
          f"baseline section {report['baseline']}")


def aspect_cache(binary, work):
    cache = os.path.join(work, "cache")
    plain, _ = run(binary, *CSTO, "--format", "json")
    filled, _ = run(binary, *CSTO, "--format", "json", "--cache", cache)
    check(os.listdir(cache), "--cache wrote nothing")
    reused, _ = run(binary, *CSTO, "--format", "json", "--cache", cache)
    check(filled == plain, "a check that fills the cache reports differently from a plain check")
    check(reused == plain, "a check from a filled cache reports differently from a plain check")


def defined_claims():
    """Every claim id (source-id/claim-id) the dataset's facts files define, read from their text."""
    root = DATASET["args"][0] if DATASET["args"] else "facts"
    ids = set()
    for folder, _dirs, files in os.walk(root):
        for name in files:
            with open(os.path.join(folder, name), encoding="utf-8") as facts:
                text = facts.read()
            source = re.search(r"^source:\n(?:  .*\n)*?  id: (\S+)$", text, re.M).group(1)
            ids |= {f"{source}/{claim}" for claim in re.findall(r"^  - id: (\S+)$", text, re.M)}
    return ids


def aspect_agreeing(binary, _work):
    # Judged on whatever the run finds, not only on the pinned findings (the json aspect pins them).
    findings = json_report(binary)["findings"]
    named = {claim for group in DATASET["agreeing"] for claim in group} | set(DATASET.get("in_no_finding", []))
    missing = named - defined_claims()
    check(not missing, f"agreeing claims the facts do not define: {sorted(missing)}")
    for finding in findings:
        ids = {c["id"] for c in finding["claims"]}
        for group in DATASET["agreeing"]:
            together = sorted(ids & set(group))
            check(len(together) <= 1, f"finding {finding_key(finding)} holds claims that agree: {together}")
        quiet = sorted(ids & set(DATASET.get("in_no_finding", [])))
        check(not quiet, f"finding {finding_key(finding)} holds claims no rule should find fault with: {quiet}")


ASPECTS = {name[len("aspect_"):]: fn for name, fn in globals().items() if name.startswith("aspect_")}


def main():
    global DATASET, CSTO
    if len(sys.argv) not in (3, 4) or sys.argv[2] not in ASPECTS or sys.argv[3:] and sys.argv[3] not in DATASETS:
        sys.exit(f"usage: {sys.argv[0]} BIN {{{'|'.join(ASPECTS)}}} [{'|'.join(DATASETS)}]")
    binary, aspect = os.path.realpath(sys.argv[1]), sys.argv[2]
    name = sys.argv[3] if len(sys.argv) == 4 else "article"
    DATASET = DATASETS[name]
    CSTO = DATASET["args"]
    with tempfile.TemporaryDirectory() as work:
        try:
            status = ASPECTS[aspect](binary, work)
        except Failed as failure:
            print(f"FAIL csto {name} {aspect}: {failure}")
            sys.exit(1)
    if status == SKIP:
        sys.exit(SKIP)
    print(f"ok   csto {name} {aspect}")


if __name__ == "__main__":
    main()

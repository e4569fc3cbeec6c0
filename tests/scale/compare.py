#!/usr/bin/env python3
"""Compares claimcheck's JSON report with a generator manifest: every planted contradiction is
reported (with its rule, and with every rule the manifest lists in `rules`, e.g. the symmetric
rule whose mirrored claim it reads), nothing else is, and the run was fully decided."""
import json
import sys


def planted(manifest):
    return {(p["rule"], tuple(sorted(p["claims"]))) for p in manifest["planted"]}


def reported(report):
    return {(f["rule"], tuple(sorted(c["id"] for c in f["claims"]))) for f in report["findings"]}


def wrong_rules(manifest, report):
    """Planted conflicts whose finding lists other rules than the manifest's `rules` (when given)."""
    found = {(f["rule"], tuple(sorted(c["id"] for c in f["claims"]))): f["rules"] for f in report["findings"]}
    wrong = []
    for p in manifest["planted"]:
        key = (p["rule"], tuple(sorted(p["claims"])))
        if "rules" in p and key in found and found[key] != p["rules"]:
            wrong.append("rules of %s %s: report %s, manifest %s" % (key[0], key[1], found[key], p["rules"]))
    return wrong


def main(manifest_path, report_path):
    manifest = json.load(open(manifest_path))
    report = json.load(open(report_path))
    problems = []
    if not report["checked"]:
        problems.append("the report is not checked: %s" % report["diagnostics"][:3])
    if report["summary"]["claims"] != manifest["claims"]:
        problems.append("claims: report %d, manifest %d" % (report["summary"]["claims"], manifest["claims"]))
    if report["unknown"]:
        problems.append("%d undecided groups" % len(report["unknown"]))
    want, got = planted(manifest), reported(report)
    problems += ["missed: %s %s" % m for m in sorted(want - got)]
    problems += ["invented: %s %s" % m for m in sorted(got - want)]
    problems += wrong_rules(manifest, report)
    for p in problems:
        print(p)
    print("%s: %d planted, %d reported" % ("ok" if not problems else "FAIL", len(want), len(got)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

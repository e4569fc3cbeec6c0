#!/usr/bin/env python3
"""Differential test of the semantics: random small datasets over six days in January 2024 and
five rule kinds (unique-event, precedes with min and max, single-value, after-event,
conflicts-with), checked by claimcheck and by brute force over every choice of days. Each
finding must be exactly one minimal unsatisfiable set of claims the brute force finds, and every
such set must be a finding: none missed, none invented, none larger than it needs to be.

   tests/semantics/brute_force.py CLAIMCHECK [--seeds 1 2 3 4] [--cases 150]"""
import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile

DAYS = 6
RULES = """vocabulary:
  events: [a, b]
  states:
    s: [u, v, w]
rules:
  - {id: ua, kind: unique-event, event: a}
  - {id: pab, kind: precedes, first: a, then: b, min: %s, max: %s}
  - {id: sv, kind: single-value, state: s}
  - {id: ae, kind: after-event, event: a, state: s, allowed: [u]}
  - {id: cw, kind: conflicts-with, this: b, other: {state: s, value: v}}
"""


def day(i):
    return "2024-01-%02d" % (i + 1)


def window(a, b):
    return day(a) if a == b else "%s/%s" % (day(a), day(b))


def random_window(rng):
    return tuple(sorted((rng.randrange(DAYS), rng.randrange(DAYS))))


def random_claims(rng, n):
    claims = []
    for i in range(n):
        cid = "c%d" % i
        if rng.random() < 0.5:
            claims.append(dict(id=cid, kind="event", name=rng.choice("ab"), at=random_window(rng)))
        elif rng.random() < 0.5:
            claims.append(dict(id=cid, kind="state", value=rng.choice("uvw"), at=random_window(rng)))
        else:
            claims.append(dict(id=cid, kind="span", value=rng.choice("uvw"), start=random_window(rng), end=random_window(rng)))
    return claims


def choices(claim):
    """Every (first day, last day) the claim allows."""
    if claim["kind"] != "span":
        return [(d, d) for d in range(claim["at"][0], claim["at"][1] + 1)]
    return [(f, l) for f in range(claim["start"][0], claim["start"][1] + 1)
            for l in range(claim["end"][0], claim["end"][1] + 1) if f <= l]


def allowed(claims, days, shortest, longest):
    """docs/rules.md's meaning of the five rules, pair by pair."""
    for (i, ci), (j, cj) in itertools.permutations(enumerate(claims), 2):
        (fi, li), (fj, lj) = days[i], days[j]
        if ci["kind"] == "event" and cj["kind"] == "event":
            if ci["name"] == cj["name"] == "a" and fi != fj:
                return False
            if ci["name"] == "a" and cj["name"] == "b" and not shortest <= fj - li <= longest:
                return False
        elif ci["kind"] == "event":
            if ci["name"] == "a" and cj["value"] != "u" and lj > fi:  # a non-u state reaching past the event
                return False
            if ci["name"] == "b" and cj["value"] == "v" and fj <= fi <= lj:
                return False
        elif cj["kind"] != "event" and i < j and ci["value"] != cj["value"] and not (li < fj or lj < fi):
            return False
    return True


def satisfiable(claims, shortest, longest):
    options = [choices(c) for c in claims]
    return all(options) and any(allowed(claims, days, shortest, longest) for days in itertools.product(*options))


def minimal_conflicts(claims, shortest, longest):
    found = []
    for size in range(1, len(claims) + 1):
        for subset in itertools.combinations(range(len(claims)), size):
            if any(set(m) <= set(subset) for m in found):
                continue
            if not satisfiable([claims[i] for i in subset], shortest, longest):
                found.append(subset)
    return {frozenset(claims[i]["id"] for i in m) for m in found}


def write_dataset(folder, claims, min_text, max_text):
    os.makedirs(folder + "/facts", exist_ok=True)
    os.makedirs(folder + "/rules", exist_ok=True)
    with open(folder + "/rules/r.yaml", "w") as f:
        f.write(RULES % (min_text, max_text))
    lines = ["source: {id: s, published: 2024-09-01}", "claims:"]
    for c in claims:
        lines.append("  - id: %s\n    quote: q\n    subject: X" % c["id"])
        if c["kind"] == "event":
            lines.append("    event: %s\n    at: %s" % (c["name"], window(*c["at"])))
        elif c["kind"] == "state":
            lines.append("    state: s\n    value: %s\n    at: %s" % (c["value"], window(*c["at"])))
        else:
            lines.append("    state: s\n    value: %s\n    from: %s\n    until: %s" % (c["value"], window(*c["start"]), window(*c["end"])))
    with open(folder + "/facts/a.yaml", "w") as f:
        f.write("\n".join(lines) + "\n")


def findings_of(claimcheck, folder):
    run = subprocess.run([claimcheck, folder + "/facts", "--rules", folder + "/rules", "--format", "json",
                          "--max-conflicts", "1000"], capture_output=True, text=True)
    report = json.loads(run.stdout)
    return run.returncode, {frozenset(c["id"].split("/")[1] for c in f["claims"]) for f in report["findings"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("claimcheck")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4])
    parser.add_argument("--cases", type=int, default=150)
    args = parser.parse_args()
    mismatches = checked = 0
    with tempfile.TemporaryDirectory() as work:
        for seed in args.seeds:
            for case in range(args.cases):
                rng = random.Random(seed * 100000 + case)
                claims = random_claims(rng, rng.randint(2, 5))
                min_days, max_days = rng.choice([0, 1, 2, 3]), rng.choice([2, 3, 4, 5, 10])
                # "min: N days" is an N-day span counting both ends: N − 1 days between them.
                shortest, longest = (0 if min_days == 0 else min_days - 1), max_days
                if not all(choices(c) for c in claims) or shortest > longest:
                    continue
                folder = "%s/case-%d-%d" % (work, seed, case)
                write_dataset(folder, claims, "0" if min_days == 0 else "%d days" % min_days, "%d days" % max_days)
                expected = minimal_conflicts(claims, shortest, longest)
                rc, got = findings_of(args.claimcheck, folder)
                checked += 1
                if got != expected or rc != (1 if expected else 0):
                    mismatches += 1
                    print("MISMATCH seed %d case %d (rc %d): expected %s, got %s\n%s" % (
                        seed, case, rc, sorted(map(sorted, expected)), sorted(map(sorted, got)),
                        open(folder + "/facts/a.yaml").read() + open(folder + "/rules/r.yaml").read()))
    print("brute force: %d cases, %d mismatches" % (checked, mismatches))
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hostile-but-valid dataset shapes: large groups of one subject that ordinary data desks
produce (daily series, daily figures, big rosters), consistent or with one planted conflict.

   bench/hostile.py SHAPE N OUT [--conflict]

writes OUT/facts/*.yaml (at most 10,000 claims a file), OUT/rules.yaml (only for shapes with
their own rules) and OUT/args (the arguments a check needs after the binary: facts, then
--rules). With --conflict the dataset holds exactly one minimal conflict, listed in
OUT/expected (one line of claim ids, sorted); without it, OUT/expected is empty.

Shapes:
  daily-series   one subject's single-value state as N one-day spans on consecutive days,
                 values cycling; the conflict is a second claim of another value on one day.
  daily-figures  N daily death tolls of one event, rising, under rules/events.yaml (its
                 two-claim expression rule); the conflict is one toll lower than the day before's.
  count          a closed `count` of N holders, each holding all of 2020, and the number claimed
                 over 2020; the conflict claims one holder more than there are.
  after-chain    N events, each `relation: after` the one before; the first on 2000-01-01; the
                 conflict dates the last on 1999-12-31 (before the first; a chain of any
                 length fits inside one day, docs/rules.md#allen).
  unique-2020    N claims of one unique event "in 2020"; the conflict adds one on 2021-03-01.
  count-short    the `count` roster, the number claimed one below the holders (the conflict
                 needs every claim); consistent: the number matches.
  anchor-chain   N claims of one unique event, each of another subject and dated two days
                 after the one before (`at: {after: ..., by: 2 days}`); the conflict dates the
                 last subject's event again on the second day.
"""
import argparse
import datetime
import os
import sys

PER_FILE = 10000
FIRST_DAY = datetime.date(2000, 1, 1)

RULES = {
    "daily-series": """vocabulary:
  states:
    level: [low, medium, high]
rules:
  - id: one-level
    kind: single-value
    state: level
""",
    "count": """vocabulary:
  states:
    membership: [member]
    seats: number
rules:
  - id: seats-match-members
    kind: count
    state: seats
    counts: {state: membership, value: [member]}
    set: closed
""",
    "after-chain": """vocabulary:
  events: [step]
rules:
  - id: relations
    kind: allen
""",
    "unique-2020": """vocabulary:
  events: [founding]
rules:
  - id: founded-once
    kind: unique-event
    event: founding
""",
}


RULES["count-short"] = RULES["count"]
RULES["anchor-chain"] = RULES["unique-2020"]


def day(i):
    return (FIRST_DAY + datetime.timedelta(days=i)).isoformat()


def daily_series(n, conflict):
    levels = ["low", "medium", "high"]
    claims = [dict(id="d%d" % i, subject="Station", state="level", value=levels[i % 3], frm=day(i), until=day(i))
              for i in range(n)]
    expected = []
    if conflict:
        k = n // 2
        other = levels[(k + 1) % 3]
        claims.append(dict(id="planted", subject="Station", state="level", value=other, frm=day(k), until=day(k)))
        expected = ["s0/d%d" % k, "s%d/planted" % (n // PER_FILE)]
    return claims, expected


def daily_figures(n, conflict):
    claims = [dict(id="d%d" % i, subject="Quake", state="casualties", value=10 * (i + 1), at=day(i)) for i in range(n)]
    expected = []
    if conflict:
        k = n // 2
        claims[k]["value"] = 10 * k - 5  # below day k-1's toll (10 k), above day k-2's (10 k - 10)
        expected = ["s%d/d%d" % ((k - 1) // PER_FILE, k - 1), "s%d/d%d" % (k // PER_FILE, k)]
    return claims, expected


def count(n, conflict):
    claims = [dict(id="m%d" % i, subject="Member %d" % i, state="membership", object="Assembly", value="member",
                   frm="2020-01-01", until="2020-12-31") for i in range(n)]
    seats = dict(id="seats", subject="Assembly", state="seats", value=n + 1 if conflict else n, frm="2020-01-01",
                 until="2020-12-31")
    claims.insert(0, seats)
    return claims, ["s0/seats"] if conflict else []


def after_chain(n, conflict):
    claims = [dict(id="e0", subject="Chain", event="step", at=day(0))]
    for i in range(1, n):
        claims.append(dict(id="e%d" % i, subject="Chain", event="step", relation="after",
                           other="s%d/e%d" % ((i - 1) // PER_FILE, i - 1)))
    if conflict:
        claims[-1]["at"] = day(-1)
    return claims, ["(the whole chain)"] if conflict else []


def unique_2020(n, conflict):
    claims = [dict(id="u%d" % i, subject="Club", event="founding", at="2020") for i in range(n)]
    expected = []
    if conflict:
        claims.append(dict(id="planted", subject="Club", event="founding", at="2021-03-01"))
        expected = ["(any 2020 claim with s%d/planted)" % (n // PER_FILE)]
    return claims, expected


def count_short(n, conflict):
    claims, _ = count(n, False)
    claims[0]["value"] = n - 1 if conflict else n
    return claims, ["(every claim)"] if conflict else []


def anchor_chain(n, conflict):
    claims = [dict(id="a0", subject="Y0", event="founding", at=day(0))]
    for i in range(1, n):
        claims.append(dict(id="a%d" % i, subject="Y%d" % i, event="founding",
                           at="{after: s%d/a%d, by: 2 days}" % ((i - 1) // PER_FILE, i - 1)))
    claims.append(dict(id="planted", subject="Y%d" % (n - 1), event="founding",
                       at=day(1) if conflict else day(2 * (n - 1))))
    return claims, ["(the whole chain)"] if conflict else []


SHAPES = {"daily-series": daily_series, "daily-figures": daily_figures, "count": count,
          "after-chain": after_chain, "unique-2020": unique_2020, "count-short": count_short,
          "anchor-chain": anchor_chain}


def claim_yaml(claim):
    lines = ["  - id: %s" % claim["id"], "    quote: \"generated\"", "    subject: %s" % claim["subject"]]
    for key in ("event", "state", "object", "value", "relation", "other", "at"):
        if key in claim:
            lines.append("    %s: %s" % (key, claim[key]))
    if "frm" in claim:
        lines.append("    from: %s" % claim["frm"])
        lines.append("    until: %s" % claim["until"])
    return "\n".join(lines) + "\n"


def write(out, shape, claims, expected):
    facts = os.path.join(out, "facts")
    os.makedirs(facts, exist_ok=True)
    for f in range(0, len(claims), PER_FILE):
        index = f // PER_FILE
        with open(os.path.join(facts, "s%d.yaml" % index), "w") as handle:
            handle.write("source:\n  id: s%d\n  title: generated %s\n  published: 2024-01-01\n\nclaims:\n" % (index, shape))
            for claim in claims[f:f + PER_FILE]:
                handle.write(claim_yaml(claim))
    rules = os.path.join(out, "rules.yaml")
    if shape in RULES:
        with open(rules, "w") as handle:
            handle.write(RULES[shape])
    else:
        rules = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules", "events.yaml")
    with open(os.path.join(out, "args"), "w") as handle:
        handle.write("%s\n--rules\n%s\n" % (facts, os.path.abspath(rules)))
    with open(os.path.join(out, "expected"), "w") as handle:
        if expected:
            handle.write(" ".join(sorted(expected)) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shape", choices=sorted(SHAPES))
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--conflict", action="store_true")
    args = parser.parse_args()
    if args.n < 3:
        sys.exit("N must be at least 3")
    claims, expected = SHAPES[args.shape](args.n, args.conflict)
    write(args.out, args.shape, claims, expected)


if __name__ == "__main__":
    main()

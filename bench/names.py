#!/usr/bin/env python3
"""Writes a dataset of N claims on N distinct entity names, with K planted look-alikes, to time
the similar-names check (docs/benchmarks.md, "Entity names").

Usage: bench/names.py N DIR [--slips K] [--seed S] [--same]
  DIR/facts/src-<n>.yaml (1,000 claims each) and DIR/rules/names.yaml. Names are random words of
  6 to 14 letters in one or two parts; each slip adds a claim whose name is a planted name with
  one letter changed, and as many with one name in another case. --same writes one name for every
  claim instead (the same files otherwise): the floor to subtract.
"""
import argparse
import os
import random
import string


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--slips", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--same", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names, seen = [], set()
    while len(names) < args.n:
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 14)))
        if rng.random() < 0.3:
            word = word[:3] + " " + word[3:]
        name = word.capitalize()
        if name not in seen:
            seen.add(name)
            names.append(name)
    for k in range(args.slips):
        planted = names[k * 7]
        at = len(planted) // 2
        letter = "q" if planted[at] != "q" else "z"
        names.append(planted[:at] + letter + planted[at + 1:])
        names.append(names[k * 7 + 3].upper())
    if args.same:
        names = ["Same"] * len(names)
    os.makedirs(os.path.join(args.out, "facts"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "rules"), exist_ok=True)
    with open(os.path.join(args.out, "rules", "names.yaml"), "w") as f:
        f.write("vocabulary:\n  events: [visit]\nrules: []\n")
    for start in range(0, len(names), 1000):
        with open(os.path.join(args.out, "facts", "src-%06d.yaml" % start), "w") as f:
            f.write("source:\n  id: src-%d\n  published: 2024-09-01\nclaims:\n" % start)
            for i, name in enumerate(names[start:start + 1000], start):
                f.write("  - {id: c%d, quote: q, subject: \"%s\", event: visit, at: 2024}\n" % (i, name))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Re-checks with --cache against full checks, on random edits of generated datasets.

After a clean check with --cache, a re-check reads, grounds and decides only the groups an edit
can reach (docs/scaling.md, "Re-checks"). Each round here edits one to three claims of a
generated dataset at random (dates, values, subjects and objects, which merge and split groups,
Allen relations and anchors to other files' claims, quotes), sometimes also adds or removes a
claim, breaks a file, or edits nothing; then runs `check --cache` and a plain `check` and
requires the same report byte for byte and the same exit code. It also requires that the
re-check path really ran in most rounds, so the test cannot pass by always checking everything.

   tests/scale/recheck.py CLAIMCHECK GENERATE [--seeds 1,2,3] [--rounds 30]   (RECHECK_VERBOSE=1: each round)
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

BLOCK = re.compile(r"  - id: (\S+)\n(?:    .*\n)*")


def claims_of(path):
    text = open(path).read()
    return text, list(BLOCK.finditer(text))


def source_id(path):
    return os.path.basename(path)[: -len(".yaml")]


def set_field(block, field, value):
    line = "    %s: %s\n" % (field, value)
    if re.search(r"^    %s: .*$" % field, block, re.M):
        return re.sub(r"^    %s: .*\n" % field, line, block, count=1, flags=re.M)
    return block + line


def rewrite_undated(path, claim, edit):
    """Rewrites claim `claim` of `path` as `edit` makes it from its block without its time lines
    (the file is read again: an earlier step may have edited it)."""
    text = open(path).read()
    match = next(m for m in BLOCK.finditer(text) if m.group(1) == claim)
    block = re.sub(r"^    (?:at|from|until|for): .*\n", "", match.group(0), flags=re.M)
    open(path, "w").write(text[: match.start()] + edit(block) + text[match.end():])


def shift_year(block, rng):
    def shift(match):
        return str(int(match.group(0)) + rng.choice([-3, -1, 1, 2, 5]))
    for field in ("at", "from", "until"):
        found = re.search(r"^    %s: (\".*\")$" % field, block, re.M)
        if found and re.search(r"\b(1[89]|20)\d\d\b", found.group(1)):
            value = re.sub(r"\b(1[89]|20)\d\d\b", shift, found.group(1), count=1)
            return set_field(block, field, value)
    return None


# Rules that relate claims of different pairs: contemporary (a relation and its entities'
# lifetimes) and count (a count and the claims it counts). Edits favour their claims, so new
# links across pairs are made often enough to catch a re-check that misses one.
def cross_pair_links(rules_text):
    """(name to edit, name of the claim whose subject it gets as object) per contemporary and
    count rule: a relation and the event beginning an entity's lifetime, a counted state and the count."""
    links = re.findall(r"kind: contemporary\n    relation: ([\w-]+)\n    begins: ([\w-]+)", rules_text)
    links += [(counted, count) for count, counted in
              re.findall(r"kind: count\n    state: ([\w-]+)\n    counts: \{state: ([\w-]+)", rules_text)]
    return links


def mirrored_names(rules_text):
    """(name, mirror's name) per symmetric and inverse rule: "A borders B" is read as "B borders A"."""
    pairs = [(n, n) for n in re.findall(r"kind: symmetric\n    relation: (?:\{(?:state|event): )?([\w-]+)", rules_text)]
    pairs += re.findall(r"kind: inverse\n    relation: (?:\{(?:state|event): )?([\w-]+)\}?\n    inverse: ([\w-]+)", rules_text)
    return pairs


def cross_pair_names(rules_text):
    names = re.findall(r"^    (?:relation|begins|ends): ([\w-]+)$", rules_text, re.M)
    names += re.findall(r"counts: \{state: ([\w-]+)", rules_text)
    names += re.findall(r"kind: count\n    state: ([\w-]+)", rules_text)
    return set(names)


class Dataset:
    def __init__(self, root, rng):
        rules = "".join(open(os.path.join(root, "rules", f)).read() for f in os.listdir(root + "/rules"))
        self.cross = cross_pair_names(rules)
        self.links = cross_pair_links(rules)
        self.mirrored = mirrored_names(rules)
        self.files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root + "/facts") for f in fs if f.endswith(".yaml"))
        self.rng = rng
        self.before = {}  # path -> its text before this round's edits

    def is_cross(self, block):
        found = re.search(r"^    (?:event|state): (\S+)$", block, re.M)
        return bool(found) and found.group(1) in self.cross

    def random_claim(self, cross=False):
        for _ in range(200):
            path = self.rng.choice(self.files)
            text, blocks = claims_of(path)
            block = self.rng.choice(blocks)
            if not cross or self.is_cross(block.group(0)):
                break
        self.before.setdefault(path, text)
        return path, text, block

    def undo(self):
        """Puts back every file edited since the last call (an edit that made the dataset invalid)."""
        for path, text in self.before.items():
            open(path, "w").write(text)
        self.before = {}

    def random_field(self, field, like=None, cross=False):
        """Some claim's `field`, from a claim that has the line `like` when given."""
        for _ in range(400):
            path = self.rng.choice(self.files)
            _, blocks = claims_of(path)
            block = self.rng.choice(blocks).group(0)
            found = re.search(r"^    %s: (.*)$" % field, block, re.M)
            if found and (like is None or like in block) and (not cross or self.is_cross(block)):
                return found.group(1)
        return None

    def random_full_id(self):
        path, _, block = self.random_claim()
        return "%s/%s" % (source_id(path), block.group(1))

    def edit_one(self):
        """Edits one claim in place; returns what it did, or None when the edit did not apply."""
        cross = self.rng.random() < 0.5
        path, text, match = self.random_claim(cross)
        block = match.group(0)
        kind = self.rng.choice(["object-to-subject", "object-to-subject", "subject-to-object", "date", "object"] if cross else
                               ["date", "date", "value", "object", "subject", "relation", "anchor", "quote",
                                "object-to-subject", "subject-to-object"])
        if kind == "date":
            edited = shift_year(block, self.rng)
        elif kind == "value":
            state = re.search(r"^    state: .*$", block, re.M)
            value = self.random_field("value", state.group(0) + "\n") if state else None
            edited = set_field(block, "value", value) if value else None
        elif kind == "object":
            edited = set_field(block, "object", self.random_field("object", cross=cross) or "Org-1")
        elif kind == "object-to-subject":  # e.g. a seat or a visit joins an entity that other claims count or date
            edited = set_field(block, "object", self.random_field("subject", cross=cross) or "Org-1")
        elif kind == "subject-to-object":
            edited = set_field(block, "subject", self.random_field("object", cross=cross) or "Org-1")
        elif kind == "subject":
            edited = set_field(block, "subject", self.random_field("subject", cross=cross) or "Country-1")
        elif kind == "relation":
            if "    relation:" in block:
                edited = set_field(block, "other", self.random_full_id())
            else:
                edited = set_field(block, "relation", "before") + "    other: %s\n" % self.random_full_id()
        elif kind == "anchor":
            if "    at:" not in block:
                return None
            edited = set_field(block, "at", "{after: %s, by: \"2 weeks\"}" % self.random_full_id())
        else:
            edited = set_field(block, "quote", "\"Edited %d.\"" % self.rng.randrange(10 ** 6))
        if not edited or edited == block:
            return None
        open(path, "w").write(text[: match.start()] + edited + text[match.end():])
        return "%s %s/%s" % (kind, source_id(path), match.group(1))

    def claim_named(self, name):
        for _ in range(2000):
            path, text, match = self.random_claim()
            if re.search(r"^    (?:event|state): %s$" % re.escape(name), match.group(0), re.M):
                return path, text, match
        return None

    def link_across(self):
        """Points a claim at the entity of a claim another pair's rule reads (a visit at a newly
        founded organisation, a council seat in a counted council), on the same day."""
        if not self.links:
            return None
        edited_name, entity_name = self.rng.choice(self.links)
        one, other = self.claim_named(entity_name), self.claim_named(edited_name)
        if not one or not other:
            return None
        a = one[2].group(0)
        day = re.search(r"^    at: .*$", a, re.M)
        subject = re.search(r"^    subject: (.*)$", a, re.M)
        if not day or not subject:
            return None
        path, claim = other[0], other[2].group(1)
        rewrite_undated(path, claim, lambda block: set_field(block, "object", subject.group(1)) + day.group(0) + "\n")
        return "link %s/%s to %s" % (source_id(path), claim, subject.group(1))

    def mirror_across(self):
        """Gives a claim the reversed pair of a claim a symmetric or inverse rule mirrors (A leaves
        B, then B admits A), on the same day, so the mirror relates the two."""
        if not self.mirrored:
            return None
        name, mirror = self.rng.choice(self.mirrored)
        one, other = self.claim_named(name), self.claim_named(mirror)
        if not one or not other:
            return None
        a = one[2].group(0)
        subject = re.search(r"^    subject: (.*)$", a, re.M)
        obj = re.search(r"^    object: (.*)$", a, re.M)
        times = re.findall(r"^    (?:at|from|until|for): .*\n", a, re.M)
        if not subject or not obj:
            return None
        path, claim = other[0], other[2].group(1)
        rewrite_undated(path, claim, lambda block: set_field(set_field(block, "subject", obj.group(1)), "object",
                                                             subject.group(1)) + "".join(times))
        return "mirror %s/%s onto %s/%s" % (source_id(path), claim, obj.group(1), subject.group(1))

    def add_or_remove(self):
        path, text, match = self.random_claim()
        if self.rng.random() < 0.5:
            copy = re.sub(r"^  - id: \S+", "  - id: added%d" % self.rng.randrange(10 ** 6), match.group(0), flags=re.M)
            open(path, "w").write(text + copy if text.endswith("\n") else text + "\n" + copy)
            return "add after %s" % source_id(path)
        open(path, "w").write(text[: match.start()] + text[match.end():])
        return "remove %s/%s" % (source_id(path), match.group(1))

    def break_file(self):
        """Gives a claim a date that does not parse; returns the file and its text before."""
        path, text, match = self.random_claim()
        edited = set_field(match.group(0), "at", "\"Febuary 2020\"")
        open(path, "w").write(text[: match.start()] + edited + text[match.end():])
        return path, text, "break %s/%s" % (source_id(path), match.group(1))


def run(argv):
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return done.returncode, done.stdout, done.stderr.decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("claimcheck")
    parser.add_argument("generate")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    failures = 0
    rechecks = rounds = 0
    with tempfile.TemporaryDirectory() as work:
        for seed in [int(s) for s in args.seeds.split(",")]:
            rng = random.Random(seed)
            root = "%s/seed-%d" % (work, seed)
            subprocess.run([args.generate, "--claims", "3000", "--seed", str(seed), "--per-file", "100", "--out", root],
                           check=True, stdout=subprocess.DEVNULL)
            data = Dataset(root, rng)
            base = [args.claimcheck, "check", root + "/facts", "--rules", root + "/rules", "--format", "json",
                    "--progress", "never"]
            cached = base + ["--cache", root + "/cache", "--stats"]
            run(cached)  # the first, full check writes the snapshot
            broken = None
            for r in range(args.rounds):
                if broken:  # mend the broken file first: a run with an error leaves no snapshot
                    open(broken[0], "w").write(broken[1])
                    broken, what = None, ["mended"]
                    run(cached)  # the full check after mending writes the snapshot again
                else:
                    what = []
                roll = rng.random()
                if roll < 0.08:
                    what.append(data.add_or_remove())
                elif roll < 0.13:
                    path, text, said = data.break_file()
                    broken = (path, text)
                    what.append(said)
                elif roll < 0.18:
                    what.append("nothing")
                elif roll < 0.33:
                    what.append(data.link_across())
                elif roll < 0.45:
                    what.append(data.mirror_across())
                else:
                    for _ in range(rng.choice([1, 1, 2, 3])):
                        edit = data.edit_one()
                        if edit:
                            what.append(edit)
                cached_rc, cached_out, cached_err = run(cached)
                plain_rc, plain_out, _ = run(base)
                if plain_rc == 2 and not broken:  # an edit made the data invalid: compared, now undone
                    data.undo()
                data.before = {}
                rounds += 1
                if os.environ.get("RECHECK_VERBOSE"):
                    print(r, "; ".join(map(str, what)), "re-check" if "re-check:" in cached_err else "full check")
                if "re-check:" in cached_err:
                    rechecks += 1
                if cached_rc != plain_rc or cached_out != plain_out:
                    failures += 1
                    print("FAIL seed %d round %d (%s): exit %d vs %d, reports %s" % (
                        seed, r, "; ".join(what), cached_rc, plain_rc, "equal" if cached_out == plain_out else "differ"))
                    break
    # Adds, removes, broken and mended files fall back to a full check; most rounds must not.
    if failures == 0 and rechecks < rounds // 2:
        print("FAIL: only %d of %d rounds ran as re-checks" % (rechecks, rounds))
        failures += 1
    if failures:
        sys.exit(1)
    print("ok: %d rounds of random edits, %d of them re-checks, each reported exactly as a full check" % (rounds, rechecks))


if __name__ == "__main__":
    main()

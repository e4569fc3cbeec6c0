"""Random small datasets for the differential tester, and their YAML (facts and rules).

A dataset uses local names (events a, b, r, born, died; states s, n, k, m; entities X, Y, Z, O);
its YAML prefixes each with the dataset's prefix, so many datasets checked in one run never
share a subject, a claim id or a rule id, and fall into separate groups."""
import datetime
import random

KINDS = ["unique-event", "single-value", "after-event", "precedes", "duration", "conflicts-with",
         "requires", "lifecycle", "allen", "contemporary", "symmetric", "inverse", "count", "expression"]

FIRST_DAY = datetime.date(2024, 1, 1)
EVENTS = ["a", "b", "r", "born", "died"]
WORDS = ["u", "v", "w"]
NUMBERS = ["3", "5", "5.0", "4", "-0", "0", "about 5", "more than 4", "at least 5", "fewer than 5",
           "at most 4", "3-5", "nearly 5", "between 2 and 4", "4 to 6", "over 3", "under 4", "up to 5",
           "around 10", "9"]
COUNT_NUMBERS = ["0", "1", "2", "3", "about 2", "more than 1", "at least 2", "fewer than 2", "at most 1",
                 "1-2", "nearly 2", "2.5", "up to 3", "over 2"]
RELATIONS = ["before", "after", "meets", "met-by", "overlaps", "overlapped-by", "starts", "started-by",
             "during", "contains", "finishes", "finished-by", "equals"]


def day_text(d):
    return (FIRST_DAY + datetime.timedelta(days=d)).isoformat()


def window_text(w):
    return day_text(w[0]) if w[0] == w[1] else "%s/%s" % (day_text(w[0]), day_text(w[1]))


# ---------------------------------------------------------------- random datasets

class Maker:
    def __init__(self, rng, days, kinds):
        self.rng = rng
        self.days = days
        self.kinds = kinds
        self.claims = []
        self.free_claims = 0

    def window(self):
        lo = self.rng.randrange(self.days)
        hi = min(self.days - 1, lo + self.rng.choice([0, 0, 0, 1, 1, 2, 3]))
        return [lo, hi]

    def duration(self, zero=False):
        n = self.rng.choice([1, 2, 2, 3, 4])
        if zero and self.rng.random() < 0.2:
            return "0"
        return "%d day%s" % (n, "" if n == 1 else "s")

    def anchor_phrase(self, t):
        """The article's words for an anchor (docs/time.md): a gap's own phrase, or a fixed one."""
        after = t["anchor"] == "after"
        forms = ["the day after", "the next day", "the same day"] if after else ["the day before", "the previous day"]
        forms.append((t["by"] + " " if t.get("by") else "") + ("later" if after else "earlier"))
        return self.rng.choice(forms)

    def time(self, kind, allow_anchor=True):
        rng = self.rng
        roll = rng.random()
        if allow_anchor and self.claims and roll < 0.12 and self.free_claims < 2:
            self.free_claims += 1
            t = {"anchor": rng.choice(["after", "before"]), "target": rng.choice(self.claims)["id"]}
            if rng.random() < 0.7:
                t["by"] = self.duration()
            if rng.random() < 0.4:
                t["phrase"] = self.anchor_phrase(t)
            return t
        if roll < 0.55:
            return {"at": self.window()}
        shape = rng.random()
        if shape < 0.55:
            f, u = self.window(), self.window()
            if f[0] > u[1]:
                f, u = u, f
            if f[0] > u[1]:
                return {"at": f}
            return {"from": f, "until": u}
        if shape < 0.75:
            return {"from": self.window(), "for": self.duration()}
        if shape < 0.92:
            return {"until": self.window(), "for": self.duration()}
        if self.free_claims < 2:
            self.free_claims += 1
            return {"from": self.window()}
        return {"at": self.window()}

    def claim(self, kind, name, value=None, subject="X", obj=None):
        c = {"id": "c%d" % len(self.claims), "kind": kind, "name": name, "subject": subject,
             "time": self.time(kind)}
        if obj:
            c["object"] = obj
        if value is not None:
            c["value"] = value
        self.claims.append(c)
        return c


def word(w):
    return {"word": w}


def num(text):
    return {"num": text}


def state_value(rng, name):
    if name == "n":
        return num(rng.choice(NUMBERS))
    if name == "k":
        return num(rng.choice(COUNT_NUMBERS))
    if name == "m":
        return word(rng.choice(["in", "in", "out"]))
    return word(rng.choice(WORDS))


def random_selector(rng, allow_object=True):
    roll = rng.random()
    if roll < 0.4:
        return {"event": rng.choice(["a", "b"])}
    sel = {"state": "s"}
    if rng.random() < 0.7:
        sel["value"] = [word(v) for v in rng.sample(WORDS, rng.choice([1, 1, 2]))]
    if allow_object and rng.random() < 0.15:
        sel["object"] = "O"
    return sel


def make_rule(rng, kind, index):
    rid = "%s-%d" % (kind, index)
    if kind == "unique-event":
        return {"id": rid, "kind": kind, "event": rng.choice(["a", "b"])}
    if kind == "single-value":
        rule = {"id": rid, "kind": kind, "state": rng.choice(["s", "n", "n"])}
        if rule["state"] == "n" and rng.random() < 0.3:
            rule["tolerance"] = rng.choice(["±1", "10%", "±0.5"])
        return rule
    if kind == "after-event":
        state = rng.choice(["s", "n"])
        allowed = [word(v) for v in rng.sample(WORDS, rng.choice([1, 2]))] if state == "s" else \
            [num(rng.choice(["5", "4", "0", "3"]))]
        return {"id": rid, "kind": kind, "event": rng.choice(["a", "b"]), "state": state, "allowed": allowed}
    if kind == "precedes":
        rule = {"id": rid, "kind": kind, "first": random_selector(rng), "then": random_selector(rng)}
        if rng.random() < 0.5:
            rule["min"] = rng.choice(["0", "1 day", "2 days", "3 days"])
        if rng.random() < 0.5:
            rule["max"] = rng.choice(["0", "1 day", "2 days", "3 days", "5 days"])
        if rule.get("min") and rule.get("max") and int(rule["min"][0]) > int(rule["max"][0]):
            rule["min"], rule["max"] = rule["max"], rule["min"]
        if rule.get("min") and rule.get("max") and rule["min"] != "0" and rule["max"] == "0":
            del rule["max"]
        if rng.random() < 0.25:
            rule["match"] = "subject"
        return rule
    if kind == "duration":
        rule = {"id": rid, "kind": kind}
        if rng.random() < 0.4:
            rule["event"] = rng.choice(["a", "b"])
        else:
            rule["state"] = "s"
            if rng.random() < 0.6:
                rule["value"] = [word(rng.choice(WORDS))]
        lo, hi = sorted(rng.sample([1, 2, 3, 4, 5], 2))
        which = rng.random()
        if which < 0.4:
            rule["min"] = "%d days" % lo
        elif which < 0.7:
            rule["max"] = "%d days" % hi
        else:
            rule["min"], rule["max"] = "%d days" % lo, "%d days" % hi
        return rule
    if kind == "conflicts-with":
        rule = {"id": rid, "kind": kind, "this": random_selector(rng), "other": random_selector(rng)}
        if rng.random() < 0.3:
            rule["when"] = "ever"
        if rng.random() < 0.3:
            rule["match"] = "subject"
        return rule
    if kind == "requires":
        other = {"state": "s", "value": [word(v) for v in rng.sample(WORDS, rng.choice([1, 2]))]}
        if rng.random() < 0.15:
            other["object"] = "O"
        rule = {"id": rid, "kind": kind, "this": random_selector(rng), "other": other}
        if rng.random() < 0.3:
            rule["match"] = "subject"
        return rule
    if kind == "lifecycle":
        pairs = [(f, t) for f in WORDS for t in WORDS if f != t]
        steps = []
        for f, t in rng.sample(pairs, rng.choice([1, 2, 3])):
            steps.append([word(f), word(t), "r" if rng.random() < 0.35 else None])
        return {"id": rid, "kind": kind, "state": "s", "transitions": steps}
    if kind == "allen":
        return {"id": rid, "kind": kind}
    if kind == "contemporary":
        rule = {"id": rid, "kind": kind, "relation": rng.choice([{"event": "a"}, {"state": "s"}])}
        roll = rng.random()
        if roll < 0.8:
            rule["begins"] = {"event": "born"}
        if roll > 0.3:
            rule["ends"] = rng.choice([{"event": "died"}, {"state": "s", "value": [word("w")]}])
        return rule
    if kind == "symmetric":
        return {"id": rid, "kind": kind, "relation": rng.choice([{"event": "a"}, {"state": "s"}])}
    if kind == "inverse":
        return {"id": rid, "kind": kind, "relation": {"event": "a"}, "inverse": "b"}
    if kind == "count":
        return {"id": rid, "kind": kind, "state": "k", "counts": {"state": "m", "value": [word("in")]},
                "set": rng.choice(["at-least", "at-most", "closed"])}
    if kind == "expression":
        return make_expression(rng, rid)
    raise ValueError(kind)


def make_expression(rng, rid):
    numeric = rng.random() < 0.5
    sel = {"state": "n"} if numeric else rng.choice([{"event": "a"}, {"event": "b"}, {"state": "s"}])
    other = {"state": "n"} if numeric else rng.choice([{"event": "a"}, {"event": "b"}, {"state": "s"}])
    bind = [["x", sel], ["y", other]]

    def day_atom():
        left = (rng.choice(["start", "end"]), "x")
        right = (rng.choice(["start", "end"]), "y")
        k = rng.choice([0, 0, 1, 2, -1])
        rhs = right if k == 0 else ("+", right, ("int", k)) if k > 0 else ("-", right, ("int", -k))
        return (rng.choice(["<", "<=", ">=", ">", "==", "!="]), left, rhs)

    def value_atom():
        if rng.random() < 0.3:
            return (rng.choice(["<", "<=", ">=", ">", "!="]), ("value", rng.choice(["x", "y"])), ("int", rng.choice([3, 4, 5])))
        k = rng.choice([0, 0, 1, 2])
        right = ("value", "y") if k == 0 else ("+", ("value", "y"), ("int", k))
        return (rng.choice(["<", "<=", ">=", ">", "==", "!="]), ("value", "x"), right)

    atoms = [value_atom() if numeric and rng.random() < 0.6 else day_atom() for _ in range(rng.choice([1, 2, 2, 3]))]
    ast = atoms[0]
    for atom in atoms[1:]:
        ast = (rng.choice(["or", "and", "or"]), ast, atom)
    if rng.random() < 0.15:
        ast = ("not", ast)
    reads = sorted({n for n in "xy" if ("value", n) in list(walk(ast))})
    rule = {"id": rid, "kind": "expression", "bind": bind, "ast": ast, "assert": render(ast), "reads_value": reads}
    if rng.random() < 0.2:
        rule["match"] = "subject"
    return rule


def walk(node):
    yield node
    for child in node[1:]:
        if isinstance(child, tuple):
            yield from walk(child)


def render(node):
    op = node[0]
    if op == "int":
        return str(node[1])
    if op in ("start", "end", "value"):
        return "%s(%s)" % (op, node[1])
    if op in ("+", "-"):
        return "%s %s %s" % (render(node[1]), op, render(node[2]))
    if op == "not":
        return "not (%s)" % render(node[1])
    if op in ("and", "or"):
        return "(%s) %s (%s)" % (render(node[1]), op, render(node[2]))
    return "%s %s %s" % (render(node[1]), op, render(node[2]))


def claims_for(maker, rules, count):
    """Claims the rules can relate, with some noise: names and subjects the rules mention."""
    rng = maker.rng
    kinds = {r["kind"] for r in rules}
    entity_pairs = "symmetric" in kinds or "inverse" in kinds or "contemporary" in kinds
    for _ in range(count):
        roll = rng.random()
        subject = rng.choice(["X", "X", "X", "Y"])
        obj = rng.choice([None, None, "O"])
        if entity_pairs:
            subject, obj = rng.choice([("X", "Y"), ("Y", "X"), ("X", None), ("Y", None), ("X", "Y")])
        if "count" in kinds and roll < 0.6:
            if rng.random() < 0.3:
                maker.claim("state", "k", state_value(rng, "k"), subject="O")
            else:
                maker.claim("state", "m", state_value(rng, "m"), subject=rng.choice(["X", "Y", "Z"]), obj="O")
            continue
        if "contemporary" in kinds and roll < 0.45:
            maker.claim("event", rng.choice(["born", "died"]), subject=rng.choice(["X", "Y"]))
            continue
        numeric = any(r.get("state") == "n" for r in rules) or \
            any(sel.get("state") == "n" for r in rules if r["kind"] == "expression" for _, sel in r["bind"])
        if roll < 0.45:
            maker.claim("event", rng.choice(["a", "a", "b", "r"] if "lifecycle" in kinds else ["a", "a", "b"]),
                        subject=subject, obj=obj)
        elif numeric and rng.random() < 0.6:
            maker.claim("state", "n", state_value(rng, "n"), subject=subject, obj=obj)
        else:
            maker.claim("state", "s", state_value(rng, "s"), subject=subject, obj=obj)
    if "allen" in kinds and len(maker.claims) >= 2:
        for c in maker.claims[1:]:
            if rng.random() < 0.45:
                other = rng.choice([o for o in maker.claims if o is not c])
                c["relation"] = [rng.choice(RELATIONS), other["id"]]
                if rng.random() < 0.15 and "anchor" not in c["time"] and maker.free_claims < 1 and \
                        not any(o["time"].get("target") == c["id"] for o in maker.claims):
                    maker.free_claims += 2
                    c["time"] = {"none": True}


def random_dataset(rng, focus, days=6, max_claims=8):
    rules = [make_rule(rng, focus, 0)]
    if focus in ("symmetric", "inverse"):
        rules.append(make_rule(rng, rng.choice(["single-value", "unique-event", "precedes", "conflicts-with"]), 1))
    for k in range(rng.choice([0, 0, 1, 1, 2])):
        extra = rng.choice([k for k in KINDS if k not in ("symmetric", "inverse", "count", "contemporary")])
        rules.append(make_rule(rng, extra, len(rules)))
    maker = Maker(rng, days, [r["kind"] for r in rules])
    claims_for(maker, rules, rng.choice(range(2, max_claims + 1)))
    return {"days": days, "focus": focus, "claims": maker.claims, "rules": rules}


# ---------------------------------------------------------------- YAML

def q(text):
    """A YAML double-quoted scalar."""
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"')


def value_yaml(v):
    return q(v["word"]) if "word" in v else v["num"]


def selector_yaml(sel, p):
    if list(sel) == ["event"]:
        return p + sel["event"]
    parts = []
    if "event" in sel:
        parts.append("event: " + p + sel["event"])
    if "state" in sel:
        parts.append("state: " + p + sel["state"])
    if sel.get("value"):
        parts.append("value: [%s]" % ", ".join(value_yaml(v) for v in sel["value"]))
    if sel.get("object"):
        parts.append("object: " + p + sel["object"])
    return "{%s}" % ", ".join(parts)


def time_yaml(t, p):
    if "at" in t:
        return ["at: " + window_text(t["at"])]
    if "anchor" in t:
        if t.get("phrase"):
            return ["at: {%s: %s}" % (t["phrase"], t["target"])]
        by = (", by: %s" % q(t["by"])) if t.get("by") else ""
        return ["at: {%s: %s%s}" % (t["anchor"], t["target"], by)]
    if t.get("none"):
        return []
    out = []
    if t.get("from"):
        out.append("from: " + window_text(t["from"]))
    if t.get("until"):
        out.append("until: " + window_text(t["until"]))
    if t.get("for"):
        out.append("for: " + q(t["for"]))
    return out


def facts_yaml(ds, p):
    lines = ["source:", "  id: %s" % p.rstrip("-"), "  published: 2024-06-01", "claims:"]
    for c in ds["claims"]:
        lines.append("  - id: %s" % c["id"])
        lines.append("    quote: q")
        lines.append("    subject: " + p + c["subject"])
        if c.get("object"):
            lines.append("    object: " + p + c["object"])
        lines.append("    %s: %s%s" % (c["kind"], p, c["name"]))
        if c.get("value"):
            lines.append("    value: " + value_yaml(c["value"]))
        for line in time_yaml(c["time"], p):
            lines.append("    " + line)
        if c.get("relation"):
            lines.append("    relation: " + c["relation"][0])
            lines.append("    other: " + c["relation"][1])
    return "\n".join(lines) + "\n"


def vocabulary_yaml(prefixes):
    lines = ["vocabulary:", "  events: [%s]" % ", ".join(p + e for p in prefixes for e in EVENTS), "  states:"]
    for p in prefixes:
        lines += ["    %ss: [u, v, w]" % p, "    %sn: number" % p, "    %sk: number" % p, "    %sm: [in, out]" % p]
    return "\n".join(lines) + "\n"


def rule_yaml(rule, p):
    lines = ["  - id: %s%s" % (p, rule["id"]), "    kind: " + rule["kind"]]
    kind = rule["kind"]
    for field in ("event", "state"):
        if field in rule and kind not in ("conflicts-with", "requires", "precedes"):
            lines.append("    %s: %s%s" % (field, p, rule[field]))
    if kind == "duration" and rule.get("value"):
        lines.append("    value: [%s]" % ", ".join(value_yaml(v) for v in rule["value"]))
    if "tolerance" in rule:
        lines.append("    tolerance: " + q(rule["tolerance"]))
    if "allowed" in rule:
        lines.append("    allowed: [%s]" % ", ".join(value_yaml(v) for v in rule["allowed"]))
    for field in ("first", "then", "this", "other", "relation", "begins", "ends", "counts"):
        if field in rule:
            lines.append("    %s: %s" % (field, selector_yaml(rule[field], p)))
    if "inverse" in rule:
        lines.append("    inverse: " + p + rule["inverse"])
    for field in ("min", "max"):
        if rule.get(field) is not None:
            lines.append("    %s: %s" % (field, q(rule[field])))
    for field in ("when", "match", "set"):
        if field in rule:
            lines.append("    %s: %s" % (field, rule[field]))
    if kind == "lifecycle":
        lines.append("    transitions:")
        for f, t, via in rule["transitions"]:
            step = "%s -> %s" % (f["word"], t["word"]) + (" via %s%s" % (p, via) if via else "")
            lines.append("      - " + q(step))
    if kind == "expression":
        lines.append("    bind:")
        for name, sel in rule["bind"]:
            lines.append("      %s: %s" % (name, selector_yaml(sel, p)))
        lines.append("    assert: " + q(rule["assert"]))
    return "\n".join(lines) + "\n"


def rules_yaml(datasets):
    """One pack for many datasets: (prefix, dataset) pairs."""
    return vocabulary_yaml([p for p, _ in datasets]) + "rules:\n" + "".join(
        rule_yaml(r, p) for p, ds in datasets for r in ds["rules"])

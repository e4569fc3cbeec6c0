"""Brute-force meaning of a small dataset, written from docs/facts.md, docs/time.md and docs/rules.md.

A set of claims is consistent when some choice of days (and of a number inside each hedged
value) satisfies every claim's own time and every rule over the claims of the set. A minimal
conflict is a minimal set that no consistent set of the dataset's claims contains (a claim outside
it may be true or not); where adding a claim only removes choices, that is a minimal inconsistent
set. Nothing here is shared with checker/:
deliberately plain code, searched by backtracking over every day of a small calendar.

A dataset is a dict (see generate.py): claims with local names and day numbers (day 0 is
2024-01-01), rules with local names."""
import itertools
import re
from fractions import Fraction

INF = None  # an open end of a number range


class TooBig(Exception):
    """The search would take too long; the dataset is skipped (and counted as skipped)."""


# ---------------------------------------------------------------- numbers and values (facts.md)

NUMBER = r"[-+]?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?"


def parse_number_range(text):
    """facts.md "Hedged numbers": (low, low_open, high, high_open), None for an infinite end."""
    t = text.strip()
    if re.fullmatch(NUMBER, t):
        x = Fraction(t)
        return (x, False, x, False)
    m = re.fullmatch(r"(about|around|roughly|approximately|some) (" + NUMBER + ")", t)
    if m:
        x = Fraction(m.group(2))
        a, b = x * Fraction(9, 10), x * Fraction(11, 10)
        return (min(a, b), False, max(a, b), False)
    m = re.fullmatch(r"(nearly|almost) (" + NUMBER + ")", t)
    if m:
        x = Fraction(m.group(2))
        return (x * Fraction(9, 10), False, x, False) if x >= 0 else (x, False, x * Fraction(9, 10), False)
    m = re.fullmatch(r"(more than|over|at least|fewer than|less than|under|at most|up to) (" + NUMBER + ")", t)
    if m:
        x, w = Fraction(m.group(2)), m.group(1)
        if w in ("more than", "over"):
            return (x, True, INF, False)
        if w == "at least":
            return (x, False, INF, False)
        if w in ("fewer than", "less than", "under"):
            return (INF, False, x, True)
        return (INF, False, x, False)
    m = re.fullmatch(r"(?:between )?(" + NUMBER + r")(?:-| to | and )(" + NUMBER + ")", t)
    if m:
        return (Fraction(m.group(1)), False, Fraction(m.group(2)), False)
    raise ValueError("not a number: %r" % text)


def value_of(v):
    """A claim's or a rule's value: ('word', text) or ('num', range)."""
    if v is None:
        return None
    if "word" in v:
        return ("word", v["word"])
    return ("num", parse_number_range(v["num"]))


def in_range(x, r):
    lo, lo_open, hi, hi_open = r
    if lo is not None and (x < lo or (lo_open and x == lo)):
        return False
    if hi is not None and (x > hi or (hi_open and x == hi)):
        return False
    return True


def ranges_meet(a, b):
    """Some number lies in both ranges."""
    lo, lo_open = None, False
    for r in (a, b):
        if r[0] is not None and (lo is None or r[0] > lo or (r[0] == lo and r[1])):
            lo, lo_open = r[0], r[1]
    hi, hi_open = None, False
    for r in (a, b):
        if r[2] is not None and (hi is None or r[2] < hi or (r[2] == hi and r[3])):
            hi, hi_open = r[2], r[3]
    if lo is None or hi is None:
        return True
    return lo < hi or (lo == hi and not lo_open and not hi_open)


def widen(r, tolerance):
    """single-value's tolerance: '±N' adds N each side, 'N%' N percent of each end."""
    if tolerance is None:
        return r
    lo, lo_open, hi, hi_open = r
    if tolerance.endswith("%"):
        p = Fraction(tolerance[:-1]) / 100
        return (None if lo is None else lo - abs(lo) * p, lo_open, None if hi is None else hi + abs(hi) * p, hi_open)
    n = Fraction(tolerance.lstrip("±"))
    return (None if lo is None else lo - n, lo_open, None if hi is None else hi + n, hi_open)


def same_value(a, b):
    """rules.md "Values in rules": the same value (a hedge only when it means the same range)."""
    return a[0] == b[0] and a[1] == b[1]


def differ(a, b, tolerance=None):
    """Surely different: a word and a number, two words, or numbers no single number fits."""
    if a[0] != b[0]:
        return True
    if a[0] == "word":
        return a[1] != b[1]
    return not ranges_meet(widen(a[1], tolerance), widen(b[1], tolerance))


def surely_listed(listed, v):
    return any(same_value(x, v) for x in listed)


def surely_unlisted(listed, v):
    return all(differ(x, v) for x in listed)


# ---------------------------------------------------------------- durations (time.md, rules.md)

def duration_bounds(text):
    """'N days' is N-1..N days; '0' is 0."""
    if text in ("0", 0):
        return (0, 0)
    m = re.fullmatch(r"(\d+) days?", text)
    if m:
        n = int(m.group(1))
        return (n - 1, n)
    m = re.fullmatch(r"(\d+) weeks?", text)
    if m:
        n = int(m.group(1))
        return (7 * n - 1, 7 * n)
    raise ValueError("unknown duration %r" % text)


def anchor_gap(t):
    """time.md "Relative to another claim": (after?, fewest days, most days or None) of an anchor,
    written as after/before with an optional `by`, or as the article's phrase."""
    phrase = t.get("phrase")
    fixed = {"the same day": (True, 0, 0), "the day after": (True, 1, 1), "the next day": (True, 1, 1),
             "the following day": (True, 1, 1), "the day before": (False, 1, 1), "the previous day": (False, 1, 1),
             "later": (True, 0, None), "earlier": (False, 0, None)}
    if phrase in fixed:
        return fixed[phrase]
    if phrase:
        words = phrase.split()
        lo, hi = duration_bounds(" ".join(words[:-1]))
        return (words[-1] in ("later", "after", "afterwards", "on"), lo, hi)
    lo, hi = duration_bounds(t["by"]) if t.get("by") else (0, None)
    return (t["anchor"] == "after", lo, hi)


# ---------------------------------------------------------------- readings of claims

class Reading:
    """A claim as rules see it: as written, or mirrored by a symmetric/inverse rule."""

    def __init__(self, owner, claim, subject, obj, name, mirrored):
        self.owner = owner
        self.subject = subject
        self.object = obj
        self.kind = claim["kind"]
        self.name = name
        self.value = value_of(claim.get("value"))
        self.relation = None if mirrored else claim.get("relation")
        self.is_point = "at" in claim["time"] or "anchor" in claim["time"]
        self.id = claim["id"]


def readings_of(ds):
    claims = ds["claims"]
    out = [Reading(i, c, c["subject"], c.get("object"), c["name"], False) for i, c in enumerate(claims)]
    for rule in ds["rules"]:
        if rule["kind"] not in ("symmetric", "inverse"):
            continue
        sel = rule["relation"]
        kind = "event" if "event" in sel else "state"
        names = {sel.get("event") or sel.get("state"): sel.get("event") or sel.get("state")}
        if rule["kind"] == "inverse":
            a, b = names.popitem()[0], rule["inverse"]
            names = {a: b, b: a}
        for i, c in enumerate(claims):
            if c["kind"] != kind or c["name"] not in names or not c.get("object") or c["object"] == c["subject"]:
                continue
            out.append(Reading(i, c, c["object"], c["subject"], names[c["name"]], True))
    return out


def selects(sel, r):
    if sel.get("object") is not None and r.object != sel["object"]:
        return False
    if "event" in sel:
        return r.kind == "event" and r.name == sel["event"]
    if r.kind != "state" or r.name != sel["state"]:
        return False
    return not sel.get("value") or surely_listed([value_of(v) for v in sel["value"]], r.value)


def key(r, match):
    return (r.subject,) if match == "subject" else (r.subject, r.object)


def by_key(readings, match):
    out = {}
    for r in readings:
        out.setdefault(key(r, match), []).append(r)
    return out


# ---------------------------------------------------------------- constraints of each rule kind
# A constraint is (owners, check, is_global): it binds while every owner claim is in the set;
# check(assign) reads assign[owner] = (first day, last day, number). A global one is checked
# once every claim of the set has days (it may read the other claims of the set).

def disjoint(a, b):
    return lambda s: s[a.owner][1] < s[b.owner][0] or s[b.owner][1] < s[a.owner][0]


def unique_event(rule, rs, out):
    for group in by_key([r for r in rs if r.kind == "event" and r.name == rule["event"]], None).values():
        for a, b in itertools.combinations(group, 2):
            out.append(({a.owner, b.owner}, lambda s, a=a, b=b: s[a.owner][:2] == s[b.owner][:2], False))


def single_value(rule, rs, out):
    for group in by_key([r for r in rs if r.kind == "state" and r.name == rule["state"]], None).values():
        for a, b in itertools.combinations(group, 2):
            if differ(a.value, b.value, rule.get("tolerance")):
                out.append(({a.owner, b.owner}, disjoint(a, b), False))


def after_event(rule, rs, out):
    allowed = [value_of(v) for v in rule["allowed"]]
    events = by_key([r for r in rs if r.kind == "event" and r.name == rule["event"]], None)
    for r in rs:
        if r.kind == "state" and r.name == rule["state"] and surely_unlisted(allowed, r.value):
            for e in events.get(key(r, None), []):
                out.append(({e.owner, r.owner}, lambda s, e=e, r=r: s[r.owner][1] <= s[e.owner][0], False))
                # ... and in time: the state ends by the instant the event starts.
                out.append(({e.owner, r.owner}, [((r.owner, True), "<=", (e.owner, False))], "orders"))


def precedes(rule, rs, out):
    lo = duration_bounds(rule["min"])[0] if rule.get("min") is not None else 0
    hi = duration_bounds(rule["max"])[1] if rule.get("max") is not None else None
    thens = by_key([r for r in rs if selects(rule["then"], r)], rule.get("match"))
    for a in rs:
        if not selects(rule["first"], a):
            continue
        for b in thens.get(key(a, rule.get("match")), []):
            if a is b:
                continue
            out.append(({a.owner, b.owner}, lambda s, a=a, b=b: lo <= s[b.owner][0] - s[a.owner][1] and
                        (hi is None or s[b.owner][0] - s[a.owner][1] <= hi), False))
            if lo == 0:  # the same day allowed: the first still ends before the then-claim starts
                out.append(({a.owner, b.owner}, [((a.owner, True), "<", (b.owner, False))], "orders"))


def duration(rule, rs, out):
    sel = {k: rule[k] for k in ("event", "state", "value") if k in rule}
    lo = duration_bounds(rule["min"])[0] if rule.get("min") is not None else None
    hi = duration_bounds(rule["max"])[1] if rule.get("max") is not None else None
    on_state = "state" in rule
    for r in rs:
        if not selects(sel, r):
            continue
        if hi is not None:
            out.append(({r.owner}, lambda s, r=r: s[r.owner][1] - s[r.owner][0] <= hi, False))
        if lo is not None and not on_state and not r.is_point:
            out.append(({r.owner}, lambda s, r=r: s[r.owner][1] - s[r.owner][0] >= lo, False))
    if lo is None or not on_state:
        return
    # The episode of a claim's value, shut in by claims of other values before and after it.
    same_state = by_key([r for r in rs if r.kind == "state" and r.name == rule["state"]], None)
    for d in rs:
        if not selects(sel, d):
            continue
        others = [o for o in same_state.get(key(d, None), []) if differ(o.value, d.value)]
        for b in others:
            for a in others:
                if a is b:
                    continue

                def long_enough(s, b=b, d=d, a=a):
                    shut_in = s[b.owner][1] <= s[d.owner][0] and s[a.owner][0] >= s[d.owner][1]
                    return not shut_in or s[a.owner][0] - s[b.owner][1] >= lo

                out.append(({b.owner, d.owner, a.owner}, long_enough, False))


def conflicts_with(rule, rs, out):
    others = by_key([r for r in rs if selects(rule["other"], r)], rule.get("match"))
    for a in rs:
        if not selects(rule["this"], a):
            continue
        for b in others.get(key(a, rule.get("match")), []):
            if a is b:
                continue
            if rule.get("when") == "ever":
                out.append(({a.owner, b.owner}, lambda s: False, False))
            else:
                out.append(({a.owner, b.owner}, disjoint(a, b), False))


def requires(rule, rs, out):
    need = rule["other"]
    values = [value_of(v) for v in need["value"]]
    breaking = by_key([r for r in rs if r.kind == "state" and r.name == need["state"] and
                       (need.get("object") is None or r.object == need["object"]) and
                       surely_unlisted(values, r.value)], rule.get("match"))
    for a in rs:
        if not selects(rule["this"], a):
            continue
        for b in breaking.get(key(a, rule.get("match")), []):
            if a is not b:
                out.append(({a.owner, b.owner}, disjoint(a, b), False))


def lifecycle(rule, rs, out):
    steps = [(value_of(f), value_of(t), via) for f, t, via in rule["transitions"]]
    values = []
    for f, t, _ in steps:
        for v in (f, t):
            if not any(same_value(v, x) for x in values):
                values.append(v)

    def index(v):
        for i, x in enumerate(values):
            if v is not None and same_value(v, x):
                return i
        return None

    plain = {(index(f), index(t)) for f, t, via in steps if via is None}
    every = {(index(f), index(t)) for f, t, via in steps}

    def close(pairs):
        pairs = set(pairs)
        while True:
            more = {(a, d) for a, b in pairs for c, d in pairs if b == c} - pairs
            if not more:
                return pairs
            pairs |= more

    plain, every = close(plain), close(every)

    def leads(a, b):
        return a == b or (a, b) in every

    claims = [r for r in rs if r.kind == "state" and r.name == rule["state"] and index(r.value) is not None]
    for group in by_key(claims, None).values():
        for a, b in itertools.permutations(group, 2):
            u, v = index(a.value), index(b.value)
            if u == v or (u, v) in plain:
                continue
            if (u, v) not in every:
                out.append(({a.owner, b.owner}, lambda s, a=a, b=b: s[b.owner][1] <= s[a.owner][0], False))
                continue
            vias = {via for f, t, via in steps if via and leads(u, index(f)) and leads(index(t), v)}
            usable = [e for e in rs if e.kind == "event" and e.name in vias and key(e, None) == key(a, None)]

            def not_after(s, a=a, b=b, usable=usable):
                if s[b.owner][1] <= s[a.owner][0]:
                    return True
                return any(e.owner in s and s[a.owner][1] <= s[e.owner][0] and s[e.owner][1] <= s[b.owner][0]
                           for e in usable)

            out.append(({a.owner, b.owner}, not_after, True))


ALLEN_ORDER = {
    # Allen's relations as the order of the endpoints: (point, op, point), a/b, s(tart)/e(nd).
    "before": [("ae", "<", "bs")], "after": [("be", "<", "as")],
    "meets": [("ae", "=", "bs")], "met-by": [("be", "=", "as")],
    "overlaps": [("as", "<", "bs"), ("bs", "<", "ae"), ("ae", "<", "be")],
    "overlapped-by": [("bs", "<", "as"), ("as", "<", "be"), ("be", "<", "ae")],
    "starts": [("as", "=", "bs"), ("ae", "<", "be")], "started-by": [("as", "=", "bs"), ("be", "<", "ae")],
    "during": [("bs", "<", "as"), ("ae", "<", "be")], "contains": [("as", "<", "bs"), ("be", "<", "ae")],
    "finishes": [("bs", "<", "as"), ("ae", "=", "be")], "finished-by": [("as", "<", "bs"), ("ae", "=", "be")],
    "equals": [("as", "=", "bs"), ("ae", "=", "be")],
}


def allen_orders(name, a, b):
    """Allen's relation `name` of claim a to claim b as orders of endpoints ((claim, is_end), op, ...)."""
    at = {"a": a, "b": b}
    return [((at[p[0]], p[1] == "e"), op, (at[q[0]], q[1] == "e")) for p, op, q in ALLEN_ORDER[name]]


def times_fit(orders, s):
    """rules.md "allen": a claim dated by days happens at unknown times inside them, its start in
    [first day, first day + 1) and its end in (last day, last day + 1], after its start. Whether
    such times satisfy every order (p, op, q), op one of <, <=, =. Each point sits at a midnight
    (slot 2d) or inside day d (slot 2d + 1): points at one midnight coincide, points inside one
    day may take any order, so the orders hold iff the slots allow each and no cycle of them
    inside one day has a strict step."""
    claims = sorted({p[0] for p, _, q in orders} | {q[0] for p, _, q in orders})
    edges = [((c, 0), "<", (c, 1)) for c in claims] + list(orders)
    points = [(c, e) for c in claims for e in (0, 1)]
    options = {(c, 0): (2 * s[c][0], 2 * s[c][0] + 1) for c in claims}
    options.update({(c, 1): (2 * s[c][1] + 1, 2 * s[c][1] + 2) for c in claims})
    slot = {}

    def fits(p, op, q):
        if op == "=":
            return slot[p] == slot[q]
        if op == "<=":
            return slot[p] <= slot[q]
        return slot[p] < slot[q] or (slot[p] == slot[q] and slot[p] % 2 == 1)

    def no_strict_cycle():
        reach = {(p, q): False for p in points for q in points}
        for p, op, q in edges:
            if slot[p] == slot[q] and slot[p] % 2 == 1:
                reach[p, q] = True
                if op == "=":
                    reach[q, p] = True
        for k in points:
            for i in points:
                if reach[i, k]:
                    for j in points:
                        if reach[k, j]:
                            reach[i, j] = True
        return not any(op == "<" and slot[p] == slot[q] and reach[q, p] for p, op, q in edges)

    def place(k):
        if k == len(points):
            return no_strict_cycle()
        for option in options[points[k]]:
            slot[points[k]] = option
            if all(fits(p, op, q) for p, op, q in edges if p in slot and q in slot) and place(k + 1):
                return True
            del slot[points[k]]
        return False

    return place(0)


def allen(rule, rs, out):
    first_with_id = {}
    for r in rs:
        first_with_id.setdefault(r.id, r)
    for r in rs:
        if r.relation:
            name, other = r.relation
            o = first_with_id[other]
            out.append(({r.owner, o.owner}, allen_orders(name, r.owner, o.owner), "orders"))


def contemporary(rule, rs, out):
    begins = [r for r in rs if rule.get("begins") and selects(rule["begins"], r)]
    ends = [r for r in rs if rule.get("ends") and selects(rule["ends"], r)]
    for x in rs:
        if not selects(rule["relation"], x):
            continue
        entities = [x.subject] + ([x.object] if x.object and x.object != x.subject else [])
        for entity in entities:
            for b in begins:
                if b.subject == entity and b is not x:
                    out.append(({x.owner, b.owner}, lambda s, x=x, b=b: s[x.owner][0] >= s[b.owner][0], False))
            for e in ends:
                if e.subject == entity and e is not x:
                    # rules.md: on or before the last day of an ending event, the first day of an
                    # ending state (a value the entity never leaves: gone from its first day on).
                    last = 0 if e.kind == "state" else 1
                    out.append(({x.owner, e.owner},
                                lambda s, x=x, e=e, last=last: s[x.owner][1] <= s[e.owner][last], False))


def count(rule, rs, out):
    """rules.md `count`: on every day of the number's span, the number is at least / at most /
    exactly the subjects holding. Under at-most and closed a holder can only help: a set is a
    conflict only when no consistent set of the dataset's claims contains it (Oracle), so "the
    number's claim alone can be the finding when fewer subjects than it claims have a claim that
    can reach its days"."""
    holders = [r for r in rs if selects(rule["counts"], r)]
    bound = rule.get("set", "at-least")
    for c in rs:
        if c.kind != "state" or c.name != rule["state"] or c.value is None or c.value[0] != "num":
            continue
        mine = [h for h in holders if h.object == c.subject]

        def fits(s, c=c, mine=mine):
            first, last, _ = s[c.owner]
            low, high = None, None  # the number must be >= low and <= high
            for day in range(first, last + 1):
                held = len({h.subject for h in mine if h.owner in s and s[h.owner][0] <= day <= s[h.owner][1]})
                low = held if low is None else max(low, held)
                high = held if high is None else min(high, held)
            if bound == "at-least":
                high = None
            if bound == "at-most":
                low = None
            return (low is None or high is None or low <= high) and ranges_meet(c.value[1], (low, False, high, False))

        out.append(({c.owner}, fits, {h.owner for h in mine}))  # checked once the set's holders have days


def expression(rule, rs, out):
    names = [n for n, _ in rule["bind"]]
    reads_value = set(rule["reads_value"])
    lists = []
    for n, sel in rule["bind"]:
        lists.append([r for r in rs if selects(sel, r) and
                      (n not in reads_value or (r.value is not None and r.value[0] == "num"))])
    for combo in itertools.product(*lists):
        if len({id(r) for r in combo}) < len(combo):
            continue
        if len({key(r, rule.get("match")) for r in combo}) != 1:
            continue
        bound = dict(zip(names, (r.owner for r in combo)))
        if reads_value:
            out.append(({r.owner for r in combo},
                        lambda s, bound=bound: alternatives(rule["ast"], s, bound), "values"))
        else:
            out.append(({r.owner for r in combo},
                        lambda s, bound=bound: evaluate(rule["ast"], {n: s[o] for n, o in bound.items()}), False))


def evaluate(node, env):
    """An assertion over known days (env: binding -> (first day, last day, number))."""
    op = node[0]
    if op == "int":
        return node[1]
    if op in ("start", "end", "value"):
        return env[node[1]][{"start": 0, "end": 1, "value": 2}[op]]
    if op in ("+", "-"):
        a, b = evaluate(node[1], env), evaluate(node[2], env)
        return a + b if op == "+" else a - b
    if op == "and":
        return evaluate(node[1], env) and evaluate(node[2], env)
    if op == "or":
        return evaluate(node[1], env) or evaluate(node[2], env)
    if op == "not":
        return not evaluate(node[1], env)
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "==": a == b, "!=": a != b}[op]


# An atom is (coefficients {claim: c}, constant, op): sum of c * number(claim) + constant op 0,
# op one of "<", "<=". Days are known when atoms are built, so only numbers stay unknown.

def linear(node, s, bound):
    op = node[0]
    if op == "int":
        return {}, node[1]
    if op in ("start", "end"):
        return {}, s[bound[node[1]]][0 if op == "start" else 1]
    if op == "value":
        return {bound[node[1]]: 1}, 0
    (ca, ka), (cb, kb) = linear(node[1], s, bound), linear(node[2], s, bound)
    sign = 1 if op == "+" else -1
    coefs = dict(ca)
    for v, c in cb.items():
        coefs[v] = coefs.get(v, 0) + sign * c
    return {v: c for v, c in coefs.items() if c}, ka + sign * kb


def less(a, b, strict):
    """a < b (or <=) as one atom, folded to True/False when it has no unknowns."""
    coefs = dict(a[0])
    for v, c in b[0].items():
        coefs[v] = coefs.get(v, 0) - c
    coefs = {v: c for v, c in coefs.items() if c}
    k = a[1] - b[1]
    if not coefs:
        return k < 0 if strict else k <= 0
    return (coefs, k, "<" if strict else "<=")


def alternatives(node, s, bound, negate=False):
    """The formula as a disjunction of conjunctions of atoms ([] = false, [[]] = true)."""
    op = node[0]
    if op == "not":
        return alternatives(node[1], s, bound, not negate)
    if op in ("and", "or"):
        left, right = alternatives(node[1], s, bound, negate), alternatives(node[2], s, bound, negate)
        if (op == "and") != negate:
            return [a + b for a in left for b in right]
        return left + right
    a, b = linear(node[1], s, bound), linear(node[2], s, bound)
    if negate:
        op = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}[op]
    parts = {"<": [[less(a, b, True)]], "<=": [[less(a, b, False)]], ">": [[less(b, a, True)]],
             ">=": [[less(b, a, False)]], "==": [[less(a, b, False), less(b, a, False)]],
             "!=": [[less(a, b, True)], [less(b, a, True)]]}[op]
    out = []
    for conj in parts:
        if False in conj:
            continue
        out.append([x for x in conj if x is not True])
    return out


def numbers_fit(atoms):
    """Some rational numbers satisfy every atom (each over at most two numbers, coefficients
    +1/-1): difference constraints, infeasible exactly when a cycle is negative, or zero with a
    strict edge (Floyd-Warshall over (weight, strict) pairs)."""
    nodes = {"zero"}
    edges = []
    for coefs, k, op in atoms:
        plus = [v for v, c in coefs.items() if c == 1]
        minus = [v for v, c in coefs.items() if c == -1]
        if len(plus) + len(minus) != len(coefs) or len(plus) > 1 or len(minus) > 1:
            raise ValueError("not a difference constraint: %r" % (coefs,))
        x = plus[0] if plus else "zero"
        y = minus[0] if minus else "zero"
        scaled = k * 1000
        if isinstance(scaled, Fraction) and scaled.denominator == 1:
            scaled = int(scaled)
        edges.append((y, x, -scaled, op == "<"))  # x - y op -k, in thousandths
        nodes |= {x, y}
    nodes = sorted(nodes, key=str)
    at = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    dist = [[None] * n for _ in range(n)]
    for i in range(n):
        dist[i][i] = (0, False)

    def better(p, q):
        return q is None or p[0] < q[0] or (p[0] == q[0] and p[1] and not q[1])

    for y, x, w, strict in edges:
        if better((w, strict), dist[at[y]][at[x]]):
            dist[at[y]][at[x]] = (w, strict)
    for k in range(n):
        for i in range(n):
            if dist[i][k] is None:
                continue
            for j in range(n):
                if dist[k][j] is None:
                    continue
                p = (dist[i][k][0] + dist[k][j][0], dist[i][k][1] or dist[k][j][1])
                if better(p, dist[i][j]):
                    dist[i][j] = p
    return all(dist[i][i][0] > 0 or (dist[i][i][0] == 0 and not dist[i][i][1]) for i in range(n))


def range_atoms(owner, r):
    lo, lo_open, hi, hi_open = r
    out = []
    if lo is not None:
        out.append(({owner: -1}, lo, "<" if lo_open else "<="))  # lo - number < 0
    if hi is not None:
        out.append(({owner: 1}, -hi, "<" if hi_open else "<="))
    return out


KINDS = {
    "unique-event": unique_event, "single-value": single_value, "after-event": after_event,
    "precedes": precedes, "duration": duration, "conflicts-with": conflicts_with, "requires": requires,
    "lifecycle": lifecycle, "allen": allen, "contemporary": contemporary, "count": count,
    "expression": expression, "symmetric": lambda *a: None, "inverse": lambda *a: None,
}


# ---------------------------------------------------------------- days of each claim

def constants_of(ds):
    """The largest day distance any constraint names (for how far a free claim may need to go)."""
    biggest = ds["days"]
    for c in ds["claims"]:
        t = c["time"]
        if "anchor" in t and anchor_gap(t)[2] is not None:
            biggest = max(biggest, anchor_gap(t)[2])
        if t.get("for"):
            biggest = max(biggest, duration_bounds(t["for"])[1])
    for r in ds["rules"]:
        for k in ("min", "max"):
            if r.get(k) is not None:
                biggest = max(biggest, duration_bounds(r[k])[1])
        if r["kind"] == "expression":
            biggest = max(biggest, max([abs(n) for n in ints_of(r["ast"])] + [0]))
    return biggest


def ints_of(node):
    if node[0] == "int":
        return [node[1]]
    return [n for child in node[1:] if isinstance(child, tuple) for n in ints_of(child)]


def free_ends(claim):
    """How many of a claim's two days no window bounds."""
    t = claim["time"]
    if "at" in t:
        return 0
    if "anchor" in t:
        return 1
    if t.get("none"):
        return 2
    return (t.get("from") is None) + (t.get("until") is None)


def day_options(claim, low, high):
    """Every (first day, last day) the claim's own time allows, free days within [low, high].
    A relative claim's link to its anchor is a constraint of its own (it binds only with the anchor)."""
    t = claim["time"]
    if "at" in t:
        return [(d, d) for d in range(t["at"][0], t["at"][1] + 1)]
    if "anchor" in t:
        return [(d, d) for d in range(low, high + 1)]
    starts = range(t["from"][0], t["from"][1] + 1) if t.get("from") else range(low, high + 1)
    ends = range(t["until"][0], t["until"][1] + 1) if t.get("until") else range(low, high + 1)
    length = duration_bounds(t["for"]) if t.get("for") else (0, None)
    return [(f, l) for f in starts for l in ends
            if f <= l and length[0] <= l - f and (length[1] is None or l - f <= length[1])]


def anchor_constraints(ds, out):
    ids = {c["id"]: i for i, c in enumerate(ds["claims"])}
    for i, c in enumerate(ds["claims"]):
        t = c["time"]
        if "anchor" not in t:
            continue
        a = ids[t["target"]]
        after, lo, hi = anchor_gap(t)
        if after:
            gap = lambda s, i=i, a=a: s[i][0] - s[a][1]
        else:
            gap = lambda s, i=i, a=a: s[a][0] - s[i][1]
        out.append(({i, a}, lambda s, gap=gap, lo=lo, hi=hi: lo <= gap(s) and (hi is None or gap(s) <= hi), False))


def with_orders_joined(constraints):
    """Orders in time (allen, precedes, after-event) bind together: each alone early (a necessary
    condition), and every order among the assigned claims at once at the end."""
    orders = [(owners, edges) for owners, edges, kind in constraints if kind == "orders"]
    out = [c for c in constraints if c[2] != "orders"]
    for owners, edges in orders:
        out.append((owners, lambda s, edges=edges: times_fit(edges, s), False))
    if orders:
        out.append((set(), lambda s: times_fit(
            [e for owners, edges in orders if owners <= s.keys() for e in edges], s), True))
    return out


# ---------------------------------------------------------------- the search

class Oracle:
    def __init__(self, ds, budget=200000):
        self.ds = ds
        self.n = len(ds["claims"])
        self.budget = budget
        rs = readings_of(ds)
        self.constraints = []
        anchor_constraints(ds, self.constraints)
        free = sum(free_ends(c) for c in ds["claims"])
        pad = (constants_of(ds) + 1) * max(free, 1)
        low, high = -pad, ds["days"] - 1 + pad
        self.options = [[d + (None,) for d in day_options(c, low, high)] for c in ds["claims"]]
        for rule in ds["rules"]:
            KINDS[rule["kind"]](rule, rs, self.constraints)
        self.constraints = with_orders_joined(self.constraints)
        self.ranges = {i: value_of(ds["claims"][i]["value"])[1] for i in self.value_readers(rs)}

    def value_readers(self, rs):
        """Claims whose number expression's value() reads (count decides its own number)."""
        out = set()
        for rule in self.ds["rules"]:
            if rule["kind"] == "expression":
                sels = [sel for n, sel in rule["bind"] if n in rule["reads_value"]]
                out |= {r.owner for r in rs for sel in sels if selects(sel, r) and
                        r.value is not None and r.value[0] == "num"}
        return out

    def satisfiable(self, members):
        members = sorted(members, key=lambda i: len(self.options[i]))
        position = {c: k for k, c in enumerate(members)}
        at_step = [[] for _ in members]
        last, on_numbers = [], []
        ranges = [a for i in members if i in self.ranges for a in range_atoms(i, self.ranges[i])]
        for owners, check, is_global in self.constraints:
            if not owners <= position.keys():
                continue
            if is_global == "values":
                on_numbers.append(check)
                # A necessary condition, checked early: some alternative fits on its own.
                own = [a for i in owners if i in self.ranges for a in range_atoms(i, self.ranges[i])]
                at_step[max(position[o] for o in owners)].append(
                    lambda s, check=check, own=own: any(numbers_fit(own + alt) for alt in check(s)))
            elif isinstance(is_global, set):
                at_step[max(position[o] for o in owners | (is_global & position.keys()))].append(check)
            elif is_global:
                last.append(check)
            else:
                at_step[max(position[o] for o in owners)].append(check)
        assign = {}

        def search(k):
            if k == len(members):
                return all(check(assign) for check in last) and \
                    self.numbers_possible(ranges, [check(assign) for check in on_numbers])
            c = members[k]
            for option in self.options[c]:
                self.budget -= 1
                if self.budget < 0:
                    raise TooBig()
                assign[c] = option
                if all(check(assign) for check in at_step[k]) and search(k + 1):
                    return True
            assign.pop(c, None)
            return False

        return search(0)

    def numbers_possible(self, atoms, choices):
        """Pick one alternative of each number constraint so that all fit together."""
        if not numbers_fit(atoms):
            return False
        if not choices:
            return True
        first, rest = choices[0], choices[1:]
        return any(self.numbers_possible(atoms + alt, rest) for alt in first)

    def monotone(self):
        """Whether adding a claim can only remove choices. A holder of an at-most or closed count,
        or an event that opens a lifecycle's `via` step, can also make a set consistent."""
        for rule in self.ds["rules"]:
            if rule["kind"] == "count" and rule.get("set", "at-least") != "at-least":
                return False
            if rule["kind"] == "lifecycle" and any(via for _, _, via in rule["transitions"]):
                return False
        return True

    def minimal_conflicts(self):
        """The minimal sets of claims that no consistent set of the dataset's claims contains
        (claims outside a set may be true or not), as sorted lists of claim ids. When adding a
        claim only removes choices, these are the minimal unsatisfiable sets."""
        ids = [c["id"] for c in self.ds["claims"]]
        if self.satisfiable(range(self.n)):
            return []
        consistent = [0]
        if not self.monotone():
            # Every maximal consistent set, largest first; a set is consistent when one contains it.
            consistent = []
            for size in range(self.n - 1, -1, -1):
                for subset in itertools.combinations(range(self.n), size):
                    mask = sum(1 << i for i in subset)
                    if not any(mask & s == mask for s in consistent) and self.satisfiable(subset):
                        consistent.append(mask)
        conflicts = []
        for size in range(1, self.n + 1):
            for subset in itertools.combinations(range(self.n), size):
                mask = sum(1 << i for i in subset)
                if any(m & mask == m for m in conflicts) or any(mask & s == mask for s in consistent):
                    continue
                if not self.monotone() or not self.satisfiable(subset):
                    conflicts.append(mask)
                else:
                    consistent.append(mask)
        return sorted(sorted(ids[i] for i in range(self.n) if m >> i & 1) for m in conflicts)

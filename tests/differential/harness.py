"""What the differential tester's scripts share: running claimcheck on generated datasets,
comparing its findings with the brute force's, shrinking and saving a disagreement."""
import collections
import json
import os
import subprocess
import tempfile

import generate
import oracle


def start_claimcheck(claimcheck, folder, timeout="30s"):
    cmd = [claimcheck, os.path.join(folder, "facts"), "--rules", os.path.join(folder, "rules"),
           "--format", "json", "--max-conflicts", "100000", "--timeout", timeout]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_claimcheck(claimcheck, folder):
    return finish_claimcheck(start_claimcheck(claimcheck, folder))


def finish_claimcheck(proc):
    """claimcheck's answer per dataset prefix: the sorted claim-id sets of its findings, plus
    unknown/truncated groups, the exit code and error diagnostics."""
    stdout, stderr = proc.communicate()
    try:
        report = json.loads(stdout)
    except ValueError:
        raise RuntimeError("claimcheck gave no JSON (exit %d): %s" % (proc.returncode, stderr[-2000:]))
    answers = collections.defaultdict(lambda: {"conflicts": [], "unknown": [], "truncated": [], "empty_text": 0})

    def source(full_id):
        return full_id.split("/")[0]

    for f in report["findings"]:
        ids = [c["id"] for c in f["claims"]]
        for s in {source(i) for i in ids}:
            answers[s]["conflicts"].append(sorted(i.split("/")[1] for i in ids if source(i) == s))
            if len({source(i) for i in ids}) > 1:
                answers[s]["unknown"].append("finding across datasets: %s" % ids)
            if not f.get("rule") or not f.get("message"):
                answers[s]["empty_text"] += 1
    for u in report.get("unknown", []):
        for s in {source(i) for i in u["claims"]}:
            answers[s]["unknown"].append(u.get("reason", "unknown"))
    for t in report.get("truncated", []):
        for s in {source(i) for i in t["claims"]}:
            answers[s]["truncated"].append(t.get("limit"))
    errors = [d for d in report.get("diagnostics", []) if d["severity"] == "error"]
    return answers, proc.returncode, errors, report.get("checked", False)


def write_batch(folder, named):
    """named: (source id, dataset) pairs; one facts file each, one rule pack for all."""
    os.makedirs(os.path.join(folder, "facts"), exist_ok=True)
    os.makedirs(os.path.join(folder, "rules"), exist_ok=True)
    for sid, ds in named:
        with open(os.path.join(folder, "facts", sid + ".yaml"), "w") as f:
            f.write(generate.facts_yaml(ds, sid + "-"))
    with open(os.path.join(folder, "rules", "rules.yaml"), "w") as f:
        f.write(generate.rules_yaml([(sid + "-", ds) for sid, ds in named]))


def expected_of(ds, budget):
    try:
        return oracle.Oracle(ds, budget).minimal_conflicts()
    except oracle.TooBig:
        return None


def agrees(expected, answer):
    got = sorted(answer["conflicts"])
    return got == expected and not answer["unknown"] and not answer["truncated"] and not answer["empty_text"]


def check_alone(claimcheck, ds, budget, work):
    """(agrees?, expected, answer) for one dataset checked on its own."""
    folder = tempfile.mkdtemp(dir=work)
    write_batch(folder, [("d", ds)])
    answers, rc, errors, checked = run_claimcheck(claimcheck, folder)
    if errors or not checked:
        return True, None, None  # a shrink step that makes invalid input is not a reproducer
    expected = expected_of(ds, budget)
    if expected is None:
        return True, None, None
    answer = answers["d"]
    answer["exit"] = rc
    return agrees(expected, answer), expected, answer


def rejected_alone(claimcheck, ds, work):
    """The error messages claimcheck gives for this dataset on its own (none when it accepts it)."""
    folder = tempfile.mkdtemp(dir=work)
    write_batch(folder, [("d", ds)])
    _, _, errors, checked = run_claimcheck(claimcheck, folder)
    if not errors and not checked:
        return ["not checked"]
    return ["%s [%s]" % (d["message"], d["code"]) for d in errors]


def without_claim(ds, index):
    """The dataset without one claim; claims dated relative to it get the whole calendar
    instead, and relations to it are dropped."""
    out = json.loads(json.dumps(ds))
    cid = out["claims"][index]["id"]
    del out["claims"][index]
    for c in out["claims"]:
        if c["time"].get("target") == cid:
            c["time"] = {"at": [0, out["days"] - 1]}
        if c.get("relation") and c["relation"][1] == cid:
            del c["relation"]
            if c["time"].get("none"):
                c["time"] = {"from": [0, out["days"] - 1], "until": [0, out["days"] - 1]}
    return out


def without_rule(ds, index):
    if len(ds["rules"]) < 2:
        return None
    out = json.loads(json.dumps(ds))
    del out["rules"][index]
    return out


def shrink(claimcheck, ds, budget, work):
    """Drop claims and rules while the dataset still disagrees on its own."""
    ds = json.loads(json.dumps(ds))
    ds["rules"] = [dict(r, ast=tuplify(r["ast"])) if "ast" in r else r for r in ds["rules"]]
    progress = True
    while progress:
        progress = False
        for make, count in ((without_rule, len(ds["rules"])), (without_claim, len(ds["claims"]))):
            for i in reversed(range(count)):
                smaller = make(ds, i)
                if smaller is None:
                    continue
                smaller["rules"] = [dict(r, ast=tuplify(r["ast"])) if "ast" in r else r for r in smaller["rules"]]
                ok, _, _ = check_alone(claimcheck, smaller, budget, work)
                if not ok:
                    ds, progress = smaller, True
                    break
            if progress:
                break
    return ds


def tuplify(node):
    return tuple(tuplify(x) if isinstance(x, list) else x for x in node)


def save_case(folder, ds, expected, answer, note):
    os.makedirs(os.path.join(folder, "facts"), exist_ok=True)
    os.makedirs(os.path.join(folder, "rules"), exist_ok=True)
    with open(os.path.join(folder, "facts", "d.yaml"), "w") as f:
        f.write(generate.facts_yaml(ds, "d-"))
    with open(os.path.join(folder, "rules", "rules.yaml"), "w") as f:
        f.write(generate.rules_yaml([("d-", ds)]))
    with open(os.path.join(folder, "dataset.json"), "w") as f:
        json.dump(ds, f, indent=1)
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump({"conflicts": expected}, f, indent=1)
    with open(os.path.join(folder, "claimcheck.json"), "w") as f:
        json.dump(dict(answer, note=note), f, indent=1)

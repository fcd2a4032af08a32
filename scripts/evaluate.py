#!/usr/bin/env python3
"""Compares `vusta extract` on a folder with a gold file in the seeds-gold format.
Usage: scripts/evaluate.py FOLDER GOLD.json [--verbose]"""
import json, subprocess, sys, collections
folder, goldp = sys.argv[1], sys.argv[2]
verbose = "--verbose" in sys.argv
out = subprocess.run([".build/debug/vusta", "extract", folder], capture_output=True, text=True, check=True).stdout
docs = {d["id"]: d for d in json.loads(out)["documents"]}
gold = json.load(open(goldp))
tot = collections.Counter()
def keyset(items, fields):
    return collections.Counter(tuple(str(i.get(f)) for f in fields) for i in items)
for g in gold:
    d = docs.get(g["id"])
    if d is None:
        print("missing", g["id"]); continue
    for name, gitems, ditems, fields in [
        ("published", [{"p": g["published"]}], [{"p": d["published"]}], ["p"]),
        ("meetings", g["meetings"], d["meetings"], ["date", "province", "kind"]),
        ("figures", g["member_figures"], d["memberFigures"], ["province", "metric", "value", "qualifier"]),
        ("citations", g["citations"], d["citations"], ["number", "code", "type", "issued", "mentions"]),
    ]:
        gs, ds = keyset(gitems, fields), keyset(ditems, fields)
        tp = sum((gs & ds).values()); fp = sum((ds - gs).values()); fn = sum((gs - ds).values())
        tot[name + "_tp"] += tp; tot[name + "_fp"] += fp; tot[name + "_fn"] += fn
        if (fp or fn) and verbose:
            print(f"{g['id']} {name}: missing {dict(gs - ds)} extra {dict(ds - gs)}")
for name in ["published", "meetings", "figures", "citations"]:
    tp, fp, fn = tot[name + "_tp"], tot[name + "_fp"], tot[name + "_fn"]
    p = tp / (tp + fp) if tp + fp else 1; r = tp / (tp + fn) if tp + fn else 1
    print(f"{name:10s} tp={tp:3d} fp={fp:3d} fn={fn:3d} precision={p:.2f} recall={r:.2f}")

#!/usr/bin/env python3
"""Compares `vusta extract` on a folder with a truth file in the facts contract (vusta synth's
truth.json). Usage: scripts/evaluate-contract.py FOLDER TRUTH.json [--verbose N] [--limit N]"""
import json, subprocess, sys, collections
folder, truthp = sys.argv[1], sys.argv[2]
verbose = int(sys.argv[sys.argv.index("--verbose") + 1]) if "--verbose" in sys.argv else 0
out = subprocess.run([".build/release/vusta", "extract", folder], capture_output=True, text=True, check=True).stdout
docs = {d["id"]: d for d in json.loads(out)["documents"]}
truth = json.load(open(truthp))["documents"]
tot = collections.Counter(); shown = collections.Counter()
def keys(items, fields): return collections.Counter(tuple(str(i.get(f)) for f in fields) for i in items)
for g in truth:
    d = docs.get(g["id"])
    if d is None: continue
    for name, fields in [("meetings", ["date", "province", "kind"]),
                         ("memberFigures", ["province", "metric", "value", "qualifier"]),
                         ("citations", ["id", "issued", "mentions"])]:
        gs, ds = keys(g[name], fields), keys(d[name], fields)
        tp = sum((gs & ds).values()); fp = sum((ds - gs).values()); fn = sum((gs - ds).values())
        tot[name, "tp"] += tp; tot[name, "fp"] += fp; tot[name, "fn"] += fn
        if (fp or fn) and shown[name] < verbose:
            shown[name] += 1
            print(f"{g['id']} {name}: missing {dict(gs - ds)} extra {dict(ds - gs)}")
for name in ["meetings", "memberFigures", "citations"]:
    tp, fp, fn = tot[name, "tp"], tot[name, "fp"], tot[name, "fn"]
    print(f"{name:14s} tp={tp:6d} fp={fp:6d} fn={fn:6d} precision={tp/max(1,tp+fp):.3f} recall={tp/max(1,tp+fn):.3f}")

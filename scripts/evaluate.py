#!/usr/bin/env python3
"""Scores `vusta extract` against gold annotations (the held-out and real-page sets).

Usage: scripts/evaluate.py FOLDER [FOLDER …] [--gold GOLD.json] [--verbose] [--reasons]
                           [--binary .build/debug/vusta] [--dump FACTS.jsonl]
Each FOLDER holds articles and a gold.json (a list of {id, published, meetings, member_figures,
citations}); --gold names the gold file when a single folder is given elsewhere (the old form
`evaluate.py FOLDER GOLD.json` still works). Prints per fact type tp/fp/fn, precision, recall
and F1; the share of meetings found whose kind is right (meetings aligned on date and province);
and how well `confidence` flags mistakes: the share of wrong facts marked low and the share of
all facts marked low. --reasons breaks the wrong and right facts down by each `why` reason;
--wrong-high lists the wrong facts marked high (what confidence misses)."""
import collections, json, os, subprocess, sys

args = [a for a in sys.argv[1:]]
def option(name, default=None):
    if name in args:
        i = args.index(name); v = args[i + 1]; del args[i:i + 2]; return v
    return default
def flag(name):
    if name in args: args.remove(name); return True
    return False
binary = option("--binary", ".build/debug/vusta")
gold_path = option("--gold")
verbose, show_reasons = flag("--verbose"), flag("--reasons")
dump_path = option("--dump")  # one JSON line per extracted fact: id, type, wrong, low, reasons
dump = open(dump_path, "w") if dump_path else None
extra = ["--all-reasons"] if show_reasons or dump_path else []
if len(args) == 2 and args[1].endswith(".json"):
    gold_path = args.pop()
folders = args
tot = collections.Counter()
show_wrong_high = flag("--wrong-high")
reason_stats = collections.defaultdict(lambda: [0, 0])  # reason -> [wrong, right]
kind_right = kind_found = 0

def keyset(items, fields):
    return collections.Counter(tuple(str(i.get(f)) for f in fields) for i in items)

FIELDS = {
    "meetings": ["date", "province", "kind"],
    "figures": ["province", "metric", "value", "qualifier"],
    "citations": ["number", "code", "type", "issued", "mentions"],
}
if not folders or any(f.startswith("--") for f in folders):
    sys.exit(__doc__ + "\nerror: name at least one FOLDER (unknown option: %s)" % " ".join(f for f in folders if f.startswith("--")))
for folder in folders:
    gp = gold_path or os.path.join(folder, "gold.json")
    out = subprocess.run([binary, "extract", *extra, folder], capture_output=True, text=True, check=True).stdout
    docs = {}
    for d in json.loads(out)["documents"]:
        if d["id"] in docs:  # (a copy in a subfolder would replace the page scored)
            sys.exit("error: two documents with the id %s in %s: %s and %s" % (d["id"], folder, docs[d["id"]].get("path"), d.get("path")))
        docs[d["id"]] = d
    gold = json.load(open(gp))
    gold_ids = {g["id"] for g in gold}
    for g in gold:
        d = docs.get(g["id"])
        # a listing of one item read as one article, or one article split as a listing of one:
        # the same page, its facts scored as they are (only the id differs)
        if d is None and g["id"].endswith("#1") and g["id"][:-2] + "#2" not in gold_ids:
            d = docs.get(g["id"][:-2]) if g["id"][:-2] + "#2" not in docs else None
        if d is None and "#" not in g["id"] and g["id"] + "#2" not in docs:
            d = docs.get(g["id"] + "#1")
        if d is None:
            print("missing", folder, g["id"])
            d = {"published": None, "meetings": [], "memberFigures": [], "citations": []}
        pairs = [
            ("published", [{"p": g["published"]}], [{"p": d["published"]}], ["p"]),
            ("meetings", g["meetings"], d["meetings"], FIELDS["meetings"]),
            ("figures", g["member_figures"], d["memberFigures"], FIELDS["figures"]),
            ("citations", g["citations"], d["citations"], FIELDS["citations"]),
        ]
        for name, gitems, ditems, fields in pairs:
            gs, ds = keyset(gitems, fields), keyset(ditems, fields)
            tp = sum((gs & ds).values()); fp = sum((ds - gs).values()); fn = sum((gs - ds).values())
            tot[name + "_tp"] += tp; tot[name + "_fp"] += fp; tot[name + "_fn"] += fn
            if (fp or fn) and verbose:
                print(f"{g['id']} {name}: missing {dict(gs - ds)} extra {dict(ds - gs)}")
            if name == "published":
                continue
            # confidence: which extracted facts are wrong (not in gold), and are they marked low?
            left = collections.Counter(gs)
            for item in ditems:
                k = tuple(str(item.get(f)) for f in fields)
                wrong = left[k] <= 0
                if not wrong: left[k] -= 1
                low = item.get("confidence") == "low"
                tot["facts"] += 1; tot["low"] += low
                tot["wrong"] += wrong; tot["wrong_low"] += wrong and low
                tot["right_low"] += (not wrong) and low
                if wrong and not low and show_wrong_high:
                    print(f"{g['id']} {name} wrong but high: {k}")
                if dump:
                    dump.write(json.dumps({"id": g["id"], "type": name, "key": k, "published": d.get("published"), "wrong": wrong, "low": low,
                                           "why": item.get("why") or "",
                                           "evidence": item.get("evidence") or "",
                                           "gold": [tuple(str(i.get(f)) for f in fields) for i in gitems]},
                                          ensure_ascii=False) + "\n")
                for r in (item.get("why") or "").split("; "):
                    if r: reason_stats[f"{name}: {r}"][0 if wrong else 1] += 1
        # kind of meetings found: align on (date, province)
        gm = collections.Counter((str(m["date"]), str(m["province"])) for m in g["meetings"])
        gk = collections.defaultdict(list)
        for m in g["meetings"]: gk[(str(m["date"]), str(m["province"]))].append(m["kind"])
        for m in d["meetings"]:
            k = (str(m["date"]), str(m["province"]))
            if gk.get(k):
                kind_found += 1
                if m["kind"] in gk[k]:
                    kind_right += 1; gk[k].remove(m["kind"])
                else:
                    gk[k].pop(0)

result = {}
for name in ["published", "meetings", "figures", "citations"]:
    tp, fp, fn = tot[name + "_tp"], tot[name + "_fp"], tot[name + "_fn"]
    p = tp / (tp + fp) if tp + fp else 1; r = tp / (tp + fn) if tp + fn else 1
    f1 = 2 * p * r / (p + r) if p + r else 0
    result[name] = dict(tp=tp, fp=fp, fn=fn, precision=round(p, 3), recall=round(r, 3), f1=round(f1, 3))
    print(f"{name:10s} tp={tp:3d} fp={fp:3d} fn={fn:3d} precision={p:.2f} recall={r:.2f} F1={f1:.2f}")
print(f"kind right {kind_right}/{kind_found} of the meetings found"
      + (f" ({kind_right / kind_found:.2f})" if kind_found else ""))
if tot["facts"]:
    print(f"confidence: {tot['wrong_low']}/{tot['wrong']} wrong facts marked low"
          + (f" ({tot['wrong_low'] / tot['wrong']:.2f})" if tot["wrong"] else "")
          + f"; {tot['low']}/{tot['facts']} of all facts low ({tot['low'] / tot['facts']:.2f})")
if show_reasons:
    for r, (w, ok) in sorted(reason_stats.items()):
        print(f"  {r:55s} wrong {w:3d} right {ok:3d}")

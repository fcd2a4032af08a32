#!/usr/bin/env python3
"""Splits one annotated real-page set into its development part and its kept-aside part.

Usage: scripts/split-real-set.py corpus/real/SET
Pages whose number is a multiple of 3 (SET03, SET06, …) go to corpus/real/aside/SET, the others
to corpus/real/dev/SET; gold.json, CASES and sources.csv are split with them. The rule is fixed
before any page is read, so the kept-aside third is chosen blind."""
import csv, json, os, re, shutil, sys

src = sys.argv[1].rstrip("/")
name = os.path.basename(src)
root = os.path.dirname(src)
def part(file_or_id):
    m = re.match(r"[a-z]+(\d+)", os.path.basename(file_or_id))
    return "aside" if m and int(m.group(1)) % 3 == 0 else "dev"
for p in ("dev", "aside"):
    os.makedirs(os.path.join(root, p, name), exist_ok=True)
gold = json.load(open(os.path.join(src, "gold.json")))
for p in ("dev", "aside"):
    with open(os.path.join(root, p, name, "gold.json"), "w") as f:
        json.dump([g for g in gold if part(g["id"].split("#")[0]) == p], f, ensure_ascii=False, indent=1)
        f.write("\n")
rows = list(csv.reader(open(os.path.join(src, "sources.csv"), encoding="utf-8")))
for p in ("dev", "aside"):
    with open(os.path.join(root, p, name, "sources.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(rows[0])
        for r in rows[1:]:
            if r and part(r[0]) == p: w.writerow(r)
cases = open(os.path.join(src, "CASES"), encoding="utf-8").read().splitlines()
out = {"dev": [], "aside": []}
current = None
for line in cases:
    m = re.match(r"\s*(" + name + r"\d+)", line)
    if m: current = part(m.group(1))
    if current:
        out[current].append(line)
    else:  # the set's header lines go to both parts
        for p in out: out[p].append(line)
for p in ("dev", "aside"):
    open(os.path.join(root, p, name, "CASES"), "w", encoding="utf-8").write("\n".join(out[p]) + "\n")
for f in sorted(os.listdir(src)):
    if f in ("gold.json", "sources.csv", "CASES"): continue
    shutil.move(os.path.join(src, f), os.path.join(root, part(f), name, f))
for f in ("gold.json", "sources.csv", "CASES"):
    os.remove(os.path.join(src, f))
os.rmdir(src)
print(name, {p: len(os.listdir(os.path.join(root, p, name))) - 3 for p in ("dev", "aside")})

#!/usr/bin/env bash
# Reading Word (.docx) and PDF input: `vusta extract` (release, one core) on one large report
# made by LibreOffice from the union report fixture repeated COPIES times, against the same text
# as a .txt file. Usage: Benchmarks/office-input.sh [COPIES]   (default 150 → about 1.1 MB of text)
# Needs soffice (libreoffice-writer-nogui) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-150}
swift build -c release >/dev/null
src=Tests/VustaCorpusTests/Fixtures/office/src
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{ cat "$src/head.xml"; for _ in $(seq 1 "$copies"); do cat "$src/bao-cao-nghe-an.body.xml"; done; cat "$src/tail.xml"; } > "$tmp/lon.fodt"
for fmt in docx pdf; do
  soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to $fmt --outdir "$tmp" "$tmp/lon.fodt" >/dev/null 2>&1
done
# The same text as plain UTF-8: the text of every w:t, one line per paragraph.
python3 - "$tmp" <<'PY'
import re, sys, zipfile, html
d = sys.argv[1]
xml = zipfile.ZipFile(f"{d}/lon.docx").read("word/document.xml").decode()
paras = [html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))) for p in re.findall(r"<w:p[ >].*?</w:p>", xml)]
open(f"{d}/lon.txt", "w").write("\n".join(p for p in paras if p.strip()))
PY
echo "cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pages: $(pdfinfo "$tmp/lon.pdf" | awk '/^Pages/ {print $2}'); sizes: $(stat -c '%n %s' "$tmp"/lon.docx "$tmp"/lon.pdf "$tmp"/lon.txt | sed "s#$tmp/##g" | tr '\n' ' ')"
python3 - "$tmp" <<'PY'
import os, statistics, subprocess, sys, time
d = sys.argv[1]
text = os.path.getsize(f"{d}/lon.txt")
print(f"text: {text / 1e6:.2f} MB (UTF-8)")
res = {}
for f in ["lon.txt", "lon.docx", "lon.pdf"]:
    runs = []
    for _ in range(6):
        t = time.perf_counter()
        subprocess.run(["taskset", "-c", "0", ".build/release/vusta", "extract", f"{d}/{f}"], stdout=subprocess.DEVNULL, check=True)
        runs.append(time.perf_counter() - t)
    res[f] = statistics.median(runs[1:])
    print(f"{f:9} runs {' '.join(f'{r * 1000:.0f}' for r in runs[1:])} ms; median {res[f] * 1000:.0f} ms "
          f"→ {text / 1e6 / res[f]:.1f} MB/s of text, whole process (read + extract + JSON)")
for f in ["lon.docx", "lon.pdf"]:
    extra = res[f] - res["lon.txt"]
    rate = text / 1e6 / extra if extra > 0 else float("inf")
    print(f"reading {f[4:]} alone (its time minus the .txt's): {extra * 1000:.0f} ms → {rate:.1f} MB/s of text")
PY

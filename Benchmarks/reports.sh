#!/usr/bin/env bash
# Issue 5 benchmark: the annual summary of a synthetic national year from an already-ingested
# store, as a whole process, side by side in ONE hyperfine run with a comparable 10-page A4
# document built by ReportLab and by Typst (pip packages `reportlab`, `typst`).
#
#   Benchmarks/reports.sh [ARTICLES]     (default 120 synthetic articles → ~21 pages, 6 charts,
#                                         a 65-row province table; build with `swift build -c release`)
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-120}"
VUSTA=.build/release/vusta
WORK="${TMPDIR:-/tmp}/vusta-bench-reports"
[ -x "$VUSTA" ] || swift build -c release
python3 -c "import reportlab, typst" 2>/dev/null || pip install --quiet reportlab typst
rm -rf "$WORK" && mkdir -p "$WORK"
"$VUSTA" synth --articles "$ARTICLES" --years 2023-2023 --seed 1 "$WORK/corpus" >/dev/null 2>&1
"$VUSTA" ingest --db "$WORK/store.sqlite" "$WORK/corpus" >/dev/null 2>&1
"$VUSTA" report --db "$WORK/store.sqlite" --no-ingest --year 2023 --template bao-cao-nam --formats pdf --out "$WORK/out" >/dev/null
python3 Benchmarks/peers/report_reportlab.py "$WORK/reportlab.pdf"
python3 Benchmarks/peers/report_typst.py "$WORK/typst.pdf"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
for f in "$WORK/out/2023/bao-cao-nam-2023.pdf" "$WORK/reportlab.pdf" "$WORK/typst.pdf"; do
  echo "$(basename "$f"): $(pdfinfo "$f" | awk '/^Pages/ {print $2}') pages, $(stat -c %s "$f") bytes"
done
hyperfine --warmup 2 --runs "${RUNS:-15}" --export-markdown "$WORK/result.md" --export-json "$WORK/result.json" \
  -n vusta "$VUSTA report --db $WORK/store.sqlite --no-ingest --year 2023 --template bao-cao-nam --formats pdf --out $WORK/out" \
  -n reportlab "python3 Benchmarks/peers/report_reportlab.py $WORK/reportlab.pdf" \
  -n typst "python3 Benchmarks/peers/report_typst.py $WORK/typst.pdf"
cat "$WORK/result.md"
python3 - "$WORK/result.json" <<'PY'
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) * 1000 for x in json.load(open(sys.argv[1]))["results"]}
base = r["vusta"]
for name, ms in r.items():
    print(f"median {name}: {ms:.1f} ms  ({ms / base:.2f}× vusta)")
PY

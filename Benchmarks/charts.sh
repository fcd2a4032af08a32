#!/usr/bin/env bash
# Charts benchmark (issue 4): the same 63-bar horizontal chart, PNG 1600×1200 and PDF, drawn by
# `vusta chart --data`, matplotlib, gnuplot (pngcairo/pdfcairo) and a plain C program on
# cairo+pango, whole process, side by side in ONE hyperfine run; then in-process times.
# Usage: bash Benchmarks/charts.sh [RUNS]     (from the repository root; needs hyperfine,
#        gnuplot-nox, gcc, pip's matplotlib; writes results under /tmp/vusta-charts-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-30}
OUT=/tmp/vusta-charts-bench
mkdir -p "$OUT"
D=Benchmarks/data/provinces-63.csv
TITLE="Số hội nghị theo tỉnh, thành phố"

swift build -c release --static-swift-stdlib --product vusta >/dev/null
V=.build/release/vusta
gcc -O2 Benchmarks/peers/barh_cairo.c -o "$OUT/barh_cairo" $(pkg-config --cflags --libs pangocairo)
python3 -c "import matplotlib" 2>/dev/null || pip install -q matplotlib
command -v hyperfine >/dev/null && command -v gnuplot >/dev/null

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N -w 3 -r "$RUNS" --export-json "$OUT/whole.json" \
  -n vusta-png "$V chart --data $D --title '$TITLE' -o $OUT/vusta.png --width 1600 --height 1200 --dpi 96" \
  -n vusta-pdf "$V chart --data $D --title '$TITLE' -o $OUT/vusta.pdf --width 1600 --height 1200" \
  -n c-png "$OUT/barh_cairo $D $OUT/c.png" \
  -n c-pdf "$OUT/barh_cairo $D $OUT/c.pdf" \
  -n gnuplot-png "gnuplot -e \"data='$D'; out='$OUT/g.png'; term='pngcairo'\" Benchmarks/peers/barh.gnuplot" \
  -n gnuplot-pdf "gnuplot -e \"data='$D'; out='$OUT/g.pdf'; term='pdfcairo'\" Benchmarks/peers/barh.gnuplot" \
  -n matplotlib-png "python3 Benchmarks/peers/barh_matplotlib.py $D $OUT/m.png" \
  -n matplotlib-pdf "python3 Benchmarks/peers/barh_matplotlib.py $D $OUT/m.pdf" \
  >/dev/null
python3 - "$OUT/whole.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
print("whole process: wall median ms (min) and peer/vusta; CPU = user+sys mean ms and peer/vusta")
for fmt in ("png", "pdf"):
    v = r[f"vusta-{fmt}"]
    vc = v["user"] + v["system"]
    for name in ("vusta", "c", "gnuplot", "matplotlib"):
        x = r[f"{name}-{fmt}"]
        c = x["user"] + x["system"]
        print(f"  {name + '-' + fmt:16} {x['median']*1000:8.1f} ({x['min']*1000:7.1f})  {x['median']/v['median']:6.2f}"
              f"   CPU {c*1000:8.1f}  {c/vc:6.2f}")
PY
echo "in process (layout + render, no file write), vusta:"
$V chart --data $D --title "$TITLE" -o $OUT/vusta.png --width 1600 --height 1200 --dpi 96 --repeat 50
$V chart --data $D --title "$TITLE" -o $OUT/vusta.pdf --width 1600 --height 1200 --repeat 200
echo "in process, C peer (draw; total includes cairo_surface_write_to_png to /dev/null):"
"$OUT/barh_cairo" $D $OUT/c.png 20 2>&1 | sort -t' ' -k5 -n | sed -n '10p'
"$OUT/barh_cairo" $D $OUT/c.pdf 50 2>&1 | sort -t' ' -k5 -n | sed -n '25p'

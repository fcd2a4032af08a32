#!/usr/bin/env bash
# Extraction throughput, whole process on one core, of the binary `make` builds, over two folders
# of real-size pages (BENCHMARKS.md, "Speed round five"):
#   text: 20 copies of seeds/ and the held-out sets 1–2 (1,180 files, 4.08 MB);
#   html: 20 copies of every saved HTML page of corpus/real (navigation, lists and footers kept).
# CPU time is perf's task-clock (this machine's wall time swings); RUNS runs, median reported.
# Usage: Benchmarks/extract.sh [RUNS] [BINARY]   (defaults: 7, .build/release/vusta after `make build`)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in perf taskset; do
  command -v "$tool" >/dev/null || { echo "extract.sh: needs $tool (apt-get install linux-perf util-linux)" >&2; exit 69; }
done
runs=${1:-7}
bin=${2:-}
if [ -z "$bin" ]; then make build >/dev/null; bin=.build/release/vusta; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/text" "$work/html"
for k in $(seq -w 1 20); do
  for f in seeds/*.txt Tests/VustaCorpusTests/Fixtures/heldout/*.txt Tests/VustaCorpusTests/Fixtures/heldout2/*.txt; do
    cp "$f" "$work/text/${k}_$(basename "$(dirname "$f")")_$(basename "$f")"
  done
  find corpus/real -name '*.html' | while read -r f; do
    cp "$f" "$work/html/${k}_$(basename "$(dirname "$(dirname "$f")")")_$(basename "$f")"
  done
done
for folder in text html; do
  bytes=$(cat "$work/$folder"/* | wc -c)
  files=$(ls "$work/$folder" | wc -l)
  times=()
  for _ in $(seq 1 "$runs"); do
    ms=$(perf stat -x, -e task-clock taskset -c 0 "$bin" extract "$work/$folder" 2>&1 >/dev/null | awk -F, '/task-clock/ {print $1}')
    times+=("$ms")
  done
  python3 - "$folder" "$bytes" "$files" "${times[@]}" <<'PY'
import statistics, sys
folder, size, files, *ms = sys.argv[1:]
ms = sorted(float(x) for x in ms)
med = statistics.median(ms)
print(f"{folder}: {files} files, {int(size):,} B; task-clock median {med:.0f} ms (min {ms[0]:.0f}, max {ms[-1]:.0f}) → {int(size)/1e6/(med/1000):.1f} MB/s on one core")
PY
done

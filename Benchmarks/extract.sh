#!/usr/bin/env bash
# Extraction throughput: `vusta extract` (release) on a corpus of N copies of the seeds.
# Usage: Benchmarks/extract.sh [COPIES]   (default 400 → about 19 MB of article text)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-400}
swift build -c release >/dev/null
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
for i in $(seq 1 "$copies"); do for f in seeds/*.txt; do cp "$f" "$corpus/$i-$(basename "$f")"; done; done
bytes=$(cat "$corpus"/*.txt | wc -c)
echo "corpus: $((bytes / 1000000)) MB in $(ls "$corpus" | wc -l) files"
hyperfine --warmup 1 --runs 5 --export-json /tmp/vusta-extract.json \
  "taskset -c 0 .build/release/vusta extract $corpus > /dev/null"
median=$(python3 -c "import json;print(json.load(open('/tmp/vusta-extract.json'))['results'][0]['median'])")
python3 -c "print(f'throughput: {$bytes/1e6/$median:.1f} MB/s on one core (whole process: read, decode, extract, JSON)')"
big=$(mktemp)
sed -n 5,40p seeds/004_4cb04a5e5076bf30.txt | grep -v "Nguồn\|Các tin\|Xem tin\|Thống kê\|Truy cập" > "$big.body"; while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt 52000000 ]; do cat "$big.body" >> "$big"; done
/usr/bin/time -v .build/release/vusta extract "$big" 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed" || true
rm -f "$big" "$big.body"

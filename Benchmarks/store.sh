#!/usr/bin/env bash
# Benchmarks of issue 3: ingest speed and peak memory, statistics over 1,000,000 stored facts.
# Usage: Benchmarks/store.sh [WORKDIR]   (release build; prints medians of repeated runs)
set -euo pipefail
cd "$(dirname "$0")/.."
W=${1:-/tmp/vusta-bench}
RUNS=${RUNS:-3}
[ -x /usr/bin/time ] || bash scripts/setup.sh time
swift build -c release >/dev/null
BIN=$PWD/.build/release/vusta
rm -rf "$W" && mkdir -p "$W"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# wall seconds and max RSS (MB) of one command, from GNU time -v
timed() { /usr/bin/time -v "$@" 2>"$W/time.log" >/dev/null || { cat "$W/time.log"; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=t[n]+(n>1?t[n-1]*60:0)} /Maximum resident/ {m=$2/1024}
    END {printf "%.2f %.1f\n", s, m}' "$W/time.log"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"

for n in 10000 30000; do
  "$BIN" synth --articles $n --years 2015-2026 --seed 1 "$W/c$n" 2>/dev/null
  : >"$W/ingest$n"
  for i in $(seq "$RUNS"); do
    rm -f "$W/i$n.sqlite"*
    timed "$BIN" ingest --db "$W/i$n.sqlite" "$W/c$n" >>"$W/ingest$n"
  done
  echo "ingest $n articles (fresh store): median $(cut -d' ' -f1 "$W/ingest$n" | median) s," \
    "peak RSS median $(cut -d' ' -f2 "$W/ingest$n" | median) MB"
  : >"$W/again$n"
  for i in $(seq "$RUNS"); do timed "$BIN" ingest --db "$W/i$n.sqlite" "$W/c$n" >>"$W/again$n"; done
  echo "re-ingest $n unchanged articles: median $(cut -d' ' -f1 "$W/again$n" | median) s"
done
"$BIN" ingest --db "$W/i10000.sqlite" "$W/c10000" 2>&1 | tail -1

# A store of at least 1,000,000 facts straight from the generator's truth.
[ -n "${SKIP_BIG:-}" ] || /usr/bin/time -f "built the 1,000,000-fact store in %e s, peak %M KB" "$BIN" synth --articles 360000 --years 2015-2026 --seed 2 --into-db "$W/big.sqlite" 2>&1 | tail -1
for q in "meetings --year 2022" "meetings --years 2015-2026" "meetings --year 2023 --by month" \
         "meetings --years 2015-2024 --by kind" "meetings --years 2015-2024 --by month" "meetings --years 2015-2026 --by year" \
         "meetings --year 2022 --province Hải_Phòng" "meetings --years 2015-2026 --province Hải_Phòng --by month" \
         "members --year 2023" "members --years 2015-2024" "members --years 2015-2026" \
         "citations --year 2022" "citations --years 2015-2026" "citations --year 2026 --by province" \
         "citations --years 2015-2026 --province Hà_Nội"; do
  : >"$W/q"
  read -r -a args <<<"$q"
  args=("${args[@]//_/ }")
  for i in 1 2 3 4 5 6 7; do
    s=$(date +%s%N); "$BIN" stats "${args[@]}" --db "$W/big.sqlite" >/dev/null; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 )) >>"$W/q"
  done
  echo "stats ${args[*]}: median $(median <"$W/q") ms"
done

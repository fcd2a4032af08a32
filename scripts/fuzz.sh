#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (Swift's -sanitize=fuzzer, with the address sanitizer
# when the toolchain links it) and runs each for FUZZ_SECONDS (default 60), or for FUZZ_RUNS
# executions when that is set (FUZZ_SECONDS then caps the time). The committed seeds in
# Fuzz/Corpus/<target> are copied to Fuzz/.build/corpus/<target>, which grows as the fuzzer finds
# new paths; a crash leaves its input in Fuzz/.build/crashes/<target>/ and fails the run.
# Usage: scripts/fuzz.sh [TARGET...]   (default: every target)
set -uo pipefail
cd "$(dirname "$0")/../Fuzz"
SECONDS_EACH=${FUZZ_SECONDS:-60}
RUNS=${FUZZ_RUNS:-}
SANITIZE=${FUZZ_SANITIZE:-fuzzer,address}
ALL=(FuzzArticle FuzzHTML FuzzSources FuzzImport FuzzTemplate)
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL[@]}"); fi

build() { swift build -c release -Xswiftc -sanitize="$1"; }
echo "fuzz: building with -sanitize=$SANITIZE (a first build takes a while)"
if ! build "$SANITIZE"; then
  if [ "$SANITIZE" != fuzzer ]; then
    echo "fuzz: -sanitize=$SANITIZE did not build; trying -sanitize=fuzzer alone" >&2
    SANITIZE=fuzzer
    build fuzzer || exit 1
  else
    exit 1
  fi
fi
bin=$(swift build -c release --show-bin-path)
status=0
summary=()
for t in "${TARGETS[@]}"; do
  work=.build/corpus/$t crashes=.build/crashes/$t
  mkdir -p "$work" "$crashes"
  cp -n Corpus/"$t"/* "$work"/ 2>/dev/null
  args=(-max_total_time="$SECONDS_EACH" -timeout=30 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1
        -artifact_prefix="$crashes/")
  [ -n "$RUNS" ] && args+=(-runs="$RUNS")
  log=.build/fuzz-$t.log
  echo "fuzz: $t (${RUNS:+$RUNS runs, }at most ${SECONDS_EACH} s)"
  # (crashes are counted from this run only: an input kept from an earlier run, since fixed,
  # stays in $crashes for reference without failing every later run)
  stamp=$(mktemp)
  ASAN_OPTIONS=detect_leaks=0 "$bin/$t" "${args[@]}" "$work" >"$log" 2>&1
  code=$?
  execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
  secs=$(sed -nE 's/.*Done ([0-9]+) runs in ([0-9]+) second.*/\2/p' "$log" | tail -1)
  found=$(find "$crashes" -type f -newer "$stamp" | wc -l)
  rm -f "$stamp"
  line="$t: ${execs:-?} executions${secs:+ in $secs s}, $found crash(es), exit $code, corpus $(ls "$work" | wc -l) inputs ($SANITIZE)"
  summary+=("$line")
  echo "fuzz: $line"
  if [ "$code" -ne 0 ] || [ "$found" -ne 0 ]; then
    status=1
    grep -E "ERROR|SUMMARY|Fatal error|deadly signal|timeout" "$log" | head -5
  fi
done
printf '%s\n' "${summary[@]}"
exit $status

#!/usr/bin/env bash
# Instructions a `vusta extract` of the text folder executes, counted by valgrind's callgrind:
# the same count on every run, however busy the machine (its CPU time swings by 10–30% from
# minute to minute), so two builds compare exactly. The folder is the one Benchmarks/extract.sh
# times: 20 copies of seeds/ and the held-out sets 1–2 (1,180 files, 4.08 MB).
# (callgrind cannot read the debug information of the static binary: a copy without it is
# counted; function names stay.)
# Usage: Benchmarks/extract-instructions.sh [BINARY] [OUT.callgrind]
#   defaults: .build/release/vusta after `make build`; the profile is kept when OUT is given
#   (read it with `callgrind_annotate --inclusive=yes OUT | swift demangle --simplified`).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "extract-instructions.sh: needs valgrind (apt-get install valgrind)" >&2; exit 69; }
bin=${1:-}
if [ -z "$bin" ]; then make build >/dev/null; bin=.build/release/vusta; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/text"
for k in $(seq -w 1 20); do
  for f in seeds/*.txt Tests/VustaCorpusTests/Fixtures/heldout/*.txt Tests/VustaCorpusTests/Fixtures/heldout2/*.txt; do
    cp "$f" "$work/text/${k}_$(basename "$(dirname "$f")")_$(basename "$f")"
  done
done
strip --strip-debug -o "$work/vusta" "$bin"
out=${2:-$work/profile.callgrind}
valgrind --tool=callgrind --callgrind-out-file="$out" "$work/vusta" extract "$work/text" >/dev/null 2>"$work/log"
bytes=$(cat "$work/text"/* | wc -c)
refs=$(sed -n 's/.*I *refs: *//p' "$work/log" | tr -d ,)
echo "text: 1180 files, $bytes B; $refs instructions ($((refs / bytes)) a byte, process start included)"

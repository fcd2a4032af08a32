#!/usr/bin/env bash
# Renders one sample of every chart kind (the built-in sample data) into reports/samples/ (PNG at 96 dpi), and, with
# --check, also at 300 dpi and as PDF (converted back with pdftoppm -r 80) under /tmp for a look.
# Usage: bash scripts/chart-samples.sh [--check]    (after swift build)
set -euo pipefail
cd "$(dirname "$0")/.."
V=${VUSTA:-.build/debug/vusta}
S=reports/samples
mkdir -p "$S"
charts=(
  "bar-meetings-by-province:meetings-by-province"
  "bar-members-by-province:members-by-province"
  "column-grouped-meetings-by-kind:meetings-by-kind"
  "stacked-citations-by-directive:citations-by-directive"
  "stacked-meetings-by-kind:meetings-by-kind --kind stacked"
  "line-meetings-by-month:meetings-by-month"
  "tile-map-63:tile-map --division 63"
  "tile-map-34:tile-map --year 2025"
  "small-multiples-meetings-by-month:meetings-by-month --kind small-multiples --kind-note"
  "column-meetings-by-month:meetings-by-month --kind column"
)
for entry in "${charts[@]}"; do
  file=${entry%%:*}; args=${entry#*:}; args=${args/ --kind-note/}
  # shellcheck disable=SC2086
  "$V" chart $args --sample -o "$S/$file.png" --dpi 96
  if [ "${1:-}" = "--check" ]; then
    mkdir -p /tmp/vusta-samples
    "$V" chart $args --sample -o "/tmp/vusta-samples/$file-300.png" --dpi 300
    "$V" chart $args --sample -o "/tmp/vusta-samples/$file.pdf"
    pdftoppm -png -r 80 "/tmp/vusta-samples/$file.pdf" "/tmp/vusta-samples/$file-pdf"
  fi
done
"$V" chart --data Benchmarks/data/provinces-63.csv --title "Số hội nghị theo tỉnh, thành phố (tệp CSV)" \
  -o "$S/bar-from-csv.png" --dpi 96
ls -la "$S"
